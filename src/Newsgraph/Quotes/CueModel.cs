using System.Collections.Frozen;
using System.Globalization;
using System.IO.Compression;
using System.Reflection;
using System.Text;
using System.Text.Json;
using Newsgraph.Model;

namespace Newsgraph.Quotes;

/// <summary>What a trained cue model says about itself; checked when the model is loaded.</summary>
internal sealed record CueModelManifest(int FeatureVersion, string TrainingDataSha256, int Articles, int Epochs, int Features, double DevCueF1);

/// <summary>
/// An averaged-perceptron classifier that tells whether a word outside quotation marks is an attribution cue
/// ("called", "criticized", "wants", "shows"), trained on the Cue spans of PolNeAR train. The rules use it for
/// words their reporting-verb list does not hold; the list stays exact for the verbs it has.
/// </summary>
internal sealed class CueModel
{
    /// <summary>Bump when <see cref="Features"/> changes: a model trained on other features is refused at load.</summary>
    public const int FeatureVersion = 1;

    public const string WeightsResource = "quote-cues.tsv.gz";

    public const string ManifestResource = "quote-cues.manifest.json";

    private static readonly Lazy<CueModel> Embedded = new(LoadEmbedded);

    private static readonly JsonSerializerOptions ManifestJson = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    private readonly FrozenDictionary<string, float> _weights;

    public CueModel(IReadOnlyDictionary<string, float> weights, CueModelManifest manifest)
    {
        _weights = weights.ToFrozenDictionary(StringComparer.Ordinal);
        Manifest = manifest;
    }

    public CueModelManifest Manifest { get; }

    public static CueModel Default => Embedded.Value;

    public float Score(ArticleTokens words, int t)
    {
        var score = 0f;
        foreach (var feature in Features(words, t))
        {
            if (_weights.TryGetValue(feature, out var weight))
            {
                score += weight;
            }
        }

        return score;
    }

    /// <summary>Whether token <paramref name="t"/> is a word the model is asked about: a word of two letters or more.</summary>
    public static bool IsCandidate(ArticleTokens words, int t) =>
        words.Tokens[t].Kind == TokenKind.Word && words.Word(t).Length > 1 && char.IsLetter(words.Word(t)[0]);

    public static IEnumerable<string> Features(ArticleTokens words, int t)
    {
        var w = words.Word(t).ToLowerInvariant();
        yield return "bias";
        yield return "w=" + w;
        yield return "s3=" + (w.Length > 3 ? w[^3..] : w);
        yield return "s2=" + (w.Length > 2 ? w[^2..] : w);
        yield return "cap=" + words.IsCapitalized(t);
        yield return "lex=" + QuoteLexicon.VerbClass(w);
        yield return "p1=" + Word(words, t - 1);
        yield return "n1=" + Word(words, t + 1);
        yield return "p2=" + Word(words, t - 2);
        yield return "n2=" + Word(words, t + 2);
        yield return "wn1=" + w + "|" + Word(words, t + 1);
        yield return "p1w=" + Word(words, t - 1) + "|" + w;
        yield return "p1r=" + RoleOf(words, t - 1);
        yield return "n1r=" + RoleOf(words, t + 1);
        yield return "n1q=" + (t + 1 < words.Count && words.IsQuoteMark(t + 1));
        yield return "thatsoon=" + ThatWithin(words, t);
        yield return "first=" + (words.SentenceAt(t).FirstToken == t);
    }

    private static string Word(ArticleTokens words, int t)
    {
        if (t < 0 || t >= words.Count)
        {
            return "<none>";
        }

        var kind = words.Tokens[t].Kind;
        return kind switch
        {
            TokenKind.Word when words.IsCapitalized(t) && t > 0 && words.SentenceAt(t).FirstToken != t => "<Cap>",
            TokenKind.Word => words.Word(t).ToLowerInvariant(),
            TokenKind.Number => "<num>",
            TokenKind.QuoteMark => "<q>",
            _ => words.Word(t),
        };
    }

    private static string RoleOf(ArticleTokens words, int t) =>
        t < 0 || t >= words.Count ? "<none>" : words.Role(t).ToString();

    private static bool ThatWithin(ArticleTokens words, int t)
    {
        for (var k = t + 1; k < words.Count && k <= t + 3; k++)
        {
            if (words.Is(k, "that"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Writes the weights (one "feature TAB weight" line each, sorted, gzip) and the manifest beside them.</summary>
    public void Save(string directory)
    {
        Directory.CreateDirectory(directory);
        using (var file = File.Create(Path.Combine(directory, WeightsResource)))
        using (var gzip = new GZipStream(file, CompressionLevel.SmallestSize))
        using (var writer = new StreamWriter(gzip, new UTF8Encoding(false)))
        {
            writer.NewLine = "\n";
            foreach (var (feature, weight) in _weights.OrderBy(pair => pair.Key, StringComparer.Ordinal))
            {
                writer.WriteLine(feature + "\t" + weight.ToString("R", CultureInfo.InvariantCulture));
            }
        }

        var json = JsonSerializer.Serialize(Manifest, ManifestJson);
        File.WriteAllText(Path.Combine(directory, ManifestResource), json + "\n");
    }

    public static CueModel Load(Stream weights, Stream manifest)
    {
        var meta = JsonSerializer.Deserialize<CueModelManifest>(manifest, ManifestJson)
            ?? throw new InvalidDataException("The quote cue model manifest is empty.");
        if (meta.FeatureVersion != FeatureVersion)
        {
            throw new InvalidDataException(
                $"The quote cue model was trained with feature version {meta.FeatureVersion}, but this build extracts version {FeatureVersion}: retrain it with 'newsgraph train quotes'.");
        }

        var table = new Dictionary<string, float>(StringComparer.Ordinal);
        using var gzip = new GZipStream(weights, CompressionMode.Decompress);
        using var reader = new StreamReader(gzip, Encoding.UTF8);
        while (reader.ReadLine() is { } line)
        {
            var tab = line.LastIndexOf('\t');
            table[line[..tab]] = float.Parse(line.AsSpan(tab + 1), CultureInfo.InvariantCulture);
        }

        if (table.Count != meta.Features)
        {
            throw new InvalidDataException($"The quote cue model has {table.Count} weights but its manifest says {meta.Features}: the files do not belong together.");
        }

        return new CueModel(table, meta);
    }

    private static CueModel LoadEmbedded()
    {
        var assembly = Assembly.GetExecutingAssembly();
        using var weights = assembly.GetManifestResourceStream("Newsgraph.Models." + WeightsResource)
            ?? throw new InvalidOperationException($"The quote cue model '{WeightsResource}' is not embedded in the Newsgraph assembly.");
        using var manifest = assembly.GetManifestResourceStream("Newsgraph.Models." + ManifestResource)
            ?? throw new InvalidOperationException($"The quote cue model manifest '{ManifestResource}' is not embedded in the Newsgraph assembly.");
        return Load(weights, manifest);
    }
}
