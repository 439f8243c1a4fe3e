using System.Collections.Concurrent;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics.X86;

namespace Newsgraph.Ner;

/// <summary>
/// One trained tagging pass: a weight vector per feature over the BILOU labels and label-to-label transition weights,
/// decoded with Viterbi over the allowed transitions only.
/// </summary>
internal sealed class LinearChain
{
    private const int L = NerLabels.Count;

    /// <summary>Open addressing at most three quarters full: probes stay short and the tables stay small enough for cache.</summary>
    private const double MinSlotsPerKey = 4.0 / 3;

    /// <summary>For each label, the labels that may precede it: Viterbi looks at these only.</summary>
    private static readonly int[][] Predecessors = Enumerable.Range(0, L)
        .Select(to => Enumerable.Range(0, L).Where(from => NerLabels.Allowed[from * L + to]).ToArray())
        .ToArray();

    /// <summary>The predecessors of all labels in one array: label l's are PredecessorList[PredecessorStart[l]..PredecessorStart[l + 1]].</summary>
    private static readonly int[] PredecessorList = [.. Predecessors.SelectMany(p => p)];

    private static readonly int[] PredecessorStart = [0, .. Predecessors.Select((_, l) => Predecessors.Take(l + 1).Sum(p => p.Length))];

    /// <summary>Sentences up to this many tokens times labels keep their scores on the stack (a few kB).</summary>
    private const int MaxStackScores = 128 * L;

    /// <summary>Sentences with up to this many features keep their slot offsets on the stack (16 kB).</summary>
    private const int MaxStackFeatures = 4096;

    /// <summary>Per cache: the working vocabulary of news, at most about 5 MB each.</summary>
    private const int MaxCachedWords = 50_000;

    /// <summary>Summed weights of the features that read one token alone, per word form: with capitals read, and without.</summary>
    private readonly ConcurrentDictionary<string, int[]>[] _wordCaches =
        [new(StringComparer.Ordinal), new(StringComparer.Ordinal)];

    /// <summary>The sentence start and end in the roles of the tokens before and after; filled on first use.</summary>
    private readonly int[]?[] _boundarySums = new int[]?[2];

    private readonly ulong[] _slots;
    /// <summary>Weights as 16-bit integers (times <see cref="_scale"/>) in slot order: half the memory to pull through cache.</summary>
    private readonly short[] _slotWeights;
    private readonly float _scale;
    private readonly int _mask;

    /// <summary>A pass from its feature hashes, 16-bit weights (weights[row * Count + label] times scale) and transitions.</summary>
    public LinearChain(ulong[] keys, short[] weights, float scale, float[] transitions)
    {
        Keys = keys;
        Transitions = transitions;
        var capacity = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, (int)Math.Ceiling(keys.Length * MinSlotsPerKey)));
        _slots = new ulong[capacity];
        _slotWeights = new short[capacity * L];
        _scale = scale;
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
            Array.Copy(weights, row * L, _slotWeights, slot * L, L);
        }
    }

    /// <summary>The feature hashes, one per weight row.</summary>
    public ulong[] Keys { get; }

    /// <summary>The 16-bit weights in row order (row * Count + label), rebuilt from the lookup table for saving.</summary>
    public short[] QuantisedWeights
    {
        get
        {
            var weights = new short[Keys.Length * L];
            for (var row = 0; row < Keys.Length; row++)
            {
                Array.Copy(_slotWeights, Slot(Keys[row]), weights, row * L, L);
            }

            return weights;
        }
    }

    /// <summary>What one unit of a 16-bit weight is worth.</summary>
    public float Scale => _scale;

    /// <summary>Transitions[from * Count + to].</summary>
    public float[] Transitions { get; }

    /// <summary>Where the feature's weights start in the slot-ordered weight array, or -1 for an unknown feature.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
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

    /// <summary>The best label sequence of one sentence given all its features (token i's are features[starts[i]..starts[i+1]]).</summary>
    public int[] Tag(List<ulong> features, List<int> starts) => Tag(features, starts, null, 0);

    /// <summary>
    /// Tags sentence <paramref name="s"/> of a view from its context features; with a view, the summed weights of each
    /// word's own features (<see cref="FeatureExtractor.WordFeatures"/>) come from a cache kept per word. Weights are
    /// summed as integers either way, so the scores are exactly those of the full feature list.
    /// </summary>
    public int[] Tag(List<ulong> features, List<int> starts, DocumentView? view, int s)
    {
        var n = starts.Count - 1;
        var labels = new int[n];
        var sums = n * L <= MaxStackScores ? stackalloc int[n * L] : new int[n * L];
        sums.Clear();
        Sum(CollectionsMarshal.AsSpan(features), CollectionsMarshal.AsSpan(starts), sums);
        if (view is not null && n > 0)
        {
            List<ulong>? scratch = null;
            Add(sums[..L], BoundarySums(view, s, WordRole.Previous, ref scratch));
            Add(sums.Slice((n - 1) * L, L), BoundarySums(view, s, WordRole.Next, ref scratch));
            for (var i = 0; i < n; i++)
            {
                var word = WordSums(view, s, i, ref scratch);
                Add(sums.Slice(i * L, L), word.AsSpan(0, L));
                if (i + 1 < n)
                {
                    Add(sums.Slice((i + 1) * L, L), word.AsSpan(L, L));
                }

                if (i > 0)
                {
                    Add(sums.Slice((i - 1) * L, L), word.AsSpan(2 * L, L));
                }
            }
        }

        var emissions = n * L <= MaxStackScores ? stackalloc float[n * L] : new float[n * L];
        for (var k = 0; k < n * L; k++)
        {
            emissions[k] = sums[k] * _scale;
        }

        Viterbi(emissions, n, Transitions, labels);
        return labels;
    }

    /// <summary>
    /// Adds each token's feature weights to its row of <paramref name="sums"/>. All slots are found first and the rows
    /// summed after, so that the memory reads of one sentence are independent and their cache misses overlap.
    /// </summary>
    private void Sum(ReadOnlySpan<ulong> features, ReadOnlySpan<int> starts, Span<int> sums)
    {
        Prefetch(features);
        var offsets = features.Length <= MaxStackFeatures ? stackalloc int[features.Length] : new int[features.Length];
        for (var f = 0; f < features.Length; f++)
        {
            offsets[f] = Slot(features[f]);
        }

        ReadOnlySpan<short> weights = _slotWeights;
        for (var i = 0; i + 1 < starts.Length; i++)
        {
            var row = sums.Slice(i * L, L);
            for (var f = starts[i]; f < starts[i + 1]; f++)
            {
                var at = offsets[f];
                if (at >= 0)
                {
                    Add(row, weights.Slice(at, L));
                }
            }
        }
    }

    /// <summary>
    /// Asks the processor to fetch every feature's first probe slot and weight row before any is read: the tables are
    /// megabytes, so most reads miss the cache, and issued together the misses overlap instead of queueing.
    /// </summary>
    private unsafe void Prefetch(ReadOnlySpan<ulong> features)
    {
        if (!Sse.IsSupported)
        {
            return;
        }

        fixed (ulong* slots = _slots)
        fixed (short* weights = _slotWeights)
        {
            foreach (var feature in features)
            {
                var slot = (int)(feature == 0 ? 1 : feature) & _mask;
                Sse.Prefetch0(slots + slot);
                Sse.Prefetch0(weights + (slot * L));
            }
        }
    }

    /// <summary>
    /// The summed weights of the features that read token j alone, as the tagged token, as the one before and as the
    /// one after it ([0, L), [L, 2L), [2L, 3L)): cached per word form, so one lookup serves three tokens' features.
    /// </summary>
    private int[] WordSums(DocumentView view, int s, int j, ref List<ulong>? scratch)
    {
        var cache = _wordCaches[FeatureExtractor.CaseIgnored(view, s, j) ? 1 : 0];
        var word = view.Words[s][j];
        if (cache.TryGetValue(word, out var cached))
        {
            return cached;
        }

        var sums = new int[3 * L];
        for (var role = 0; role < 3; role++)
        {
            SumWordFeatures(view, s, j, (WordRole)role, sums.AsSpan(role * L, L), ref scratch);
        }

        if (cache.Count < MaxCachedWords)
        {
            cache.TryAdd(word, sums);
        }

        return sums;
    }

    /// <summary>The summed weights of the sentence start as the token before the first, or of its end as the one after the last.</summary>
    private int[] BoundarySums(DocumentView view, int s, WordRole role, ref List<ulong>? scratch)
    {
        var index = role == WordRole.Previous ? 0 : 1;
        if (_boundarySums[index] is { } cached)
        {
            return cached;
        }

        var sums = new int[L];
        SumWordFeatures(view, s, role == WordRole.Previous ? -1 : view.Words[s].Length, role, sums, ref scratch);
        _boundarySums[index] = sums;
        return sums;
    }

    private void SumWordFeatures(DocumentView view, int s, int j, WordRole role, Span<int> sums, ref List<ulong>? scratch)
    {
        scratch ??= [];
        scratch.Clear();
        FeatureExtractor.WordFeatures(view, s, j, role, scratch);
        foreach (var feature in scratch)
        {
            var at = Slot(feature);
            if (at >= 0)
            {
                Add(sums, _slotWeights.AsSpan(at, L));
            }
        }
    }

    private static void Add(Span<int> target, ReadOnlySpan<int> source)
    {
        for (var l = 0; l < L; l++)
        {
            target[l] += source[l];
        }
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

        var score = n * L <= MaxStackScores ? stackalloc float[n * L] : new float[n * L];
        var back = n * L <= MaxStackScores ? stackalloc int[n * L] : new int[n * L];
        for (var l = 0; l < L; l++)
        {
            score[l] = NerLabels.CanStart(l) ? emissions[l] : float.NegativeInfinity;
        }

        ReadOnlySpan<int> predecessors = PredecessorList;
        ReadOnlySpan<int> firstPredecessor = PredecessorStart;
        for (var i = 1; i < n; i++)
        {
            var previous = score.Slice((i - 1) * L, L);
            var current = score.Slice(i * L, L);
            var pointers = back.Slice(i * L, L);
            var emitted = emissions.Slice(i * L, L);
            for (var to = 0; to < L; to++)
            {
                var best = float.NegativeInfinity;
                var arg = 0;
                foreach (var from in predecessors[firstPredecessor[to]..firstPredecessor[to + 1]])
                {
                    var candidate = previous[from] + transitions[from * L + to];
                    if (candidate > best)
                    {
                        best = candidate;
                        arg = from;
                    }
                }

                current[to] = best + emitted[to];
                pointers[to] = arg;
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
