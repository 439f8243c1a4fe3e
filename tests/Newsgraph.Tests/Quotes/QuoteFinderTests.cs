using Newsgraph.Model;
using Newsgraph.Pipeline;
using Newsgraph.Quotes;
using Newsgraph.Text;

namespace Newsgraph.Tests.Quotes;

public class QuoteFinderTests
{
    /// <summary>QuoteFinder alone, without the resolver that later rewrites speakers, so these cases test the finder.</summary>
    private static readonly Analyzer QuotesOnly = new([new ParagraphFinder(), new Tokenizer(), new SentenceSplitter(), new QuoteFinder()]);

    private static (Document Doc, Quote[] Quotes) Analyze(string text)
    {
        var document = QuotesOnly.Analyze(new Document(text));
        return (document, [.. document.Get(Layers.Quotes)]);
    }

    private static string? Slice(Document doc, TextSpan? span) => span is { } s ? doc.Slice(s) : null;

    private static Quote Single(string text, out Document doc)
    {
        var (d, quotes) = Analyze(text);
        doc = d;
        return Assert.Single(quotes);
    }

    /// <summary>The text holds exactly one quote, in these pieces, with this speaker.</summary>
    private static void AssertOneQuoteInPieces(string text, string[] pieces, string speaker)
    {
        var quote = Single(text, out var doc);
        Assert.Equal(pieces, quote.Pieces.Select(doc.Slice));
        Assert.Equal(speaker, Slice(doc, quote.Speaker));
    }

    [Theory]
    [InlineData("\"The deal is done,\" Smith said.", "The deal is done,", "Smith", "said")]
    [InlineData("\u201CWe are ready,\u201D said John Smith.", "We are ready,", "John Smith", "said")]
    [InlineData("\u2018We are ready,\u2019 the Russian foreign minister said.", "We are ready,", "the Russian foreign minister", "said")]
    [InlineData("\u00ABNous sommes pr\u00EAts\u00BB, the minister said.", "Nous sommes pr\u00EAts", "the minister", "said")]
    [InlineData("\u201CWe will win this fight.\u201D \u2013 Jane Doe", "We will win this fight.", "Jane Doe", "\u2013")]
    [InlineData("Kerry said: \u2018The US stands ready to work with Russia.\u2019", "The US stands ready to work with Russia.", "Kerry", "said")]
    [InlineData("\u201CWe are ready,\u201D he said.", "We are ready,", "he", "said")]
    public void DirectQuoteWithItsSpeakerAndCue(string text, string content, string speaker, string cue)
    {
        var quote = Single(text, out var doc);
        Assert.Equal(QuoteKind.Direct, quote.Kind);
        Assert.Equal(content, doc.Slice(quote.Content));
        Assert.Equal(speaker, Slice(doc, quote.Speaker));
        Assert.Equal(cue, Slice(doc, quote.Cue));
    }

    [Fact]
    public void ApostrophesAreNotClosingMarks()
    {
        var quote = Single("\u2018Despite our countries\u2019 differences, Russia\u2019s help since the \u201990s made progress,\u2019 Kerry said.", out var doc);
        Assert.Equal("Despite our countries\u2019 differences, Russia\u2019s help since the \u201990s made progress,", doc.Slice(quote.Content));
    }

    [Theory]
    [InlineData("He grew up in the \u201990s listening to rock \u2019n\u2019 roll on the radio.")]
    [InlineData("Dwayne \"The Rock\" Johnson arrived late for the premiere.")]
    [InlineData("The so-called \u2018reforms\u2019 failed within a year.")]
    public void ApostrophesNicknamesAndScareQuotesAreNotQuotes(string text)
    {
        Assert.Empty(Analyze(text).Quotes);
    }

    [Theory]
    [InlineData("In his 2002 book, ''Make Your Kid a Millionaire,'' Mr. McKinley suggested saving more.")]
    [InlineData("'All Bets Are Off.'\n\nEight years ago the race looked different.")]
    [InlineData("On Tuesday\u2019s episode of \u201CThe Steve Harvey Morning Show,\u201D the candidate spoke about policing.")]
    public void TitlesAndHeadingsInQuoteMarksAreNotDirectQuotes(string text)
    {
        Assert.DoesNotContain(Analyze(text).Quotes, q => q.Kind == QuoteKind.Direct);
    }

    [Fact]
    public void BookTitleIsNotADirectQuote()
    {
        var (doc, quotes) = Analyze("She read \u201CWar and Peace\u201D on the long train ride home.");
        Assert.DoesNotContain(quotes, q => q.Kind == QuoteKind.Direct || doc.Slice(q.Content) == "War and Peace");
    }

    [Fact]
    public void InterruptedQuoteIsOneQuoteWithTwoPieces()
    {
        var quote = Single("\u201CWe will win,\u201D he said, \u201Cand we will rebuild the country.\u201D", out var doc);
        Assert.Equal("We will win,\u201D he said, \u201Cand we will rebuild the country.", doc.Slice(quote.Content));
        Assert.Equal(["We will win,", "and we will rebuild the country."], quote.Pieces.Select(doc.Slice));
        Assert.Equal("he", Slice(doc, quote.Speaker));
    }

    [Fact]
    public void MultiParagraphQuoteRepeatsTheOpeningMark()
    {
        var (doc, quotes) = Analyze(
            "\u201CThe first thing I want to say is this,\u201D Smith said.\n\n\u201CWe will go on with this work.\n\n\u201CAnd this is where it ends.\u201D");
        Assert.Equal(2, quotes.Length);
        var second = quotes[1];
        Assert.Equal(["We will go on with this work.", "And this is where it ends."], second.Pieces.Select(doc.Slice));
        Assert.Equal("Smith", Slice(doc, second.Speaker));
    }

    [Fact]
    public void QuoteLeftOpenAtTheEndOfTheText()
    {
        var quote = Single("Jones told reporters: \u201CWe are not going anywhere, not now and not ever", out var doc);
        Assert.Equal("We are not going anywhere, not now and not ever", doc.Slice(quote.Content));
        Assert.Equal("Jones", Slice(doc, quote.Speaker));
    }

    [Fact]
    public void MismatchedMarksStillPair()
    {
        var quote = Single("\u201DToday you\u2019ve had comprehensive talks at Russia\u2019s Foreign Ministry,\u2019 Putin said to Kerry.", out var doc);
        Assert.Equal("Today you\u2019ve had comprehensive talks at Russia\u2019s Foreign Ministry,", doc.Slice(quote.Content));
        Assert.Equal("Putin", Slice(doc, quote.Speaker));
    }

    [Fact]
    public void OddNumberOfMarksKeepsTheQuoteInsideItsParagraph()
    {
        var (doc, quotes) = Analyze("Ann said the plan was \u201Csound and cheap.\n\nBob disagreed with her on every point.");
        var quote = Assert.Single(quotes);
        Assert.Equal("Ann", Slice(doc, quote.Speaker));
        Assert.DoesNotContain("Bob", doc.Slice(quote.Content), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Kerry said that the talks were productive.", "that the talks were productive", "Kerry", "said")]
    [InlineData("Kerry also noted that the talks were productive.", "that the talks were productive", "Kerry", "noted")]
    [InlineData("The talks were productive, Lavrov told journalists.", "The talks were productive", "Lavrov", "told")]
    [InlineData("The talks were productive, said the Russian foreign minister.", "The talks were productive", "the Russian foreign minister", "said")]
    [InlineData("According to the minister, the talks failed badly.", "the talks failed badly", "the minister", "According to")]
    [InlineData("Hugh Hill, a doctor, said the hospital was full.", "the hospital was full", "Hugh Hill", "said")]
    [InlineData("A spokesman for the White House warned that the deal could collapse.", "that the deal could collapse", "A spokesman for the White House", "warned")]
    public void IndirectQuote(string text, string content, string speaker, string cue)
    {
        var quote = Single(text, out var doc);
        Assert.Equal(QuoteKind.Indirect, quote.Kind);
        Assert.Equal(content, doc.Slice(quote.Content));
        Assert.Equal(speaker, Slice(doc, quote.Speaker));
        Assert.Equal(cue, Slice(doc, quote.Cue));
    }

    [Fact]
    public void ReportedClauseWithAQuotedFragmentIsMixed()
    {
        var quote = Single("He added that the two countries\u2019 officials had \u2018a productive day\u2019.", out var doc);
        Assert.Equal(QuoteKind.Mixed, quote.Kind);
        Assert.Equal("that the two countries\u2019 officials had \u2018a productive day\u2019", doc.Slice(quote.Content));
    }

    [Fact]
    public void QuotedFragmentBeforeAReportedClauseIsNotTheQuote()
    {
        var quote = Single("Calling the effort \u2018good diplomacy,\u2019 the top US diplomat said that the whole community benefits.", out var doc);
        Assert.Equal("that the whole community benefits", doc.Slice(quote.Content));
        Assert.Equal("the top US diplomat", Slice(doc, quote.Speaker));
    }

    [Fact]
    public void AddingThatContinuesTheSpeaker()
    {
        var (doc, quotes) = Analyze("The sides agreed on several steps, Lavrov told journalists, adding that some details remain open.");
        Assert.Equal(2, quotes.Length);
        Assert.Equal("that some details remain open", doc.Slice(quotes[1].Content));
        Assert.Equal("adding", Slice(doc, quotes[1].Cue));
        Assert.Equal("Lavrov", Slice(doc, quotes[1].Speaker));
    }

    [Fact]
    public void CitedAsSayingGivesSpeakerAndChannel()
    {
        var quote = Single("Erdem should be stripped of his immunity, Today\u2019s Zaman cited K\u00FC\u00E7\u00FCk as saying.", out var doc);
        Assert.Equal("K\u00FC\u00E7\u00FCk", Slice(doc, quote.Speaker));
        Assert.Equal("Today\u2019s Zaman", Slice(doc, quote.Channel));
        Assert.Equal("Erdem should be stripped of his immunity", doc.Slice(quote.Content));
    }

    [Fact]
    public void ToldANewsOutletGivesTheChannel()
    {
        var quote = Single("\u2018All basic materials are purchased from Europe,\u2019 Erdem told RT.", out var doc);
        Assert.Equal("RT", Slice(doc, quote.Channel));
        Assert.Equal("told", Slice(doc, quote.Cue));
    }

    [Fact]
    public void InterviewBeforeTheSpeakerGivesTheChannel()
    {
        var quote = Single("In an interview to Turkey\u2019s Kanal 24 on Tuesday, Cem K\u00FC\u00E7\u00FCk, a columnist, said that the claims were treason.", out var doc);
        Assert.Equal("Kanal 24", Slice(doc, quote.Channel));
        Assert.Equal("Cem K\u00FC\u00E7\u00FCk", Slice(doc, quote.Speaker));
    }

    [Fact]
    public void ToldAnAudienceGivesNoChannel()
    {
        var quote = Single("\u2018The US stands ready to work with Russia,\u2019 Kerry told journalists.", out _);
        Assert.Null(quote.Channel);
    }

    [Fact]
    public void ShortNameTakesTheFullerEarlierName()
    {
        var (_, quotes) = Analyze("US Secretary of State John Kerry arrived in Moscow.\n\n\u201CWe are ready,\u201D Kerry said.");
        Assert.Equal("John Kerry", Assert.Single(quotes).SpeakerName);
    }

    [Fact]
    public void RelativePronounSpeakerTakesItsAntecedentsName()
    {
        var quote = Single("The case targets Istanbul MP Eren Erdem, who alleged that the gas came through Turkey.", out var doc);
        Assert.Equal("who", Slice(doc, quote.Speaker));
        Assert.Equal("Eren Erdem", quote.SpeakerName);
    }

    [Theory]
    [InlineData("The case targets Istanbul MP Eren Erdem, who alleged that the gas came through Turkey.", "Eren Erdem")]
    [InlineData("The case targets a Turkish opposition MP who alleged that the gas came through Turkey.", "Turkish opposition MP")]
    public void ResolverKeepsTheRelativePronounsAntecedent(string text, string name)
    {
        var document = new Analyzer().Analyze(new Document(text));
        var quote = Assert.Single(document.Get(Layers.Quotes));
        Assert.Equal("who", Slice(document, quote.Speaker));
        Assert.NotNull(quote.SpeakerEntity);
        Assert.Equal(name, document.Get(Layers.Entities)[quote.SpeakerEntity.Value].Name);
    }

    [Fact]
    public void PronounSpeakerHasNoName()
    {
        var quote = Single("\u201CWe are ready,\u201D he said.", out _);
        Assert.Null(quote.SpeakerName);
    }

    [Fact]
    public void MismatchedOpeningMarkAfterAnEarlierQuote()
    {
        var (doc, quotes) = Analyze(
            "Putin said he \u2018is happy to meet\u2019. \u201DToday you\u2019ve had comprehensive talks,\u2019 Putin said to Kerry, referring to an earlier meeting.");
        var quote = Assert.Single(quotes, q => q.Kind == QuoteKind.Direct);
        Assert.Equal("Today you\u2019ve had comprehensive talks,", doc.Slice(quote.Content));
        Assert.Equal("Putin", Slice(doc, quote.Speaker));
    }

    [Fact]
    public void QuoteParagraphWithoutAttributionRunsOnFromThePreviousSpeaker()
    {
        var (doc, quotes) = Analyze(
            "\u2018We don\u2019t seek to isolate Russia,\u2019 Kerry said.\n\n\u2018But we have consistently said that the world is better off when we work together.\u2019");
        Assert.Equal(2, quotes.Length);
        Assert.Equal("Kerry", Slice(doc, quotes[1].Speaker));
    }

    [Fact]
    public void HeadlineWithANameAndAColonIsAttributed()
    {
        var document = Assert.Single(Newsgraph.Reading.ArticleReader.Read(
            System.Text.Encoding.UTF8.GetBytes("Pence: Trump Was \u2018Mocking\u2019 Clinton Camp.\n\nThe governor spoke on Sunday.\n"), "test"));
        var analysed = QuotesOnly.Analyze(document);
        var quote = Assert.Single(analysed.Get(Layers.Quotes));
        Assert.Equal("Pence", Slice(analysed, quote.Speaker));
        Assert.Equal(":", Slice(analysed, quote.Cue));
        Assert.Equal(QuoteKind.Mixed, quote.Kind);
    }

    [Theory]
    [InlineData("On Tuesday, MP Erdem issued a written statement in his defence.")]
    [InlineData("Trump made the comments at a rally in Ohio.")]
    [InlineData("Ankara\u2019s Chief Prosecutor\u2019s Office opened the case against the MP on Monday.")]
    public void NamingAStatementWithoutItsContentIsNoQuote(string text)
    {
        Assert.Empty(Analyze(text).Quotes);
    }

    [Fact]
    public void AStatementWithItsContentIsAQuote()
    {
        var quote = Single("The Trump campaign issued a statement saying that he meant gun owners would vote together.", out var doc);
        Assert.Equal("The Trump campaign", Slice(doc, quote.Speaker));
    }

    [Fact]
    public void ACueEndingInAColonAfterAFinishedQuoteLeadsTheNextQuote()
    {
        var (doc, quotes) = Analyze("\u201CYou meant that he created the vacuum.\u201D Trump replied: \u201CNo, I meant he\u2019s the founder of ISIS.\u201D");
        var quote = Assert.Single(quotes, q => q.Kind == QuoteKind.Direct && Slice(doc, q.Speaker) == "Trump");
        Assert.Equal("No, I meant he\u2019s the founder of ISIS.", doc.Slice(quote.Content));
    }

    [Fact]
    public void AddingBetweenTwoQuotesMakesTwoQuotes()
    {
        var (doc, quotes) = Analyze("\u201CWe started those conversations,\u201D Mr. Manafort said, adding of Mr. Trump, \u201CHe cares about the united team.\u201D");
        Assert.Equal(2, quotes.Length);
        Assert.Equal("He cares about the united team.", doc.Slice(quotes[1].Content));
        Assert.Equal("adding", Slice(doc, quotes[1].Cue));
        Assert.Equal("Mr. Manafort", Slice(doc, quotes[1].Speaker));
    }

    [Fact]
    public void AnAttributionBeforeAnOpeningMarkIntroducesThatQuote()
    {
        var (doc, quotes) = Analyze("Remarking upon Clinton\u2019s \u201Cgenuine empathy,\u201D Starr said, \u201CLeave aside the unpleasantness, his empathy is clear.\u201D");
        var quote = Assert.Single(quotes);
        Assert.Equal("Leave aside the unpleasantness, his empathy is clear.", doc.Slice(quote.Content));
        Assert.Equal("Starr", Slice(doc, quote.Speaker));
    }

    [Fact]
    public void AQuoteBetweenDashesStandsAlone()
    {
        var (doc, quotes) = Analyze("Neither man was impressed by Mrs. Clinton \u2014 \u201CBorn with a silver spoon in her mouth,\u201D Mr. Elkins said \u2014 but they could not back Mr. Trump.");
        var quote = Assert.Single(quotes);
        Assert.Equal(QuoteKind.Direct, quote.Kind);
        Assert.Equal("Born with a silver spoon in her mouth,", doc.Slice(quote.Content));
        Assert.Equal("Mr. Elkins", Slice(doc, quote.Speaker));
    }

    [Fact]
    public void ARoundupItemNamesItsSpeakerAfterADash()
    {
        var (doc, quotes) = Analyze("RED STATES OUTNUMBER BLUE STATES - Jeffrey M. Jones: \u201CTwenty states are solidly Republican or leaning Republican this year.\u201D");
        var quote = Assert.Single(quotes);
        Assert.Equal("Jeffrey M. Jones", Slice(doc, quote.Speaker));
        Assert.Equal("Twenty states are solidly Republican or leaning Republican this year.", doc.Slice(quote.Content));
    }

    [Theory]
    [InlineData("\u00AB")]
    [InlineData("\u201C")]
    [InlineData("\u2014 \u201C")]
    [InlineData("adding\u201990s\u2014")]
    public void AHeadlineOfMarksAloneGivesNoQuote(string text)
    {
        Assert.Empty(Analyze(text).Quotes);
    }

    [Fact]
    public void TextWithoutQuotesGivesNone()
    {
        Assert.Empty(Analyze("The weather was fine in Moscow on Tuesday.").Quotes);
        Assert.Empty(Analyze("").Quotes);
    }

    [Fact]
    public void QuoteSentenceAfterAnAttributedSentenceGoesOnWithItsQuote() => AssertOneQuoteInPieces(
        "Obama \"felt a moral obligation\" on climate, Axelrod said. \"This is core stuff for him.\"",
        ["Obama \"felt a moral obligation\" on climate", "This is core stuff for him."],
        "Axelrod");

    [Fact]
    public void AnAttributionBetweenALeadAndAQuoteThatGoesOnWithItMakesOneQuote() => AssertOneQuoteInPieces(
        "The club's heavy investment, Ms. Tanzer said, \"is a perfect example of adapting\" to the economics of golf.",
        ["The club's heavy investment", "\"is a perfect example of adapting\" to the economics of golf"],
        "Ms. Tanzer");

    [Fact]
    public void QuoteAfterAnAttributionEndingInAnAbbreviationGoesOn() => AssertOneQuoteInPieces(
        "\"Bernie seemed more transparent,\" said Rachel Woolard, 20, of Jacksonville, Fla. \"She is a politician.\"",
        ["Bernie seemed more transparent,", "She is a politician."],
        "Rachel Woolard");

    [Fact]
    public void AQuoteOpeningInCapitalsAfterALeadAndItsAttributionStandsAlone()
    {
        var quote = Single("As Freddy stumbled, Mr. Trump said, \"I watched him. And I learned from him.\"", out var doc);
        Assert.Equal("I watched him. And I learned from him.", doc.Slice(quote.Content));
    }

    [Fact]
    public void ARosterOfNamesAfterAColonIsNoQuote()
    {
        var (_, quotes) = Analyze(
            "The insiders were polled on Monday.\n\nIowa: Tim Albrecht, Brad Anderson, Rob Barron, Jeff Boeyink\n\nNevada: Adam Khan, Andres Ramirez, Andrew Diss, Bob Cavazos\n");
        Assert.Empty(quotes);
    }
}
