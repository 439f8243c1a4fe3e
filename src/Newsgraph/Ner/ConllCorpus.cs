using Newsgraph.Reading;

namespace Newsgraph.Ner;

/// <summary>One document of a CoNLL-2003 file: its sentences' tokens and gold BIO tags.</summary>
internal sealed record NerDocument(IReadOnlyList<string[]> Sentences, IReadOnlyList<string[]> Gold);

/// <summary>Reads CoNLL-2003 column files: token first, gold tag (IOB1) last, documents split at -DOCSTART-.</summary>
internal static class ConllCorpus
{
    public const string DocumentStart = "-DOCSTART-";

    public static IReadOnlyList<NerDocument> Read(string path)
    {
        if (!File.Exists(path))
        {
            throw new InputException(path, "no such file");
        }

        return Parse(File.ReadLines(path), path);
    }

    public static IReadOnlyList<NerDocument> Parse(IEnumerable<string> lines, string origin)
    {
        var documents = new List<NerDocument>();
        var sentences = new List<string[]>();
        var gold = new List<string[]>();
        var tokens = new List<string>();
        var tags = new List<string>();
        var lineNumber = 0;

        void EndSentence()
        {
            if (tokens.Count > 0)
            {
                sentences.Add([.. tokens]);
                gold.Add(NerLabels.Iob1ToBio(tags));
                tokens.Clear();
                tags.Clear();
            }
        }

        void EndDocument()
        {
            EndSentence();
            if (sentences.Count > 0)
            {
                documents.Add(new NerDocument([.. sentences], [.. gold]));
                sentences.Clear();
                gold.Clear();
            }
        }

        foreach (var line in lines)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                EndSentence();
                continue;
            }

            var columns = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (columns[0] == DocumentStart)
            {
                EndDocument();
                continue;
            }

            if (columns.Length < 2)
            {
                throw new InputException(origin, $"line {lineNumber} has no tag column: '{line}'");
            }

            var tag = columns[^1];
            if (tag != "O" && NerLabels.TypeOf(tag) < 0)
            {
                throw new InputException(origin, $"line {lineNumber} has an unknown tag '{tag}'");
            }

            tokens.Add(columns[0]);
            tags.Add(tag);
        }

        EndDocument();
        return documents;
    }
}
