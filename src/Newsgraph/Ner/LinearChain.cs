using System.Numerics;

namespace Newsgraph.Ner;

/// <summary>
/// One trained tagging pass: a weight vector per feature over the BILOU labels and label-to-label transition weights,
/// decoded with Viterbi over the allowed transitions only.
/// </summary>
internal sealed class LinearChain
{
    private const int L = NerLabels.Count;

    private readonly ulong[] _slots;
    private readonly int[] _rows;
    private readonly int _mask;

    public LinearChain(ulong[] keys, float[] weights, float[] transitions)
    {
        Keys = keys;
        Weights = weights;
        Transitions = transitions;
        var capacity = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, keys.Length * 2));
        _slots = new ulong[capacity];
        _rows = new int[capacity];
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
            _rows[slot] = row;
        }
    }

    /// <summary>The feature hashes, one per weight row.</summary>
    public ulong[] Keys { get; }

    /// <summary>Weights[row * Count + label].</summary>
    public float[] Weights { get; }

    /// <summary>Transitions[from * Count + to].</summary>
    public float[] Transitions { get; }

    public int Row(ulong feature)
    {
        var key = feature == 0 ? 1 : feature;
        var slot = (int)key & _mask;
        while (true)
        {
            var found = _slots[slot];
            if (found == key)
            {
                return _rows[slot];
            }

            if (found == 0)
            {
                return -1;
            }

            slot = (slot + 1) & _mask;
        }
    }

    /// <summary>The best label sequence of one sentence given its features (token i's are features[starts[i]..starts[i+1]]).</summary>
    public int[] Tag(List<ulong> features, List<int> starts)
    {
        var n = starts.Count - 1;
        var emissions = new float[n * L];
        for (var i = 0; i < n; i++)
        {
            var scores = emissions.AsSpan(i * L, L);
            for (var f = starts[i]; f < starts[i + 1]; f++)
            {
                var row = Row(features[f]);
                if (row >= 0)
                {
                    Add(scores, Weights.AsSpan(row * L, L));
                }
            }
        }

        var labels = new int[n];
        Viterbi(emissions, n, Transitions, labels);
        return labels;
    }

    private static void Add(Span<float> target, ReadOnlySpan<float> source)
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
                for (var from = 0; from < L; from++)
                {
                    if (!NerLabels.Allowed[from * L + to])
                    {
                        continue;
                    }

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
