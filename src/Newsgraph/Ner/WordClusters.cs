using System.Globalization;
using Newsgraph.Text;

namespace Newsgraph.Ner;

/// <summary>
/// Word classes learned from unlabeled news by <see cref="ExchangeClustering"/>, at several granularities, with each
/// word's corpus count. Lines: <c>word TAB count TAB class1 TAB class2 ...</c> (coarse to fine).
/// </summary>
internal sealed class WordClusters
{
    public const string DataFile = "ner/clusters.tsv";

    private readonly Dictionary<string, Entry> _words;

    public WordClusters(Dictionary<string, Entry> words, int granularities)
    {
        _words = words;
        Granularities = granularities;
    }

    public int Granularities { get; }

    public int Count => _words.Count;

    public static WordClusters Load() => Parse(LanguageData.Lines(DataFile));

    public static WordClusters Parse(IEnumerable<string> lines)
    {
        var words = new Dictionary<string, Entry>(StringComparer.Ordinal);
        var granularities = 0;
        foreach (var line in lines)
        {
            var columns = line.Split('\t');
            var classes = new short[columns.Length - 2];
            for (var k = 0; k < classes.Length; k++)
            {
                classes[k] = short.Parse(columns[k + 2], CultureInfo.InvariantCulture);
            }

            granularities = classes.Length;
            words[columns[0]] = new Entry(int.Parse(columns[1], CultureInfo.InvariantCulture), classes);
        }

        return new WordClusters(words, granularities);
    }

    public Entry? Find(string word) => _words.GetValueOrDefault(word);

    public int CountOf(string word) => _words.TryGetValue(word, out var entry) ? entry.Count : 0;

    /// <summary>A word's corpus count and its class at each granularity.</summary>
    internal sealed record Entry(int Count, short[] Classes);
}
