using Newsgraph.Store;
using Newsgraph.Stories;

namespace Newsgraph.Tests.Store;

public sealed class StoryFinderTests
{
    private const string Flood =
        "Heavy rain flooded the river town of Carlisle on Sunday, forcing hundreds of residents from their homes. " +
        "Emergency crews used boats to rescue families trapped by the water, and the Environment Agency issued severe flood warnings " +
        "for the Eden valley. The mayor said the damage would take months to repair and asked the government for emergency funds.";

    private const string FloodUpdate =
        "Heavy rain flooded the river town of Carlisle on Sunday, forcing hundreds of residents from their homes. " +
        "Emergency crews used boats to rescue families trapped by the water, and the Environment Agency issued severe flood warnings " +
        "for the Eden valley. The mayor said the damage would take months to repair and asked the government for emergency funds. Updated at 18:00.";

    private const string FloodOtherOutlet =
        "Residents of Carlisle spent Monday clearing mud after the Eden burst its banks. Boats rescued trapped families as flood water " +
        "filled homes, and the Environment Agency kept its severe flood warnings in place. The mayor wants emergency funds from the government.";

    private const string Election =
        "Voters in Portugal go to the polls on Sunday in a parliamentary election that polls suggest the Socialists will win, " +
        "although without a majority. The campaign was dominated by housing costs and wages.";

    private const string Budget =
        "The finance minister presented a budget that raises taxes on tobacco and fuel while cutting income tax for low earners. " +
        "Opposition parties called the plan a gimmick ahead of the spring vote.";

    /// <summary>Unrelated articles of the same day, as any real store has, so that IDF tells topic words from common ones.</summary>
    private static readonly string[] Background =
    [
        "The central bank left interest rates unchanged on Thursday, saying inflation was close to its target and wages were rising slowly.",
        "A new museum of modern art opened in the old harbour warehouses, with works lent by collectors from across the country.",
        "The football club sacked its manager after a run of six defeats left the team two points above the relegation places.",
        "Scientists reported a new species of frog in the cloud forests of Ecuador, found during a survey of remote mountain streams.",
        "Shares in the carmaker fell after it recalled two hundred thousand vehicles over a fault in the braking system.",
        "The rail operator announced strikes on three days next month in a dispute over pay and the closure of ticket offices.",
        "A court jailed a former mayor for five years for taking bribes from builders in return for planning permission.",
        "The tech company unveiled a cheaper phone aimed at students, with a larger battery and a camera that works in low light.",
        "Doctors warned that waiting lists for hip operations had grown by a third in a year as hospitals struggled with staff shortages.",
        "The orchestra will tour Asia next spring, playing in Tokyo, Seoul and Shanghai with a programme of Brahms and Sibelius.",
        "Police appealed for witnesses after a lorry overturned on the motorway, closing both carriageways for most of the afternoon.",
        "The airline added flights to the Canary Islands for the winter as bookings for sunshine holidays rose sharply.",
    ];

    /// <summary>One numbering of words for all test articles, as one story search over a store has.</summary>
    private static readonly StoryTerms Terms = new();

    private static StoryArticle[] WithBackground(params StoryArticle[] articles) =>
        [.. articles, .. Background.Select((text, i) => Article(100 + i, "Background " + i, text, "2015-12-06"))];

    private static StoryArticle Article(int seq, string title, string text, string published, params string[] entities) =>
        StoryArticle.Of(seq, "a" + seq, title, DateOnly.Parse(published, System.Globalization.CultureInfo.InvariantCulture), text, MinHash.Compute(text).ToBytes(), entities, Terms);

    [Fact]
    public void CopiesAreNearDuplicatesAndAnotherReportOfTheEventJoinsThemAsOneEvent()
    {
        var articles = WithBackground(
            Article(1, "Floods hit Carlisle", Flood, "2015-12-06", "LOC:carlisle", "ORG:environment agency"),
            Article(2, "Floods hit Carlisle (updated)", FloodUpdate, "2015-12-06", "LOC:carlisle", "ORG:environment agency"),
            Article(3, "Carlisle clears up", FloodOtherOutlet, "2015-12-07", "LOC:carlisle", "ORG:environment agency"),
            Article(4, "Portugal votes", Election, "2015-12-06", "LOC:portugal"),
            Article(5, "Budget day", Budget, "2015-12-06"));

        var stories = StoryFinder.Find(articles);

        var copies = Assert.Single(stories, s => s.Kind == StoryKind.Duplicate);
        Assert.Equal([1L, 2L], copies.Articles.Select(a => a.Seq));
        var flood = Assert.Single(stories, s => s.Kind == StoryKind.Event);
        Assert.Equal([1L, 2L, 3L], flood.Articles.Select(a => a.Seq));
    }

    [Fact]
    public void ReportsOutsideTheTimeWindowAreNotOneEvent()
    {
        var articles = WithBackground(
            Article(1, "Floods hit Carlisle", Flood, "2015-12-06", "LOC:carlisle"),
            Article(2, "Carlisle clears up", FloodOtherOutlet, "2016-02-20", "LOC:carlisle"));

        Assert.Empty(StoryFinder.Find(articles));
        Assert.Single(StoryFinder.Find(articles, new StoryOptions { WindowDays = 90 }));
    }

    [Fact]
    public void AnUndatedReportJoinsAnEventOfAnyDate()
    {
        // The undated report comes first in the list and the dated one after the background: pairing walks by date, undated first.
        var undated = Article(2, "Carlisle clears up", FloodOtherOutlet, "2015-12-07", "LOC:carlisle") with { Published = null };
        var articles = WithBackground(undated, Article(1, "Floods hit Carlisle", Flood, "2016-03-01", "LOC:carlisle"));

        var story = Assert.Single(StoryFinder.Find(articles));
        Assert.Equal(StoryKind.Event, story.Kind);
        Assert.Equal([1L, 2L], story.Articles.Select(a => a.Seq).Order());
    }

    [Fact]
    public void SimilarWordsWithoutASharedEntityAreNotOneEvent()
    {
        var articles = WithBackground(
            Article(1, "Floods hit Carlisle", Flood, "2015-12-06", "LOC:carlisle"),
            Article(2, "Carlisle clears up", FloodOtherOutlet, "2015-12-07", "LOC:cumbria"));

        Assert.Empty(StoryFinder.Find(articles));
    }

    [Fact]
    public void MinHashEstimatesJaccardSimilarity()
    {
        Assert.Equal(1.0, MinHash.Compute(Flood).Similarity(MinHash.Compute(Flood)));
        Assert.InRange(MinHash.Compute(Flood).Similarity(MinHash.Compute(FloodUpdate)), 0.8, 1.0);
        Assert.InRange(MinHash.Compute(Flood).Similarity(MinHash.Compute(Election)), 0.0, 0.1);
        var bytes = MinHash.Compute(Budget).ToBytes();
        Assert.Equal(bytes, MinHash.FromBytes(bytes).ToBytes());
    }
}
