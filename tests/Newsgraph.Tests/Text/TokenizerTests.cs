using Newsgraph.Model;
using Newsgraph.Text;

namespace Newsgraph.Tests.Text;

public class TokenizerTests
{
    private static string[] Words(string text)
    {
        var tokens = Tokenizer.Tokenize(text);
        return [.. tokens.Select(t => text[t.Start..t.End])];
    }

    [Theory]
    [InlineData("Mr. Kerry met Sen. Smith.", new[] { "Mr.", "Kerry", "met", "Sen.", "Smith", "." })]
    [InlineData("The U.S. and U.N. agreed", new[] { "The", "U.S.", "and", "U.N.", "agreed" })]
    [InlineData("John F. Kennedy", new[] { "John", "F.", "Kennedy" })]
    [InlineData("more than 1,400 people", new[] { "more", "than", "1,400", "people" })]
    [InlineData("rose 3.5% to $12.50", new[] { "rose", "3.5", "%", "to", "$", "12.50" })]
    [InlineData("investigation coded 2013/139.", new[] { "investigation", "coded", "2013/139", "." })]
    [InlineData("the countries’ differences", new[] { "the", "countries", "’", "differences" })]
    [InlineData("Russia’s Foreign Ministry", new[] { "Russia", "’s", "Foreign", "Ministry" })]
    [InlineData("we don’t seek", new[] { "we", "do", "n’t", "seek" })]
    [InlineData("in the ’90s", new[] { "in", "the", "’90s" })]
    [InlineData("the US-led coalition", new[] { "the", "US-led", "coalition" })]
    [InlineData("see https://example.com/a?b=1. Then", new[] { "see", "https://example.com/a?b=1", ".", "Then" })]
    [InlineData("follow @newsgraph and #Syria", new[] { "follow", "@newsgraph", "and", "#Syria" })]
    [InlineData("by @handle𝐁𝐨𝐥𝐝 today", new[] { "by", "@handle𝐁𝐨𝐥𝐝", "today" })]
    [InlineData("Turkey – and the president", new[] { "Turkey", "–", "and", "the", "president" })]
    [InlineData("• A TURKISH MP", new[] { "•", "A", "TURKISH", "MP" })]
    [InlineData("at 10 a.m. on Jan. 5", new[] { "at", "10", "a.m.", "on", "Jan.", "5" })]
    [InlineData("AT&T said...", new[] { "AT&T", "said", "..." })]
    [InlineData("O’Brien said", new[] { "O’Brien", "said" })]
    [InlineData("rock ’n’ roll", new[] { "rock", "’n’", "roll" })]
    public void Splits_news_english(string text, string[] expected) => Assert.Equal(expected, Words(text));

    [Fact]
    public void Marks_quote_marks_and_numbers()
    {
        var tokens = Tokenizer.Tokenize("‘It is 1,400,’ he said.");
        Assert.Equal(TokenKind.QuoteMark, tokens[0].Kind);
        Assert.Equal(TokenKind.Number, tokens[3].Kind);
        Assert.Equal(TokenKind.QuoteMark, tokens[5].Kind);
    }

    [Fact]
    public void Keeps_astral_characters_whole()
    {
        const string text = "Fans 😀 cheered 𝐁𝐨𝐥𝐝";
        foreach (var token in Tokenizer.Tokenize(text))
        {
            Assert.False(char.IsLowSurrogate(text[token.Start]));
            Assert.False(char.IsHighSurrogate(text[token.End - 1]));
        }
    }
}
