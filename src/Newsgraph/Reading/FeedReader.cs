using System.Net;
using System.ServiceModel.Syndication;
using System.Xml;
using System.Xml.Linq;
using Newsgraph.Reading.Html;

namespace Newsgraph.Reading;

/// <summary>
/// Reads RSS 2.0 and Atom 1.0 feeds item by item, so one bad item (a broken date, no text) is reported and the rest still read.
/// An item's HTML (content:encoded, Atom content, description or summary) becomes its text; its date and link its metadata.
/// Items the syndication library refuses (RSS 1.0, RSS 0.9x oddities) are read from their elements directly.
/// </summary>
internal static class FeedReader
{
    private const string ContentNamespace = "http://purl.org/rss/1.0/modules/content/";

    public static IEnumerable<ReadResult> Read(byte[] bytes, string origin, ReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        options ??= ReadOptions.Default;
        string xml;
        try
        {
            xml = TextDecoding.Decode(bytes, origin);
        }
        catch (InputException e)
        {
            return [ReadResult.Failed(e)];
        }

        return ReadItems(xml, origin, options);
    }

    private static IEnumerable<ReadResult> ReadItems(string xml, string origin, ReadOptions options)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null, IgnoreComments = true, IgnoreWhitespace = true };
        using var reader = XmlReader.Create(new StringReader(xml), settings);
        var number = 0;
        var items = 0;
        while (true)
        {
            var next = NextItem(reader, origin, ref number);
            if (next is null)
            {
                break;
            }

            items++;
            yield return next.Value switch
            {
                { Error: null } ok => SafeToDocument(ok.Item!, ok.Element!, ok.Origin, options),
                { Element: { } element } failed => FromRawItem(element, failed.Origin, options) ?? ReadResult.Failed(failed.Error),
                var failed => ReadResult.Failed(failed.Error),
            };
            if (next.Value.Fatal)
            {
                yield break;
            }
        }

        if (items == 0)
        {
            yield return ReadResult.Failed(new InputException(origin, "the feed has no items"));
        }
    }

    private readonly record struct Next(SyndicationItem? Item, XElement? Element, string Origin, InputException? Error, bool Fatal);

    /// <summary>Moves to the next RSS item or Atom entry and parses it alone; null at the end of the feed.</summary>
    private static Next? NextItem(XmlReader reader, string origin, ref int number)
    {
        var inItem = false;
        try
        {
            while (!reader.EOF)
            {
                if (reader.NodeType == XmlNodeType.Element && reader.LocalName is "item" or "entry")
                {
                    number++;
                    inItem = true;
                    var itemOrigin = $"{origin}, item {number}";
                    var element = (XElement)XNode.ReadFrom(reader);
                    try
                    {
                        using var itemReader = element.CreateReader();
                        itemReader.MoveToContent();
                        return new Next(SyndicationItem.Load(itemReader), element, itemOrigin, null, false);
                    }
                    catch (Exception e) when (e is XmlException or FormatException or ArgumentException or InvalidOperationException)
                    {
                        return new Next(null, element, itemOrigin, new InputException(itemOrigin, "the feed item cannot be read: " + e.Message), false);
                    }
                }

                reader.Read();
            }

            return null;
        }
        catch (XmlException e)
        {
            number += inItem ? 0 : 1;
            var where = $"{origin}, item {number}";
            return new Next(null, null, where, new InputException(where, $"the feed is not well-formed XML from line {e.LineNumber} on: {e.Message}"), true);
        }
    }

    /// <summary>The formatter reads some fields lazily, so a malformed one throws only when the item is turned into a document.</summary>
    private static ReadResult SafeToDocument(SyndicationItem item, XElement element, string origin, ReadOptions options)
    {
        try
        {
            return ToDocument(item, element, origin, options);
        }
        catch (Exception e) when (e is XmlException or FormatException or ArgumentException or InvalidOperationException)
        {
            return ReadResult.Failed(new InputException(origin, "the feed item cannot be read: " + e.Message));
        }
    }

    private static ReadResult ToDocument(SyndicationItem item, XElement element, string origin, ReadOptions options)
    {
        var html = EncodedContent(item)
            ?? (item.Content as TextSyndicationContent)?.Text
            ?? item.Summary?.Text;
        var text = html is null ? "" : HtmlReader.FragmentText(html);
        if (text.Length == 0)
        {
            return ReadResult.Failed(new InputException(origin, "the feed item has no text"));
        }

        if (!TryDate(item, element, out var published))
        {
            return ReadResult.Failed(new InputException(origin, $"the feed item's date '{RawDate(element)}' cannot be read"));
        }

        var info = new DocumentInfo
        {
            Title = item.Title is { Text.Length: > 0 } title ? TitleText(title) : null,
            Published = published ?? options.Published,
            Url = item.Links.FirstOrDefault(l => l.RelationshipType is null or "alternate")?.Uri?.ToString() ?? item.Id,
            Byline = item.Authors.Select(a => a.Name ?? a.Email).FirstOrDefault(n => !string.IsNullOrWhiteSpace(n)),
            Origin = origin,
        };
        return ReadResult.Of(new Document(text, info));
    }

    /// <summary>
    /// A title marked as HTML (Atom's type="html" or "xhtml") loses its tags; a text title (RSS, Atom's default) keeps
    /// what looks like a tag ("AMERICAN MOTORS &lt;AMO&gt;", a ticker) and only has the entities that feeds often
    /// escape twice decoded.
    /// </summary>
    private static string TitleText(TextSyndicationContent title) => title.Type is "html" or "xhtml"
        ? HtmlReader.FragmentText(title.Text)
        : string.Join(' ', WebUtility.HtmlDecode(title.Text).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>
    /// The item's date: the formatter parses it lazily and throws on a date it cannot read, so those get a second,
    /// more lenient reading of the raw element before the item is given up.
    /// </summary>
    private static bool TryDate(SyndicationItem item, XElement element, out DateOnly? date)
    {
        try
        {
            var value = item.PublishDate != default ? item.PublishDate : item.LastUpdatedTime;
            date = value != default ? DateOnly.FromDateTime(value.DateTime) : null;
            return true;
        }
        catch (XmlException)
        {
            date = HtmlMetadata.ParseDate(RawDate(element));
            return date is not null;
        }
    }

    /// <summary>An item read from its child elements by name, whatever its dialect; null when it has no text.</summary>
    private static ReadResult? FromRawItem(XElement element, string origin, ReadOptions options)
    {
        string? Child(params string[] names) =>
            names.Select(n => element.Elements().FirstOrDefault(e => e.Name.LocalName == n)).FirstOrDefault(e => e is not null) is { } child
                ? (child.Value.Length > 0 ? child.Value : child.Attribute("href")?.Value)
                : null;

        var html = Child("encoded", "content", "description", "summary");
        var text = html is null ? "" : HtmlReader.FragmentText(html);
        if (text.Length == 0)
        {
            return null;
        }

        var info = new DocumentInfo
        {
            Title = Child("title") is { Length: > 0 } title ? HtmlReader.FragmentText(title) : null,
            Published = HtmlMetadata.ParseDate(RawDate(element)) ?? options.Published,
            Url = Child("link"),
            Byline = Child("creator", "author"),
            Origin = origin,
        };
        return ReadResult.Of(new Document(text, info));
    }

    private static string? RawDate(XElement element) =>
        element.Elements().FirstOrDefault(e => e.Name.LocalName is "pubDate" or "published" or "updated" or "date")?.Value;

    private static string? EncodedContent(SyndicationItem item)
    {
        foreach (var extension in item.ElementExtensions)
        {
            if (extension.OuterName == "encoded" && extension.OuterNamespace == ContentNamespace)
            {
                return extension.GetObject<string>();
            }
        }

        return null;
    }
}
