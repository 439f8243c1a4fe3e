namespace Newsgraph.Ner;

/// <summary>64-bit hashes of feature strings and their combinations (FNV-1a, then a finaliser that spreads the bits).</summary>
internal static class FeatureHash
{
    private const ulong Offset = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;

    public static ulong Of(ReadOnlySpan<char> text)
    {
        var h = Offset;
        foreach (var c in text)
        {
            h = (h ^ c) * Prime;
        }

        return Finish(h);
    }

    public static ulong Of(int template, ulong value) => Finish(value ^ ((ulong)(uint)template * 0x9E3779B97F4A7C15UL));

    public static ulong Of(int template, ulong a, ulong b) => Finish(Of(template, a) ^ (b * 0xC2B2AE3D27D4EB4FUL));

    public static ulong Of(int template, ulong a, ulong b, ulong c) => Finish(Of(template, a, b) ^ (c * 0x165667B19E3779F9UL));

    private static ulong Finish(ulong h)
    {
        h ^= h >> 33;
        h *= 0xFF51AFD7ED558CCDUL;
        h ^= h >> 33;
        h *= 0xC4CEB64E4B33E25DUL;
        h ^= h >> 33;
        return h;
    }
}
