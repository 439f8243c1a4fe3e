using System.Data.Common;
using System.Globalization;
using System.Text;
using Newsgraph.Store;

namespace Newsgraph.Export;

/// <summary>
/// Writes one GDELT Global Knowledge Graph 2.1 record per article: 27 tab-separated columns, no header, in the order of the
/// GKG 2.1 codebook (GKGRECORDID, V2.1DATE, V2SOURCECOLLECTIONIDENTIFIER, V2SOURCECOMMONNAME, V2DOCUMENTIDENTIFIER,
/// V1COUNTS, V2.1COUNTS, V1THEMES, V2ENHANCEDTHEMES, V1LOCATIONS, V2ENHANCEDLOCATIONS, V1PERSONS, V2ENHANCEDPERSONS,
/// V1ORGANIZATIONS, V2ENHANCEDORGANIZATIONS, V1.5TONE, V2.1ENHANCEDDATES, V2GCAM, V2.1SHARINGIMAGE, V2.1RELATEDIMAGES,
/// V2.1SOCIALIMAGEEMBEDS, V2.1SOCIALVIDEOEMBEDS, V2.1QUOTATIONS, V2.1ALLNAMES, V2.1AMOUNTS, V2.1TRANSLATIONINFO,
/// V2EXTRASXML). Columns Newsgraph has no data for (themes, tone, GCAM, images, translation) are left empty; offsets are
/// character offsets into the article text.
/// </summary>
internal static class GkgWriter
{
    public const int ColumnCount = 27;

    /// <summary>Articles whose details are loaded at once: bounded memory, and few round trips to a PostgreSQL server.</summary>
    private const int ChunkArticles = 1000;

    /// <summary>GDELT's collection codes: 1 for a web page with its URL, 2 for a citation-only source without one.</summary>
    private const int WebCollection = 1;

    private const int CitationCollection = 2;

    public static long Write(ArticleStore store, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(output);
        long written = 0;
        long after = -1;
        while (true)
        {
            var articles = new List<(long Seq, string? Url, string? Title, string? Published, string? Origin, string Ingested)>();
            using (var command = Sql.Command(store.Connection, "SELECT seq, url, title, published, origin, ingested FROM articles WHERE seq > @after ORDER BY seq LIMIT @limit"))
            {
                Sql.Add(command, "after", after);
                Sql.Add(command, "limit", ChunkArticles);
                using var reader = command.ExecuteReader();
                while (reader.Read())
                {
                    articles.Add((Convert.ToInt64(reader.GetValue(0), CultureInfo.InvariantCulture), Sql.String(reader, 1), Sql.String(reader, 2), Sql.String(reader, 3), Sql.String(reader, 4), reader.GetString(5)));
                }
            }

            if (articles.Count == 0)
            {
                return written;
            }

            var (lo, hi) = (articles[0].Seq, articles[^1].Seq);
            var mentions = Load(store, lo, hi, """
                SELECT m.article, e.type, e.name, m.char_start, m.kind, e.latitude, e.longitude, e.country, e.feature_class, e.geonameid
                FROM mentions m JOIN entities e ON e.id = m.entity
                WHERE m.article BETWEEN @lo AND @hi ORDER BY m.article, m.char_start
                """);
            var quotes = Load(store, lo, hi, "SELECT article, char_start, char_end, cue, content FROM quotes WHERE article BETWEEN @lo AND @hi ORDER BY article, seq");
            var dates = Load(store, lo, hi, "SELECT article, value, char_start FROM dates WHERE article BETWEEN @lo AND @hi ORDER BY article, char_start");
            var counts = Load(store, lo, hi, "SELECT article, event, number, what, char_start FROM counts WHERE article BETWEEN @lo AND @hi ORDER BY article, char_start");

            foreach (var a in articles)
            {
                output.Write(Record(a.Seq, a.Url, a.Title, a.Published, a.Ingested, a.Origin,
                    mentions.GetValueOrDefault(a.Seq) ?? [], quotes.GetValueOrDefault(a.Seq) ?? [], dates.GetValueOrDefault(a.Seq) ?? [], counts.GetValueOrDefault(a.Seq) ?? []));
                output.Write('\n');
                written++;
            }

            after = hi;
        }
    }

    private static string Record(long seq, string? url, string? title, string? published, string ingested, string? origin,
        List<object?[]> mentions, List<object?[]> quotes, List<object?[]> dates, List<object?[]> counts)
    {
        var columns = new string[ColumnCount];
        Array.Fill(columns, "");
        // GKG dates the record by when the article was seen: its publication date, else when it was ingested.
        var date = published is { Length: 10 } ? published.Replace("-", "", StringComparison.Ordinal) + "000000" : new string([.. ingested.Where(char.IsDigit)]);
        columns[0] = $"{date}-{seq}";
        columns[1] = date;
        columns[2] = (url is null ? CitationCollection : WebCollection).ToString(CultureInfo.InvariantCulture);
        columns[3] = url is not null && Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri.Host : "";
        columns[4] = Clean(url ?? origin ?? "");

        var v1Counts = new List<string>();
        var v2Counts = new List<string>();
        var amounts = new List<string>();
        foreach (var c in counts)
        {
            var type = Clean(((string?)c[1] ?? "count").ToUpperInvariant());
            var number = Number(c[2]);
            var what = Clean((string?)c[3] ?? "");
            var offset = Int(c[4]);
            var count = $"{type}#{number}#{what}#0######";
            v1Counts.Add(count);
            v2Counts.Add($"{count}#{offset}");
            amounts.Add($"{number},{what},{offset}");
        }

        columns[5] = string.Join(';', v1Counts);
        columns[6] = string.Join(';', v2Counts);

        var locations = new List<string>();
        var locationsV2 = new List<string>();
        var persons = new List<string>();
        var personsV2 = new List<string>();
        var orgs = new List<string>();
        var orgsV2 = new List<string>();
        var allNames = new List<string>();
        foreach (var m in mentions)
        {
            var type = (string)m[1]!;
            var name = Clean((string)m[2]!);
            var offset = Int(m[3]);
            var isName = (string?)m[4] == "name";
            if (isName)
            {
                allNames.Add($"{name},{offset}");
            }

            switch (type)
            {
                case "PERSON" when isName:
                    AddOnce(persons, name);
                    personsV2.Add($"{name},{offset}");
                    break;
                case "ORG" when isName:
                    AddOnce(orgs, name);
                    orgsV2.Add($"{name},{offset}");
                    break;
                case "LOC" when isName:
                    var kind = LocationType((string?)m[8], (string?)m[7]);
                    var lat = m[5] is null ? "" : Number(m[5]);
                    var lon = m[6] is null ? "" : Number(m[6]);
                    var country = (string?)m[7] ?? "";
                    var feature = m[9] is null ? "" : Convert.ToString(m[9], CultureInfo.InvariantCulture);
                    AddOnce(locations, $"{kind}#{name}#{country}##{lat}#{lon}#{feature}");
                    locationsV2.Add($"{kind}#{name}#{country}###{lat}#{lon}#{feature}#{offset}");
                    break;
            }
        }

        columns[9] = string.Join(';', locations);
        columns[10] = string.Join(';', locationsV2);
        columns[11] = string.Join(';', persons);
        columns[12] = string.Join(';', personsV2);
        columns[13] = string.Join(';', orgs);
        columns[14] = string.Join(';', orgsV2);

        var enhancedDates = new List<string>();
        foreach (var d in dates)
        {
            if (DateParts((string?)d[1]) is { } parts)
            {
                enhancedDates.Add($"{parts}#{Int(d[2])}");
            }
        }

        columns[16] = string.Join(';', enhancedDates);
        columns[22] = string.Join('#', quotes.Select(q =>
            $"{Int(q[1])}|{Int(q[2]) - Int(q[1])}|{Clean((string?)q[3] ?? "").Replace("|", "", StringComparison.Ordinal)}|{Clean((string)q[4]!).Replace("|", "", StringComparison.Ordinal)}"));
        columns[23] = string.Join(';', allNames);
        columns[24] = string.Join(';', amounts);
        columns[26] = title is null ? "" : $"<PAGE_TITLE>{System.Security.SecurityElement.Escape(Clean(title))}</PAGE_TITLE>";
        return string.Join('\t', columns);
    }

    /// <summary>GKG location types: 1 country, 4 world city, 5 world region (ADM1); 0 where the place is not resolved.</summary>
    private static int LocationType(string? featureClass, string? country) => featureClass switch
    {
        "P" => 4,
        "A" when country is not null => 5,
        null => 0,
        _ => 5,
    };

    /// <summary>"resolution#month#day#year" for a TIMEX3 calendar date: 3 a full date, 2 a month, 1 a year.</summary>
    private static string? DateParts(string? value)
    {
        if (value is null)
        {
            return null;
        }

        var parts = value.Split('-');
        if (parts[0].Length != 4 || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var year))
        {
            return null;
        }

        var month = parts.Length > 1 && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var m) && m is >= 1 and <= 12 ? m : 0;
        var day = month > 0 && parts.Length > 2 && parts[2].Length == 2 && int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var dd) ? dd : 0;
        var resolution = day > 0 ? 3 : month > 0 ? 2 : 1;
        return $"{resolution}#{month}#{day}#{year}";
    }

    private static Dictionary<long, List<object?[]>> Load(ArticleStore store, long lo, long hi, string sql)
    {
        var rows = new Dictionary<long, List<object?[]>>();
        using var command = Sql.Command(store.Connection, sql);
        Sql.Add(command, "lo", lo);
        Sql.Add(command, "hi", hi);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var values = new object?[reader.FieldCount];
            for (var i = 0; i < values.Length; i++)
            {
                values[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            }

            var article = Convert.ToInt64(values[0], CultureInfo.InvariantCulture);
            if (!rows.TryGetValue(article, out var list))
            {
                rows[article] = list = [];
            }

            list.Add(values);
        }

        return rows;
    }

    private static void AddOnce(List<string> list, string value)
    {
        if (!list.Contains(value))
        {
            list.Add(value);
        }
    }

    private static int Int(object? value) => value is null ? 0 : Convert.ToInt32(value, CultureInfo.InvariantCulture);

    private static string Number(object? value) => Convert.ToDouble(value, CultureInfo.InvariantCulture).ToString("0.######", CultureInfo.InvariantCulture);

    /// <summary>GKG fields may not hold its own delimiters (tab, newline, ';', '#', ','), which GDELT also strips.</summary>
    private static string Clean(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            builder.Append(c is '\t' or '\n' or '\r' or ';' or '#' or ',' ? ' ' : c);
        }

        return builder.ToString().Trim();
    }
}
