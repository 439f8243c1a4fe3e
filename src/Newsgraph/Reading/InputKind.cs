using System.Text;

namespace Newsgraph.Reading;

/// <summary>The formats an input can be in, told apart by their first bytes.</summary>
internal enum InputKind
{
    PlainText,
    Html,
    Feed,
    Warc,
    JsonLines,

    /// <summary>One JSON document: an array of article objects, or one object spread over several lines.</summary>
    Json,
}

/// <summary>Tells an input's format from its start (after any gzip layer is removed).</summary>
internal static class InputSniffer
{
    /// <summary>Bytes looked at: a page's doctype or a feed's root element comes well inside the first 4 KiB.</summary>
    public const int SniffBytes = 4096;

    public static InputKind Sniff(ReadOnlySpan<byte> bytes)
    {
        var head = Head(bytes);
        var start = 0;
        while (start < head.Length && (char.IsWhiteSpace(head[start]) || head[start] == '\uFEFF'))
        {
            start++;
        }

        var text = head[start..];
        if (text.StartsWith("WARC/", StringComparison.Ordinal))
        {
            return InputKind.Warc;
        }

        if (text.StartsWith('['))
        {
            return InputKind.Json;
        }

        if (text.StartsWith('{'))
        {
            var firstLine = text.IndexOf('\n', StringComparison.Ordinal) is var end and >= 0 ? text[..end] : text;
            return firstLine.Trim() == "{" ? InputKind.Json : InputKind.JsonLines;
        }

        if (!text.StartsWith('<'))
        {
            return InputKind.PlainText;
        }

        var lower = text.ToLowerInvariant();
        var feed = FirstIndex(lower, "<rss", "<feed", "<rdf:rdf");
        var html = FirstIndex(lower, "<html", "<!doctype html", "<head", "<body", "<meta", "<title", "<div", "<p>", "<p ", "<article");
        if (feed >= 0 && (html < 0 || feed < html))
        {
            return InputKind.Feed;
        }

        return html >= 0 ? InputKind.Html : InputKind.PlainText;
    }

    private static string Head(ReadOnlySpan<byte> bytes)
    {
        var head = bytes[..Math.Min(bytes.Length, SniffBytes)];
        if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return Encoding.Unicode.GetString(head[2..]);
        }

        if (head.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return Encoding.BigEndianUnicode.GetString(head[2..]);
        }

        return Encoding.Latin1.GetString(head);
    }

    private static int FirstIndex(string text, params string[] markers)
    {
        var first = -1;
        foreach (var marker in markers)
        {
            var i = text.IndexOf(marker, StringComparison.Ordinal);
            if (i >= 0 && (first < 0 || i < first))
            {
                first = i;
            }
        }

        return first;
    }
}
