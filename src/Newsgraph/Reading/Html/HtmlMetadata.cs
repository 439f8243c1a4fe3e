using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace Newsgraph.Reading.Html;

/// <summary>What a page says about its article: headline, byline, publication date, canonical address, and the body it declares in JSON-LD.</summary>
internal sealed partial record HtmlMetadata(string? Title, string? Byline, DateOnly? Published, string? Url, string? ArticleBody)
{
    /// <summary>Longest JSON-LD nesting followed: real pages nest @graph, mainEntity and author objects a few levels deep.</summary>
    private const int MaxJsonDepth = 12;

    public static HtmlMetadata From(IDocument page)
    {
        // One pass over the elements: CSS selectors are parsed anew on every call, which costs more than the walk.
        var ld = new JsonLd();
        var metas = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        IElement? h1 = null, relAuthor = null, itemAuthor = null, itemDate = null, time = null;
        string? canonical = null;
        foreach (var e in page.All)
        {
            switch (e.LocalName)
            {
                case "meta" when (e.GetAttribute("property") ?? e.GetAttribute("name") ?? e.GetAttribute("itemprop")) is { } key
                                 && e.GetAttribute("content") is { Length: > 0 } content:
                    metas.TryAdd(key, content);
                    break;
                case "script" when e.GetAttribute("type") == "application/ld+json":
                    ld.Add(e.TextContent);
                    break;
                case "link" when e.GetAttribute("rel") == "canonical":
                    canonical ??= e.GetAttribute("href");
                    break;
                case "h1":
                    h1 ??= e;
                    break;
                case "time" when e.HasAttribute("datetime"):
                    time ??= e;
                    break;
            }

            if (e.GetAttribute("rel") == "author")
            {
                relAuthor ??= e;
            }

            switch (e.GetAttribute("itemprop"))
            {
                case "author":
                    itemAuthor ??= e;
                    break;
                case "datePublished":
                    itemDate ??= e;
                    break;
            }
        }

        string? Meta(string name) => metas.GetValueOrDefault(name);

        var title = First(Meta("og:title"), ld.Headline, Meta("twitter:title"), h1?.TextContent, page.Title);
        var byline = First(
            ld.Author,
            Meta("author"),
            Meta("article:author") is { } a && !a.StartsWith("http", StringComparison.OrdinalIgnoreCase) ? a : null,
            Meta("byl"),
            relAuthor?.TextContent,
            itemAuthor?.LocalName == "meta" ? null : itemAuthor?.TextContent);
        var published = FirstDate(
            Meta("article:published_time"),
            ld.DatePublished,
            itemDate is null ? null : itemDate.GetAttribute("content") ?? itemDate.GetAttribute("datetime") ?? itemDate.TextContent,
            Meta("pubdate"),
            Meta("publishdate"),
            Meta("date"),
            Meta("dc.date"),
            Meta("dc.date.issued"),
            Meta("sailthru.date"),
            Meta("parsely-pub-date"),
            time?.GetAttribute("datetime"));
        var url = First(canonical, Meta("og:url"));
        if (url is not null && !Uri.TryCreate(url, UriKind.Absolute, out _))
        {
            url = null;
        }

        return new HtmlMetadata(Clean(title), Clean(byline), published, url, ld.ArticleBody);
    }

    private static string? First(params string?[] values) => values.FirstOrDefault(v => !string.IsNullOrWhiteSpace(v));

    private static DateOnly? FirstDate(params string?[] values)
    {
        foreach (var value in values)
        {
            if (ParseDate(value) is { } date)
            {
                return date;
            }
        }

        return null;
    }

    /// <summary>The calendar date of an ISO 8601 or RFC 1123 timestamp, as written (no time-zone shift: the page's own date).</summary>
    internal static DateOnly? ParseDate(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var m = IsoDate().Match(value);
        if (m.Success && DateOnly.TryParseExact(m.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var iso))
        {
            return iso;
        }

        return DateTimeOffset.TryParse(value.Trim(), CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var parsed)
            ? DateOnly.FromDateTime(parsed.DateTime)
            : null;
    }

    private static string? Clean(string? value)
    {
        if (value is null)
        {
            return null;
        }

        var text = Spaces().Replace(System.Net.WebUtility.HtmlDecode(value), " ").Trim();
        return text.Length == 0 ? null : text;
    }

    [GeneratedRegex(@"\b\d{4}-\d{2}-\d{2}\b")]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    /// <summary>The article fields of a page's JSON-LD blocks (NewsArticle, Article, BlogPosting, in @graph or not).</summary>
    private sealed class JsonLd
    {
        public string? Headline { get; private set; }

        public string? Author { get; private set; }

        public string? DatePublished { get; private set; }

        public string? ArticleBody { get; private set; }

        public void Add(string json)
        {
            try
            {
                using var doc = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
                Walk(doc.RootElement, 0);
            }
            catch (JsonException)
            {
                // A page's broken JSON-LD block is common and says nothing about its body: the other sources still apply.
            }
        }

        private void Walk(JsonElement element, int depth)
        {
            if (depth > MaxJsonDepth)
            {
                return;
            }

            if (element.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in element.EnumerateArray())
                {
                    Walk(item, depth + 1);
                }

                return;
            }

            if (element.ValueKind != JsonValueKind.Object)
            {
                return;
            }

            foreach (var property in element.EnumerateObject())
            {
                switch (property.Name)
                {
                    case "headline" when property.Value.ValueKind == JsonValueKind.String:
                        Headline ??= property.Value.GetString();
                        break;
                    case "datePublished" when property.Value.ValueKind == JsonValueKind.String:
                        DatePublished ??= property.Value.GetString();
                        break;
                    case "articleBody" when property.Value.ValueKind == JsonValueKind.String:
                        var body = property.Value.GetString();
                        if (body is not null && body.Length > (ArticleBody?.Length ?? 0))
                        {
                            ArticleBody = body;
                        }

                        break;
                    case "author":
                        Author ??= Name(property.Value);
                        break;
                    default:
                        Walk(property.Value, depth + 1);
                        break;
                }
            }
        }

        private static string? Name(JsonElement author) => author.ValueKind switch
        {
            JsonValueKind.String => author.GetString(),
            JsonValueKind.Object when author.TryGetProperty("name", out var name) && name.ValueKind == JsonValueKind.String => name.GetString(),
            JsonValueKind.Array => string.Join(", ", author.EnumerateArray().Select(Name).Where(n => !string.IsNullOrWhiteSpace(n))) is { Length: > 0 } all ? all : null,
            _ => null,
        };
    }
}
