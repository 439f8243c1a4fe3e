using System.IO.Compression;

namespace Newsgraph.Reading;

/// <summary>Reads any supported input (plain text, gzip of it) into documents, naming the input in every error.</summary>
/// <remarks>
/// Also HTML pages, RSS and Atom feeds, WARC files and JSON Lines, gzipped or not. <see cref="Read"/> is all or nothing
/// (the first bad item throws); <see cref="ReadEach(Stream, string, ReadOptions?)"/> streams one result per article, so a
/// bad feed item, WARC record or JSON line is reported and the rest still read.
/// </remarks>
public static class ArticleReader
{
    public static IReadOnlyList<Document> Read(byte[] bytes, string origin, ReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        options ??= ReadOptions.Default;
        if (bytes.Length == 0)
        {
            throw new InputException(origin, "the file is empty (no text to analyse)");
        }

        if (bytes.LongLength > options.MaxBytes)
        {
            throw new InputException(origin, $"the file is {bytes.LongLength / (1024 * 1024)} MiB, over the {options.MaxBytes / (1024 * 1024)} MiB limit for one article");
        }

        if (bytes.Length >= 2 && bytes[0] == 0x1F && bytes[1] == 0x8B)
        {
            return Read(Gunzip(bytes, origin, options.MaxBytes), origin, options);
        }

        var kind = InputSniffer.Sniff(bytes);
        if (kind != InputKind.PlainText)
        {
            return ReadEach(bytes, origin, options).Select(r => r.Succeeded ? r.Document : throw r.Error).ToList();
        }

        if (!IsUtf8(bytes))
        {
            return [PlainTextReader.FromText(TextDecoding.Decode(bytes, origin), origin, options)];
        }

        return [PlainTextReader.Read(bytes, origin, options)];
    }

    /// <summary>Every article of an input held in memory, one result each.</summary>
    public static IEnumerable<ReadResult> ReadEach(byte[] bytes, string origin, ReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        return ReadEach(new MemoryStream(bytes, writable: false), origin, options);
    }

    /// <summary>Every article of a file, one result each, streamed: a WARC or JSON Lines file of any size is never held whole.</summary>
    public static IEnumerable<ReadResult> ReadEachFile(string path, ReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            return [ReadResult.Failed(new InputException(path, Directory.Exists(path) ? "is a folder, not a file" : "no such file"))];
        }

        FileStream stream;
        try
        {
            stream = File.OpenRead(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [ReadResult.Failed(new InputException(path, "cannot be read: " + e.Message))];
        }

        return ReadEach(stream, path, options);
    }

    /// <summary>Every article of a stream (which is disposed when the enumeration ends), one result each.</summary>
    public static IEnumerable<ReadResult> ReadEach(Stream stream, string origin, ReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        return Dispatch(stream, origin, options ?? ReadOptions.Default);
    }

    private static IEnumerable<ReadResult> Dispatch(Stream stream, string origin, ReadOptions options)
    {
        using var owned = stream;
        var (kind, input, error) = Open(stream, origin);
        using var opened = input;
        if (error is not null)
        {
            yield return ReadResult.Failed(error);
            yield break;
        }

        var results = kind switch
        {
            InputKind.Warc => WarcReader.Read(input!, origin, options),
            InputKind.JsonLines => JsonLinesReader.Read(input!, origin, options),
            _ => ReadWhole(input!, kind, origin, options),
        };
        foreach (var result in results)
        {
            yield return result;
        }
    }

    /// <summary>Removes a gzip layer and tells the format from the first bytes, leaving the stream at its start.</summary>
    private static (InputKind Kind, Stream? Input, InputException? Error) Open(Stream stream, string origin)
    {
        try
        {
            var (magic, input) = PrefixStream.Peek(stream, 2);
            if (magic is [0x1F, 0x8B])
            {
                input = new CheckedGzipStream(input);
            }

            var (head, rest) = PrefixStream.Peek(input, InputSniffer.SniffBytes);
            if (head.AsSpan().IsEmpty || head.AsSpan().IndexOfAnyExcept(" \t\r\n"u8) < 0 && head.Length < InputSniffer.SniffBytes)
            {
                return (InputKind.PlainText, rest, new InputException(origin, "the file is empty (no text to analyse)"));
            }

            return (InputSniffer.Sniff(head), rest, null);
        }
        catch (Exception e) when (e is InvalidDataException or EndOfStreamException)
        {
            return (InputKind.PlainText, null, new InputException(origin, "the gzip data is corrupt or truncated: " + e.Message));
        }
        catch (IOException e)
        {
            return (InputKind.PlainText, null, new InputException(origin, "cannot be read: " + e.Message));
        }
    }

    /// <summary>A single page, a feed or a plain-text article: read whole, up to the size limit for one article.</summary>
    private static IEnumerable<ReadResult> ReadWhole(Stream input, InputKind kind, string origin, ReadOptions options)
    {
        byte[] bytes;
        try
        {
            bytes = ReadBounded(input, origin, options.MaxBytes);
        }
        catch (InputException e)
        {
            return [ReadResult.Failed(e)];
        }

        if (kind == InputKind.Feed)
        {
            return FeedReader.Read(bytes, origin, options);
        }

        if (kind == InputKind.Json)
        {
            return JsonLinesReader.ReadDocument(bytes, origin, options);
        }

        try
        {
            return kind == InputKind.Html
                ? [ReadResult.Of(HtmlReader.Read(bytes, origin, options))]
                : [ReadResult.Of(Read(bytes, origin, options)[0])];
        }
        catch (InputException e)
        {
            return [ReadResult.Failed(e)];
        }
    }

    private static byte[] ReadBounded(Stream input, string origin, long maxBytes)
    {
        try
        {
            using var output = new MemoryStream();
            var buffer = new byte[81920];
            int read;
            while ((read = input.Read(buffer)) > 0)
            {
                output.Write(buffer, 0, read);
                if (output.Length > maxBytes)
                {
                    throw new InputException(origin, $"the article is over the {maxBytes / (1024 * 1024)} MiB limit for one article");
                }
            }

            return output.ToArray();
        }
        catch (Exception e) when (e is InvalidDataException or EndOfStreamException)
        {
            throw new InputException(origin, "the gzip data is corrupt or truncated: " + e.Message);
        }
        catch (IOException e)
        {
            throw new InputException(origin, "cannot be read: " + e.Message);
        }
    }

    private static bool IsUtf8(byte[] bytes) => System.Text.Unicode.Utf8.IsValid(bytes);

    public static IReadOnlyList<Document> ReadFile(string path, ReadOptions? options = null)
    {
        options ??= ReadOptions.Default;
        var info = new FileInfo(path);
        if (!info.Exists)
        {
            throw new InputException(path, Directory.Exists(path) ? "is a folder, not a file" : "no such file");
        }

        if (info.Length > options.MaxBytes)
        {
            throw new InputException(path, $"the file is {info.Length / (1024 * 1024)} MiB, over the {options.MaxBytes / (1024 * 1024)} MiB limit for one article");
        }

        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InputException(path, "cannot be read: " + e.Message);
        }

        return Read(bytes, path, options);
    }

    private static byte[] Gunzip(byte[] bytes, string origin, long maxBytes)
    {
        using var input = new CheckedGzipStream(new MemoryStream(bytes));
        return ReadBounded(input, origin, maxBytes);
    }
}
