using System.Buffers.Binary;

namespace Newsgraph.Stories;

/// <summary>
/// A MinHash signature of an article's word shingles: the share of equal slots of two signatures estimates the Jaccard
/// similarity of their shingle sets, so near-duplicate copies (the same wire story reprinted) find each other cheaply.
/// </summary>
internal sealed class MinHash
{
    /// <summary>64 slots estimate a Jaccard similarity to about ±0.06, enough to tell copies (≥0.8) from related stories.</summary>
    public const int Size = 64;

    /// <summary>Four-word shingles: shorter ones match unrelated texts on stock phrases, longer ones miss light edits.</summary>
    public const int ShingleWords = 4;

    private static readonly ulong[] Seeds = MakeSeeds();

    private readonly uint[] _slots;

    private MinHash(uint[] slots) => _slots = slots;

    public static MinHash Compute(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var slots = new uint[Size];
        Array.Fill(slots, uint.MaxValue);
        var words = WordHashes(text);
        if (words.Count == 0)
        {
            return new MinHash(slots);
        }

        var shingles = Math.Max(1, words.Count - ShingleWords + 1);
        for (var i = 0; i < shingles; i++)
        {
            var shingle = 0xcbf29ce484222325UL;
            for (var j = i; j < Math.Min(words.Count, i + ShingleWords); j++)
            {
                shingle = (shingle ^ words[j]) * 0x100000001b3UL;
            }

            for (var s = 0; s < Size; s++)
            {
                var h = (uint)(Mix(shingle ^ Seeds[s]) >> 32);
                if (h < slots[s])
                {
                    slots[s] = h;
                }
            }
        }

        return new MinHash(slots);
    }

    public static MinHash FromBytes(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length != Size * 4)
        {
            throw new ArgumentException($"A MinHash signature is {Size * 4} bytes, not {bytes.Length}.", nameof(bytes));
        }

        var slots = new uint[Size];
        for (var i = 0; i < Size; i++)
        {
            slots[i] = BinaryPrimitives.ReadUInt32LittleEndian(bytes[(i * 4)..]);
        }

        return new MinHash(slots);
    }

    public byte[] ToBytes()
    {
        var bytes = new byte[Size * 4];
        for (var i = 0; i < Size; i++)
        {
            BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(i * 4), _slots[i]);
        }

        return bytes;
    }

    public uint this[int slot] => _slots[slot];

    /// <summary>The estimated Jaccard similarity of the two shingle sets.</summary>
    public double Similarity(MinHash other)
    {
        ArgumentNullException.ThrowIfNull(other);
        var equal = 0;
        for (var i = 0; i < Size; i++)
        {
            if (_slots[i] == other._slots[i])
            {
                equal++;
            }
        }

        return (double)equal / Size;
    }

    private static List<ulong> WordHashes(string text)
    {
        var hashes = new List<ulong>(text.Length / 6);
        var hash = 0xcbf29ce484222325UL;
        var inWord = false;
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                hash = (hash ^ char.ToLowerInvariant(c)) * 0x100000001b3UL;
                inWord = true;
            }
            else if (inWord)
            {
                hashes.Add(hash);
                hash = 0xcbf29ce484222325UL;
                inWord = false;
            }
        }

        if (inWord)
        {
            hashes.Add(hash);
        }

        return hashes;
    }

    private static ulong Mix(ulong x)
    {
        x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9UL;
        x = (x ^ (x >> 27)) * 0x94d049bb133111ebUL;
        return x ^ (x >> 31);
    }

    private static ulong[] MakeSeeds()
    {
        var seeds = new ulong[Size];
        var state = 0x9E3779B97F4A7C15UL;
        for (var i = 0; i < Size; i++)
        {
            state += 0x9E3779B97F4A7C15UL;
            seeds[i] = Mix(state);
        }

        return seeds;
    }
}
