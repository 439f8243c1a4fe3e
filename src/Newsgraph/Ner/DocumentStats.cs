namespace Newsgraph.Ner;

/// <summary>
/// The first pass's labels over a whole document, and for each capitalised word (lowercased) how often it was labelled
/// as each type, so that the second pass can see what the same word was taken for elsewhere in the document.
/// </summary>
internal sealed class DocumentStats
{
    /// <summary>Counts per word: types over all capitalised occurrences, types over body occurrences, then labels.</summary>
    private const int TypeSlots = NerLabels.TypeCount + 1;
    private const int BodyOffset = TypeSlots;
    private const int LabelOffset = 2 * TypeSlots;
    private const int Slots = LabelOffset + NerLabels.Count;

    private readonly Dictionary<string, int[]> _counts = new(StringComparer.Ordinal);
    private readonly HashSet<string> _lowercase = new(StringComparer.Ordinal);
    private readonly int[] _scratch = new int[Slots];
    private readonly DocumentView _view;

    public DocumentStats(DocumentView view, int[][] labels)
    {
        _view = view;
        Labels = labels;
        for (var s = 0; s < labels.Length; s++)
        {
            var tokens = view.Words[s];
            for (var i = 0; i < tokens.Length; i++)
            {
                var token = tokens[i];
                if (!char.IsLetter(token[0]))
                {
                    continue;
                }

                var key = view.Lower[s][i];
                if (char.IsLower(token[0]))
                {
                    _lowercase.Add(key);
                    continue;
                }

                if (!_counts.TryGetValue(key, out var counts))
                {
                    counts = new int[Slots];
                    _counts[key] = counts;
                }

                Count(counts, s, i, 1);
            }
        }
    }

    public int[][] Labels { get; }

    /// <summary>
    /// Counts over the capitalised occurrences other than token i of sentence s: [0..5) per type (slot 4: no entity),
    /// [5..10) the same over body text where capitals are informative, then one per label.
    /// </summary>
    public ReadOnlySpan<int> OtherOccurrences(int s, int i)
    {
        Array.Clear(_scratch);
        var word = _view.Words[s][i];
        if (_counts.TryGetValue(_view.Lower[s][i], out var counts))
        {
            counts.CopyTo(_scratch, 0);
            if (char.IsUpper(word[0]))
            {
                Count(_scratch, s, i, -1);
            }
        }

        return _scratch;
    }

    public static int BodyTypeCount(ReadOnlySpan<int> counts, int type) => counts[BodyOffset + type];

    public static int LabelCount(ReadOnlySpan<int> counts, int label) => counts[LabelOffset + label];

    /// <summary>Whether the word also occurs in lowercase in the document, a sign that it is a common word.</summary>
    public bool SeenLowercase(string lower) => _lowercase.Contains(lower);

    private void Count(int[] counts, int s, int i, int delta)
    {
        var label = Labels[s][i];
        var slot = label == NerLabels.Outside ? NerLabels.TypeCount : NerLabels.Type(label);
        counts[slot] += delta;
        if (i > 0 && _view.Case[s] == SentenceCase.Normal)
        {
            counts[BodyOffset + slot] += delta;
        }

        counts[LabelOffset + label] += delta;
    }
}
