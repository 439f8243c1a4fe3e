using System.Runtime.InteropServices;

namespace Newsgraph.Ner;

/// <summary>
/// Tags documents with both passes of a model. The two passes share one weight table; the first pass's context features
/// are looked up once and their rows reused by the second, which extracts only its document-level features. The summed
/// weights of each word's own features and vector are cached per word form, for both passes at once. All sums are integers,
/// so the labels are exactly those of scoring every feature of <see cref="FeatureExtractor.Extract"/> and each word's
/// vector with each pass.
/// </summary>
internal sealed class NerDecoder
{
    private const int L = NerLabels.Count;
    private const int Passes = 2;
    private const int Roles = 3;

    /// <summary>Per word form and case: the working vocabulary of news, about 40 MB of sums at most.</summary>
    private const int MaxCachedWords = 50_000;

    private readonly WeightTable _table;
    private readonly LinearChain[] _passes;
    private readonly float[] _scales;

    /// <summary>Per pass, the transitions as <see cref="LinearChain.Decode"/> reads them.</summary>
    private readonly float[][] _transitions;
    private WordScores? _words;

    /// <summary>Lists one thread reuses from document to document, so tagging allocates little beyond its results.</summary>
    [ThreadStatic]
    private static Buffers? _buffers;

    public NerDecoder(LinearChain first, LinearChain second)
    {
        _table = new WeightTable([first, second]);
        _passes = [first, second];
        _scales = [first.Scale, second.Scale];
        _transitions = [AllowedOnly(first.Transitions), AllowedOnly(second.Transitions)];
    }

    /// <summary>BILOU labels for every sentence of the document.</summary>
    public int[][] Tag(DocumentView view)
    {
        var words = WordsOf(view.Resources);
        var count = view.Sentences.Count;
        var buffers = _buffers ??= new Buffers();
        var (features, starts, rows, tokenStarts, documentRows) = (buffers.Features, buffers.Starts, buffers.Rows, buffers.TokenStarts, buffers.DocumentRows);
        rows.Clear();
        tokenStarts.Clear();

        // The first pass's context features of the whole document, as weight rows: sentence s's tokens start at
        // tokenStarts[firstStart[s]..], each entry an index into rows, with one more entry for the end of its last token.
        var firstStart = new int[count];
        var first = new int[count][];
        ReadOnlySpan<int> ContextStarts(int s) => CollectionsMarshal.AsSpan(tokenStarts).Slice(firstStart[s], view.Words[s].Length + 1);
        for (var s = 0; s < count; s++)
        {
            FeatureExtractor.Extract(view, s, null, features, starts, withWordFeatures: false);
            var at = rows.Count;
            CollectionsMarshal.SetCount(rows, at + features.Count);
            _table.Find(CollectionsMarshal.AsSpan(features), CollectionsMarshal.AsSpan(rows)[at..]);
            firstStart[s] = tokenStarts.Count;
            foreach (var start in starts)
            {
                tokenStarts.Add(at + start);
            }

            first[s] = Decode(0, view, s, words, CollectionsMarshal.AsSpan(rows), ContextStarts(s), [], []);
        }

        var stats = new DocumentStats(view, first);
        var second = new int[count][];
        for (var s = 0; s < count; s++)
        {
            FeatureExtractor.DocumentFeatures(view, s, stats, features, starts);
            CollectionsMarshal.SetCount(documentRows, features.Count);
            _table.Find(CollectionsMarshal.AsSpan(features), CollectionsMarshal.AsSpan(documentRows));
            second[s] = Decode(1, view, s, words, CollectionsMarshal.AsSpan(rows), ContextStarts(s), CollectionsMarshal.AsSpan(documentRows), CollectionsMarshal.AsSpan(starts));
        }

        return second;
    }

    /// <summary>One pass over sentence s: the weights of its context rows, other rows, and cached word features, then Viterbi.</summary>
    private int[] Decode(
        int pass, DocumentView view, int s, WordScores words, ReadOnlySpan<int> rows, ReadOnlySpan<int> starts, ReadOnlySpan<int> moreRows, ReadOnlySpan<int> moreStarts)
    {
        var n = view.Words[s].Length;
        var labels = new int[n];
        if (n == 0)
        {
            return labels;
        }

        var sums = n * L <= LinearChain.MaxStackScores ? stackalloc int[n * L] : new int[n * L];
        sums.Clear();
        _table.AddRows(pass, rows, starts, sums);
        if (!moreStarts.IsEmpty)
        {
            _table.AddRows(pass, moreRows, moreStarts, sums);
        }

        var boundaries = Boundaries(view, s, words);
        WeightTable.Add(sums[..L], boundaries.AsSpan((pass * 2) * L, L));
        WeightTable.Add(sums.Slice((n - 1) * L, L), boundaries.AsSpan((pass * 2 + 1) * L, L));
        for (var i = 0; i < n; i++)
        {
            var word = WordSums(view, s, i, words).AsSpan(pass * Roles * L, Roles * L);
            WeightTable.Add(sums.Slice(i * L, L), word[..L]);
            if (i + 1 < n)
            {
                WeightTable.Add(sums.Slice((i + 1) * L, L), word.Slice((int)WordRole.Previous * L, L));
            }

            if (i > 0)
            {
                WeightTable.Add(sums.Slice((i - 1) * L, L), word.Slice((int)WordRole.Next * L, L));
            }
        }

        var emissions = n * L <= LinearChain.MaxStackScores ? stackalloc float[n * L] : new float[n * L];
        LinearChain.Emissions(sums, _scales[pass], emissions);
        LinearChain.Decode(emissions, n, _transitions[pass], labels);
        return labels;
    }

    /// <summary>
    /// The summed weights of the features that read token j alone, per pass, as the tagged token, as the one before and as
    /// the one after it (sums[(pass * 3 + role) * Count + label]): one cached entry serves three tokens' features in both passes.
    /// </summary>
    private int[] WordSums(DocumentView view, int s, int j, WordScores words)
    {
        var id = view.Ids[s][j];
        var index = id is >= 0 and < MaxCachedWords ? (id * 2) + (FeatureExtractor.CaseIgnored(view, s, j) ? 1 : 0) : -1;
        if (index >= 0 && Volatile.Read(ref words.ByWord[index]) is { } cached)
        {
            return cached;
        }

        var sums = new int[Passes * Roles * L];
        for (var role = 0; role < Roles; role++)
        {
            SumWordFeatures(view, s, j, (WordRole)role, sums);
        }

        if (index >= 0)
        {
            Volatile.Write(ref words.ByWord[index], sums);
        }

        return sums;
    }

    /// <summary>Per pass, the summed weights of the sentence start as the token before the first and of its end as the one after the last.</summary>
    private int[] Boundaries(DocumentView view, int s, WordScores words)
    {
        if (Volatile.Read(ref words.Boundaries) is { } cached)
        {
            return cached;
        }

        var sums = new int[Passes * 2 * L];
        var perRole = new int[Passes * Roles * L];
        SumWordFeatures(view, s, -1, WordRole.Previous, perRole);
        SumWordFeatures(view, s, view.Words[s].Length, WordRole.Next, perRole);
        for (var pass = 0; pass < Passes; pass++)
        {
            Array.Copy(perRole, ((pass * Roles) + (int)WordRole.Previous) * L, sums, pass * 2 * L, L);
            Array.Copy(perRole, ((pass * Roles) + (int)WordRole.Next) * L, sums, ((pass * 2) + 1) * L, L);
        }

        Volatile.Write(ref words.Boundaries, sums);
        return sums;
    }

    private void SumWordFeatures(DocumentView view, int s, int j, WordRole role, int[] sums)
    {
        if (role == WordRole.Self && view.VectorRows[s][j] is >= 0 and var vectorRow)
        {
            var vectors = view.Resources.Vectors;
            var group = FeatureExtractor.VectorGroup(view, s, j);
            for (var pass = 0; pass < Passes; pass++)
            {
                _passes[pass].AddVector(vectors.Row(vectorRow), vectors.Scale, group, sums.AsSpan(((pass * Roles) + (int)WordRole.Self) * L, L));
            }
        }

        var features = new List<ulong>();
        FeatureExtractor.WordFeatures(view, s, j, role, features);
        foreach (var feature in features)
        {
            var row = _table.Find(feature);
            if (row >= 0)
            {
                for (var pass = 0; pass < Passes; pass++)
                {
                    _table.AddRow(pass, row, sums.AsSpan(((pass * Roles) + (int)role) * L, L));
                }
            }
        }
    }

    private static float[] AllowedOnly(float[] transitions)
    {
        var allowed = new float[L * L];
        LinearChain.AllowedOnly(transitions, allowed);
        return allowed;
    }

    /// <summary>The word caches for views made with these resources, whose word ids they index.</summary>
    private WordScores WordsOf(NerResources resources)
    {
        var words = Volatile.Read(ref _words);
        if (words is null || words.Resources != resources)
        {
            words = new WordScores(resources);
            Volatile.Write(ref _words, words);
        }

        return words;
    }

    private sealed class Buffers
    {
        public List<ulong> Features { get; } = [];

        public List<int> Starts { get; } = [];

        public List<int> Rows { get; } = [];

        public List<int> TokenStarts { get; } = [];

        public List<int> DocumentRows { get; } = [];
    }

    private sealed class WordScores(NerResources resources)
    {
        public NerResources Resources { get; } = resources;

        /// <summary>By word id * 2 + (1 where the word's capitals are ignored): its summed weights, see <see cref="WordSums"/>.</summary>
        public int[]?[] ByWord = new int[]?[MaxCachedWords * 2];

        public int[]? Boundaries;
    }
}
