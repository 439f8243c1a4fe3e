using AngleSharp.Html.Parser;
using Newsgraph.Reading.Html;

namespace Newsgraph.Reading;

/// <summary>Reads a news page: the article body becomes the document's text, the headline its title (CONTRACT.md: no title span).</summary>
public static class HtmlReader
{
    /// <summary>A parser per thread: building one costs as much as parsing a page, and readers run in parallel during ingest.</summary>
    [ThreadStatic]
    private static HtmlParser? _parser;

    private static HtmlParser Parser => _parser ??= new HtmlParser();

    /// <summary>A body shorter than this is no article (an index page, a paywall stub, a page with no body element).</summary>
    private const int MinBodyChars = 20;

    public static Document Read(ReadOnlySpan<byte> bytes, string origin, ReadOptions? options = null, string? declaredCharset = null, string? url = null) =>
        FromHtml(TextDecoding.Decode(bytes, origin, declaredCharset), origin, options, url);

    public static Document FromHtml(string html, string origin, ReadOptions? options = null, string? url = null)
    {
        ArgumentNullException.ThrowIfNull(html);
        options ??= ReadOptions.Default;
        var page = Parser.ParseDocument(html);
        var meta = HtmlMetadata.From(page);
        var body = page.Body is { } element ? HtmlExtractor.Extract(element, meta.Title) : "";
        if (meta.ArticleBody is { } declared && body.Length * DeclaredBodyFactor < declared.Length)
        {
            // Pages built by script hold the article in JSON-LD and little in their markup.
            body = DeclaredBody(declared);
        }
        if (body.Length < MinBodyChars)
        {
            throw new InputException(origin, "the HTML page has no article text");
        }

        var info = new DocumentInfo
        {
            Title = meta.Title,
            Published = meta.Published ?? options.Published,
            Url = meta.Url ?? url,
            Byline = meta.Byline,
            Origin = origin,
        };
        return new Document(body, info);
    }

    /// <summary>A JSON-LD articleBody this many times longer than the body found in the markup replaces it (never on the dev pages, where the markup holds the body).</summary>
    private const int DeclaredBodyFactor = 3;

    /// <summary>A JSON-LD articleBody as paragraphs: markup removed when it has any, one paragraph per line otherwise.</summary>
    private static string DeclaredBody(string declared)
    {
        if (declared.Contains("</p>", StringComparison.OrdinalIgnoreCase) || declared.Contains("<br", StringComparison.OrdinalIgnoreCase))
        {
            return FragmentText(declared);
        }

        var paragraphs = System.Net.WebUtility.HtmlDecode(declared).Split('\n').Select(p => p.Trim()).Where(p => p.Length > 0);
        return string.Join("\n\n", paragraphs);
    }

    /// <summary>The text of HTML known to be article content, such as a feed item's body: furniture removed, no scoring.</summary>
    internal static string FragmentText(string html)
    {
        var page = Parser.ParseDocument("<body>" + html + "</body>");
        return page.Body is { } body ? HtmlExtractor.FragmentText(body) : "";
    }
}
