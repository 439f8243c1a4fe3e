using Newsgraph.Reading;
using Newsgraph.Text;

namespace Newsgraph.Ner;

/// <summary>
/// Reads the text that word classes are learned from, tokenised as the tagger sees text: article-per-line files
/// (title TAB body), CoNLL column files (their tokens only), and folders of plain-text articles.
/// </summary>
internal static class ClusteringCorpus
{
    public static List<string[]> Read(IEnumerable<string> inputs)
    {
        var sentences = new List<string[]>();
        foreach (var input in inputs)
        {
            if (Directory.Exists(input))
            {
                foreach (var file in Directory.EnumerateFiles(input, "*.txt").Order(StringComparer.Ordinal))
                {
                    AddLines(File.ReadLines(file), sentences);
                }
            }
            else if (!File.Exists(input))
            {
                throw new InputException(input, "no such file or folder");
            }
            else if (File.ReadLines(input).FirstOrDefault()?.StartsWith(ConllCorpus.DocumentStart, StringComparison.Ordinal) == true)
            {
                sentences.AddRange(ConllCorpus.Read(input).SelectMany(d => d.Sentences));
            }
            else
            {
                AddLines(File.ReadLines(input).SelectMany(line => line.Split('\t')), sentences);
            }
        }

        return sentences;
    }

    private static void AddLines(IEnumerable<string> lines, List<string[]> sentences)
    {
        foreach (var line in lines)
        {
            var tokens = Tokenizer.Tokenize(line);
            if (tokens.Length > 0)
            {
                sentences.Add(tokens.Select(t => DocumentView.Normalize(line[t.Start..t.End])).ToArray());
            }
        }
    }
}
