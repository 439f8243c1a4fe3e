using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics.X86;

namespace Newsgraph.Ner;

/// <summary>
/// The 16-bit weights of one or more tagging passes under one open-addressing hash table of their features: a
/// feature's row, found once, gives its weights in every pass (zeros where a pass lacks the feature), so the second
/// pass reads the first pass's context features without hashing or probing them again.
/// </summary>
internal sealed class WeightTable
{
    private const int L = NerLabels.Count;

    /// <summary>
    /// Open addressing at most half full: many features of new text are unknown, and a search that fails runs to an
    /// empty slot, about 8 probes at three quarters full but 2 at half. Slots hold only a key and a row number, so
    /// sparse ones cost little memory.
    /// </summary>
    private const double MinSlotsPerKey = 2;

    private readonly Entry[] _slots;

    /// <summary>Per pass, the weights in row order (row * Count + label), half the memory of ints to pull through cache.</summary>
    private readonly short[][] _weights;

    private readonly int _mask;

    /// <summary>Rows are numbered in the order the passes list their features, the first pass's (the trainer's first seen, so frequent) first.</summary>
    public WeightTable(IReadOnlyList<LinearChain> passes)
    {
        var rows = new Dictionary<ulong, int>(passes.Sum(p => p.Keys.Length));
        foreach (var pass in passes)
        {
            foreach (var key in pass.Keys)
            {
                rows.TryAdd(Key(key), rows.Count);
            }
        }

        var capacity = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, (int)Math.Ceiling(rows.Count * MinSlotsPerKey)));
        _slots = new Entry[capacity];
        _mask = capacity - 1;
        foreach (var (key, row) in rows)
        {
            var slot = (int)key & _mask;
            while (_slots[slot].Key != 0)
            {
                slot = (slot + 1) & _mask;
            }

            _slots[slot] = new Entry(key, row);
        }

        _weights = new short[passes.Count][];
        for (var p = 0; p < passes.Count; p++)
        {
            _weights[p] = new short[rows.Count * L];
            var keys = passes[p].Keys;
            for (var row = 0; row < keys.Length; row++)
            {
                Array.Copy(passes[p].QuantisedWeights, row * L, _weights[p], rows[Key(keys[row])] * L, L);
            }
        }
    }

    /// <summary>The feature's row, or -1 for a feature no pass has.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Find(ulong feature)
    {
        var key = Key(feature);
        var slot = (int)key & _mask;
        while (true)
        {
            var found = _slots[slot];
            if (found.Key == key)
            {
                return found.Row;
            }

            if (found.Key == 0)
            {
                return -1;
            }

            slot = (slot + 1) & _mask;
        }
    }

    /// <summary>
    /// The rows of many features. All first probes are prefetched before any is read: the table is megabytes, so most
    /// reads miss the cache, and issued together the misses overlap instead of queueing.
    /// </summary>
    public unsafe void Find(ReadOnlySpan<ulong> features, Span<int> rows)
    {
        if (Sse.IsSupported)
        {
            fixed (Entry* keys = _slots)
            {
                foreach (var feature in features)
                {
                    Sse.Prefetch0(keys + ((int)Key(feature) & _mask));
                }
            }
        }

        for (var f = 0; f < features.Length; f++)
        {
            rows[f] = Find(features[f]);
        }
    }

    /// <summary>
    /// Adds pass <paramref name="pass"/>'s weights of token i's rows (rows[starts[i]..starts[i + 1]], -1 for none) to
    /// sums[i * Count..]. The weights are prefetched first, for the same reason as the probes.
    /// </summary>
    public unsafe void AddRows(int pass, ReadOnlySpan<int> rows, ReadOnlySpan<int> starts, Span<int> sums)
    {
        var weights = _weights[pass];
        if (Sse.IsSupported)
        {
            fixed (short* first = weights)
            {
                foreach (var row in rows[starts[0]..starts[^1]])
                {
                    if (row >= 0)
                    {
                        Sse.Prefetch0(first + (row * L));
                    }
                }
            }
        }

        for (var i = 0; i + 1 < starts.Length; i++)
        {
            var target = sums.Slice(i * L, L);
            foreach (var row in rows[starts[i]..starts[i + 1]])
            {
                if (row >= 0)
                {
                    Add(target, weights.AsSpan(row * L, L));
                }
            }
        }
    }

    /// <summary>Adds pass <paramref name="pass"/>'s weights of one row to <paramref name="sums"/>.</summary>
    public void AddRow(int pass, int row, Span<int> sums) => Add(sums, _weights[pass].AsSpan(row * L, L));

    /// <summary>target[l] += source[l] over the labels, in vector lanes.</summary>
    public static void Add(Span<int> target, ReadOnlySpan<int> source)
    {
        ref var t = ref MemoryMarshal.GetReference(target[..L]);
        ref var s = ref MemoryMarshal.GetReference(source[..L]);
        var l = 0;
        for (; l + Vector<int>.Count <= L; l += Vector<int>.Count)
        {
            (Vector.LoadUnsafe(ref t, (nuint)l) + Vector.LoadUnsafe(ref s, (nuint)l)).StoreUnsafe(ref t, (nuint)l);
        }

        for (; l < L; l++)
        {
            Unsafe.Add(ref t, l) += Unsafe.Add(ref s, l);
        }
    }

    /// <summary>target[l] += source[l] over the labels, in vector lanes of weights widened to ints.</summary>
    public static void Add(Span<int> target, ReadOnlySpan<short> source)
    {
        ref var t = ref MemoryMarshal.GetReference(target[..L]);
        ref var s = ref MemoryMarshal.GetReference(source[..L]);
        var l = 0;
        for (; l + Vector<short>.Count <= L; l += Vector<short>.Count)
        {
            Vector.Widen(Vector.LoadUnsafe(ref s, (nuint)l), out var low, out var high);
            (Vector.LoadUnsafe(ref t, (nuint)l) + low).StoreUnsafe(ref t, (nuint)l);
            (Vector.LoadUnsafe(ref t, (nuint)(l + Vector<int>.Count)) + high).StoreUnsafe(ref t, (nuint)(l + Vector<int>.Count));
        }

        for (; l < L; l++)
        {
            Unsafe.Add(ref t, l) += Unsafe.Add(ref s, l);
        }
    }

    /// <summary>Zero marks an empty slot, so a feature that hashes to zero is stored as one.</summary>
    private static ulong Key(ulong feature) => feature == 0 ? 1 : feature;

    private readonly record struct Entry(ulong Key, int Row);
}
