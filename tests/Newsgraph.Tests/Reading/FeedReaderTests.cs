using Newsgraph.Reading;

namespace Newsgraph.Tests.Reading;

public sealed class FeedReaderTests
{
    [Fact]
    public void RssItemsBecomeDocumentsWithTheirHtmlDateAndLink()
    {
        var results = ArticleReader.ReadEachFile(ReadingInputs.Path("feed.rss")).ToList();

        Assert.All(results, r => Assert.True(r.Succeeded, r.ToString()));
        var first = results[0].Document!;
        Assert.Equal("The harbour bridge reopened to traffic on Tuesday after six months of repairs, the city council said.\n\n\"We finished two weeks ahead of schedule,\" said Tom Reyes.", first.Text);
        Assert.Equal("Harbour bridge reopens after repairs", first.Info.Title);
        Assert.Equal(new DateOnly(2024, 3, 5), first.Info.Published);
        Assert.Equal("https://coastal.example/news/harbour-bridge-reopens", first.Info.Url);
        Assert.EndsWith("feed.rss, item 1", first.Info.Origin, StringComparison.Ordinal);
        Assert.Equal("Ferry fares will rise by 4 percent in April, the operator said on Monday.", results[1].Document!.Text);
        Assert.Equal(2, results.Count);
    }

    [Fact]
    public void AtomEntriesUseContentOrSummary()
    {
        var documents = ArticleReader.ReadFile(ReadingInputs.Path("feed.atom"));

        Assert.Equal(2, documents.Count);
        Assert.Equal("The harbour bridge reopened to traffic on Tuesday after six months of repairs.\n\nCommuters welcomed the news.", documents[0].Text);
        Assert.Equal("Maria Lopez", documents[0].Info.Byline);
        Assert.Equal(new DateOnly(2024, 3, 5), documents[0].Info.Published);
        Assert.Equal("Dock workers returned to work on Monday after a three-day strike over pay.", documents[1].Text);
        Assert.Equal(new DateOnly(2024, 3, 4), documents[1].Info.Published);
    }

    [Fact]
    public void TextTitlesKeepWhatLooksLikeATagAndHtmlTitlesLoseTheirTags()
    {
        const string Rss = """
            <?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>
            <item><title>AMERICAN MOTORS &lt;AMO&gt; SALES OFF &amp;#8217;</title><link>https://wire.example/1</link><description>Sales fell.</description></item>
            </channel></rss>
            """;
        const string Atom = """
            <?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Wire</title><id>urn:wire</id><updated>2024-03-05T00:00:00Z</updated>
            <entry><title type="html">&lt;b&gt;Bold&lt;/b&gt; news</title><id>urn:1</id><updated>2024-03-05T00:00:00Z</updated><content type="html">Text one.</content></entry>
            <entry><title>Ticker &lt;AMO&gt;</title><id>urn:2</id><updated>2024-03-05T00:00:00Z</updated><content type="html">Text two.</content></entry>
            </feed>
            """;

        var rss = Assert.Single(ArticleReader.ReadEach(System.Text.Encoding.UTF8.GetBytes(Rss), "wire.rss")).Document!;
        Assert.Equal("AMERICAN MOTORS <AMO> SALES OFF \u2019", rss.Info.Title);
        var atom = ArticleReader.ReadEach(System.Text.Encoding.UTF8.GetBytes(Atom), "wire.atom").Select(r => r.Document!.Info.Title).ToList();
        Assert.Equal(["Bold news", "Ticker <AMO>"], atom);
    }

    [Fact]
    public void BadItemIsReportedAndTheOthersStillRead()
    {
        var results = ArticleReader.ReadEachFile(ReadingInputs.Path("feed-bad-item.rss")).ToList();

        Assert.Equal(3, results.Count);
        Assert.Equal("First story", results[0].Document?.Info.Title);
        Assert.False(results[1].Succeeded);
        Assert.Contains("feed-bad-item.rss, item 2", results[1].Error!.Message, StringComparison.Ordinal);
        Assert.Contains("sometime last week", results[1].Error!.Message, StringComparison.Ordinal);
        Assert.Equal("Third story", results[2].Document?.Info.Title);
    }

    [Fact]
    public void AllOrNothingReadThrowsForTheBadItem()
    {
        var e = Assert.Throws<InputException>(() => ArticleReader.ReadFile(ReadingInputs.Path("feed-bad-item.rss")));

        Assert.Contains("item 2", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FeedCutInTheMiddleKeepsTheItemsBeforeTheCut()
    {
        var bytes = ReadingInputs.Bytes("feed.rss");
        var cut = ReadingInputs.Cut(bytes, 0.8);

        var results = ArticleReader.ReadEach(cut, "cut.rss").ToList();

        Assert.Equal(2, results.Count);
        Assert.True(results[0].Succeeded);
        Assert.False(results[1].Succeeded);
        Assert.StartsWith("cut.rss, item 2: the feed is not well-formed XML", results[1].Error!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rss10ItemsAreReadFromTheirElements()
    {
        var document = Assert.Single(ArticleReader.ReadFile(ReadingInputs.Path("feed.rdf")));

        Assert.Equal("The harbour bridge reopened to traffic on Tuesday after six months of repairs.", document.Text);
        Assert.Equal("Harbour bridge reopens after repairs", document.Info.Title);
        Assert.Equal(new DateOnly(2024, 3, 5), document.Info.Published);
        Assert.Equal("https://coastal.example/news/harbour-bridge-reopens", document.Info.Url);
        Assert.Equal("Maria Lopez", document.Info.Byline);
    }
}
