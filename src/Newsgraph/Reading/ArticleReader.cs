using System.IO.Compression;

namespace Newsgraph.Reading;

/// <summary>Reads any supported input (plain text, gzip of it) into documents, naming the input in every error.</summary>
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

        return [PlainTextReader.Read(bytes, origin, options)];
    }

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
        try
        {
            using var input = new GZipStream(new MemoryStream(bytes), CompressionMode.Decompress);
            using var output = new MemoryStream();
            var buffer = new byte[81920];
            int read;
            while ((read = input.Read(buffer)) > 0)
            {
                output.Write(buffer, 0, read);
                if (output.Length > maxBytes)
                {
                    throw new InputException(origin, $"decompresses to more than the {maxBytes / (1024 * 1024)} MiB limit for one article");
                }
            }

            // GZipStream stops quietly at a cut: the trailer's size field (the length mod 2^32) shows it.
            if (bytes.Length < 18 || BitConverter.ToUInt32(bytes, bytes.Length - 4) != (uint)output.Length)
            {
                throw new InputException(origin, "the gzip data is truncated (its decompressed length does not match the gzip trailer)");
            }

            return output.ToArray();
        }
        catch (InvalidDataException e)
        {
            throw new InputException(origin, "the gzip data is corrupt or truncated: " + e.Message);
        }
        catch (EndOfStreamException)
        {
            throw new InputException(origin, "the gzip data is truncated");
        }
    }
}
