using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Newsgraph.Text;

namespace Newsgraph.Ner;

/// <summary>The word classes and gazetteers the features read, with a hash of their content that a model records.</summary>
internal sealed class NerResources
{
    private static readonly Lazy<NerResources> Embedded = new(() =>
        new NerResources(
            WordClusters.Load(),
            Gazetteers.Load(),
            WordVectors.Default,
            HashOf([WordClusters.DataFile, .. Gazetteers.ListNames.Select(n => "ner/" + n + ".txt")], WordVectors.Default)));

    /// <summary>The working vocabulary of news, about 20 MB at most; rarer forms are described each time.</summary>
    private const int MaxCachedWords = 100_000;

    private readonly ConcurrentDictionary<string, WordInfo> _words = new(StringComparer.Ordinal);

    private int _lastId = -1;

    public NerResources(WordClusters clusters, Gazetteers gazetteers, WordVectors vectors, string hash)
    {
        Clusters = clusters;
        Gazetteers = gazetteers;
        Vectors = vectors;
        Hash = hash;
    }

    public static NerResources Default => Embedded.Value;

    public WordClusters Clusters { get; }

    public Gazetteers Gazetteers { get; }

    public WordVectors Vectors { get; }

    /// <summary>SHA-256 of the data files' lines and the vectors, so a model trained with other word classes, lists or vectors is refused.</summary>
    public string Hash { get; }

    public DocumentView View(IReadOnlyList<string[]> sentences) => new(sentences, this);

    /// <summary>What the features read of a word form alone, computed once per form: news reuses a small vocabulary.</summary>
    public WordInfo Word(string token)
    {
        if (_words.TryGetValue(token, out var info))
        {
            return info;
        }

        info = DocumentView.Describe(token, Clusters, Gazetteers, Vectors);
        return _words.Count < MaxCachedWords ? _words.GetOrAdd(token, info with { Id = Interlocked.Increment(ref _lastId) }) : info;
    }

    private static string HashOf(IEnumerable<string> files, WordVectors vectors)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var file in files)
        {
            foreach (var line in LanguageData.Lines(file))
            {
                sha.AppendData(Encoding.UTF8.GetBytes(line + "\n"));
            }
        }

        sha.AppendData(Encoding.UTF8.GetBytes(vectors.Hash));
        return Convert.ToHexStringLower(sha.GetHashAndReset())[..16];
    }
}
