using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics.X86;

namespace Newsgraph.Ner;

/// <summary>
/// The 16-bit weights of one or more tagging passes under one open-addressing hash table of their features: a
/// feature's slot, found once, gives its weights in every pass (zeros where a pass lacks the feature), so the second
/// pass reads the first pass's context features without hashing or probing them again.
/// </summary>
internal sealed class WeightTable
{
    private const int L = NerLabels.Count;

    /// <summary>Open addressing at most three quarters full: probes stay short and the tables stay small enough for cache.</summary>
    private const double MinSlotsPerKey = 4.0 / 3;

    private readonly ulong[] _slots;

    /// <summary>Per pass, the weights in slot order (slot * Count + label), half the memory of ints to pull through cache.</summary>
    private readonly short[][] _weights;

    private readonly int _mask;

    public WeightTable(IReadOnlyList<LinearChain> passes)
    {
        var keys = new HashSet<ulong>();
        foreach (var pass in passes)
        {
            keys.UnionWith(pass.Keys.Select(Key));
        }

        var capacity = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, (int)Math.Ceiling(keys.Count * MinSlotsPerKey)));
        _slots = new ulong[capacity];
        _mask = capacity - 1;
        _weights = new short[passes.Count][];
        for (var p = 0; p < passes.Count; p++)
        {
            _weights[p] = new short[capacity * L];
            var rows = passes[p].QuantisedWeights;
            for (var row = 0; row < passes[p].Keys.Length; row++)
            {
                var key = Key(passes[p].Keys[row]);
                var slot = (int)key & _mask;
                while (_slots[slot] != 0 && _slots[slot] != key)
                {
                    slot = (slot + 1) & _mask;
                }

                _slots[slot] = key;
                Array.Copy(rows, row * L, _weights[p], slot * L, L);
            }
        }
    }

    /// <summary>The feature's slot, or -1 for a feature no pass has.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Find(ulong feature)
    {
        var key = Key(feature);
        var slot = (int)key & _mask;
        while (true)
        {
            var found = _slots[slot];
            if (found == key)
            {
                return slot;
            }

            if (found == 0)
            {
                return -1;
            }

            slot = (slot + 1) & _mask;
        }
    }

    /// <summary>
    /// The slots of many features. All first probes are prefetched before any is read: the table is megabytes, so most
    /// reads miss the cache, and issued together the misses overlap instead of queueing.
    /// </summary>
    public unsafe void Find(ReadOnlySpan<ulong> features, Span<int> slots)
    {
        if (Sse.IsSupported)
        {
            fixed (ulong* keys = _slots)
            {
                foreach (var feature in features)
                {
                    Sse.Prefetch0(keys + ((int)Key(feature) & _mask));
                }
            }
        }

        for (var f = 0; f < features.Length; f++)
        {
            slots[f] = Find(features[f]);
        }
    }

    /// <summary>Adds pass <paramref name="pass"/>'s weights of token i's slots (slots[starts[i]..starts[i + 1]]) to row i of <paramref name="sums"/>.</summary>
    public unsafe void AddRows(int pass, ReadOnlySpan<int> slots, ReadOnlySpan<int> starts, Span<int> sums)
    {
        var weights = _weights[pass];
        if (Sse.IsSupported)
        {
            fixed (short* rows = weights)
            {
                foreach (var slot in slots[starts[0]..starts[^1]])
                {
                    if (slot >= 0)
                    {
                        Sse.Prefetch0(rows + (slot * L));
                    }
                }
            }
        }

        for (var i = 0; i + 1 < starts.Length; i++)
        {
            var row = sums.Slice(i * L, L);
            foreach (var slot in slots[starts[i]..starts[i + 1]])
            {
                if (slot >= 0)
                {
                    Add(row, weights.AsSpan(slot * L, L));
                }
            }
        }
    }

    /// <summary>Adds pass <paramref name="pass"/>'s weights of one slot to <paramref name="sums"/>.</summary>
    public void AddRow(int pass, int slot, Span<int> sums) => Add(sums, _weights[pass].AsSpan(slot * L, L));

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
}
