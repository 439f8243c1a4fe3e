using System.Text;
using System.Text.RegularExpressions;
using UtfUnknown;

namespace Newsgraph.Reading;

/// <summary>
/// Turns bytes into text, finding the encoding from (in order) a byte-order mark, a charset declared outside the text
/// (an HTTP header in a WARC record), one declared inside it (<c>&lt;meta charset&gt;</c>, the XML declaration),
/// valid UTF-8, and statistical detection, with Windows-1252 as the last resort.
/// </summary>
internal static partial class TextDecoding
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Share of control characters above which a file is taken for binary data, not text (as PlainTextReader).</summary>
    private const double MaxControlShare = 0.01;

    /// <summary>Detection confidence below which Windows-1252 is assumed: it decodes every byte, and most legacy news pages use it.</summary>
    private const float MinDetectionConfidence = 0.5f;

    /// <summary>Pages declare their charset within the first 1024 bytes (the HTML standard's prescan length), feeds in their first line.</summary>
    private const int DeclarationScanBytes = 1024;

    static TextDecoding() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static string Decode(ReadOnlySpan<byte> bytes, string origin, string? declaredCharset = null)
    {
        var (encoding, skip) = FindEncoding(bytes, declaredCharset);
        bytes = bytes[skip..];
        var isUtf16 = encoding is UnicodeEncoding;
        if (!isUtf16 && bytes.IndexOf((byte)0) >= 0)
        {
            throw new InputException(origin, "the file is binary (it contains NUL bytes), not text");
        }

        var text = encoding.GetString(bytes);
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

    /// <summary>The charset parameter of a Content-Type value such as <c>text/html; charset=ISO-8859-1</c>.</summary>
    public static string? CharsetOf(string? contentType)
    {
        if (contentType is null)
        {
            return null;
        }

        var m = CharsetParameter().Match(contentType);
        return m.Success ? m.Groups[1].Value : null;
    }

    private static (Encoding Encoding, int Skip) FindEncoding(ReadOnlySpan<byte> bytes, string? declaredCharset)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return (Encoding.UTF8, 3);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return (Encoding.Unicode, 2);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return (Encoding.BigEndianUnicode, 2);
        }

        var declared = FromName(declaredCharset) ?? FromName(DeclaredInside(bytes));
        if (declared is not null && declared is not UTF8Encoding)
        {
            return (declared, 0);
        }

        if (IsUtf8(bytes))
        {
            return (Encoding.UTF8, 0);
        }

        var detected = CharsetDetector.DetectFromBytes(bytes.ToArray()).Detected;
        if (detected is { Encoding: { } guess } && detected.Confidence >= MinDetectionConfidence && guess is not UTF8Encoding)
        {
            return (guess, 0);
        }

        return (Encoding.GetEncoding(1252), 0);
    }

    private static bool IsUtf8(ReadOnlySpan<byte> bytes)
    {
        try
        {
            StrictUtf8.GetCharCount(bytes);
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }

    private static string? DeclaredInside(ReadOnlySpan<byte> bytes)
    {
        var head = Encoding.Latin1.GetString(bytes[..Math.Min(bytes.Length, DeclarationScanBytes)]);
        var m = MetaCharset().Match(head);
        if (m.Success)
        {
            return m.Groups[1].Value;
        }

        m = XmlEncoding().Match(head);
        return m.Success ? m.Groups[1].Value : null;
    }

    private static Encoding? FromName(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }

        name = name.Trim().Trim('"', '\'').ToLowerInvariant();

        // The HTML standard decodes these labels as Windows-1252, a superset that browsers use for them.
        if (name is "iso-8859-1" or "latin1" or "latin-1" or "us-ascii" or "ascii" or "iso8859-1")
        {
            return Encoding.GetEncoding(1252);
        }

        try
        {
            return Encoding.GetEncoding(name);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    [GeneratedRegex("""charset\s*=\s*["']?([A-Za-z0-9_:.\-]+)""", RegexOptions.IgnoreCase)]
    private static partial Regex CharsetParameter();

    [GeneratedRegex("""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_:.\-]+)""", RegexOptions.IgnoreCase)]
    private static partial Regex MetaCharset();

    [GeneratedRegex("""<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_:.\-]+)""", RegexOptions.IgnoreCase)]
    private static partial Regex XmlEncoding();
}
