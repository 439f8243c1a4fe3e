using Newsgraph.Text;

namespace Newsgraph.Ner;

/// <summary>
/// Name lists (cities, countries, capitals, demonyms, first names) matched case-insensitively over token sequences;
/// a match gives each of its tokens a feature naming the list and the token's place in the match.
/// </summary>
internal sealed class Gazetteers
{
    public static readonly string[] ListNames = ["cities", "countries", "capitals", "demonyms", "first-names"];

    /// <summary>Longer entries are rare and would only slow the matching down.</summary>
    private const int MaxEntryTokens = 6;

    private readonly Dictionary<string, int> _entries;

    private Gazetteers(Dictionary<string, int> entries, int maxTokens)
    {
        _entries = entries;
        MaxTokens = maxTokens;
    }

    public int MaxTokens { get; }

    public static Gazetteers Load() =>
        Build(ListNames.Select(name => (IEnumerable<string>)LanguageData.Lines("ner/" + name + ".txt")).ToList());

    /// <summary>Builds the matcher from one sequence of names per list, in the order of <see cref="ListNames"/>.</summary>
    public static Gazetteers Build(IReadOnlyList<IEnumerable<string>> lists)
    {
        var entries = new Dictionary<string, int>(StringComparer.Ordinal);
        var maxTokens = 1;
        for (var list = 0; list < lists.Count; list++)
        {
            foreach (var name in lists[list])
            {
                var tokens = Tokenizer.Tokenize(name);
                if (tokens.Length == 0 || tokens.Length > MaxEntryTokens)
                {
                    continue;
                }

                var parts = tokens.Select(t => name[t.Start..t.End].ToLowerInvariant()).ToArray();
                for (var k = 1; k < parts.Length; k++)
                {
                    entries.TryAdd(string.Join(' ', parts[..k]), 0);
                }

                var key = string.Join(' ', parts);
                entries[key] = entries.GetValueOrDefault(key) | (1 << list);
                maxTokens = Math.Max(maxTokens, tokens.Length);
            }
        }

        return new Gazetteers(entries, maxTokens);
    }

    /// <summary>
    /// The lists that have this lowercase token alone as an entry (a bit per list, 0 where it only begins longer
    /// entries), or -1 where no entry begins with it: matching skips such a token, and needs not look the others up alone.
    /// </summary>
    public int Alone(string lowerToken) => _entries.TryGetValue(lowerToken, out var lists) ? lists : -1;

    /// <summary>
    /// For each token, a bit mask per list of the positions (1 begin, 2 inside, 4 last, 8 unit) it takes in the
    /// longest matches starting at each token: masks[token * ListNames.Length + list].
    /// </summary>
    public byte[] Match(IReadOnlyList<string> lowerTokens, IReadOnlyList<int>? alone = null)
    {
        var n = lowerTokens.Count;
        var masks = new byte[n * ListNames.Length];
        var lookup = _entries.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> key = stackalloc char[256];
        Span<int> found = stackalloc int[ListNames.Length];
        for (var start = 0; start < n; start++)
        {
            if (alone is not null && alone[start] < 0)
            {
                continue;
            }

            var used = 0;
            found.Clear();
            for (var length = 1; length <= MaxTokens && start + length <= n; length++)
            {
                var token = lowerTokens[start + length - 1];
                if (used + token.Length + 1 > key.Length)
                {
                    break;
                }

                if (length > 1)
                {
                    key[used++] = ' ';
                }

                token.CopyTo(key[used..]);
                used += token.Length;
                int lists;
                if (length == 1 && alone is not null)
                {
                    lists = alone[start];
                }
                else if (!lookup.TryGetValue(key[..used], out lists))
                {
                    break;
                }

                if (lists != 0)
                {
                    for (var list = 0; list < ListNames.Length; list++)
                    {
                        if ((lists & (1 << list)) != 0)
                        {
                            found[list] = length;
                        }
                    }
                }
            }

            for (var list = 0; list < ListNames.Length; list++)
            {
                var length = found[list];
                for (var k = 0; k < length; k++)
                {
                    byte position = length == 1 ? (byte)8 : k == 0 ? (byte)1 : k == length - 1 ? (byte)4 : (byte)2;
                    masks[(start + k) * ListNames.Length + list] |= position;
                }
            }
        }

        return masks;
    }
}
