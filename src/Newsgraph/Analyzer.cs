using Newsgraph.Entities;
using Newsgraph.Ner;
using Newsgraph.Pipeline;
using Newsgraph.Text;

namespace Newsgraph;

/// <summary>Runs the standard pipeline: structure, tokens and sentences, then every annotation Newsgraph makes.</summary>
public sealed class Analyzer
{
    private readonly AnalysisPipeline _pipeline;

    public Analyzer()
        : this(DefaultComponents())
    {
    }

    public Analyzer(IEnumerable<IComponent> components) => _pipeline = new AnalysisPipeline(components);

    public AnalysisPipeline Pipeline => _pipeline;

    public Document Analyze(Document document) => _pipeline.Run(document);

    public static IEnumerable<IComponent> DefaultComponents() =>
    [
        new ParagraphFinder(),
        new Tokenizer(),
        new SentenceSplitter(),
        new NameTagger(),
        new Quotes.QuoteFinder(),
        new EntityResolver(),
        new Facts.Dates.DateFinder(),
        new Facts.Counts.CountFinder(),
        new Facts.Hedges.HedgeFinder(),
        new Facts.Sources.SourceFinder(),
    ];
}
