using Newsgraph.Model;
using Newsgraph.Pipeline;
using Newsgraph.Reading;
using Newsgraph.Text;

namespace Newsgraph.Tests.Facts;

/// <summary>Hand-built documents for the fact finders: structure, tokens and sentences, with a publication date.</summary>
internal static class FactsTestDocuments
{
    public static Document Structured(string text, DateOnly? published = null)
    {
        var document = new Document(text, new DocumentInfo { Published = published });
        IComponent[] structure = [new ParagraphFinder(), new Tokenizer(), new SentenceSplitter()];
        foreach (var component in structure)
        {
            document = document.With(component.Run(document));
        }

        return document;
    }

    public static DateOnly Day(string iso) => DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The founding example article, analysed with the default pipeline as published on 2015-12-15.</summary>
    public static Document Example()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "examples", "kerry-lavrov-moscow.txt");
        var document = ArticleReader.ReadFile(path, new ReadOptions { Published = Day("2015-12-15") })[0];
        return new Analyzer().Analyze(document);
    }

    /// <summary>The span of <paramref name="target"/> inside the first occurrence of <paramref name="context"/>.</summary>
    public static TextSpan Find(Document document, string context, string target)
    {
        var at = document.Text.IndexOf(context, StringComparison.Ordinal);
        Assert.True(at >= 0, $"'{context}' is not in the text");
        var inner = context.IndexOf(target, StringComparison.Ordinal);
        Assert.True(inner >= 0, $"'{target}' is not in '{context}'");
        return new TextSpan(at + inner, at + inner + target.Length);
    }
}
