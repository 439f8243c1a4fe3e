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
        var ld = new JsonLd();
        foreach (var script in page.QuerySelectorAll("script[type='application/ld+json']"))
        {
            ld.Add(script.TextContent);
        }

        var title = First(
            Meta(page, "og:title"),
            ld.Headline,
            Meta(page, "twitter:title"),
            page.QuerySelector("h1")?.TextContent,
            page.Title);
        var byline = First(
            ld.Author,
            Meta(page, "author"),
            Meta(page, "article:author") is { } a && !a.StartsWith("http", StringComparison.OrdinalIgnoreCase) ? a : null,
            Meta(page, "byl"),
            page.QuerySelector("[rel=author]")?.TextContent,
            page.QuerySelector("[itemprop=author]")?.TextContent);
        var published = FirstDate(
            Meta(page, "article:published_time"),
            ld.DatePublished,
            page.QuerySelector("[itemprop=datePublished]") is { } ip ? ip.GetAttribute("content") ?? ip.GetAttribute("datetime") ?? ip.TextContent : null,
            Meta(page, "pubdate"),
            Meta(page, "publishdate"),
            Meta(page, "date"),
            Meta(page, "dc.date"),
            Meta(page, "dc.date.issued"),
            Meta(page, "sailthru.date"),
            Meta(page, "parsely-pub-date"),
            page.QuerySelector("time[datetime]")?.GetAttribute("datetime"));
        var url = First(
            page.QuerySelector("link[rel=canonical]")?.GetAttribute("href"),
            Meta(page, "og:url"));
        if (url is not null && !Uri.TryCreate(url, UriKind.Absolute, out _))
        {
            url = null;
        }

        return new HtmlMetadata(Clean(title), Clean(byline), published, url, ld.ArticleBody);
    }

    private static string? Meta(IDocument page, string name)
    {
        foreach (var meta in page.QuerySelectorAll("meta"))
        {
            var key = meta.GetAttribute("property") ?? meta.GetAttribute("name") ?? meta.GetAttribute("itemprop");
            if (key is not null && key.Equals(name, StringComparison.OrdinalIgnoreCase) && meta.GetAttribute("content") is { Length: > 0 } content)
            {
                return content;
            }
        }

        return null;
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
