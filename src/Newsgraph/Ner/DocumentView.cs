namespace Newsgraph.Ner;

/// <summary>
/// One word form's lowercase form, shape, case-ratio bucket, and word classes read with its capitals and without them
/// (at a sentence start or in a headline), what the gazetteers have for it alone (<see cref="Gazetteers.Alone"/>), and
/// the row of its lowercase form among the word vectors (-1 for none).
/// </summary>
internal sealed record WordInfo(string Lower, string Shape, short[]? Classes, short[]? CaseIgnoredClasses, byte CaseRatio, int GazetteerAlone, int VectorRow)
{
    public ulong LowerHash { get; } = FeatureHash.Of(Lower);

    public ulong ShapeHash { get; } = FeatureHash.Of(Shape);

    /// <summary>The form's number among those <see cref="NerResources"/> keeps, so later stages index arrays by it; -1 for a form it does not keep.</summary>
    public int Id { get; init; } = -1;
}

/// <summary>How a sentence is capitalised: headlines in CoNLL are ALL CAPS, those of web news Title Case.</summary>
internal enum SentenceCase : byte
{
    Normal,
    AllCaps,
    Title,
}

/// <summary>
/// One document's tokens with everything the features read computed once: lowercased and shape forms, their hashes,
/// word classes, gazetteer matches, sentence capitalisation.
/// </summary>
internal sealed class DocumentView
{
    /// <summary>A headline needs a few words before its capitalisation says anything.</summary>
    private const int MinWordsForCase = 3;

    /// <summary>Share of capitalised words from which a sentence reads as Title Case (function words stay lowercase).</summary>
    private const double TitleCaseShare = 0.75;

    public DocumentView(IReadOnlyList<string[]> sentences, NerResources resources)
    {
        Sentences = sentences;
        Resources = resources;
        var count = sentences.Count;
        Words = new string[count][];
        Lower = new string[count][];
        Shapes = new string[count][];
        LowerHashes = new ulong[count][];
        ShapeHashes = new ulong[count][];
        Ids = new int[count][];
        Case = new SentenceCase[count];
        Classes = new short[]?[count][];
        VectorRows = new int[count][];
        CaseRatio = new byte[count][];
        GazetteerMasks = new byte[count][];
        for (var s = 0; s < count; s++)
        {
            var tokens = sentences[s];
            var n = tokens.Length;

            // Filled through locals of their exact types, which spares a type check on every store into the arrays.
            var words = Words[s] = new string[n];
            var lower = Lower[s] = new string[n];
            var shapes = Shapes[s] = new string[n];
            var lowerHashes = LowerHashes[s] = new ulong[n];
            var shapeHashes = ShapeHashes[s] = new ulong[n];
            var ids = Ids[s] = new int[n];
            var classes = Classes[s] = new short[]?[n];
            var vectorRows = VectorRows[s] = new int[n];
            var caseRatio = CaseRatio[s] = new byte[n];
            Case[s] = CaseOf(tokens);
            var alone = new int[n];
            for (var i = 0; i < n; i++)
            {
                var token = Normalize(tokens[i]);
                var info = resources.Word(token);
                alone[i] = info.GazetteerAlone;
                words[i] = token;
                lower[i] = info.Lower;
                shapes[i] = info.Shape;
                lowerHashes[i] = info.LowerHash;
                shapeHashes[i] = info.ShapeHash;
                ids[i] = info.Id;
                classes[i] = FeatureExtractor.CaseIgnored(this, s, i) ? info.CaseIgnoredClasses : info.Classes;
                caseRatio[i] = info.CaseRatio;
                vectorRows[i] = info.VectorRow;
            }

            GazetteerMasks[s] = resources.Gazetteers.Match(Lower[s], alone);
        }
    }

    public IReadOnlyList<string[]> Sentences { get; }

    /// <summary>The word classes and lists the view was made with; its word <see cref="Ids"/> are theirs.</summary>
    public NerResources Resources { get; }

    /// <summary>The tokens with curly quotes made straight.</summary>
    public string[][] Words { get; }

    public string[][] Lower { get; }

    public string[][] Shapes { get; }

    /// <summary>The feature hashes of the lowercase forms and shapes, computed once per word form.</summary>
    public ulong[][] LowerHashes { get; }

    public ulong[][] ShapeHashes { get; }

    /// <summary>Each token's <see cref="WordInfo.Id"/>.</summary>
    public int[][] Ids { get; }

    public SentenceCase[] Case { get; }

    public short[]?[][] Classes { get; }

    /// <summary>How often the word is seen lowercase rather than capitalised in unlabeled news, in buckets 0..5 (0 unknown).</summary>
    public byte[][] CaseRatio { get; }

    public byte[][] GazetteerMasks { get; }

    /// <summary>Each token's <see cref="WordInfo.VectorRow"/>.</summary>
    public int[][] VectorRows { get; }

    /// <summary>What the features read of one word form alone, wherever it stands.</summary>
    public static WordInfo Describe(string token, WordClusters clusters, Gazetteers gazetteers, WordVectors vectors)
    {
        var lower = token.ToLowerInvariant();
        return new WordInfo(
            lower,
            WordShape.Short(token),
            LookupClasses(clusters, token, lower, uninformativeCase: false),
            LookupClasses(clusters, token, lower, uninformativeCase: true),
            CaseRatioBucket(clusters, token, lower),
            gazetteers.Alone(lower),
            vectors.Find(lower));
    }

    /// <summary>Curly apostrophes and quotes as CoNLL writes them, so web text meets the features it was trained on.</summary>
    public static string Normalize(string token) =>
        token.AsSpan().IndexOfAny('\u2018', '\u2019', '\u201C') >= 0 || token.Contains('\u201D', StringComparison.Ordinal)
            ? token.Replace('\u2019', '\'').Replace('\u2018', '\'').Replace('\u201C', '"').Replace('\u201D', '"')
            : token;

    private static SentenceCase CaseOf(string[] tokens)
    {
        int words = 0, upper = 0, capitalised = 0;
        foreach (var token in tokens)
        {
            if (!char.IsLetter(token[0]))
            {
                continue;
            }

            words++;
            if (char.IsUpper(token[0]))
            {
                capitalised++;
                if (token.Length > 1 && !HasLower(token))
                {
                    upper++;
                }
            }
        }

        if (words < MinWordsForCase)
        {
            return SentenceCase.Normal;
        }

        if (upper > 0 && !Array.Exists(tokens, HasLower))
        {
            return SentenceCase.AllCaps;
        }

        return capitalised >= TitleCaseShare * words ? SentenceCase.Title : SentenceCase.Normal;
    }

    private static bool HasLower(string token)
    {
        foreach (var c in token)
        {
            if (char.IsLower(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The word's classes; where its capitals say nothing (sentence start, headlines) the most frequent of its
    /// exact, capitalised and lowercase forms is taken.
    /// </summary>
    private static short[]? LookupClasses(WordClusters clusters, string token, string lower, bool uninformativeCase)
    {
        var exact = clusters.Find(token);
        if (!uninformativeCase && exact is not null)
        {
            return exact.Classes;
        }

        var best = exact;
        foreach (var form in new[] { Capitalise(lower), lower })
        {
            var entry = clusters.Find(form);
            if (entry is not null && (best is null || entry.Count > best.Count))
            {
                best = entry;
            }
        }

        return best?.Classes;
    }

    private static byte CaseRatioBucket(WordClusters clusters, string token, string lower)
    {
        if (!char.IsLetter(token[0]))
        {
            return 0;
        }

        var lowerCount = clusters.CountOf(lower);
        var capitalCount = clusters.CountOf(Capitalise(lower));
        var total = lowerCount + capitalCount;
        if (total == 0)
        {
            return 0;
        }

        var share = (double)lowerCount / total;
        return share switch
        {
            < 0.01 => 1,
            < 0.2 => 2,
            < 0.5 => 3,
            < 0.9 => 4,
            _ => 5,
        };
    }

    internal static string Capitalise(string lower) =>
        lower.Length == 0 || !char.IsLower(lower[0]) ? lower : char.ToUpperInvariant(lower[0]) + lower[1..];
}
