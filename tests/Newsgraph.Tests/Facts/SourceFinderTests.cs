using System.Collections.Immutable;
using Newsgraph.Facts.Sources;
using Newsgraph.Model;
using Newsgraph.Pipeline;
using static Newsgraph.Tests.Facts.FactsTestDocuments;

namespace Newsgraph.Tests.Facts;

public class SourceFinderTests
{
    private static TextSpan Span(string text, string part, int from = 0)
    {
        var at = text.IndexOf(part, from, StringComparison.Ordinal);
        Assert.True(at >= 0, $"'{part}' not in text");
        return new TextSpan(at, at + part.Length);
    }

    private static ImmutableArray<CitedSource> Sources(string text, params Quote[] quotes) =>
        SourceFinder.Find(Structured(text).With(Layers.Quotes, [.. quotes]));

    [Fact]
    public void Links_a_quote_to_the_outlet_it_was_told_to()
    {
        const string text = "‘Western sources know very well who carried out the attack,’ Erdem told RT.";
        var quote = new Quote(QuoteKind.Direct, Span(text, "Western sources know very well who carried out the attack"))
        {
            Cue = Span(text, "told"),
            Channel = Span(text, "RT"),
        };
        var source = Assert.Single(Sources(text, quote));
        Assert.Equal("RT", source.Name);
        Assert.Equal("outlet", source.Kind);
        Assert.Equal([0], source.Quotes.ToArray());
    }

    [Fact]
    public void Links_a_quote_to_the_source_it_is_according_to()
    {
        const string text = "The talks failed, according to Reuters.";
        var quote = new Quote(QuoteKind.Indirect, Span(text, "The talks failed")) { Cue = Span(text, "according to") };
        var source = Assert.Single(Sources(text, quote));
        Assert.Equal("Reuters", source.Name);
        Assert.Equal("agency", source.Kind);
        Assert.Equal([0], source.Quotes.ToArray());
    }

    [Fact]
    public void Links_a_quote_to_the_outlet_that_cited_it()
    {
        const string text = "Erdem should be stripped of his immunity to ‘pay for his deeds’ Today’s Zaman cited Küçük as saying.";
        var quote = new Quote(QuoteKind.Mixed, Span(text, "Erdem should be stripped of his immunity to ‘pay for his deeds")) { Cue = Span(text, "cited") };
        var source = Assert.Single(Sources(text, quote));
        Assert.Equal("Today's Zaman", source.Name);
        Assert.Equal("Today’s Zaman", text[source.Mentions[0].Start..source.Mentions[0].End]);
        Assert.Equal([0], source.Quotes.ToArray());
    }

    [Fact]
    public void Groups_aliases_and_every_mention()
    {
        const string text = "The AP reported the strike. The Associated Press said later that AP staff were safe.";
        var source = Assert.Single(Sources(text));
        Assert.Equal("Associated Press", source.Name);
        Assert.Equal(3, source.Mentions.Length);
        Assert.Empty(source.Quotes);
    }

    [Theory]
    [InlineData("As the Turkish media reported on Wednesday, the case was opened.", "Turkish media", "media")]
    [InlineData("Syrian state TV said the town was taken.", "Syrian state TV", "media")]
    [InlineData("He received death threats over social media.", "social media", "social")]
    [InlineData("A group published his address on Twitter.", "Twitter", "social")]
    [InlineData("He said the statement was based on the results of a Turkish court investigation in 2013.", "Turkish court investigation in 2013", "document")]
    [InlineData("According to a UN report, the gas was sarin.", "UN report", "document")]
    public void Finds_media_social_networks_and_documents(string text, string name, string kind)
    {
        var source = Assert.Single(Sources(text));
        Assert.Equal(name, source.Name);
        Assert.Equal(kind, source.Kind);
    }

    [Theory]
    [InlineData("A treason investigation has been launched against the MP.")]
    [InlineData("The Star Wars film opened.")]
    public void Ignores_documents_and_words_not_cited(string text) => Assert.Empty(Sources(text));
}
