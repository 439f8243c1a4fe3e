using BenchmarkDotNet.Attributes;
using Newsgraph.Ner;

namespace Newsgraph.Bench;

/// <summary>
/// The name tagger alone: both passes over CoNLL-2003 dev when ../shared/data is present (else the example article
/// repeated); tokens per second = Tokens / mean time of TagDocuments. ModelLoad reads the embedded model file.
/// <c>ner-speed</c> (<see cref="NerSpeed"/>) times the same call by wall and CPU time, quicker on a busy machine.
/// </summary>
[MemoryDiagnoser]
public class NerBenchmarks
{
    private IReadOnlyList<NerDocument> _documents = null!;
    private NerModel _model = null!;
    private NerResources _resources = null!;

    /// <summary>Tokens tagged per call of <see cref="TagDocuments"/>.</summary>
    public int Tokens { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        _model = NerModel.Default;
        _resources = NerResources.Default;
        var dev = FindDev();
        _documents = dev is not null ? ConllCorpus.Read(dev) : ExampleDocuments();
        Tokens = _documents.Sum(d => d.Sentences.Sum(s => s.Length));
        Console.WriteLine($"// NerBenchmarks: {Tokens} tokens per TagDocuments call");
    }

    [Benchmark]
    public int TagDocuments()
    {
        var entities = 0;
        foreach (var document in _documents)
        {
            foreach (var sentence in _model.Tag(_resources.View(document.Sentences)))
            {
                entities += sentence.Count(l => l != NerLabels.Outside);
            }
        }

        return entities;
    }

    [Benchmark]
    public object ModelLoad()
    {
        using var stream = typeof(NerModel).Assembly.GetManifestResourceStream(NerModel.ResourceName)!;
        return NerModel.Load(stream, NerModel.ResourceName, _resources);
    }

    private static string? FindDev()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var path = Path.Combine(dir.FullName, "..", "shared", "data", "conll2003", "dev.txt");
            if (File.Exists(path))
            {
                return path;
            }
        }

        return null;
    }

    private static List<NerDocument> ExampleDocuments()
    {
        var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "examples", "kerry-lavrov-moscow.txt"));
        var document = new Analyzer([new Text.ParagraphFinder(), new Text.Tokenizer(), new Text.SentenceSplitter()])
            .Analyze(Reading.PlainTextReader.FromText(text, "example"));
        var sentences = document.Sentences.Select(s => Enumerable.Range(s.FirstToken, s.TokenCount).Select(t => document.Slice(document.Tokens[t])).ToArray()).ToList();
        return [.. Enumerable.Repeat(new NerDocument(sentences, sentences.Select(s => s.Select(_ => "O").ToArray()).ToList()), 50)];
    }
}
