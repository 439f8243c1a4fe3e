using System.CommandLine;
using System.Diagnostics;
using System.Text;
using Newsgraph.Ner;
using Newsgraph.Reading;

namespace Newsgraph.Cli.Commands;

/// <summary><c>newsgraph ner --conll FILE</c>: tags a CoNLL-2003 file, writing <c>token gold predicted</c> lines (CONTRACT.md section 2).</summary>
internal static class NerCommand
{
    public static Command Create()
    {
        var conll = new Option<string>("--conll") { Description = "CoNLL-2003 column file (token first, gold tag last; -DOCSTART- between documents).", Required = true };
        var model = new Option<string?>("--model") { Description = "A model file to use instead of the built-in one." };
        var command = new Command("ner", "Tag the names in a CoNLL-2003 file, one document at a time.") { conll, model };
        command.SetAction(parse => Run(parse.GetValue(conll)!, parse.GetValue(model)));
        return command;
    }

    private static int Run(string path, string? modelPath)
    {
        IReadOnlyList<NerDocument> documents;
        NerModel model;
        try
        {
            documents = ConllCorpus.Read(path);
            model = modelPath is null ? NerModel.Default : ModelFile.Load(modelPath);
        }
        catch (Exception e) when (e is InputException or InvalidDataException or IOException)
        {
            Console.Error.WriteLine("newsgraph ner: " + e.Message);
            return ExitCodes.BadInput;
        }

        var clock = Stopwatch.StartNew();
        var predicted = NerTrainer.Predict(model, NerResources.Default, documents);
        var tokens = documents.Sum(d => d.Sentences.Sum(s => s.Length));
        Console.Error.WriteLine($"newsgraph ner: {tokens} tokens tagged in {clock.Elapsed.TotalSeconds:F2} s");
        Write(path, predicted);
        return ExitCodes.Success;
    }

    /// <summary>Echoes the input line by line with the predicted tag appended, so blank and -DOCSTART- lines stay where they were.</summary>
    private static void Write(string path, List<string[][]> predicted)
    {
        using var output = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false), 1 << 16);
        int document = -1, sentence = 0, token = 0;
        var inSentence = false;
        var pendingDocument = true;
        foreach (var line in File.ReadLines(path))
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                if (inSentence)
                {
                    sentence++;
                    token = 0;
                    inSentence = false;
                }

                output.Write('\n');
                continue;
            }

            var columns = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (columns[0] == ConllCorpus.DocumentStart)
            {
                if (inSentence)
                {
                    sentence++;
                    token = 0;
                    inSentence = false;
                }

                pendingDocument = true;
                output.Write(columns[0] + " " + columns[^1] + " O\n");
                continue;
            }

            if (pendingDocument)
            {
                document++;
                sentence = 0;
                pendingDocument = false;
            }

            inSentence = true;
            output.Write(columns[0] + " " + columns[^1] + " " + predicted[document][sentence][token++] + "\n");
        }
    }
}
