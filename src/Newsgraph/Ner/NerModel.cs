using System.Buffers.Binary;
using System.IO.Compression;
using System.Reflection;
using System.Runtime.InteropServices;
using System.Text.Json;

namespace Newsgraph.Ner;

/// <summary>What a model file says about itself; checked at load against the code and data that will use it.</summary>
internal sealed record NerManifest(
    string FeatureVersion,
    string ResourcesHash,
    string TrainingDataHash,
    double DevF1,
    int Epochs,
    int FirstPassFeatures,
    int SecondPassFeatures);

/// <summary>
/// The two-pass tagger: the first pass tags each sentence from local features, the second adds what the first pass
/// said about the same words elsewhere in the document (Ratinov and Roth 2009).
/// </summary>
internal sealed class NerModel
{
    public const string ResourceName = "Newsgraph.Models.ner.bin";

    private const string Magic = "NGNER1";
    private const int L = NerLabels.Count;

    /// <summary>A sanity bound far above any real model, so a corrupt count fails clearly instead of exhausting memory.</summary>
    private const int MaxRows = 50_000_000;

    /// <summary>The same bound for the word-vector weights of a pass: each group's dimensions over the labels.</summary>
    private const int MaxVectorWeights = FeatureExtractor.VectorGroups * WordVectors.MaxDimensions * L;

    private static readonly Lazy<NerModel> Embedded = new(LoadEmbedded);

    private readonly NerDecoder _decoder;

    public NerModel(NerManifest manifest, LinearChain first, LinearChain second)
    {
        Manifest = manifest;
        First = first;
        Second = second;
        _decoder = new NerDecoder(first, second);
    }

    public static NerModel Default => Embedded.Value;

    public NerManifest Manifest { get; }

    public LinearChain First { get; }

    public LinearChain Second { get; }

    /// <summary>BILOU labels for every sentence of the document.</summary>
    public int[][] Tag(DocumentView view) => _decoder.Tag(view);

    public void Save(Stream stream)
    {
        using var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true);
        writer.Write(Magic);
        writer.Write(JsonSerializer.Serialize(Manifest));
        using var compressed = new BrotliStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
        using var body = new BinaryWriter(compressed);
        Write(body, First);
        Write(body, Second);
    }

    /// <summary>Reads a model; a model made for other features or other word classes and lists is refused.</summary>
    public static NerModel Load(Stream stream, string origin, NerResources resources)
    {
        using var reader = new BinaryReader(stream, System.Text.Encoding.UTF8, leaveOpen: true);
        NerManifest manifest;
        try
        {
            if (reader.ReadString() != Magic)
            {
                throw new InvalidDataException($"NER model '{origin}' is not a Newsgraph NER model file.");
            }

            manifest = JsonSerializer.Deserialize<NerManifest>(reader.ReadString())
                ?? throw new InvalidDataException($"NER model '{origin}' has no manifest.");
        }
        catch (Exception e) when (e is EndOfStreamException or JsonException)
        {
            throw new InvalidDataException($"NER model '{origin}' is not a Newsgraph NER model file.", e);
        }

        Check(manifest, origin, resources);
        if (!BitConverter.IsLittleEndian)
        {
            throw new PlatformNotSupportedException("NER models are read on little-endian machines only.");
        }

        using var compressed = new BrotliStream(stream, CompressionMode.Decompress, leaveOpen: true);
        LinearChain first, second;
        try
        {
            first = Read(compressed);
            second = Read(compressed);
        }
        catch (EndOfStreamException e)
        {
            throw new InvalidDataException($"NER model '{origin}' is truncated.", e);
        }

        return new NerModel(manifest, first, second);
    }

    public static void Check(NerManifest manifest, string origin, NerResources resources)
    {
        if (manifest.FeatureVersion != FeatureExtractor.Version)
        {
            throw new InvalidDataException(
                $"NER model '{origin}' was trained for features '{manifest.FeatureVersion}' but this code extracts '{FeatureExtractor.Version}': "
                + "retrain it with './newsgraph train ner'.");
        }

        if (manifest.ResourcesHash != resources.Hash)
        {
            throw new InvalidDataException(
                $"NER model '{origin}' was trained with other word classes or gazetteers (data hash {manifest.ResourcesHash}, "
                + $"now {resources.Hash}): retrain it with './newsgraph train ner'.");
        }
    }

    private static NerModel LoadEmbedded()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The NER model '{ResourceName}' is not embedded in the Newsgraph assembly.");
        return Load(stream, ResourceName, NerResources.Default);
    }

    /// <summary>Weights are stored as 16-bit integers of one scale per pass: half the size of floats, dev F1 unchanged.</summary>
    private static void Write(BinaryWriter writer, LinearChain chain)
    {
        writer.Write(chain.Keys.Length);
        writer.Write(chain.Scale);
        foreach (var key in chain.Keys)
        {
            writer.Write(key);
        }

        foreach (var weight in chain.QuantisedWeights)
        {
            writer.Write(weight);
        }

        foreach (var weight in chain.Transitions)
        {
            writer.Write(weight);
        }

        writer.Write(chain.VectorWeights.Length);
        foreach (var weight in chain.VectorWeights)
        {
            writer.Write(weight);
        }
    }

    /// <summary>Reads one pass in bulk: the arrays are stored little-endian, as they lie in memory.</summary>
    private static LinearChain Read(Stream stream)
    {
        Span<byte> header = stackalloc byte[8];
        stream.ReadExactly(header);
        var rows = BinaryPrimitives.ReadInt32LittleEndian(header);
        var scale = BinaryPrimitives.ReadSingleLittleEndian(header[4..]);
        if (rows < 0 || rows > MaxRows)
        {
            throw new InvalidDataException($"NER model has a pass with {rows} features.");
        }

        var keys = new ulong[rows];
        stream.ReadExactly(MemoryMarshal.AsBytes(keys.AsSpan()));
        var weights = new short[rows * L];
        stream.ReadExactly(MemoryMarshal.AsBytes(weights.AsSpan()));

        var transitions = new float[L * L];
        stream.ReadExactly(MemoryMarshal.AsBytes(transitions.AsSpan()));
        stream.ReadExactly(header[..4]);
        var vectorWeightCount = BinaryPrimitives.ReadInt32LittleEndian(header);
        if (vectorWeightCount < 0 || vectorWeightCount > MaxVectorWeights || vectorWeightCount % L != 0)
        {
            throw new InvalidDataException($"NER model has a pass with {vectorWeightCount} word-vector weights.");
        }

        var vectorWeights = new short[vectorWeightCount];
        stream.ReadExactly(MemoryMarshal.AsBytes(vectorWeights.AsSpan()));
        return new LinearChain(keys, weights, scale, transitions, vectorWeights);
    }
}

/// <summary>Maps weights to 16-bit integers with one scale, so that the trainer can evaluate exactly what is saved.</summary>
internal static class Quantisation
{
    public static float Scale(float[] weights)
    {
        var max = 0f;
        foreach (var w in weights)
        {
            max = Math.Max(max, Math.Abs(w));
        }

        return max == 0 ? 1 : max / short.MaxValue;
    }

    public static short ToShort(float weight, float scale) => (short)Math.Clamp(MathF.Round(weight / scale), -short.MaxValue, short.MaxValue);
}
