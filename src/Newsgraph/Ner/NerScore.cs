namespace Newsgraph.Ner;

/// <summary>Entity-level exact-match precision, recall and F1 (as conlleval counts them), overall and per type.</summary>
internal sealed record NerScore(int Gold, int Predicted, int Correct, IReadOnlyDictionary<string, NerScore> Types)
{
    public double Precision => Predicted == 0 ? 0 : 100.0 * Correct / Predicted;

    public double Recall => Gold == 0 ? 0 : 100.0 * Correct / Gold;

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    /// <summary>Scores predicted against gold BIO tags, sentence by sentence.</summary>
    public static NerScore Of(IEnumerable<(string[] Gold, string[] Predicted)> sentences)
    {
        var counts = new Dictionary<string, int[]>(StringComparer.Ordinal);
        int[] Counts(string type) => counts.TryGetValue(type, out var c) ? c : counts[type] = new int[3];
        foreach (var (gold, predicted) in sentences)
        {
            var goldChunks = Chunks(gold);
            var predictedChunks = Chunks(predicted);
            foreach (var chunk in goldChunks)
            {
                Counts(chunk.Type)[0]++;
            }

            foreach (var chunk in predictedChunks)
            {
                Counts(chunk.Type)[1]++;
                if (goldChunks.Contains(chunk))
                {
                    Counts(chunk.Type)[2]++;
                }
            }
        }

        var types = counts.ToDictionary(
            pair => pair.Key,
            pair => new NerScore(pair.Value[0], pair.Value[1], pair.Value[2], new Dictionary<string, NerScore>()),
            StringComparer.Ordinal);
        return new NerScore(types.Values.Sum(t => t.Gold), types.Values.Sum(t => t.Predicted), types.Values.Sum(t => t.Correct), types);
    }

    /// <summary>The entities of a BIO sequence; an I- after O or another type opens one, as conlleval reads it.</summary>
    public static HashSet<(int Start, int End, string Type)> Chunks(IReadOnlyList<string> tags)
    {
        var chunks = new HashSet<(int, int, string)>();
        var start = -1;
        var type = "";
        for (var i = 0; i <= tags.Count; i++)
        {
            var tag = i < tags.Count ? tags[i] : "O";
            var tagType = tag.Length > 2 ? tag[2..] : "";
            var continues = tag[0] == 'I' && tagType == type && start >= 0;
            if (start >= 0 && !continues)
            {
                chunks.Add((start, i, type));
                start = -1;
            }

            if (tag != "O" && !continues)
            {
                start = i;
                type = tagType;
            }
        }

        return chunks;
    }
}
