using System.Diagnostics;
using System.Globalization;

namespace Newsgraph.Ner;

/// <summary>How to cluster: the class counts to learn, the vocabulary cut-off, the passes.</summary>
internal sealed record ExchangeClusteringOptions
{
    /// <summary>Coarse to fine: coarse classes generalise over rare words, fine ones keep names of one kind apart.</summary>
    public IReadOnlyList<int> ClassCounts { get; init; } = [64, 256, 512, 1024];

    /// <summary>Words seen fewer times have too few contexts to place; they share one "rare word" entry.</summary>
    public int MinCount { get; init; } = 3;

    /// <summary>The objective barely moves after this many passes over the vocabulary.</summary>
    public int MaxPasses { get; init; } = 10;

    /// <summary>Stop early once fewer than this share of the words change class in a pass.</summary>
    public double MinMovedShare { get; init; } = 0.002;
}

/// <summary>
/// Exchange clustering (Kneser and Ney 1993; Martin, Liermann and Ney 1998): words are moved between classes one at a
/// time to the class that most raises the likelihood of a class bigram model. Deterministic: words are visited in
/// order of frequency and start in class rank mod C.
/// </summary>
internal static class ExchangeClustering
{
    private const string Boundary = "<s>";
    private const string Rare = "<rare>";

    /// <summary>Below this count x log x comes from a table that stays in cache.</summary>
    private const int TableSize = 1 << 16;

    private static readonly double[] XLogXTable = BuildTable();

    /// <summary>Lines of the word-class file: word, count, then the class at each granularity.</summary>
    public static List<string> Run(IReadOnlyList<string[]> sentences, ExchangeClusteringOptions options, Action<string> log)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var sentence in sentences)
        {
            foreach (var token in sentence)
            {
                counts[token] = counts.GetValueOrDefault(token) + 1;
            }
        }

        var words = counts.Where(p => p.Value >= options.MinCount)
            .OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => p.Key).ToList();
        words.Add(Rare);
        words.Add(Boundary);
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var w = 0; w < words.Count; w++)
        {
            ids[words[w]] = w;
        }

        var bigrams = new Bigrams(words.Count, sentences, ids, ids[Rare], ids[Boundary]);
        log($"exchange clustering: {words.Count} words, {bigrams.Pairs} distinct bigrams");
        var classes = options.ClassCounts.Select(c => Cluster(bigrams, c, options, log)).ToList();

        var lines = new List<string>(words.Count);
        for (var w = 0; w < words.Count - 2; w++)
        {
            lines.Add(words[w] + "\t" + counts[words[w]].ToString(CultureInfo.InvariantCulture) + "\t"
                + string.Join('\t', classes.Select(c => c[w].ToString(CultureInfo.InvariantCulture))));
        }

        return lines;
    }

    private static int[] Cluster(Bigrams bigrams, int classCount, ExchangeClusteringOptions options, Action<string> log)
    {
        var clock = Stopwatch.StartNew();
        var v = bigrams.Words;
        var c = classCount;
        var cls = new int[v];
        for (var w = 0; w < v; w++)
        {
            cls[w] = w % c;
        }

        var n = new long[c * c];
        var leftTotal = new long[c];
        var rightTotal = new long[c];
        for (var w = 0; w < v; w++)
        {
            for (var k = bigrams.RightStart[w]; k < bigrams.RightStart[w + 1]; k++)
            {
                n[cls[w] * c + cls[bigrams.RightWord[k]]] += bigrams.RightCount[k];
            }

            n[cls[w] * c + cls[w]] += bigrams.Self[w];
            leftTotal[cls[w]] += bigrams.AsLeft[w];
            rightTotal[cls[w]] += bigrams.AsRight[w];
        }

        var right = new long[c];
        var left = new long[c];
        var touchedRight = new List<int>();
        var touchedLeft = new List<int>();
        for (var pass = 0; pass < options.MaxPasses; pass++)
        {
            var moved = 0;
            for (var w = 0; w < v; w++)
            {
                Gather(bigrams.RightStart, bigrams.RightWord, bigrams.RightCount, w, cls, right, touchedRight);
                Gather(bigrams.LeftStart, bigrams.LeftWord, bigrams.LeftCount, w, cls, left, touchedLeft);
                var self = bigrams.Self[w];
                var from = cls[w];
                Apply(n, leftTotal, rightTotal, c, from, -1, right, touchedRight, left, touchedLeft, self, bigrams.AsLeft[w], bigrams.AsRight[w]);

                var best = from;
                var bestGain = double.NegativeInfinity;
                for (var b = 0; b < c; b++)
                {
                    var gain = 0.0;
                    var row = b * c;
                    foreach (var d in touchedRight)
                    {
                        if (d != b)
                        {
                            var x = n[row + d];
                            gain += XLogX(x + right[d]) - XLogX(x);
                        }
                    }

                    foreach (var k in touchedLeft)
                    {
                        if (k != b)
                        {
                            var x = n[k * c + b];
                            gain += XLogX(x + left[k]) - XLogX(x);
                        }
                    }

                    var diagonal = n[row + b];
                    gain += XLogX(diagonal + right[b] + left[b] + self) - XLogX(diagonal);
                    gain -= XLogX(leftTotal[b] + bigrams.AsLeft[w]) - XLogX(leftTotal[b]);
                    gain -= XLogX(rightTotal[b] + bigrams.AsRight[w]) - XLogX(rightTotal[b]);
                    if (gain > bestGain + 1e-9 || (b == from && gain >= bestGain - 1e-9))
                    {
                        bestGain = gain;
                        best = b;
                    }
                }

                Apply(n, leftTotal, rightTotal, c, best, 1, right, touchedRight, left, touchedLeft, self, bigrams.AsLeft[w], bigrams.AsRight[w]);
                if (best != from)
                {
                    cls[w] = best;
                    moved++;
                }

                Clear(right, touchedRight);
                Clear(left, touchedLeft);
            }

            log($"  {c} classes, pass {pass + 1}: {moved} words moved ({clock.Elapsed.TotalSeconds:F0} s)");
            if (moved < options.MinMovedShare * v)
            {
                break;
            }
        }

        return cls;
    }

    /// <summary>Sums a word's bigram counts by the class of the other word (its own bigrams with itself left out).</summary>
    private static void Gather(int[] start, int[] other, int[] count, int w, int[] cls, long[] sums, List<int> touched)
    {
        for (var k = start[w]; k < start[w + 1]; k++)
        {
            var d = cls[other[k]];
            if (sums[d] == 0)
            {
                touched.Add(d);
            }

            sums[d] += count[k];
        }
    }

    private static void Clear(long[] sums, List<int> touched)
    {
        foreach (var d in touched)
        {
            sums[d] = 0;
        }

        touched.Clear();
    }

    /// <summary>Adds (sign 1) or removes (sign -1) one word's counts to or from class <paramref name="b"/>.</summary>
    private static void Apply(
        long[] n, long[] leftTotal, long[] rightTotal, int c, int b, int sign,
        long[] right, List<int> touchedRight, long[] left, List<int> touchedLeft, long self, long asLeft, long asRight)
    {
        foreach (var d in touchedRight)
        {
            n[b * c + d] += sign * right[d];
        }

        foreach (var k in touchedLeft)
        {
            n[k * c + b] += sign * left[k];
        }

        n[b * c + b] += sign * self;
        leftTotal[b] += sign * asLeft;
        rightTotal[b] += sign * asRight;
    }

    private static double XLogX(long x) => x < TableSize ? XLogXTable[x] : x * Math.Log(x);

    private static double[] BuildTable()
    {
        var table = new double[TableSize];
        for (var x = 1; x < TableSize; x++)
        {
            table[x] = x * Math.Log(x);
        }

        return table;
    }

    /// <summary>Word bigram counts in both directions as compressed rows; a word's bigrams with itself kept apart.</summary>
    private sealed class Bigrams
    {
        public Bigrams(int words, IReadOnlyList<string[]> sentences, Dictionary<string, int> ids, int rare, int boundary)
        {
            Words = words;
            Self = new long[words];
            AsLeft = new long[words];
            AsRight = new long[words];
            var pairs = new Dictionary<long, int>();
            foreach (var sentence in sentences)
            {
                var previous = boundary;
                for (var i = 0; i <= sentence.Length; i++)
                {
                    var current = i < sentence.Length ? ids.GetValueOrDefault(sentence[i], rare) : boundary;
                    AsLeft[previous]++;
                    AsRight[current]++;
                    if (previous == current)
                    {
                        Self[current]++;
                    }
                    else
                    {
                        var key = ((long)previous << 32) | (uint)current;
                        pairs[key] = pairs.GetValueOrDefault(key) + 1;
                    }

                    previous = current;
                }
            }

            Pairs = pairs.Count;
            var sorted = pairs.OrderBy(p => p.Key).ToList();
            (RightStart, RightWord, RightCount) = Rows(words, sorted, key => (int)(key >> 32), key => (int)(key & 0xFFFFFFFF));
            (LeftStart, LeftWord, LeftCount) = Rows(words, sorted, key => (int)(key & 0xFFFFFFFF), key => (int)(key >> 32));
        }

        public int Words { get; }

        public int Pairs { get; }

        public long[] Self { get; }

        public long[] AsLeft { get; }

        public long[] AsRight { get; }

        public int[] RightStart { get; }

        public int[] RightWord { get; }

        public int[] RightCount { get; }

        public int[] LeftStart { get; }

        public int[] LeftWord { get; }

        public int[] LeftCount { get; }

        private static (int[] Start, int[] Other, int[] Count) Rows(
            int words, List<KeyValuePair<long, int>> pairs, Func<long, int> rowOf, Func<long, int> otherOf)
        {
            var start = new int[words + 1];
            foreach (var pair in pairs)
            {
                start[rowOf(pair.Key) + 1]++;
            }

            for (var w = 0; w < words; w++)
            {
                start[w + 1] += start[w];
            }

            var fill = (int[])start.Clone();
            var other = new int[pairs.Count];
            var count = new int[pairs.Count];
            foreach (var pair in pairs)
            {
                var at = fill[rowOf(pair.Key)]++;
                other[at] = otherOf(pair.Key);
                count[at] = pair.Value;
            }

            return (start, other, count);
        }
    }
}
