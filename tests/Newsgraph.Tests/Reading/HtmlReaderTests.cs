using System.Text;
using Newsgraph.Reading;
using Newsgraph.Text;

namespace Newsgraph.Tests.Reading;

public sealed class HtmlReaderTests
{
    [Fact]
    public void ReadsTheBodyAloneWithHeadlineBylineDateAndCanonicalAddress()
    {
        var document = Assert.Single(ArticleReader.ReadFile(ReadingInputs.Path("article.html")));

        Assert.StartsWith("The harbour bridge reopened to traffic on Tuesday", document.Text, StringComparison.Ordinal);
        Assert.Contains("What changed", document.Text, StringComparison.Ordinal);
        Assert.Contains("A separate lane for bicycles", document.Text, StringComparison.Ordinal);
        Assert.EndsWith("banned them after ten o'clock.", document.Text, StringComparison.Ordinal);
        foreach (var furniture in new[] { "Home", "Share on", "Photo: Coastal", "Ferry fares", "Copyright", "By Maria Lopez", "not article text" })
        {
            Assert.DoesNotContain(furniture, document.Text, StringComparison.Ordinal);
        }

        Assert.Equal("Harbour bridge reopens after repairs", document.Info.Title);
        Assert.Null(document.Info.TitleSpan);
        Assert.Equal("Maria Lopez", document.Info.Byline);
        Assert.Equal(new DateOnly(2024, 3, 5), document.Info.Published);
        Assert.Equal("https://coastal.example/news/harbour-bridge-reopens", document.Info.Url);
    }

    [Fact]
    public void SeparatesParagraphsWithBlankLinesForTheParagraphFinder()
    {
        var document = Assert.Single(ArticleReader.ReadFile(ReadingInputs.Path("article.html")));

        // Three paragraphs, the subheading and two list items.
        Assert.Equal(6, ParagraphFinder.Find(document.Text).Length);
    }

    [Fact]
    public void BrokenHtmlWithUnclosedTagsStillGivesItsParagraphs()
    {
        var document = Assert.Single(ArticleReader.ReadFile(ReadingInputs.Path("broken.html")));

        Assert.Equal("Storm closes schools", document.Info.Title);
        Assert.Contains("Power was cut to 4,000 homes overnight, the utility said", document.Text, StringComparison.Ordinal);
        Assert.EndsWith("Forecasters expect calmer weather by Sunday", document.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void PageWithoutBodyIsAnErrorNamingTheFile()
    {
        var result = Assert.Single(ArticleReader.ReadEachFile(ReadingInputs.Path("no-body.html")));

        Assert.False(result.Succeeded);
        Assert.Contains("no-body.html", result.Error.Message, StringComparison.Ordinal);
        Assert.Contains("no article text", result.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Latin1PageWithoutDeclarationIsDecoded()
    {
        var document = Assert.Single(ArticleReader.ReadFile(ReadingInputs.Path("latin1-undeclared.html")));

        Assert.Equal("Café owners protest", document.Info.Title);
        Assert.Contains("cafés on the main square", document.Text, StringComparison.Ordinal);
        Assert.Contains("£500 a year", document.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void DeclaredWindows1252IsUsedForCurlyQuotes()
    {
        var html = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\"></head><body><p>\u201CWe are ready,\u201D the minister said on Monday after the talks ended.</p></body></html>";
        var bytes = CodePagesBytes(html);

        var document = HtmlReader.Read(bytes, "quotes.html");

        Assert.Equal("\u201CWe are ready,\u201D the minister said on Monday after the talks ended.", document.Text);
    }

    [Fact]
    public void JsonLdGivesTheDateWhenMetaTagsDoNot()
    {
        var html = """<html><head><script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","headline":"Rates held","datePublished":"2023-11-02T08:00:00Z","author":{"@type":"Person","name":"Ann Lee"}}]}</script></head><body><p>The central bank held its main interest rate at 4.5 percent on Thursday, as expected by most economists.</p></body></html>""";

        var document = HtmlReader.FromHtml(html, "rates.html");

        Assert.Equal("Rates held", document.Info.Title);
        Assert.Equal(new DateOnly(2023, 11, 2), document.Info.Published);
        Assert.Equal("Ann Lee", document.Info.Byline);
    }

    [Fact]
    public void PageWrappedInOneFormKeepsItsBody()
    {
        // ASP.NET WebForms pages put the whole page inside <form id="aspnetForm">; a search form still goes.
        const string html = """<html><body><form id="aspnetForm"><div><p>The city council approved the new budget on Tuesday after a long debate that lasted well into the night.</p></div></form><form class="search"><p>Search our site</p></form></body></html>""";

        var document = HtmlReader.FromHtml(html, "webforms.html");

        Assert.Equal("The city council approved the new budget on Tuesday after a long debate that lasted well into the night.", document.Text);
    }

    [Fact]
    public void PageHiddenFromScreenReadersBehindADialogKeepsItsBody()
    {
        const string html = """<html><body><div aria-hidden="true" id="page"><p>The city council approved the new budget on Tuesday after a long debate that lasted well into the night.</p><span aria-hidden="true">icon</span></div></body></html>""";

        var document = HtmlReader.FromHtml(html, "dialog.html");

        Assert.Equal("The city council approved the new budget on Tuesday after a long debate that lasted well into the night.", document.Text);
    }

    [Fact]
    public void PageBuiltByScriptFallsBackToTheJsonLdBody()
    {
        const string html = """<html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"Rates held","articleBody":"The central bank held its main interest rate at 4.5 percent on Thursday.\nMost economists had expected the decision, citing slowing inflation over the summer months."}</script></head><body><div id="root"><p>Loading the latest news for you, please wait.</p></div></body></html>""";

        var document = HtmlReader.FromHtml(html, "app.html");

        Assert.Equal("The central bank held its main interest rate at 4.5 percent on Thursday.\n\nMost economists had expected the decision, citing slowing inflation over the summer months.", document.Text);
    }

    private static byte[] CodePagesBytes(string text)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1252).GetBytes(text);
    }
}
