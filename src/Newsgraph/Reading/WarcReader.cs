using System.Globalization;
using System.IO.Compression;
using System.Text;
using Newsgraph.Reading.Html;

namespace Newsgraph.Reading;

/// <summary>
/// Reads a WARC file (ISO 28500, 1.0 or 1.1) record by record, streaming: HTML responses (and HTML resource records,
/// and the text records of WET files) become documents, other records are passed over. A bad record is reported and skipped; a cut-off file ends with an
/// error naming the record that was cut. Gzip per record, as crawls publish them, is removed by the caller's stream.
/// </summary>
internal static class WarcReader
{
    /// <summary>Longest header line accepted: real WARC and HTTP header lines stay far below it; beyond it the input is not WARC.</summary>
    private const int MaxLineBytes = 64 * 1024;

    public static IEnumerable<ReadResult> Read(Stream stream, string origin, ReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        options ??= ReadOptions.Default;
        return ReadRecords(new BufferedStream(stream, 1 << 16), origin, options);
    }

    private static IEnumerable<ReadResult> ReadRecords(Stream stream, string origin, ReadOptions options)
    {
        var number = 0;
        while (true)
        {
            number++;
            var where = $"{origin}, record {number}";
            Record? record;
            InputException? error;
            bool fatal;
            try
            {
                (record, error, fatal) = NextRecord(stream, where, options.MaxBytes);
            }
            catch (Exception e) when (e is InvalidDataException or IOException)
            {
                (record, error, fatal) = (null, new InputException(where, "the data is corrupt or cut short here (" + e.Message + ")"), true);
            }

            if (error is not null)
            {
                yield return ReadResult.Failed(error);
                if (fatal)
                {
                    yield break;
                }

                continue;
            }

            if (record is null)
            {
                yield break;
            }

            if (ToDocument(record, where, options) is { } result)
            {
                yield return result;
            }
        }
    }

    private sealed record Record(Dictionary<string, string> Headers, byte[] Block)
    {
        public string? Header(string name) => Headers.GetValueOrDefault(name);
    }

    private static (Record? Record, InputException? Error, bool Fatal) NextRecord(Stream stream, string where, long maxBytes)
    {
        string? version;
        do
        {
            version = ReadLine(stream, where);
            if (version is null)
            {
                return (null, null, false);
            }
        }
        while (version.Length == 0);

        if (!version.StartsWith("WARC/", StringComparison.Ordinal))
        {
            return (null, new InputException(where, $"expected a WARC/1.x version line, found '{Shorten(version)}'"), true);
        }

        var headers = ReadHeaders(stream, where);
        if (headers is null)
        {
            return (null, new InputException(where, "the file ends inside the record's headers (cut short)"), true);
        }

        if (!long.TryParse(headers.GetValueOrDefault("Content-Length"), NumberStyles.None, CultureInfo.InvariantCulture, out var length))
        {
            return (null, new InputException(where, "the record has no valid Content-Length header"), true);
        }

        if (length > maxBytes)
        {
            var skipped = Skip(stream, length);
            return skipped < length
                ? (null, new InputException(where, $"the file ends inside the record: {skipped} of its {length} bytes are there (cut short)"), true)
                : (null, new InputException(where, $"the record is {length / (1024 * 1024)} MiB, over the {maxBytes / (1024 * 1024)} MiB limit for one article"), false);
        }

        var block = new byte[length];
        var read = stream.ReadAtLeast(block, block.Length, throwOnEndOfStream: false);
        if (read < length)
        {
            return (null, new InputException(where, $"the file ends inside the record: {read} of its {length} bytes are there (cut short)"), true);
        }

        return (new Record(headers, block), null, false);
    }

    private static ReadResult? ToDocument(Record record, string where, ReadOptions options)
    {
        var type = record.Header("WARC-Type");
        var contentType = record.Header("Content-Type") ?? "";
        var url = record.Header("WARC-Target-URI")?.Trim('<', '>');
        try
        {
            if (type == "response" && contentType.StartsWith("application/http", StringComparison.OrdinalIgnoreCase))
            {
                return FromHttpResponse(record.Block, where, url, options);
            }

            if (type == "resource" && IsHtml(contentType))
            {
                return ReadResult.Of(HtmlReader.Read(record.Block, where, options, TextDecoding.CharsetOf(contentType), url));
            }

            // WET files (text a crawler extracted from each page) hold it in conversion records.
            if (type == "conversion" && contentType.StartsWith("text/plain", StringComparison.OrdinalIgnoreCase))
            {
                var text = TextDecoding.Decode(record.Block, where, TextDecoding.CharsetOf(contentType) ?? "utf-8");
                var document = PlainTextReader.FromText(text, where, options);
                return ReadResult.Of(document.WithInfo(document.Info with { Url = url }));
            }
        }
        catch (InputException e)
        {
            return ReadResult.Failed(e);
        }

        return null;
    }

    /// <summary>An HTTP response: only a successful HTML one is an article; redirects, images and scripts are passed over.</summary>
    private static ReadResult? FromHttpResponse(byte[] block, string where, string? url, ReadOptions options)
    {
        using var stream = new MemoryStream(block);
        var status = ReadLine(stream, where);
        if (status is null || !status.StartsWith("HTTP/", StringComparison.Ordinal))
        {
            return ReadResult.Failed(new InputException(where, "the response record does not hold an HTTP response"));
        }

        var parts = status.Split(' ', 3);
        if (parts.Length < 2 || !parts[1].StartsWith('2'))
        {
            return null;
        }

        var headers = ReadHeaders(stream, where) ?? [];
        var contentType = headers.GetValueOrDefault("Content-Type");
        if (contentType is not null && !IsHtml(contentType))
        {
            return null;
        }

        var payload = block.AsSpan((int)stream.Position).ToArray();
        if (headers.GetValueOrDefault("Transfer-Encoding")?.Contains("chunked", StringComparison.OrdinalIgnoreCase) == true)
        {
            payload = Dechunk(payload);
        }

        switch (headers.GetValueOrDefault("Content-Encoding")?.Trim().ToLowerInvariant())
        {
            case "gzip" or "x-gzip":
                payload = Inflate(new CheckedGzipStream(new MemoryStream(payload)), where, options.MaxBytes);
                break;
            case "deflate":
                payload = Inflate(new ZLibStream(new MemoryStream(payload), CompressionMode.Decompress), where, options.MaxBytes);
                break;
        }

        if (contentType is null && InputSniffer.Sniff(payload) != InputKind.Html)
        {
            return null;
        }

        return ReadResult.Of(HtmlReader.Read(payload, where, options, TextDecoding.CharsetOf(contentType), url));
    }

    private static bool IsHtml(string contentType) =>
        contentType.StartsWith("text/html", StringComparison.OrdinalIgnoreCase) ||
        contentType.StartsWith("application/xhtml", StringComparison.OrdinalIgnoreCase);

    private static Dictionary<string, string>? ReadHeaders(Stream stream, string where)
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        while (true)
        {
            var line = ReadLine(stream, where);
            if (line is null)
            {
                return null;
            }

            if (line.Length == 0)
            {
                return headers;
            }

            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0)
            {
                headers[line[..colon].Trim()] = line[(colon + 1)..].Trim();
            }
        }
    }

    /// <summary>One CRLF- or LF-ended line of header bytes (UTF-8, as WARC 1.1 allows); null at the end of the stream.</summary>
    private static string? ReadLine(Stream stream, string where)
    {
        var bytes = new List<byte>();
        while (true)
        {
            var b = stream.ReadByte();
            if (b < 0)
            {
                return bytes.Count == 0 ? null : Encoding.UTF8.GetString([.. bytes]);
            }

            if (b == '\n')
            {
                if (bytes.Count > 0 && bytes[^1] == '\r')
                {
                    bytes.RemoveAt(bytes.Count - 1);
                }

                return Encoding.UTF8.GetString([.. bytes]);
            }

            bytes.Add((byte)b);
            if (bytes.Count > MaxLineBytes)
            {
                throw new InvalidDataException($"a header line longer than {MaxLineBytes / 1024} KiB in {where}");
            }
        }
    }

    private static long Skip(Stream stream, long length)
    {
        var buffer = new byte[81920];
        long skipped = 0;
        while (skipped < length)
        {
            var read = stream.Read(buffer, 0, (int)Math.Min(buffer.Length, length - skipped));
            if (read == 0)
            {
                break;
            }

            skipped += read;
        }

        return skipped;
    }

    private static byte[] Dechunk(byte[] payload)
    {
        using var output = new MemoryStream(payload.Length);
        var i = 0;
        while (i < payload.Length)
        {
            var lineEnd = Array.IndexOf(payload, (byte)'\n', i);
            if (lineEnd < 0)
            {
                break;
            }

            var sizeText = Encoding.ASCII.GetString(payload, i, lineEnd - i).Split(';')[0].Trim();
            if (!int.TryParse(sizeText, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var size) || size == 0)
            {
                break;
            }

            var start = lineEnd + 1;
            var count = Math.Min(size, payload.Length - start);
            output.Write(payload, start, count);
            i = start + count + 2;
        }

        return output.ToArray();
    }

    private static byte[] Inflate(Stream decompressor, string where, long maxBytes)
    {
        using (decompressor)
        {
            using var output = new MemoryStream();
            try
            {
                var buffer = new byte[81920];
                int read;
                while ((read = decompressor.Read(buffer)) > 0)
                {
                    output.Write(buffer, 0, read);
                    if (output.Length > maxBytes)
                    {
                        throw new InputException(where, $"the response decompresses to more than the {maxBytes / (1024 * 1024)} MiB limit for one article");
                    }
                }
            }
            catch (InvalidDataException e)
            {
                throw new InputException(where, "the response's compressed body is corrupt: " + e.Message);
            }

            return output.ToArray();
        }
    }

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
