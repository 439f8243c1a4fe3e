using System.Collections.Concurrent;
using System.Numerics;

namespace Newsgraph.Ner;

/// <summary>
/// One trained tagging pass: a weight vector per feature over the BILOU labels and label-to-label transition weights,
/// decoded with Viterbi over the allowed transitions only.
/// </summary>
internal sealed class LinearChain
{
    private const int L = NerLabels.Count;

    /// <summary>Open addressing at most half full keeps probes short and the key array small enough for cache.</summary>
    private const int SlotsPerKey = 2;

    /// <summary>For each label, the labels that may precede it: Viterbi looks at these only.</summary>
    private static readonly int[][] Predecessors = Enumerable.Range(0, L)
        .Select(to => Enumerable.Range(0, L).Where(from => NerLabels.Allowed[from * L + to]).ToArray())
        .ToArray();

    /// <summary>Enough for the working vocabulary of news (about 20 KB of memory per thousand words).</summary>
    private const int MaxCachedWords = 200_000;

    private readonly ConcurrentDictionary<string, float[]> _words = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, float[]> _caseIgnoredWords = new(StringComparer.Ordinal);
    private readonly ulong[] _slots;
    /// <summary>Weights as 16-bit integers (times <see cref="_scale"/>) in slot order: half the memory to pull through cache.</summary>
    private readonly short[] _slotWeights;
    private readonly float _scale;
    private readonly int _mask;

    public LinearChain(ulong[] keys, float[] weights, float[] transitions)
    {
        Keys = keys;
        Weights = weights;
        Transitions = transitions;
        var capacity = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, keys.Length * SlotsPerKey));
        _slots = new ulong[capacity];
        _slotWeights = new short[capacity * L];
        _scale = Quantisation.Scale(weights);
        _mask = capacity - 1;
        for (var row = 0; row < keys.Length; row++)
        {
            var key = keys[row] == 0 ? 1 : keys[row];
            var slot = (int)key & _mask;
            while (_slots[slot] != 0)
            {
                slot = (slot + 1) & _mask;
            }

            _slots[slot] = key;
            for (var l = 0; l < L; l++)
            {
                _slotWeights[slot * L + l] = Quantisation.ToShort(weights[row * L + l], _scale);
            }
        }
    }

    /// <summary>The feature hashes, one per weight row.</summary>
    public ulong[] Keys { get; }

    /// <summary>Weights[row * Count + label].</summary>
    public float[] Weights { get; }

    /// <summary>Transitions[from * Count + to].</summary>
    public float[] Transitions { get; }

    /// <summary>Where the feature's weights start in the slot-ordered weight array, or -1 for an unknown feature.</summary>
    private int Slot(ulong feature)
    {
        var key = feature == 0 ? 1 : feature;
        var slot = (int)key & _mask;
        while (true)
        {
            var found = _slots[slot];
            if (found == key)
            {
                return slot * L;
            }

            if (found == 0)
            {
                return -1;
            }

            slot = (slot + 1) & _mask;
        }
    }

    /// <summary>The best label sequence of one sentence given its features (token i's are features[starts[i]..starts[i+1]]).</summary>
    public int[] Tag(List<ulong> features, List<int> starts) => Tag(features, starts, null, 0);

    /// <summary>
    /// Tags sentence <paramref name="s"/> of a view from its context features; the summed weights of each word's own
    /// features (<see cref="FeatureExtractor.WordFeatures"/>) come from a cache kept per word.
    /// </summary>
    public int[] Tag(List<ulong> features, List<int> starts, DocumentView? view, int s)
    {
        var n = starts.Count - 1;
        var emissions = new float[n * L];
        Span<int> sums = stackalloc int[L];
        List<ulong>? wordFeatures = null;
        for (var i = 0; i < n; i++)
        {
            var scores = emissions.AsSpan(i * L, L);
            sums.Clear();
            for (var f = starts[i]; f < starts[i + 1]; f++)
            {
                var at = Slot(features[f]);
                if (at >= 0)
                {
                    Add(sums, _slotWeights.AsSpan(at, L));
                }
            }

            var cached = view is null ? null : WordScores(view, s, i, ref wordFeatures);
            for (var l = 0; l < L; l++)
            {
                scores[l] = sums[l] * _scale + (cached is null ? 0 : cached[l]);
            }
        }

        var labels = new int[n];
        Viterbi(emissions, n, Transitions, labels);
        return labels;
    }

    private float[] WordScores(DocumentView view, int s, int i, ref List<ulong>? scratch)
    {
        var cache = FeatureExtractor.CaseIgnored(view, s, i) ? _caseIgnoredWords : _words;
        var word = view.Words[s][i];
        if (cache.TryGetValue(word, out var cached))
        {
            return cached;
        }

        scratch ??= [];
        scratch.Clear();
        FeatureExtractor.WordFeatures(view, s, i, scratch);
        Span<int> sums = stackalloc int[L];
        foreach (var feature in scratch)
        {
            var at = Slot(feature);
            if (at >= 0)
            {
                Add(sums, _slotWeights.AsSpan(at, L));
            }
        }

        var scores = new float[L];
        for (var l = 0; l < L; l++)
        {
            scores[l] = sums[l] * _scale;
        }

        if (cache.Count < MaxCachedWords)
        {
            cache.TryAdd(word, scores);
        }

        return scores;
    }

    private static void Add(Span<int> target, ReadOnlySpan<short> source)
    {
        for (var l = 0; l < L; l++)
        {
            target[l] += source[l];
        }
    }

    /// <summary>
    /// Fills <paramref name="labels"/> with the highest-scoring sequence that uses only allowed transitions and starts
    /// and ends where an entity may.
    /// </summary>
    public static void Viterbi(ReadOnlySpan<float> emissions, int n, ReadOnlySpan<float> transitions, Span<int> labels)
    {
        if (n == 0)
        {
            return;
        }

        var score = new float[n * L];
        var back = new int[n * L];
        for (var l = 0; l < L; l++)
        {
            score[l] = NerLabels.CanStart(l) ? emissions[l] : float.NegativeInfinity;
        }

        for (var i = 1; i < n; i++)
        {
            for (var to = 0; to < L; to++)
            {
                var best = float.NegativeInfinity;
                var arg = 0;
                foreach (var from in Predecessors[to])
                {
                    var candidate = score[(i - 1) * L + from] + transitions[from * L + to];
                    if (candidate > best)
                    {
                        best = candidate;
                        arg = from;
                    }
                }

                score[i * L + to] = best + emissions[i * L + to];
                back[i * L + to] = arg;
            }
        }

        var last = 0;
        var lastScore = float.NegativeInfinity;
        for (var l = 0; l < L; l++)
        {
            var candidate = score[(n - 1) * L + l];
            if (NerLabels.CanEnd(l) && candidate > lastScore)
            {
                lastScore = candidate;
                last = l;
            }
        }

        labels[n - 1] = last;
        for (var i = n - 1; i > 0; i--)
        {
            labels[i - 1] = back[i * L + labels[i]];
        }
    }
}
