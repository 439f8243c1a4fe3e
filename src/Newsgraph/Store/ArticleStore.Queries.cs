using System.Data.Common;
using System.Globalization;
using System.Text;
using Newsgraph.Stories;

namespace Newsgraph.Store;

/// <summary>
/// Which quotes to list: words of the speaker's name (in order, the last one possibly cut short), words of the content
/// (in order, stemmed), and the earliest publication date.
/// </summary>
internal sealed record QuoteFilter
{
    public string? Speaker { get; init; }

    public string? About { get; init; }

    public DateOnly? Since { get; init; }

    public int Limit { get; init; } = 50;
}

internal sealed record QuoteRow(string ArticleId, string? Title, string? Published, int Number, string Kind, string Content, string? Speaker, string? Cue, string? Channel);

internal sealed record SearchHit(string ArticleId, string? Title, string? Published, int? Quote, string Snippet);

internal sealed record NameCount(string Name, long Count);

internal sealed record PeriodCount(string Period, long Articles, long Mentions);

/// <summary>What the store knows about one entity across all articles.</summary>
internal sealed record EntityProfile(
    string Key,
    string Name,
    string Type,
    long Articles,
    IReadOnlyList<NameCount> Titles,
    IReadOnlyList<PeriodCount> Timeline,
    IReadOnlyList<QuoteRow> Quotes,
    IReadOnlyList<NameCount> TheyTalkAbout,
    IReadOnlyList<NameCount> TalkAboutThem,
    IReadOnlyList<NameCount> QuotedThroughThem,
    IReadOnlyList<NameCount> CoMentioned,
    IReadOnlyList<NameCount> OtherMatches);

/// <summary>An article as story clustering needs it.</summary>
/// <summary>What the story search reads of an article: its dates and entities, its word counts and its MinHash signature, not its text.</summary>
internal sealed record StoryArticle(long Seq, string Id, string? Title, DateOnly? Published, ArticleTerms Terms, MinHash MinHash, IReadOnlyList<string> EntityKeys)
{
    /// <summary>Reads an article's text into <paramref name="terms"/>; the stored signature is used when it has the expected size.</summary>
    public static StoryArticle Of(long seq, string id, string? title, DateOnly? published, string text, byte[]? minHash, IReadOnlyList<string> entityKeys, StoryTerms terms) =>
        new(seq, id, title, published, terms.Read(text), minHash is { Length: MinHash.Size * 4 } ? MinHash.FromBytes(minHash) : MinHash.Compute(text), entityKeys);
}

internal sealed partial class ArticleStore
{
    /// <summary>How many names each list of an entity profile shows: enough to read at a glance in a terminal.</summary>
    private const int ProfileListSize = 15;

    public IReadOnlyList<QuoteRow> Quotes(QuoteFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var words = new List<string>();
        var where = new List<string>();
        using var command = _connection.CreateCommand();
        if (!string.IsNullOrWhiteSpace(filter.Speaker))
        {
            var speaker = SqlDialect.Words(filter.Speaker);
            if (speaker.Count == 0)
            {
                return [];
            }

            words.Add(Dialect.SpeakerCondition("speaker"));
            Sql.Add(command, "speaker", Dialect.SpeakerQuery(speaker));
        }

        if (!string.IsNullOrWhiteSpace(filter.About))
        {
            var about = SqlDialect.Words(filter.About);
            if (about.Count == 0)
            {
                return [];
            }

            words.Add(Dialect.AboutCondition("about"));
            Sql.Add(command, "about", Dialect.AboutQuery(about));
        }

        if (filter.Since is { } since)
        {
            where.Add("a.published >= @since");
            Sql.Add(command, "since", since.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }

        Sql.Add(command, "limit", filter.Limit);
        string select;
        if (words.Count > 0)
        {
            // Word filters pick few quotes through their index: a materialised CTE makes both planners start there, where
            // PostgreSQL would otherwise walk articles newest first and test each quote.
            select = $"WITH hits AS MATERIALIZED (SELECT {QuoteColumns} FROM quotes q WHERE {string.Join(" AND ", words)}) {HitSelect}";
        }
        else
        {
            // Without them, walking articles newest first stops at the limit.
            select = RecentQuoteSelect;
            where.Add("q.article = a.seq");
        }

        command.CommandText = select + (where.Count > 0 ? " WHERE " + string.Join(" AND ", where) : "") + QuoteOrder;
        return ReadQuotes(command);
    }

    public IReadOnlyList<SearchHit> Search(string text, int limit = 20)
    {
        ArgumentNullException.ThrowIfNull(text);
        var query = Dialect.SearchQuery(text);
        if (string.IsNullOrWhiteSpace(query))
        {
            return [];
        }

        using var command = Sql.Command(_connection, Dialect.SearchSql);
        Sql.Add(command, "query", query);
        Sql.Add(command, "limit", limit);
        var hits = new List<SearchHit>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            hits.Add(new SearchHit(reader.GetString(0), Sql.String(reader, 1), Sql.String(reader, 2),
                reader.IsDBNull(3) ? null : Convert.ToInt32(reader.GetValue(3), CultureInfo.InvariantCulture), Sql.String(reader, 4) ?? ""));
        }

        return hits;
    }

    /// <summary>The entity whose name or key is <paramref name="name"/> (else the most mentioned one whose name contains it); null when none.</summary>
    public EntityProfile? Entity(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        // One indexed look-up per way of naming the entity (an OR of them would scan every entity).
        var candidates = EntityCandidates(
            "e.id IN (SELECT id FROM entities WHERE lower(name) = @name UNION SELECT id FROM entities WHERE key = @key UNION SELECT entity FROM article_entities WHERE lower(name) = @name)",
            name.Trim().ToLowerInvariant(), name.Trim());
        if (candidates.Count == 0)
        {
            candidates = EntityCandidates("lower(e.name) LIKE @name ESCAPE '\\' OR e.key = @key", Contains(name), name.Trim());
        }

        if (candidates.Count == 0)
        {
            return null;
        }

        var (id, key, canonical, type, articles) = candidates[0];
        var titles = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var joined in Column($"SELECT titles FROM article_entities WHERE entity = @id AND titles IS NOT NULL", id))
        {
            foreach (var title in joined.Split('\n', StringSplitOptions.RemoveEmptyEntries))
            {
                titles[title] = titles.GetValueOrDefault(title) + 1;
            }
        }

        var timeline = new List<PeriodCount>();
        using (var command = Sql.Command(_connection, """
            SELECT coalesce(substr(a.published, 1, 7), 'unknown') AS period, count(DISTINCT a.seq), sum(ae.mention_count)
            FROM article_entities ae JOIN articles a ON a.seq = ae.article
            WHERE ae.entity = @id
            GROUP BY coalesce(substr(a.published, 1, 7), 'unknown')
            ORDER BY period
            """))
        {
            Sql.Add(command, "id", id);
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                timeline.Add(new PeriodCount(reader.GetString(0), Convert.ToInt64(reader.GetValue(1), CultureInfo.InvariantCulture),
                    reader.IsDBNull(2) ? 0 : Convert.ToInt64(reader.GetValue(2), CultureInfo.InvariantCulture)));
            }
        }

        IReadOnlyList<QuoteRow> quotes;
        using (var command = _connection.CreateCommand())
        {
            command.CommandText = QuoteSelect + " WHERE q.speaker = @id" + QuoteOrder;
            Sql.Add(command, "id", id);
            Sql.Add(command, "limit", ProfileListSize);
            quotes = ReadQuotes(command);
        }

        const string MentionInQuote = "m.article = q.article AND m.char_start >= q.char_start AND m.char_end <= q.char_end";
        var theyTalkAbout = Counts($"""
            SELECT e.name, count(*) FROM quotes q JOIN mentions m ON {MentionInQuote} JOIN entities e ON e.id = m.entity
            WHERE q.speaker = @id AND m.entity <> @id GROUP BY e.name ORDER BY count(*) DESC, e.name LIMIT {ProfileListSize}
            """, id);
        var talkAboutThem = Counts($"""
            SELECT coalesce(se.name, q.speaker_name) AS speaker, count(*) FROM mentions m JOIN quotes q ON {MentionInQuote} LEFT JOIN entities se ON se.id = q.speaker
            WHERE m.entity = @id AND (q.speaker IS NULL OR q.speaker <> @id) AND coalesce(se.name, q.speaker_name) IS NOT NULL
            GROUP BY coalesce(se.name, q.speaker_name) ORDER BY count(*) DESC, speaker LIMIT {ProfileListSize}
            """, id);
        var quotedThroughThem = Counts($"""
            SELECT coalesce(se.name, q.speaker_name) AS speaker, count(*) FROM quotes q LEFT JOIN entities se ON se.id = q.speaker
            WHERE q.channel IS NOT NULL AND q.article IN (SELECT article FROM article_entities WHERE entity = @id)
              AND lower(q.channel) IN (SELECT lower(name) FROM article_entities WHERE entity = @id)
              AND coalesce(se.name, q.speaker_name) IS NOT NULL
            GROUP BY coalesce(se.name, q.speaker_name) ORDER BY count(*) DESC, speaker LIMIT {ProfileListSize}
            """, id);
        // Stories shared with each other entity: two stories carried in one file are not one co-mention.
        var coMentioned = Counts($"""
            SELECT e.name, count(*) FROM entity_stories s1
            JOIN entity_stories s2 ON s2.article = s1.article AND s2.story = s1.story AND s2.entity <> s1.entity
            JOIN entities e ON e.id = s2.entity
            WHERE s1.entity = @id GROUP BY e.id, e.name ORDER BY count(*) DESC, e.name LIMIT {ProfileListSize}
            """, id);

        return new EntityProfile(key, canonical, type, articles,
            [.. titles.OrderByDescending(t => t.Value).ThenBy(t => t.Key, StringComparer.Ordinal).Take(ProfileListSize).Select(t => new NameCount(t.Key, t.Value))],
            timeline, quotes, theyTalkAbout, talkAboutThem, quotedThroughThem, coMentioned,
            [.. candidates.Skip(1).Take(ProfileListSize).Select(c => new NameCount($"{c.Name} ({c.Type})", c.Articles))]);
    }

    /// <summary>Articles published on or after <paramref name="since"/> (all when null), with their entity keys.</summary>
    public IReadOnlyList<StoryArticle> StoryArticles(DateOnly? since)
    {
        var sinceText = since?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var keys = new Dictionary<long, List<string>>();

        // One string per entity, not one per mention of it in an article: an entity in 10,000 articles is read 10,000 times.
        var pool = new Dictionary<string, string>(StringComparer.Ordinal);
        using (var command = Sql.Command(_connection, "SELECT ae.article, e.key FROM article_entities ae JOIN entities e ON e.id = ae.entity" +
            (sinceText is null ? "" : " JOIN articles a ON a.seq = ae.article WHERE a.published >= @since")))
        {
            if (sinceText is not null)
            {
                Sql.Add(command, "since", sinceText);
            }

            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                var article = Convert.ToInt64(reader.GetValue(0), CultureInfo.InvariantCulture);
                if (!keys.TryGetValue(article, out var list))
                {
                    keys[article] = list = [];
                }

                var key = reader.GetString(1);
                list.Add(pool.TryAdd(key, key) ? key : pool[key]);
            }
        }

        var articles = new List<StoryArticle>();
        var terms = new StoryTerms();
        using (var command = Sql.Command(_connection, "SELECT seq, id, title, published, text, minhash FROM articles" + (sinceText is null ? "" : " WHERE published >= @since") + " ORDER BY seq"))
        {
            if (sinceText is not null)
            {
                Sql.Add(command, "since", sinceText);
            }

            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                var seq = Convert.ToInt64(reader.GetValue(0), CultureInfo.InvariantCulture);
                DateOnly? published = DateOnly.TryParseExact(Sql.String(reader, 3), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
                articles.Add(StoryArticle.Of(seq, reader.GetString(1), Sql.String(reader, 2), published, reader.GetString(4),
                    reader.IsDBNull(5) ? null : (byte[])reader.GetValue(5), keys.TryGetValue(seq, out var list) ? list : [], terms));
            }
        }

        return articles;
    }

    private const string QuoteSelect = """
        SELECT a.id, a.title, a.published, q.seq, q.kind, q.content, q.speaker_label, q.cue, q.channel
        FROM quotes q JOIN articles a ON a.seq = q.article
        """;

    /// <summary>The columns of quotes that listings read.</summary>
    private const string QuoteColumns = "q.article, q.seq, q.kind, q.content, q.speaker_label, q.cue, q.channel";

    private const string HitSelect = """
        SELECT a.id, a.title, a.published, q.seq, q.kind, q.content, q.speaker_label, q.cue, q.channel
        FROM hits q JOIN articles a ON a.seq = q.article
        """;

    /// <summary>Quotes joined to articles walked first (SQLite keeps the order of a CROSS JOIN; PostgreSQL plans by cost).</summary>
    private const string RecentQuoteSelect = """
        SELECT a.id, a.title, a.published, q.seq, q.kind, q.content, q.speaker_label, q.cue, q.channel
        FROM articles a CROSS JOIN quotes q
        """;

    // Undated articles last in both dialects, in the order of the articles_recent index so that the limit stops the walk early.
    private const string QuoteOrder = " ORDER BY a.published DESC NULLS LAST, a.seq, q.seq LIMIT @limit";

    private static List<QuoteRow> ReadQuotes(DbCommand command)
    {
        var rows = new List<QuoteRow>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            rows.Add(new QuoteRow(reader.GetString(0), Sql.String(reader, 1), Sql.String(reader, 2), Convert.ToInt32(reader.GetValue(3), CultureInfo.InvariantCulture),
                reader.GetString(4), reader.GetString(5), Sql.String(reader, 6), Sql.String(reader, 7), Sql.String(reader, 8)));
        }

        return rows;
    }

    private List<(long Id, string Key, string Name, string Type, long Articles)> EntityCandidates(string condition, string name, string key)
    {
        using var command = Sql.Command(_connection, $"""
            SELECT e.id, e.key, e.name, e.type, count(ae.article) AS articles
            FROM entities e LEFT JOIN article_entities ae ON ae.entity = e.id
            WHERE {condition}
            GROUP BY e.id, e.key, e.name, e.type
            ORDER BY articles DESC, e.name
            LIMIT 50
            """);
        Sql.Add(command, "name", name);
        Sql.Add(command, "key", key);
        var list = new List<(long, string, string, string, long)>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            list.Add((Convert.ToInt64(reader.GetValue(0), CultureInfo.InvariantCulture), reader.GetString(1), reader.GetString(2), reader.GetString(3),
                Convert.ToInt64(reader.GetValue(4), CultureInfo.InvariantCulture)));
        }

        return list;
    }

    private List<NameCount> Counts(string sql, long id)
    {
        using var command = Sql.Command(_connection, sql);
        Sql.Add(command, "id", id);
        var list = new List<NameCount>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            list.Add(new NameCount(reader.GetString(0), Convert.ToInt64(reader.GetValue(1), CultureInfo.InvariantCulture)));
        }

        return list;
    }

    private List<string> Column(string sql, long id)
    {
        using var command = Sql.Command(_connection, sql);
        Sql.Add(command, "id", id);
        var list = new List<string>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            list.Add(reader.GetString(0));
        }

        return list;
    }

    /// <summary>A LIKE pattern for "contains", lower-cased, with the user's % and _ taken literally.</summary>
    private static string Contains(string text)
    {
        var pattern = new StringBuilder("%");
        foreach (var c in text.Trim().ToLowerInvariant())
        {
            if (c is '%' or '_' or '\\')
            {
                pattern.Append('\\');
            }

            pattern.Append(c);
        }

        return pattern.Append('%').ToString();
    }
}
