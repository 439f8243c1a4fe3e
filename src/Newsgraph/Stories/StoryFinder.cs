using Newsgraph.Store;

namespace Newsgraph.Stories;

internal enum StoryKind
{
    /// <summary>Copies of one text: a wire story reprinted, a page crawled twice, a lightly edited update.</summary>
    Duplicate,

    /// <summary>Different articles about one event: similar words and shared entities, published close together.</summary>
    Event,
}

internal sealed record StoryOptions
{
    /// <summary>Estimated Jaccard similarity of 4-word shingles from which two articles count as copies; reprints with a changed lead or tail stay above 0.8, separate reports of one event stay far below it.</summary>
    public double DuplicateSimilarity { get; init; } = 0.8;

    /// <summary>Reports of one event appear within days of it; a week apart they are follow-ups, not the same story.</summary>
    public int WindowDays { get; init; } = 3;

    /// <summary>TF-IDF cosine of two articles sharing an entity from which they are one event: unrelated articles on one beat score below 0.2.</summary>
    public double EventSimilarity { get; init; } = 0.3;

    /// <summary>The cosine asked of articles whose entities are unknown: without that evidence only close wording counts.</summary>
    public double EventSimilarityWithoutEntities { get; init; } = 0.5;
}

/// <summary>A group of articles that tell one story.</summary>
internal sealed record Story(StoryKind Kind, IReadOnlyList<StoryArticle> Articles);

/// <summary>
/// Groups articles into near-duplicates (MinHash with locality-sensitive banding) and same-event clusters (TF-IDF cosine
/// with shared entities inside a time window), linking pairs transitively.
/// </summary>
internal static class StoryFinder
{
    /// <summary>16 bands of 4 slots: pairs at Jaccard 0.8 share a band with probability 0.9999, pairs at 0.3 with 0.12.</summary>
    private const int Bands = 16;

    private const int RowsPerBand = MinHash.Size / Bands;

    /// <summary>Terms kept per article vector: the 40 heaviest carry the topic; the rest add cost and noise.</summary>
    private const int TermsPerArticle = 40;

    /// <summary>A term in more articles than this proposes no candidates (it is too common to say two articles share a topic), which keeps pairing near linear.</summary>
    private const int MaxPostings = 400;

    public static IReadOnlyList<Story> Find(IReadOnlyList<StoryArticle> articles, StoryOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(articles);
        options ??= new StoryOptions();
        var duplicates = new UnionFind(articles.Count);
        foreach (var (a, b) in DuplicatePairs(articles, options))
        {
            duplicates.Union(a, b);
        }

        var events = new UnionFind(articles.Count);
        for (var i = 0; i < articles.Count; i++)
        {
            events.Union(i, duplicates.Find(i));
        }

        foreach (var (a, b) in EventPairs(articles, options))
        {
            events.Union(a, b);
        }

        var stories = new List<Story>();
        foreach (var group in duplicates.Groups().Where(g => g.Count > 1))
        {
            stories.Add(new Story(StoryKind.Duplicate, [.. group.Select(i => articles[i])]));
        }

        foreach (var group in events.Groups().Where(g => g.Count > 1))
        {
            // A group that is one set of copies is listed once, as duplicates.
            if (group.Select(duplicates.Find).Distinct().Count() > 1)
            {
                stories.Add(new Story(StoryKind.Event, [.. group.Select(i => articles[i])]));
            }
        }

        return [.. stories.OrderByDescending(s => s.Articles.Count).ThenBy(s => s.Kind).ThenBy(s => s.Articles[0].Seq)];
    }

    private static IEnumerable<(int, int)> DuplicatePairs(IReadOnlyList<StoryArticle> articles, StoryOptions options)
    {
        var signatures = articles.Select(a => a.MinHash).ToArray();
        var seen = new HashSet<(int, int)>();
        for (var band = 0; band < Bands; band++)
        {
            var buckets = new Dictionary<ulong, List<int>>();
            for (var i = 0; i < signatures.Length; i++)
            {
                if (signatures[i][0] == uint.MaxValue)
                {
                    continue;
                }

                var key = 0xcbf29ce484222325UL;
                for (var r = 0; r < RowsPerBand; r++)
                {
                    key = (key ^ signatures[i][(band * RowsPerBand) + r]) * 0x100000001b3UL;
                }

                if (!buckets.TryGetValue(key, out var bucket))
                {
                    buckets[key] = bucket = [];
                }

                bucket.Add(i);
            }

            foreach (var bucket in buckets.Values.Where(b => b.Count > 1))
            {
                for (var x = 0; x < bucket.Count; x++)
                {
                    for (var y = x + 1; y < bucket.Count; y++)
                    {
                        var pair = (bucket[x], bucket[y]);
                        if (seen.Add(pair) && signatures[pair.Item1].Similarity(signatures[pair.Item2]) >= options.DuplicateSimilarity)
                        {
                            yield return pair;
                        }
                    }
                }
            }
        }
    }

    private static IEnumerable<(int, int)> EventPairs(IReadOnlyList<StoryArticle> articles, StoryOptions options)
    {
        var vectors = TfIdf(articles);

        // Articles are visited undated first, then by date, and every posting list keeps that order: an article then meets
        // only the later ones, and a dated article stops reading a list at the first one past the time window.
        var order = Enumerable.Range(0, articles.Count)
            .OrderBy(i => articles[i].Published is { } day ? day.DayNumber : int.MinValue)
            .ThenBy(i => i)
            .ToArray();
        var rank = new int[order.Length];
        for (var r = 0; r < order.Length; r++)
        {
            rank[order[r]] = r;
        }

        var postings = new Dictionary<int, List<(int Rank, double Weight)>>();
        foreach (var i in order)
        {
            foreach (var (term, weight) in vectors[i])
            {
                if (!postings.TryGetValue(term, out var list))
                {
                    postings[term] = list = [];
                }

                list.Add((rank[i], weight));
            }
        }

        var keys = articles.Select(a => a.EntityKeys.ToHashSet(StringComparer.Ordinal)).ToArray();
        var day = order.Select(i => articles[i].Published?.DayNumber).ToArray();
        var dot = new double[vectors.Length];
        var touched = new List<int>();
        for (var ra = 0; ra < order.Length; ra++)
        {
            var a = order[ra];
            var lastDay = day[ra] + options.WindowDays;

            // Accumulating over shared terms gives each later article's cosine with this one (vectors are unit length).
            foreach (var (term, weight) in vectors[a])
            {
                var list = postings[term];
                if (list.Count > MaxPostings)
                {
                    continue;
                }

                for (var p = FirstAfter(list, ra); p < list.Count; p++)
                {
                    var (rb, other) = list[p];
                    if (day[rb] > lastDay)
                    {
                        break;
                    }

                    if (dot[rb] == 0)
                    {
                        touched.Add(rb);
                    }

                    dot[rb] += weight * other;
                }
            }

            foreach (var rb in touched)
            {
                var cosine = dot[rb];
                dot[rb] = 0;
                var b = order[rb];
                var bothHaveEntities = keys[a].Count > 0 && keys[b].Count > 0;
                if (bothHaveEntities ? cosine >= options.EventSimilarity && keys[a].Overlaps(keys[b]) : cosine >= options.EventSimilarityWithoutEntities)
                {
                    yield return (Math.Min(a, b), Math.Max(a, b));
                }
            }

            touched.Clear();
        }
    }

    /// <summary>The first position in a rank-ordered posting list whose article comes after rank <paramref name="rank"/>.</summary>
    private static int FirstAfter(List<(int Rank, double Weight)> list, int rank)
    {
        int low = 0, high = list.Count;
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (list[middle].Rank <= rank)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }

    /// <summary>Each article's heaviest terms (as term numbers), weighted (1 + log tf) · idf, unit length.</summary>
    private static (int Term, double Weight)[][] TfIdf(IReadOnlyList<StoryArticle> articles)
    {
        var df = new int[articles.Count == 0 ? 0 : articles.Max(a => a.Terms.Terms.Length == 0 ? 0 : a.Terms.Terms[^1] + 1)];
        foreach (var article in articles)
        {
            foreach (var term in article.Terms.Terms)
            {
                df[term]++;
            }
        }

        var n = articles.Count;
        var vectors = new (int Term, double Weight)[n][];
        for (var i = 0; i < n; i++)
        {
            var (terms, counts) = articles[i].Terms;
            var weighted = terms
                .Select((term, k) => (Term: term, Weight: (1 + Math.Log(counts[k])) * Math.Log((1.0 + n) / (1 + df[term]))))
                .Where(t => t.Weight > 0)
                .OrderByDescending(t => t.Weight)
                .ThenBy(t => t.Term)
                .Take(TermsPerArticle)
                .ToArray();
            var norm = Math.Sqrt(weighted.Sum(t => t.Weight * t.Weight));
            vectors[i] = [.. weighted.Select(t => (t.Term, t.Weight / norm))];
        }

        return vectors;
    }

    private sealed class UnionFind
    {
        private readonly int[] _parent;

        public UnionFind(int count) => _parent = [.. Enumerable.Range(0, count)];

        public int Find(int x)
        {
            while (_parent[x] != x)
            {
                _parent[x] = _parent[_parent[x]];
                x = _parent[x];
            }

            return x;
        }

        public void Union(int a, int b)
        {
            var (ra, rb) = (Find(a), Find(b));
            if (ra != rb)
            {
                _parent[Math.Max(ra, rb)] = Math.Min(ra, rb);
            }
        }

        public IEnumerable<List<int>> Groups() =>
            Enumerable.Range(0, _parent.Length).GroupBy(Find).Select(g => g.ToList());
    }
}
