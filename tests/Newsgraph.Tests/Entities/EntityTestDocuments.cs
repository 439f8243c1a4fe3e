using Newsgraph.Entities;
using Newsgraph.Pipeline;
using Newsgraph.Reading;
using Newsgraph.Text;

namespace Newsgraph.Tests.Entities;

/// <summary>Builds hand-written documents up to the name layer, the way the default pipeline does.</summary>
internal static class EntityTestDocuments
{
    private static readonly AnalysisPipeline Structure = new([new ParagraphFinder(), new Tokenizer(), new SentenceSplitter(), new NameFinder()]);

    /// <summary>A document of <paramref name="text"/> (no headline unless asked) with tokens, sentences and names.</summary>
    public static Document Named(string text, bool headline = false) =>
        Structure.Run(PlainTextReader.FromText(text, "test", new ReadOptions { HasHeadline = headline }));

    public static string FixturePath(string name)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "examples", name);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException($"Example article '{name}' not found above {AppContext.BaseDirectory}.");
    }
}
