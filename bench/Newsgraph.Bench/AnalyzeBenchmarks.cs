using BenchmarkDotNet.Attributes;
using Newsgraph.Reading;

namespace Newsgraph.Bench;

/// <summary>The whole analyze pipeline on the example article; words per second = words / mean time.</summary>
[MemoryDiagnoser]
public class AnalyzeBenchmarks
{
    private Analyzer _analyzer = null!;
    private Document _document = null!;

    [GlobalSetup]
    public void Setup()
    {
        _analyzer = new Analyzer();
        _document = PlainTextReader.FromText(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "examples", "kerry-lavrov-moscow.txt")), "example");
        _analyzer.Analyze(_document);
    }

    [Benchmark]
    public Document Analyze() => _analyzer.Analyze(_document);
}
