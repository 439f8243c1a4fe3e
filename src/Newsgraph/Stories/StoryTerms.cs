namespace Newsgraph.Stories;

/// <summary>An article's words as term numbers of one <see cref="StoryTerms"/> with their counts, sorted by term.</summary>
internal sealed record ArticleTerms(int[] Terms, int[] Counts);

/// <summary>
/// Numbers the words of the articles that one story search reads, so that each article is kept as term counts rather than
/// as its text: the search needs only those counts, and texts of 100,000 articles took over a gigabyte.
/// </summary>
internal sealed class StoryTerms
{
    /// <summary>Words shorter than this are mostly function words, which IDF alone would only down-weight.</summary>
    private const int MinTermLength = 3;

    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);

    /// <summary>The lowercased letter runs of <paramref name="text"/> of at least three letters, counted.</summary>
    public ArticleTerms Read(string text)
    {
        var counts = new Dictionary<int, int>();
        var lookup = _ids.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> lower = stackalloc char[64];
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var letter = i < text.Length && char.IsLetter(text[i]);
            if (letter && start < 0)
            {
                start = i;
            }
            else if (!letter && start >= 0)
            {
                var length = i - start;
                if (length >= MinTermLength)
                {
                    var word = length <= lower.Length ? lower[..length] : new char[length];
                    text.AsSpan(start, length).ToLowerInvariant(word);
                    if (!lookup.TryGetValue(word, out var term))
                    {
                        term = _ids.Count;
                        lookup[word] = term;
                    }

                    counts[term] = counts.GetValueOrDefault(term) + 1;
                }

                start = -1;
            }
        }

        var terms = counts.Keys.Order().ToArray();
        return new ArticleTerms(terms, [.. terms.Select(t => counts[t])]);
    }
}
