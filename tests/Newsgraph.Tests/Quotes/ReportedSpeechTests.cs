using Newsgraph.Model;
using Newsgraph.Pipeline;
using Newsgraph.Quotes;
using Newsgraph.Text;

namespace Newsgraph.Tests.Quotes;

/// <summary>Reported-speech patterns learnt from PolNeAR train: clause boundaries, bare clauses, non-name sources, transcripts.</summary>
public class ReportedSpeechTests
{
    private static readonly Analyzer QuotesOnly = new([new ParagraphFinder(), new Tokenizer(), new SentenceSplitter(), new QuoteFinder()]);

    private static (Document Doc, Quote[] Quotes) Analyze(string text)
    {
        var document = QuotesOnly.Analyze(new Document(text));
        return (document, [.. document.Get(Layers.Quotes)]);
    }

    private static string? Slice(Document doc, TextSpan? span) => span is { } s ? doc.Slice(s) : null;

    /// <summary>The text holds exactly one quote, with this content and this speaker (null: none).</summary>
    private static void AssertOneQuote(string text, string content, string? speaker)
    {
        var (doc, quotes) = Analyze(text);
        var quote = Assert.Single(quotes);
        Assert.Equal(content, doc.Slice(quote.Content));
        Assert.Equal(speaker, Slice(doc, quote.Speaker));
    }

    [Theory]
    [InlineData("Six in 10 say he is at least somewhat decisive, while half said so in the earlier poll.", "he is at least somewhat decisive", "Six in 10")]
    [InlineData("O'Malley's campaign says it will shift staff from its Baltimore headquarters to the early states.",
        "it will shift staff from its Baltimore headquarters to the early states", "O'Malley's campaign")]
    [InlineData("Sixty-six percent said it made no difference to them.", "it made no difference to them", "Sixty-six percent")]
    [InlineData("He said members of the Supreme Court shouldn't weigh in on American elections.",
        "members of the Supreme Court shouldn't weigh in on American elections", "He")]
    [InlineData("Cruz said if elected president he could work effectively with GOP leadership.",
        "if elected president he could work effectively with GOP leadership", "Cruz")]
    [InlineData("Privately, some Democratic officials think Wasserman Schultz is at risk of losing her primary.",
        "Wasserman Schultz is at risk of losing her primary", "some Democratic officials")]
    [InlineData("Still, 52 percent of registered voters say they would at least consider voting for each Democrat.",
        "they would at least consider voting for each Democrat", "voters")]
    [InlineData("Mayor Lee says it means the city will lose its last bus line.", "it means the city will lose its last bus line", "Mayor Lee")]
    [InlineData("Governor Cuomo said at a briefing in Albany, New York, that the bridge would reopen in May.",
        "that the bridge would reopen in May", "Governor Cuomo")]
    [InlineData("To avoid delays, she said, voters should bring their documents.", "To avoid delays, she said, voters should bring their documents", "she")]
    [InlineData("The long adjustment, the economists concluded, never came.", "The long adjustment, the economists concluded, never came", "the economists")]
    [InlineData("Mr. Lee said Thursday he would leave the board.", "he would leave the board", "Mr. Lee")]
    [InlineData("On Tuesday, most of them said they had loved working there.", "they had loved working there", "most of them")]
    [InlineData("By double digits, those surveyed say stricter gun laws would help.", "stricter gun laws would help", "those surveyed")]
    [InlineData("When asked by a reporter whether the plan differed, the mayor paused.", "whether the plan differed", "a reporter")]
    [InlineData("As the paper noted, it is surprising because the party has not always agreed.",
        "it is surprising because the party has not always agreed", "the paper")]
    [InlineData("He is comparing the order to the earlier one and says Obama is flouting the process.", "Obama is flouting the process", "He")]
    [InlineData("Even so, three-quarters of the voters said they were worried about jobs.", "they were worried about jobs", "three-quarters of the voters")]
    [InlineData("Senator Ann Cole last week said the bill was dead.", "the bill was dead", "Senator Ann Cole")]
    [InlineData("Ray Dunn, 49, a Navy veteran, said the base should stay open.", "the base should stay open", "Ray Dunn")]
    [InlineData("The self-described democratic socialist said he would win the primary.", "he would win the primary", "The self-described democratic socialist")]
    [InlineData("The senator criticized the new governor, who took office in May.", "the new governor", "The senator")]
    public void ReportedClauseWithItsSpeaker(string text, string content, string speaker) => AssertOneQuote(text, content, speaker);

    [Fact]
    public void CueAfterAFinishedQuoteWithAClauseOfItsOwnReportsThatClause()
    {
        var (doc, quotes) = Analyze("\"It shows a lack of character.\" Reid said both senators are weak.");
        Assert.Equal(2, quotes.Length);
        Assert.Null(quotes[0].Speaker);
        Assert.Equal(("both senators are weak", "Reid"), (doc.Slice(quotes[1].Content), Slice(doc, quotes[1].Speaker)));
    }

    [Fact]
    public void QuestionPutToSomeoneIsContentWithoutSource() =>
        AssertOneQuote("The senator hesitated when asked in May if he would endorse the nominee.", "if he would endorse the nominee", null);

    [Fact]
    public void ADayIsNoSpeakerButThePollBeforeItIs()
    {
        var (doc, quotes) = Analyze("A Bloomberg poll released Tuesday shows Clinton ahead by four points.");
        Assert.All(quotes, q => Assert.NotEqual("Tuesday", Slice(doc, q.Speaker)));
        Assert.Contains(quotes, q => Slice(doc, q.Speaker) == "A Bloomberg poll");
    }

    [Fact]
    public void RelativeClauseIsNoAttributionOfTheClauseBeforeIt()
    {
        var (doc, quotes) = Analyze("Later, Swanson thanked the pastor Franklin Graham, who has vowed not to buy the cookies.");
        Assert.DoesNotContain(quotes, q => doc.Slice(q.Content).Contains("Swanson", StringComparison.Ordinal));
    }

    [Fact]
    public void SecondReportingVerbStartsItsOwnQuoteWithTheSameSpeaker()
    {
        var (doc, quotes) = Analyze("McCain said the talks had failed and said that a new round would begin in May.");
        Assert.Equal(2, quotes.Length);
        Assert.Equal("the talks had failed", doc.Slice(quotes[0].Content));
        Assert.Equal("that a new round would begin in May", doc.Slice(quotes[1].Content));
        Assert.All(quotes, q => Assert.Equal("McCain", Slice(doc, q.Speaker)));
    }

    [Theory]
    [InlineData("Clinton leads Sanders by 271 delegates according to a count by The Associated Press.",
        "Clinton leads Sanders by 271 delegates", "a count by The Associated Press")]
    [InlineData("According to state law, no one may solicit a person's vote within 150 feet of a polling location.",
        "no one may solicit a person's vote within 150 feet of a polling location", "state law")]
    public void AccordingToTakesSourcesThatAreNoNames(string text, string content, string source) => AssertOneQuote(text, content, source);

    [Fact]
    public void TranscriptTurnsAreQuotesOfTheirLabel()
    {
        var (doc, quotes) = Analyze("Debate night\n\nThe candidates met on Tuesday.\n\nPENCE: I think the American people know the choice.\n\n"
            + "\u201CKAINE: Well, that is simply not true, and you know it.\n\nQ: Did the service take care of you?\n");
        Assert.Equal(["PENCE", "KAINE", "Q"], quotes.Select(q => Slice(doc, q.Speaker)));
        Assert.Equal("Well, that is simply not true, and you know it.", doc.Slice(quotes[1].Content));
        Assert.All(quotes, q => Assert.Equal(":", Slice(doc, q.Cue)));
    }

    [Theory]
    [InlineData("Winter storm\n\nUPDATE: The road reopened at noon after crews cleared the snow.\n\nThe storm moved east.\n")]
    [InlineData("Markets\n\nTAPPER: Welcome back to the show, everyone, it is good to see you.\n\nStocks fell on Monday.\n")]
    public void OneLabelledParagraphOrANewsroomLabelIsNoTranscript(string text)
    {
        Assert.Empty(Analyze(text).Quotes);
    }

    [Fact]
    public void ParticipleAfterANumberModifiesANoun()
    {
        Assert.Empty(Analyze("Clinton now holds 271 pledged delegates more than her rival in the race.").Quotes);
    }

    [Fact]
    public void AskedLeadIsAQuestionWithoutSource()
    {
        var (doc, quotes) = Analyze("Asked if he was ever bullied as a child, the candidate laughed.");
        var quote = Assert.Single(quotes);
        Assert.Equal("if he was ever bullied as a child", doc.Slice(quote.Content));
        Assert.Null(quote.Speaker);
        Assert.Equal("Asked", Slice(doc, quote.Cue));
    }

    [Fact]
    public void NewsroomLabelIsNoHeadlineSpeaker()
    {
        var (doc, quotes) = Analyze("The Latest: Trump urges supporters to monitor polling places\n\nThe rally ended late on Monday.\n");
        Assert.DoesNotContain(quotes, q => Slice(doc, q.Speaker) == "The Latest");
    }

    [Theory]
    [InlineData("\"It is a hot item,\" said conservative activist Bob Klaus.", "conservative activist Bob Klaus")]
    [InlineData("\"It is a hot item,\" said former Utah governor Michael Leavitt, a Romney confidant.", "former Utah governor Michael Leavitt")]
    [InlineData("\"It is a hot item,\" said Republican strategist Rick Wilson.", "Republican strategist Rick Wilson")]
    [InlineData("\"It is a hot item,\" said White House press secretary Josh Earnest.", "White House press secretary Josh Earnest")]
    public void DescriptorBeforeANameAfterTheCueIsPartOfTheSpeaker(string text, string speaker) =>
        AssertOneQuote(text, "It is a hot item,", speaker);

    [Fact]
    public void ADescribedDayIsNoSpeaker()
    {
        var (doc, quotes) = Analyze("\"It is a hot item,\" said late Tuesday.");
        Assert.All(quotes, q => Assert.Null(Slice(doc, q.Speaker)));
    }

    [Fact]
    public void ThatInsideTheReportedClauseDoesNotStartIt() =>
        AssertOneQuote("Comey said there was clear evidence that Clinton was careless.", "there was clear evidence that Clinton was careless", "Comey");

    [Fact]
    public void ButThatContinuesTheReport() =>
        AssertOneQuote(
            "Ms. Compton said that she had opted not to join the line, but that they then met the Bushes.",
            "that she had opted not to join the line, but that they then met the Bushes",
            "Ms. Compton");
    [Theory]
    [InlineData("It uses the same photo over and over again, said Rita Katz, the director of SITE Intelligence Group, which tracks terrorist communications online.", "It uses the same photo over and over again", "Rita Katz")]
    [InlineData("It would be a distinct group for asylum, Sanders said, a policy that could change.", "It would be a distinct group for asylum", "Sanders")]
    [InlineData("It uses the same photo again, said Rita Katz, whose group tracks terrorists' communications.", "It uses the same photo again", "Rita Katz")]
    [InlineData("The rejection signals the end of the union, said Geert Wilders, founder of the Dutch Party for Freedom.", "The rejection signals the end of the union", "Geert Wilders")]
    public void AttributionWithALongDescriptionEndsTheSentence(string text, string content, string speaker) =>
        AssertOneQuote(text, content, speaker);

    [Fact]
    public void AnInsertedAttributionBeforeAClauseIsNoTail()
    {
        var (doc, quotes) = Analyze("Back in Virginia, Mr. Clarke said, he decided to take aim at the coal industry.");
        var quote = Assert.Single(quotes);
        Assert.Equal("Back in Virginia, Mr. Clarke said, he decided to take aim at the coal industry", doc.Slice(quote.Content));
    }

    [Theory]
    [InlineData("It ended a strike that company executives said could ultimately affect earnings.", "could ultimately affect earnings", "company executives")]
    [InlineData("Much of what he said were lies about the deal.", "were lies about the deal", "he")]
    [InlineData("The company, which he said had no debts at all, closed.", "had no debts at all", "he")]
    public void CueInsideARelativeClauseReportsTheVerbAfterIt(string text, string content, string speaker) =>
        AssertOneQuote(text, content, speaker);
    [Theory]
    [InlineData("Mike Shields, president of the Congressional Leadership Fund, a super PAC allied with House leadership, said every talk centers on a firewall.", "Mike Shields")]
    [InlineData("A White House official, who requested anonymity to discuss a private call, said the president has spoken with Emanuel.", "A White House official")]
    [InlineData("Gov. John Kasich, a Republican who has refused to endorse Mr. Trump, said the Khan family deserved better.", "Gov. John Kasich")]
    [InlineData("Sen. Marco Rubio, R-Fla., said Obama failed to address public concerns.", "Sen. Marco Rubio")]
    [InlineData("Mr. Manafort, citing the unique magic of Trump, said the candidate could win.", "Mr. Manafort")]
    [InlineData("Humphrey, who calls Trump a \"sociopath,\" said he doesn't believe the effort needs an alternative.", "Humphrey")]
    [InlineData("Sen. Jack Reed (D-Mass.), said he had not read the plan.", "Sen. Jack Reed")]
    public void SubjectSpeaksAcrossAnInsertBeforeTheCue(string text, string speaker)
    {
        var (doc, quotes) = Analyze(text);
        var said = Assert.Single(quotes, q => Slice(doc, q.Cue) == "said");
        Assert.Equal(speaker, Slice(doc, said.Speaker));
    }

    [Theory]
    [InlineData("In a Des Moines Register poll last month, Mr. Cruz had a 10 percentage-point lead.", "Mr. Cruz had a 10 percentage-point lead", "a Des Moines Register poll last month")]
    [InlineData("In the poll, conducted in early September, Clinton led Trump by 5 points.", "Clinton led Trump by 5 points", "the poll, conducted in early September")]
    [InlineData("Trump leads Clinton among men by 8 points, 49% to 41%, in the survey.", "Trump leads Clinton among men by 8 points, 49% to 41%", "the survey")]
    public void PollThatAClauseReportsFromIsItsSource(string text, string content, string source) =>
        AssertOneQuote(text, content, source);
    [Theory]
    [InlineData("Democrats trying to regain control of the Senate in November say they have a new weapon.", "they have a new weapon", "Democrats trying to regain control of the Senate in November")]
    [InlineData("But progressive groups that have endorsed him say superdelegates should choose.", "superdelegates should choose", "progressive groups that have endorsed him")]
    [InlineData("There is less consensus: 47% say the United States should send troops.", "the United States should send troops", "47%")]
    public void WholeSubjectWithItsModifiersSpeaks(string text, string content, string speaker) =>
        AssertOneQuote(text, content, speaker);

    [Fact]
    public void AVerbBeforeTheCueMakesNoSubject()
    {
        var (doc, quotes) = Analyze("Mr. Obama scrutinized the report and said it was wrong.");
        Assert.All(quotes, q => Assert.DoesNotContain("scrutinized", Slice(doc, q.Speaker) ?? "", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("The statement said the talks had failed.", "The statement")]
    [InlineData("His tweet said the talks had failed.", "His tweet")]
    public void AStatementSpeaksForItsAuthor(string text, string speaker) =>
        AssertOneQuote(text, "the talks had failed", speaker);
    [Theory]
    [InlineData("Most voters said they were not looking forward to the campaign; others were undecided.", "they were not looking forward to the campaign", "Most voters")]
    [InlineData("Frank VanderSloot said it took months to find a supporter, highlighting the disconnect in the party.", "it took months to find a supporter", "Frank VanderSloot")]
    [InlineData("Most voters said they were happy, compared with a third last year.", "they were happy", "Most voters")]
    [InlineData("The boy said his name was Mason, as the audience laughed.", "his name was Mason", "The boy")]
    [InlineData("Aides said it is the greatest threat, as well as a danger now.", "it is the greatest threat, as well as a danger now", "Aides")]
    [InlineData("Her aides say it is only fitting that, having overcome so much, she faces him now.", "it is only fitting that, having overcome so much, she faces him now", "Her aides")]
    public void TheReportersOwnWordsAfterTheClauseEndIt(string text, string content, string speaker) =>
        AssertOneQuote(text, content, speaker);

    [Theory]
    [InlineData("Many say the party is broken.", "the party is broken", "Many")]
    [InlineData("Some said it proves she cheated.", "it proves she cheated", "Some")]
    [InlineData("Both said they would vote for him.", "they would vote for him", "Both")]
    [InlineData("But some said it proves she cheated.", "it proves she cheated", "some")]
    [InlineData("The senator left, and many said it was too late.", "it was too late", "many")]
    public void AQuantifierThatOpensTheClauseIsItsSpeaker(string text, string content, string speaker) =>
        AssertOneQuote(text, content, speaker);

    [Fact]
    public void AQuantifierBeforeANounIsNoSpeaker()
    {
        var (_, quotes) = Analyze("The board gives residents some say in the plan.");
        Assert.Empty(quotes);
    }

    [Theory]
    [InlineData("Obama said he respects Clinton and praised her effort in the campaign.", "he respects Clinton", "Obama")]
    [InlineData("Sanders said the system is rigged and accused the party of favouring her.", "the system is rigged", "Sanders")]
    [InlineData("She said he was \"very charming\" and called his standing \"unheard of.\"", "he was \"very charming\"", "She")]
    [InlineData("He said the company had lost money and cut jobs in Ohio.", "the company had lost money and cut jobs in Ohio", "He")]
    public void ASecondActOfTheSpeakerAfterAndEndsTheReport(string text, string content, string speaker) =>
        AssertOneQuote(text, content, speaker);

    [Fact]
    public void AReportInALeadingSubordinateClauseEndsAtTheMainClause()
    {
        var (doc, quotes) = Analyze("While Comey said there was clear evidence that Clinton was careless, he said there is no precedent.");
        Assert.Equal(
            [("there was clear evidence that Clinton was careless", "Comey"), ("there is no precedent", "he")],
            quotes.Select(q => (doc.Slice(q.Content), Slice(doc, q.Speaker))));
    }

    [Fact]
    public void ALeadingConjunctionIsNoPartOfTheSpeaker()
    {
        var (doc, quotes) = Analyze("Although Trump acknowledges using the tax code, he does not defend it.");
        Assert.Equal("Trump", Slice(doc, Assert.Single(quotes).Speaker));
    }

    [Fact]
    public void NamingParticipleReportsItsObjectAndTheName() =>
        AssertOneQuote("He went on to endorse Ayotte, calling her \"a rising star.\"", "her \"a rising star.\"", "He");

    [Fact]
    public void AQuotedNameEndingInACommaEndsThePhraseUnlessTheListGoesOn()
    {
        var (doc, quotes) = Analyze("Trump called Cruz the \"ultimate hypocrite,\" linking to a story about an event.");
        Assert.Equal("Cruz the \"ultimate hypocrite,\"", doc.Slice(Assert.Single(quotes).Content));
        (doc, quotes) = Analyze("Trump called the senator a \"nasty guy,\" an \"anchor baby\" and \"sick.\"");
        Assert.Equal("the senator a \"nasty guy,\" an \"anchor baby\" and \"sick.\"", doc.Slice(Assert.Single(quotes).Content));
    }

    [Theory]
    [InlineData("Cornyn told reporters he was ready.", "he was ready")]
    [InlineData("Cornyn told the court he was ready.", "he was ready")]
    [InlineData("Cornyn assured them the plan would work.", "the plan would work")]
    [InlineData("Cornyn urged them to reconsider the plan.", "them to reconsider the plan")]
    public void TheListenerIsNoPartOfTheClauseAfterIt(string text, string content) =>
        AssertOneQuote(text, content, "Cornyn");
    [Theory]
    [InlineData("The plan has failed completely, police said.", "The plan has failed completely", "police")]
    [InlineData("Cruz will change his ways, a source close to him said.", "Cruz will change his ways", "a source close to him")]
    [InlineData("Adelson said on Friday he met Donald Trump this week.", "he met Donald Trump this week", "Adelson")]
    [InlineData("In response, Twitter said it actively investigated threats.", "it actively investigated threats", "Twitter")]
    [InlineData("Many speakers at the service — including Muslims, Christians and Jews — said his death is painful.", "his death is painful", "Many speakers at the service")]
    public void CommonNewsAttributions(string text, string content, string speaker) =>
        AssertOneQuote(text, content, speaker);
    [Theory]
    [InlineData("Sen. Chris Murphy (a Connecticut Democrat so boyish he has been mistaken for a staffer) says he was unfocused.", "he was unfocused", "Sen. Chris Murphy")]
    [InlineData("The Census Bureau says Millennials, numbering 75.3 million, surpassed Baby Boomers in 2015.", "Millennials, numbering 75.3 million, surpassed Baby Boomers in 2015", "The Census Bureau")]
    [InlineData("Investment helped the global economy after the crisis, official says.", "Investment helped the global economy after the crisis", "official")]
    public void LongBracketsParticiplesInTheSubjectAndBareTitles(string text, string content, string speaker) =>
        AssertOneQuote(text, content, speaker);
    [Fact]
    public void AHearsayAdverbReportsItsClauseWithNoSpeaker()
    {
        AssertOneQuote("The Club for Growth is reportedly spending $1.5 million on advertisements.", "The Club for Growth is reportedly spending $1.5 million on advertisements", null);
        AssertOneQuote("Reportedly, he made comments to co-workers.", "he made comments to co-workers", null);
        AssertOneQuote("Trump reportedly said the plan was dead.", "the plan was dead", "Trump");
    }

    [Theory]
    [InlineData("EXCLUSIVE – Roger Stone: Don’t Trust the Voting Machines", "Don’t Trust the Voting Machines", "Roger Stone")]
    [InlineData("Obama To Asians Worried About U.S. Election: It’s Going To Be OK", "It’s Going To Be OK", "Obama")]
    public void AHeadlineColonAfterALabelOrBeforeAPrepositionNamesItsSpeaker(string headline, string content, string speaker)
    {
        var document = Assert.Single(Newsgraph.Reading.ArticleReader.Read(
            System.Text.Encoding.UTF8.GetBytes(headline + "\n\nThe body of the story begins here with some words.\n"), "test"));
        var doc = QuotesOnly.Analyze(document);
        var quote = Assert.Single(doc.Get(Layers.Quotes));
        Assert.Equal((content, speaker), (doc.Slice(quote.Content), Slice(doc, quote.Speaker)));
    }
    [Theory]
    [InlineData("Editor's note: Donald Trump regularly incites political violence.")]
    [InlineData("Baker wrote the letter on Tuesday to the State Department.")]
    [InlineData("The sheriff's deputies continued their search for the devices.")]
    public void ANounOrAnObjectAfterAReportingWordReportsNothing(string text) =>
        Assert.Empty(Analyze(text).Quotes);

    [Theory]
    [InlineData("Baker wrote that the letter was sent on Tuesday.", "that the letter was sent on Tuesday")]
    [InlineData("Baker wrote he had sent the letter.", "he had sent the letter")]
    [InlineData("Baker maintained this statement was made in 2013.", "this statement was made in 2013")]
    public void AClauseAfterAnObjectTakingVerbNeedsThatOrAPronoun(string text, string content) =>
        AssertOneQuote(text, content, "Baker");

    [Fact]
    public void APossessiveReportingNounReportsWithThat()
    {
        var (doc, quotes) = Analyze("Baker's claim that the letter was sent on Tuesday is false.");
        Assert.Contains(quotes, q => doc.Slice(q.Content).Contains("the letter was sent on Tuesday", StringComparison.Ordinal));
    }
    [Fact]
    public void ADiscourseAdverbBetweenCommasStandsOutsideTheClause() =>
        AssertOneQuote("He said, however, that he hopes somebody else takes up the cause.", "that he hopes somebody else takes up the cause", "He");

    [Fact]
    public void APrepositionalPhraseAfterTheSpeakerKeepsTheAttributionATail() =>
        AssertOneQuote(
            "The program has attracted a loyal following, said Ms. Gil, with games held every night.",
            "The program has attracted a loyal following",
            "Ms. Gil");
    [Fact]
    public void AnOutletInCapitalsIsTheChannel()
    {
        var (doc, quotes) = Analyze("The union will sit out the election, Phil Smith told POLITICO earlier this week.");
        var quote = Assert.Single(quotes);
        Assert.Equal(("The union will sit out the election", "Phil Smith", "POLITICO"), (doc.Slice(quote.Content), Slice(doc, quote.Speaker), Slice(doc, quote.Channel)));
    }
    [Fact]
    public void AClauseBetweenCommasIsNoAppositiveOfTheSpeaker()
    {
        var (doc, quotes) = Analyze("Even as the race moves on, the race will be tight, said Dan Gerstein, an analyst in New York.");
        Assert.Equal("Dan Gerstein", Slice(doc, Assert.Single(quotes).Speaker));
        AssertOneQuote("Hugh Hill, a doctor who was there, said the plan failed.", "the plan failed", "Hugh Hill");
    }
    [Theory]
    [InlineData("Fundraising, according to the campaign, has surged in the same period.", "Fundraising, according to the campaign, has surged in the same period", "the campaign")]
    [InlineData("According to her \"clawback\" plan, firms moving abroad must repay any assistance.", "firms moving abroad must repay any assistance", "her \"clawback\" plan")]
    [InlineData("It has not gone unnoticed: According to recent polls, Trump holds 14 percent of the vote.", "Trump holds 14 percent of the vote", "recent polls")]
    [InlineData("Some Americans would see their taxes go up, according to an analysis by Lily Batchelder, a former adviser.", "Some Americans would see their taxes go up", "an analysis")]
    public void SourcesAfterAccordingTo(string text, string content, string source) =>
        AssertOneQuote(text, content, source);
    [Fact]
    public void WhenAQuestionWasAskedIsNoPartOfIt() =>
        AssertOneQuote("Sanders was evasive when asked why he had yet to endorse Clinton during an appearance on CBS.", "why he had yet to endorse Clinton", null);
    [Theory]
    [InlineData("The senator said he introduced legislation to do that.", "he introduced legislation to do that", "The senator")]
    [InlineData("Executives said the coverage would more closely resemble that of its parent network.", "the coverage would more closely resemble that of its parent network", "Executives")]
    public void AThatAtTheEndOrBeforeOfIsAPronoun(string text, string content, string speaker) =>
        AssertOneQuote(text, content, speaker);

    [Fact]
    public void APronounSubjectSpeaksForTheSecondVerb()
    {
        var (doc, quotes) = Analyze("He's comparing the actions to the order and says Obama is flouting the process.");
        Assert.Contains(quotes, q => doc.Slice(q.Content) == "Obama is flouting the process" && Slice(doc, q.Speaker) == "He");
    }
}
