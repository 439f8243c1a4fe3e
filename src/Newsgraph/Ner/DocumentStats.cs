namespace Newsgraph.Ner;

/// <summary>
/// The first pass's labels over a whole document, and for each word (lowercased) how often it was labelled as each
/// type, so that the second pass can see what the same word was taken for elsewhere in the document.
/// </summary>
internal sealed class DocumentStats
{
    private readonly Dictionary<string, int[]> _counts = new(StringComparer.Ordinal);
    private readonly HashSet<string> _lowercase = new(StringComparer.Ordinal);
    private readonly int[] _scratch = new int[NerLabels.TypeCount + 1];

    public DocumentStats(DocumentView view, int[][] labels)
    {
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
                    counts = new int[NerLabels.TypeCount + 1];
                    _counts[key] = counts;
                }

                counts[Slot(labels[s][i])]++;
            }
        }
    }

    public int[][] Labels { get; }

    /// <summary>Counts per type (last slot: no entity) over the capitalised occurrences other than this one.</summary>
    public int[] OtherOccurrences(string lower, int ownLabel, bool ownCounted)
    {
        Array.Clear(_scratch);
        if (_counts.TryGetValue(lower, out var counts))
        {
            counts.CopyTo(_scratch, 0);
            var own = Slot(ownLabel);
            if (ownCounted && _scratch[own] > 0)
            {
                _scratch[own]--;
            }
        }

        return _scratch;
    }

    /// <summary>Whether the word also occurs in lowercase in the document, a sign that it is a common word.</summary>
    public bool SeenLowercase(string lower) => _lowercase.Contains(lower);

    private static int Slot(int label) => label == NerLabels.Outside ? NerLabels.TypeCount : NerLabels.Type(label);
}
