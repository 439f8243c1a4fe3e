using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Newsgraph.Ner;

/// <summary>
/// One trained tagging pass: a weight vector per feature over the BILOU labels, weights of each word-vector dimension
/// over the labels, and label-to-label transition weights, decoded with Viterbi over the allowed transitions only.
/// </summary>
internal sealed class LinearChain
{
    private const int L = NerLabels.Count;

    /// <summary>Sentences up to this many tokens times labels keep their scores on the stack (a few kB).</summary>
    public const int MaxStackScores = 128 * L;

    /// <summary>Sentences with up to this many features keep their weight rows on the stack (16 kB).</summary>
    private const int MaxStackFeatures = 4096;

    /// <summary>The lookup table for <see cref="Tag"/>, built on first use: a model that tags through <see cref="NerDecoder"/> never needs it.</summary>
    private WeightTable? _table;

    /// <summary>
    /// A pass from its feature hashes, 16-bit weights (weights[row * Count + label] times scale), transitions, and 16-bit
    /// weights of the word-vector dimensions per vector group (vectorWeights[(group * dimensions + dimension) * Count + label],
    /// same scale; empty without vectors, see <see cref="FeatureExtractor.VectorGroup"/>).
    /// </summary>
    public LinearChain(ulong[] keys, short[] weights, float scale, float[] transitions, short[] vectorWeights)
    {
        Keys = keys;
        QuantisedWeights = weights;
        Scale = scale;
        Transitions = transitions;
        VectorWeights = vectorWeights;
    }

    /// <summary>The feature hashes, one per weight row.</summary>
    public ulong[] Keys { get; }

    /// <summary>The 16-bit weights in row order (row * Count + label).</summary>
    public short[] QuantisedWeights { get; }

    /// <summary>What one unit of a 16-bit weight is worth.</summary>
    public float Scale { get; }

    /// <summary>Transitions[from * Count + to].</summary>
    public float[] Transitions { get; }

    /// <summary>The 16-bit weights of the word-vector dimensions ((group * dimensions + dimension) * Count + label); empty for a pass without vectors.</summary>
    public short[] VectorWeights { get; }

    /// <summary>
    /// Adds what a word's vector says for each label to its integer sums (in units of <see cref="Scale"/>): the dot
    /// products are exact integers, scaled and rounded once, so every caller gets the same sums.
    /// </summary>
    public void AddVector(ReadOnlySpan<sbyte> vector, float vectorScale, int group, Span<int> sums)
    {
        if (VectorWeights.Length == 0)
        {
            return;
        }

        Span<int> dots = stackalloc int[L];
        dots.Clear();
        for (var d = 0; d < vector.Length; d++)
        {
            int x = vector[d];
            if (x == 0)
            {
                continue;
            }

            var row = VectorWeights.AsSpan(((group * vector.Length) + d) * L, L);
            for (var l = 0; l < L; l++)
            {
                dots[l] += x * row[l];
            }
        }

        for (var l = 0; l < L; l++)
        {
            sums[l] += (int)MathF.Round(vectorScale * dots[l]);
        }
    }

    /// <summary>
    /// The best label sequence of one sentence given all its features (token i's are features[starts[i]..starts[i+1]])
    /// and its tokens' rows among the word vectors (-1 for none) with their vector groups.
    /// </summary>
    public int[] Tag(List<ulong> features, List<int> starts, ReadOnlySpan<int> vectorRows, ReadOnlySpan<int> vectorGroups, WordVectors vectors)
    {
        // Threads that meet an unbuilt table may each build one; any of them serves.
        var table = _table ??= new WeightTable([this]);
        var n = starts.Count - 1;
        var labels = new int[n];
        var sums = n * L <= MaxStackScores ? stackalloc int[n * L] : new int[n * L];
        sums.Clear();
        var rows = features.Count <= MaxStackFeatures ? stackalloc int[features.Count] : new int[features.Count];
        table.Find(CollectionsMarshal.AsSpan(features), rows);
        table.AddRows(0, rows, CollectionsMarshal.AsSpan(starts), sums);
        for (var i = 0; i < n; i++)
        {
            if (vectorRows[i] >= 0)
            {
                AddVector(vectors.Row(vectorRows[i]), vectors.Scale, vectorGroups[i], sums.Slice(i * L, L));
            }
        }

        var emissions = n * L <= MaxStackScores ? stackalloc float[n * L] : new float[n * L];
        Emissions(sums, Scale, emissions);
        Viterbi(emissions, n, Transitions, labels);
        return labels;
    }

    /// <summary>emissions[k] = sums[k] * scale, in vector lanes: each lane rounds exactly as the scalar product would.</summary>
    public static void Emissions(ReadOnlySpan<int> sums, float scale, Span<float> emissions)
    {
        var k = 0;
        for (; k + Vector<int>.Count <= sums.Length; k += Vector<int>.Count)
        {
            (Vector.ConvertToSingle(new Vector<int>(sums.Slice(k, Vector<int>.Count))) * scale).CopyTo(emissions.Slice(k, Vector<int>.Count));
        }

        for (; k < sums.Length; k++)
        {
            emissions[k] = sums[k] * scale;
        }
    }

    /// <summary>
    /// Fills <paramref name="labels"/> with the highest-scoring sequence that uses only allowed transitions and starts
    /// and ends where an entity may.
    /// </summary>
    public static void Viterbi(ReadOnlySpan<float> emissions, int n, ReadOnlySpan<float> transitions, Span<int> labels)
    {
        Span<float> allowed = stackalloc float[L * L];
        AllowedOnly(transitions, allowed);
        Decode(emissions, n, allowed, labels);
    }

    /// <summary>The transitions with minus infinity where a transition is not allowed, as <see cref="Decode"/> reads them.</summary>
    public static void AllowedOnly(ReadOnlySpan<float> transitions, Span<float> allowed)
    {
        for (var t = 0; t < L * L; t++)
        {
            allowed[t] = NerLabels.Allowed[t] ? transitions[t] : float.NegativeInfinity;
        }
    }

    /// <summary>
    /// Viterbi over <see cref="AllowedOnly"/> transitions, all labels at once in vector lanes. Each lane takes the first
    /// predecessor of the highest score in label order, and a forbidden one scores minus infinity and never wins, so
    /// the labels are exactly those of looking at the allowed predecessors one by one.
    /// </summary>
    public static void Decode(ReadOnlySpan<float> emissions, int n, ReadOnlySpan<float> allowedTransitions, Span<int> labels)
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

        var lanes = Vector<float>.Count;
        ref var transitions = ref MemoryMarshal.GetReference(allowedTransitions[..(L * L)]);
        for (var i = 1; i < n; i++)
        {
            var previous = score.Slice((i - 1) * L, L);
            var current = score.Slice(i * L, L);
            var pointers = back.Slice(i * L, L);
            var emitted = emissions.Slice(i * L, L);
            var to = 0;
            for (; to + lanes <= L; to += lanes)
            {
                var best = new Vector<float>(float.NegativeInfinity);
                var arg = Vector<int>.Zero;
                for (var from = 0; from < L; from++)
                {
                    var candidate = new Vector<float>(previous[from]) + Vector.LoadUnsafe(ref transitions, (nuint)((from * L) + to));
                    var better = Vector.GreaterThan(candidate, best);
                    best = Vector.ConditionalSelect(better, candidate, best);
                    arg = Vector.ConditionalSelect(better, new Vector<int>(from), arg);
                }

                (best + new Vector<float>(emitted.Slice(to, lanes))).CopyTo(current.Slice(to, lanes));
                arg.CopyTo(pointers.Slice(to, lanes));
            }

            for (; to < L; to++)
            {
                var best = float.NegativeInfinity;
                var arg = 0;
                for (var from = 0; from < L; from++)
                {
                    var candidate = previous[from] + Unsafe.Add(ref transitions, (from * L) + to);
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
