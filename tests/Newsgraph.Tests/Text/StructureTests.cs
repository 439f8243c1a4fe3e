using Newsgraph.Model;
using Newsgraph.Reading;

namespace Newsgraph.Tests.Text;

public class StructureTests
{
    private static readonly Analyzer Analyzer = new();

    private static Document Analyze(string text) => Analyzer.Analyze(PlainTextReader.FromText(text, "test"));

    private static string[] SentenceTexts(Document document) => [.. document.Sentences.Select(s => document.Slice(s.Span))];

    [Fact]
    public void Headline_caption_and_second_story_are_recognised()
    {
        var document = Analyze(
            "Kerry Says Washington And Moscow Agree\n\nTroops advance\nTroops advance\n\nRussia and the US agreed.\n\n"
            + "• A TURKISH MP faces charges\n\nA treason investigation has been launched.");
        Assert.Equal(
            [ParagraphKind.Headline, ParagraphKind.Caption, ParagraphKind.Caption, ParagraphKind.Body, ParagraphKind.StoryHeadline, ParagraphKind.Body],
            document.Paragraphs.Select(p => p.Kind));
        Assert.Equal([0, 0, 0, 0, 1, 1], document.Paragraphs.Select(p => p.Story));
    }

    [Fact]
    public void Without_blank_lines_each_line_is_a_paragraph()
    {
        var document = Analyze("Title\nFirst paragraph here.\nSecond paragraph here.");
        Assert.Equal(3, document.Paragraphs.Length);
    }

    [Fact]
    public void Hard_wrapped_lines_stay_in_one_paragraph_when_blank_lines_separate_paragraphs()
    {
        var document = Analyze("Title\n\nThe first paragraph is\nwrapped over two lines.\n\nThe second one.");
        Assert.Equal(3, document.Paragraphs.Length);
        Assert.Equal("The first paragraph is\nwrapped over two lines.", document.Slice(document.Paragraphs[1].Span));
    }

    [Theory]
    [InlineData("Mr. Kerry met Sen. Smith in Washington. They talked.", new[] { "Mr. Kerry met Sen. Smith in Washington.", "They talked." })]
    [InlineData("He lives in the U.S. The president said no.", new[] { "He lives in the U.S.", "The president said no." })]
    [InlineData("The U.S. Army said no.", new[] { "The U.S. Army said no." })]
    [InlineData("‘We agree.’ Kerry said more.", new[] { "‘We agree.’", "Kerry said more." })]
    [InlineData("“Is it over?” he asked. No.", new[] { "“Is it over?” he asked.", "No." })]
    [InlineData("It rose 3.5 percent. Prices fell.", new[] { "It rose 3.5 percent.", "Prices fell." })]
    [InlineData("John F. Kennedy spoke. Then he left.", new[] { "John F. Kennedy spoke.", "Then he left." })]
    [InlineData("It came on Jan. 5 at 10 a.m. It ended soon.", new[] { "It came on Jan. 5 at 10 a.m.", "It ended soon." })]
    [InlineData("Wait... What happened?", new[] { "Wait...", "What happened?" })]
    public void Sentences_end_where_news_sentences_end(string body, string[] expected)
    {
        var document = Analyzer.Analyze(PlainTextReader.FromText(body, "test", new ReadOptions { HasHeadline = false }));
        Assert.Equal(expected, SentenceTexts(document));
    }

    [Fact]
    public void Sentences_never_cross_paragraphs()
    {
        var document = Analyze("Title\n\nNo full stop here\n\nNext paragraph.");
        Assert.Equal(["Title", "No full stop here", "Next paragraph."], SentenceTexts(document));
    }
}
