namespace Newsgraph.Ner;

/// <summary>Where a token stands relative to the token being tagged, for the features that read it alone.</summary>
internal enum WordRole
{
    Self,
    Previous,
    Next,
}

/// <summary>
/// The features of each token, as 64-bit hashes of (template, value): the word and its neighbours, shapes, affixes,
/// capitalisation in context, word classes, gazetteer matches and, in the second pass, the labels the first pass
/// gave this token and the same word elsewhere in the document.
/// </summary>
internal sealed class FeatureExtractor
{
    /// <summary>Bump whenever a feature changes: a model trained on other features is refused at load.</summary>
    public const string Version = "ner-features-5";

    private static readonly ulong Start = FeatureHash.Of("<s>");
    private static readonly ulong End = FeatureHash.Of("</s>");

    /// <summary>Sentences up to this long keep their per-token hashes on the stack (2 kB each).</summary>
    private const int MaxStackTokens = 256;

    /// <summary>Affixes longer than this add features for few words each.</summary>
    private const int MaxAffix = 4;

    /// <summary>
    /// Collects the features of every token of one sentence into <paramref name="features"/>; token i's are
    /// features[starts[i]..starts[i + 1]]. With first-pass labels the document-level features are added too.
    /// </summary>
    /// <remarks>
    /// Without <paramref name="withWordFeatures"/> the features that read one token alone (<see cref="WordFeatures"/>,
    /// for the token and its two neighbours) are left out, for a tagger that caches their summed weights per word.
    /// </remarks>
    public static void Extract(
        DocumentView view, int s, DocumentStats? firstPass, List<ulong> features, List<int> starts, bool withWordFeatures = true)
    {
        features.Clear();
        starts.Clear();
        var tokens = view.Words[s];
        var lower = view.Lower[s];
        var classes = view.Classes[s];
        var n = tokens.Length;
        var lowerHash = n + 4 <= MaxStackTokens ? stackalloc ulong[n + 4] : new ulong[n + 4];
        var shapeHash = n + 4 <= MaxStackTokens ? stackalloc ulong[n + 4] : new ulong[n + 4];
        lowerHash[0] = lowerHash[1] = shapeHash[0] = shapeHash[1] = Start;
        lowerHash[n + 2] = lowerHash[n + 3] = shapeHash[n + 2] = shapeHash[n + 3] = End;
        for (var i = 0; i < n; i++)
        {
            lowerHash[i + 2] = view.LowerHashes[s][i];
            shapeHash[i + 2] = view.ShapeHashes[s][i];
        }

        var sentenceCase = (ulong)view.Case[s];
        var gazetteers = view.GazetteerMasks[s];
        var lists = Gazetteers.ListNames.Length;
        for (var i = 0; i < n; i++)
        {
            starts.Add(features.Count);
            void Add(int template, ulong value) => features.Add(FeatureHash.Of(template, value));
            void Add2(int template, ulong a, ulong b) => features.Add(FeatureHash.Of(template, a, b));
            void Add3(int template, ulong a, ulong b, ulong c) => features.Add(FeatureHash.Of(template, a, b, c));

            var k = i + 2;
            var word = tokens[i];
            var low = lower[i];
            var first = i == 0 ? 1UL : 0UL;
            Add(0, 0);
            if (withWordFeatures)
            {
                WordFeatures(view, s, i, WordRole.Self, features);
                WordFeatures(view, s, i - 1, WordRole.Previous, features);
                WordFeatures(view, s, i + 1, WordRole.Next, features);
            }

            Add(14, lowerHash[k - 2]);
            Add(15, lowerHash[k + 2]);
            Add2(18, shapeHash[k - 1], shapeHash[k]);
            Add2(19, shapeHash[k], shapeHash[k + 1]);
            Add3(20, shapeHash[k - 1], shapeHash[k], shapeHash[k + 1]);
            Add2(21, lowerHash[k - 1], lowerHash[k]);
            Add2(22, lowerHash[k], lowerHash[k + 1]);
            Add2(23, first, shapeHash[k]);
            Add2(24, sentenceCase, shapeHash[k]);
            Add2(25, lowerHash[k - 1], shapeHash[k]);
            Add2(26, shapeHash[k], lowerHash[k + 1]);
            Add3(27, view.CaseRatio[s][i], sentenceCase, first);
            Add2(28, view.CaseRatio[s][i], shapeHash[k]);
            Add2(29, lowerHash[k], sentenceCase);
            Add2(44, lowerHash[k - 1], lowerHash[k + 1]);
            Add3(45, shapeHash[k - 2], shapeHash[k - 1], shapeHash[k]);

            if (classes[i] is { } own && i > 0 && classes[i - 1] is { } previous)
            {
                Add2(42, (ulong)previous[^1], (ulong)own[^1]);
            }

            for (var list = 0; list < lists; list++)
            {
                var mask = gazetteers[i * lists + list];
                if (mask != 0)
                {
                    Add2(50 + list, mask, 0);
                    Add2(56 + list, mask, shapeHash[k]);
                }

                if (i > 0 && gazetteers[(i - 1) * lists + list] != 0)
                {
                    Add2(62 + list, gazetteers[(i - 1) * lists + list], 0);
                }

                if (i + 1 < n && gazetteers[(i + 1) * lists + list] != 0)
                {
                    Add2(68 + list, gazetteers[(i + 1) * lists + list], 0);
                }
            }

            if (firstPass is not null)
            {
                AddDocumentFeatures(firstPass, s, i, low, word, sentenceCase, features);
            }
        }

        starts.Add(features.Count);
    }

    /// <summary>
    /// The document-level features alone of every token of one sentence (token i's are features[starts[i]..starts[i + 1]]):
    /// with those <see cref="Extract"/> gives without first-pass labels, they make the second pass's features.
    /// </summary>
    public static void DocumentFeatures(DocumentView view, int s, DocumentStats firstPass, List<ulong> features, List<int> starts)
    {
        features.Clear();
        starts.Clear();
        var sentenceCase = (ulong)view.Case[s];
        for (var i = 0; i < view.Words[s].Length; i++)
        {
            starts.Add(features.Count);
            AddDocumentFeatures(firstPass, s, i, view.Lower[s][i], view.Words[s][i], sentenceCase, features);
        }

        starts.Add(features.Count);
    }

    /// <summary>
    /// The features that depend on one token alone, in its role next to the tagged token: its own form, lowercase form,
    /// shape, affixes, word classes and, for words longer than the affixes, the letter sequences of three and four inside
    /// them (which tell a Hungarian town or a Romanian company from a person where the word was never seen); or, as the
    /// token before or after, its lowercase form, shape and classes.
    /// Token -1 and token n stand for the sentence boundaries.
    /// </summary>
    public static void WordFeatures(DocumentView view, int s, int j, WordRole role, List<ulong> features)
    {
        var n = view.Words[s].Length;
        if (role != WordRole.Self)
        {
            var inside = j >= 0 && j < n;
            var boundary = j < 0 ? Start : End;
            var template = role == WordRole.Previous ? 12 : 13;
            features.Add(FeatureHash.Of(template, inside ? FeatureHash.Of(view.Lower[s][j]) : boundary));
            features.Add(FeatureHash.Of(template + 4, inside ? FeatureHash.Of(view.Shapes[s][j]) : boundary));
            AddClasses(role == WordRole.Previous ? 34 : 38, inside ? view.Classes[s][j] : null, features);
            return;
        }

        var low = view.Lower[s][j];
        features.Add(FeatureHash.Of(1, FeatureHash.Of(view.Words[s][j])));
        features.Add(FeatureHash.Of(2, FeatureHash.Of(low)));
        features.Add(FeatureHash.Of(3, FeatureHash.Of(view.Shapes[s][j])));
        for (var a = 1; a <= MaxAffix && a < low.Length; a++)
        {
            features.Add(FeatureHash.Of(3 + a, FeatureHash.Of(low.AsSpan(0, a))));
            features.Add(FeatureHash.Of(7 + a, FeatureHash.Of(low.AsSpan(low.Length - a))));
        }

        AddClasses(30, view.Classes[s][j], features);
        for (var c = 0; low.Length > MaxAffix && c + 3 <= low.Length; c++)
        {
            features.Add(FeatureHash.Of(46, FeatureHash.Of(low.AsSpan(c, 3))));
            if (c + 4 <= low.Length)
            {
                features.Add(FeatureHash.Of(47, FeatureHash.Of(low.AsSpan(c, 4))));
            }
        }
    }

    private static void AddClasses(int template, short[]? classes, List<ulong> features)
    {
        if (classes is null)
        {
            features.Add(FeatureHash.Of(template, ulong.MaxValue));
            return;
        }

        for (var g = 0; g < classes.Length && g < 4; g++)
        {
            features.Add(FeatureHash.Of(template + g, (ulong)classes[g]));
        }
    }

    /// <summary>
    /// The vector weights a token's vector meets: one set for lowercase tokens, one for capitalised tokens inside a
    /// normal sentence, one for capitalised tokens at a sentence start or in a headline. Vectors are of lowercase forms,
    /// so "Star" the newspaper shares its vector with the star of the sky; the capitals say which reading to weigh.
    /// </summary>
    public static int VectorGroup(DocumentView view, int s, int i) =>
        !char.IsUpper(view.Words[s][i][0]) ? 0 : CaseIgnored(view, s, i) ? 2 : 1;

    public const int VectorGroups = 3;

    /// <summary>Whether the token's word classes were looked up ignoring its capitals, which changes its word features.</summary>
    public static bool CaseIgnored(DocumentView view, int s, int i) => i == 0 || view.Case[s] != SentenceCase.Normal;

    private static void AddDocumentFeatures(DocumentStats stats, int s, int i, string lower, string word, ulong sentenceCase, List<ulong> features)
    {
        void Add(int template, ulong value) => features.Add(FeatureHash.Of(template, value));
        void Add2(int template, ulong a, ulong b) => features.Add(FeatureHash.Of(template, a, b));

        var labels = stats.Labels[s];
        var n = labels.Length;
        ulong LabelAt(int k) => k < 0 || k >= n ? NerLabels.Count : (ulong)labels[k];
        var own = LabelAt(i);
        Add(100, own);
        Add2(101, LabelAt(i - 1), own);
        Add2(102, own, LabelAt(i + 1));
        Add2(103, LabelAt(i - 2), LabelAt(i - 1));
        Add2(104, LabelAt(i + 1), LabelAt(i + 2));

        if (!char.IsLetter(word[0]))
        {
            return;
        }

        var capitalised = char.IsUpper(word[0]) ? 1UL : 0UL;
        var counts = stats.OtherOccurrences(s, i);
        var total = 0;
        var best = -1;
        var bodyTotal = 0;
        var bodyBest = -1;
        for (var t = 0; t <= NerLabels.TypeCount; t++)
        {
            total += counts[t];
            bodyTotal += DocumentStats.BodyTypeCount(counts, t);
            if (t == NerLabels.TypeCount)
            {
                continue;
            }

            if (counts[t] > 0)
            {
                Add2(110 + t, capitalised, 0);
                if (best < 0 || counts[t] > counts[best])
                {
                    best = t;
                }
            }

            if (DocumentStats.BodyTypeCount(counts, t) > 0 && (bodyBest < 0 || DocumentStats.BodyTypeCount(counts, t) > DocumentStats.BodyTypeCount(counts, bodyBest)))
            {
                bodyBest = t;
            }
        }

        if (total == 0)
        {
            Add2(120, capitalised, 0);
            return;
        }

        if (best >= 0)
        {
            var share = counts[best] * 4 / total;
            Add2(121, (ulong)best, (ulong)share);
            Add2(122, (ulong)best, sentenceCase);
            Add2(123, (ulong)best, own);
        }
        else
        {
            Add2(124, capitalised, sentenceCase);
        }

        if (bodyTotal > 0)
        {
            Add2(126, bodyBest < 0 ? NerLabels.TypeCount : (ulong)bodyBest, sentenceCase);
        }

        var bestLabel = 0;
        for (var l = 1; l < NerLabels.Count; l++)
        {
            if (DocumentStats.LabelCount(counts, l) > DocumentStats.LabelCount(counts, bestLabel))
            {
                bestLabel = l;
            }
        }

        Add2(127, (ulong)bestLabel, capitalised);

        if (stats.SeenLowercase(lower))
        {
            Add2(125, capitalised, sentenceCase);
        }
    }
}
