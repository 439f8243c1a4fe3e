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

    [Theory]
    [InlineData("As the Turkish media reported on Wednesday, the prosecutor's office is planning to send a summary.", "Turkish media", "the prosecutor's office is planning to send a summary")]
    [InlineData("The talks failed on Monday, according to Reuters.", "Reuters", "The talks failed on Monday")]
    [InlineData("Reuters reported that the talks had failed.", "Reuters", "the talks had failed")]
    [InlineData("According to state TV, the town was retaken.", "state TV", "the town was retaken")]
    public void Links_a_source_to_the_claim_it_is_cited_for(string text, string name, string claim)
    {
        var source = Assert.Single(Sources(text));
        Assert.Equal(name, source.Name);
        var span = Assert.Single(source.Claims);
        Assert.Equal(claim, text[span.Start..span.End]);
    }

    [Fact]
    public void Finds_the_sources_of_the_example_article()
    {
        var article = Example();
        var sources = SourceFinder.Find(article.With(Layers.Quotes, [])).ToDictionary(s => s.Name);
        Assert.Equal("outlet", sources["RT"].Kind);
        Assert.Equal(7, sources["RT"].Mentions.Length);
        Assert.Equal("outlet", sources["Today's Zaman"].Kind);
        Assert.Equal("outlet", sources["Kanal 24"].Kind);
        Assert.Equal("outlet", sources["Star daily"].Kind);
        Assert.Equal("social", sources["Twitter"].Kind);
        Assert.Equal("social", sources["social media"].Kind);
        Assert.Equal("document", sources["Turkish court investigation in 2013"].Kind);
        var claim = Assert.Single(sources["Turkish media"].Claims);
        Assert.StartsWith("the prosecutor’s office is planning to send a summary", article.Slice(claim), StringComparison.Ordinal);
    }
}
