using System.Collections.Immutable;
using Newsgraph.Entities;
using Newsgraph.Model;
using Newsgraph.Pipeline;
using Newsgraph.Reading;
using Newsgraph.Text;

namespace Newsgraph.Tests.Entities;

/// <summary>Builds hand-written documents up to the name layer, the way the default pipeline does, and resolves them.</summary>
internal static class EntityTestDocuments
{
    private static readonly AnalysisPipeline Structure = new([new ParagraphFinder(), new Tokenizer(), new SentenceSplitter(), new NameFinder()]);

    /// <summary>A document of <paramref name="text"/> (no headline unless asked) with tokens, sentences and names.</summary>
    public static Document Named(string text, bool headline = false) =>
        Structure.Run(PlainTextReader.FromText(text, "test", new ReadOptions { HasHeadline = headline }));

    /// <summary>Names, then the given quotes (as a quote finder would set them), then the entity resolver.</summary>
    public static Document Resolved(string text, bool headline = false, params Quote[] quotes)
    {
        var document = Named(text, headline).With(Layers.Quotes, [.. quotes]);
        return document.With(new EntityResolver().Run(document));
    }

    public static Document Example(params Quote[] quotes)
    {
        // The rule-based name finder, so that these cases test the resolver and not whichever tagger is current.
        var document = Structure.Run(ArticleReader.ReadFile(FixturePath("kerry-lavrov-moscow.txt"))[0]);
        document = document.With(Layers.Quotes, [.. quotes]);
        return document.With(new EntityResolver().Run(document));
    }

    public static string ExampleText => ArticleReader.ReadFile(FixturePath("kerry-lavrov-moscow.txt"))[0].Text;

    /// <summary>The span of the <paramref name="nth"/> (from 1) occurrence of <paramref name="what"/>.</summary>
    public static TextSpan Find(string text, string what, int nth = 1)
    {
        var at = -1;
        for (var i = 0; i < nth; i++)
        {
            at = text.IndexOf(what, at + 1, StringComparison.Ordinal);
            Assert.True(at >= 0, $"'{what}' occurs fewer than {nth} times");
        }

        return new TextSpan(at, at + what.Length);
    }

    /// <summary>A quote whose content is the <paramref name="content"/> text and whose speaker mention is the given occurrence.</summary>
    public static Quote Quote(string text, string content, string speaker, int speakerNth = 1) =>
        new(QuoteKind.Direct, Find(text, content)) { Speaker = Find(text, speaker, speakerNth) };

    /// <summary>A quote whose speaker is <paramref name="speaker"/> where it ends the text <paramref name="context"/>.</summary>
    public static Quote QuoteIn(string text, string content, string context, string speaker)
    {
        var at = Find(text, context);
        Assert.EndsWith(speaker, context, StringComparison.Ordinal);
        return new(QuoteKind.Direct, Find(text, content)) { Speaker = new TextSpan(at.End - speaker.Length, at.End) };
    }

    public static ImmutableArray<(string Text, EntityType Type)> Names(Document document) =>
        [.. document.Get(Layers.Names).Select(m => (document.Slice(m.Span), m.Type))];

    /// <summary>The entity that has a mention exactly at the <paramref name="nth"/> occurrence of <paramref name="what"/>.</summary>
    public static Entity? EntityAt(Document document, string what, int nth = 1)
    {
        var span = Find(document.Text, what, nth);
        var mentions = document.Get(Layers.Mentions);
        return document.Get(Layers.Entities).FirstOrDefault(e => e.Mentions.Any(i => mentions[i].Span == span));
    }

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
