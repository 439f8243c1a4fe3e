using System.Text;
using Newsgraph.Model;

namespace Newsgraph.Reading;

/// <summary>Reads a UTF-8 plain-text article; its first non-empty line is the headline unless told otherwise.</summary>
public static class PlainTextReader
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Share of control characters above which a file is taken for binary data, not text.</summary>
    private const double MaxControlShare = 0.01;

    public static Document Read(ReadOnlySpan<byte> bytes, string origin, ReadOptions? options = null)
    {
        options ??= ReadOptions.Default;
        return FromText(Decode(bytes, origin), origin, options);
    }

    public static Document FromText(string text, string origin, ReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        options ??= ReadOptions.Default;
        if (text.AsSpan().IsWhiteSpace())
        {
            throw new InputException(origin, "the file is empty (no text to analyse)");
        }

        var info = new DocumentInfo { Origin = origin, Published = options.Published };
        if (options.HasHeadline && FirstLine(text) is { } headline)
        {
            info = info with { Title = text[headline.Start..headline.End], TitleSpan = headline };
        }

        return new Document(text, info);
    }

    public static string Decode(ReadOnlySpan<byte> bytes, string origin)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            bytes = bytes[3..];
        }

        if (bytes.IndexOf((byte)0) >= 0)
        {
            throw new InputException(origin, "the file is binary (it contains NUL bytes), not text");
        }

        string text;
        try
        {
            text = StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            throw new InputException(origin, $"the file is not valid UTF-8 (bad byte at offset {e.Index})");
        }

        var controls = 0;
        foreach (var c in text)
        {
            if (char.IsControl(c) && c is not ('\n' or '\r' or '\t' or '\f'))
            {
                controls++;
            }
        }

        if (text.Length > 0 && controls > text.Length * MaxControlShare)
        {
            throw new InputException(origin, "the file is binary (too many control characters), not text");
        }

        return text;
    }

    private static TextSpan? FirstLine(string text)
    {
        var i = 0;
        while (i < text.Length)
        {
            var end = text.IndexOf('\n', i);
            if (end < 0)
            {
                end = text.Length;
            }

            var s = i;
            var e = end;
            while (s < e && char.IsWhiteSpace(text[s]))
            {
                s++;
            }

            while (e > s && char.IsWhiteSpace(text[e - 1]))
            {
                e--;
            }

            if (e > s)
            {
                return new TextSpan(s, e);
            }

            i = end + 1;
        }

        return null;
    }
}
