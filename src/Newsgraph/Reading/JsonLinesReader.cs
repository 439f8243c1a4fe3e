using System.Text;
using System.Text.Json;
using Newsgraph.Reading.Html;

namespace Newsgraph.Reading;

/// <summary>
/// Reads JSON Lines, one article object a line, streaming. The body is the first of text, body, content, articleBody,
/// maintext (run through the HTML reader when it holds markup); the title, address and date come from the usual field names.
/// A bad line is reported with its number and skipped. A JSON array of such objects, or one object over several lines, is read too.
/// </summary>
internal static class JsonLinesReader
{
    private static readonly string[] BodyFields = ["text", "body", "content", "articleBody", "maintext", "article"];
    private static readonly string[] TitleFields = ["title", "headline"];
    private static readonly string[] UrlFields = ["url", "link", "canonical_url", "source_url"];
    private static readonly string[] DateFields = ["published", "date", "datePublished", "date_publish", "pubDate", "publishedAt", "published_at"];
    private static readonly string[] BylineFields = ["byline", "author", "authors"];

    public static IEnumerable<ReadResult> Read(Stream stream, string origin, ReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        options ??= ReadOptions.Default;
        return ReadLines(new StreamReader(stream, new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true), origin, options);
    }

    private static IEnumerable<ReadResult> ReadLines(StreamReader reader, string origin, ReadOptions options)
    {
        using (reader)
        {
            var number = 0;
            while (true)
            {
                number++;
                var where = $"{origin}, line {number}";
                string? line;
                InputException? failure = null;
                try
                {
                    line = reader.ReadLine();
                }
                catch (Exception e) when (e is InvalidDataException or IOException)
                {
                    line = null;
                    failure = new InputException(where, "the data is corrupt or cut short here (" + e.Message + ")");
                }

                if (failure is not null)
                {
                    yield return ReadResult.Failed(failure);
                    yield break;
                }

                if (line is null)
                {
                    yield break;
                }

                if (string.IsNullOrWhiteSpace(line))
                {
                    continue;
                }

                yield return line.Length > options.MaxBytes
                    ? ReadResult.Failed(new InputException(where, $"the line is over the {options.MaxBytes / (1024 * 1024)} MiB limit for one article"))
                    : FromLine(line, where, options);
            }
        }
    }

    /// <summary>A whole JSON document: an array of articles (each reported as "item N") or a single article object.</summary>
    public static IEnumerable<ReadResult> ReadDocument(byte[] bytes, string origin, ReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        options ??= ReadOptions.Default;
        JsonDocument json;
        try
        {
            json = JsonDocument.Parse(bytes.AsMemory(), new JsonDocumentOptions { AllowTrailingCommas = true });
        }
        catch (JsonException e)
        {
            return [ReadResult.Failed(new InputException(origin, "the file is not valid JSON: " + e.Message))];
        }

        using (json)
        {
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Array)
            {
                return [FromElement(root, origin, options)];
            }

            return root.EnumerateArray().Select((item, i) => FromElement(item, $"{origin}, item {i + 1}", options)).ToList();
        }
    }

    private static ReadResult FromLine(string line, string where, ReadOptions options)
    {
        try
        {
            using var json = JsonDocument.Parse(line);
            return FromElement(json.RootElement, where, options);
        }
        catch (JsonException e)
        {
            return ReadResult.Failed(new InputException(where, "the line is not valid JSON: " + e.Message));
        }
    }

    private static ReadResult FromElement(JsonElement root, string where, ReadOptions options)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            return ReadResult.Failed(new InputException(where, "not a JSON object"));
        }

        var body = Field(root, BodyFields);
        if (body is not null && LooksLikeHtml(body))
        {
            body = HtmlReader.FragmentText(body);
        }

        if (string.IsNullOrWhiteSpace(body))
        {
            return ReadResult.Failed(new InputException(where, $"the object has no article text (none of: {string.Join(", ", BodyFields)})"));
        }

        var info = new DocumentInfo
        {
            Title = Field(root, TitleFields),
            Url = Field(root, UrlFields),
            Published = HtmlMetadata.ParseDate(Field(root, DateFields)) ?? options.Published,
            Byline = Field(root, BylineFields),
            Origin = where,
        };
        return ReadResult.Of(new Document(body, info));
    }

    private static string? Field(JsonElement root, string[] names)
    {
        foreach (var name in names)
        {
            if (root.TryGetProperty(name, out var value))
            {
                switch (value.ValueKind)
                {
                    case JsonValueKind.String when !string.IsNullOrWhiteSpace(value.GetString()):
                        return value.GetString();
                    case JsonValueKind.Array:
                        var joined = string.Join(", ", value.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.String).Select(v => v.GetString()));
                        if (joined.Length > 0)
                        {
                            return joined;
                        }

                        break;
                }
            }
        }

        return null;
    }

    private static bool LooksLikeHtml(string text) =>
        text.Contains("</p>", StringComparison.OrdinalIgnoreCase) || text.Contains("<br", StringComparison.OrdinalIgnoreCase) ||
        text.Contains("</div>", StringComparison.OrdinalIgnoreCase);
}
