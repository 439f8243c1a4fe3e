using Newsgraph.Model;
using Newsgraph.Pipeline;
using static Newsgraph.Tests.Facts.FactsTestDocuments;

namespace Newsgraph.Tests.Facts;

/// <summary>
/// The dates, counts and hedges of the founding example article (published 2015-12-15), each checked by reading the
/// text: the weekday rules follow the tense of each clause, "March 19" takes its year from "August 21, 2013".
/// </summary>
public class ExampleArticleTests
{
    private static readonly Lazy<Document> Article = new(Example);

    [Theory]
    [InlineData("Putin and Lavrov on Tuesday", "Tuesday", "2015-12-15")]
    [InlineData("New York on Friday would go ahead", "Friday", "2015-12-18")]
    [InlineData("after Friday’s meeting", "Friday", "2015-12-18")]
    [InlineData("aired on RT on Monday", "Monday", "2015-12-14")]
    [InlineData("Ministry of Justice on Thursday", "Thursday", "2015-12-17")]
    [InlineData("On Tuesday, MP Erdem issued", "Tuesday", "2015-12-15")]
    [InlineData("Kanal 24 on Tuesday", "Tuesday", "2015-12-15")]
    [InlineData("This year, Kerry", "This year", "2015")]
    [InlineData("In May, the two met", "May", "2015-05")]
    [InlineData("court investigation in 2013", "2013", "2013")]
    [InlineData("the early hours of August 21, 2013", "August 21, 2013", "2013-08-21")]
    [InlineData("the early hours of August 21, 2013", "the early hours", "2013-08-21TNI")]
    [InlineData("on the very day a UN team", "the very day", "2013-08-21")]
    [InlineData("the alleged March 19 chemical attack", "March 19", "2013-03-19")]
    [InlineData("planned for some 90 minutes", "some 90 minutes", "PT90M")]
    [InlineData("lasted for over four hours", "over four hours", "PT4H")]
    [InlineData("after more than three and a half hours of talks", "more than three and a half hours", "PT3H30M")]
    public void Dates(string context, string expression, string value)
    {
        var span = Find(Article.Value, context, expression);
        var date = Article.Value.Get(Layers.Dates).SingleOrDefault(d => d.Span == span);
        Assert.True(date is not null, $"no date at '{expression}' in '{context}'");
        Assert.Equal(value, date.Value);
    }

    [Fact]
    public void No_date_in_codes_or_names()
    {
        var dates = Article.Value.Get(Layers.Dates);
        foreach (var (context, target) in new[] { ("coded 2013/139", "2013/139"), ("Today’s Zaman cited", "Today"), ("Kanal 24", "24") })
        {
            var span = Find(Article.Value, context, target);
            Assert.DoesNotContain(dates, d => d.Span.Overlaps(span));
        }
    }

    [Theory]
    [InlineData("more than 1,400 people", 1400, "more than", "people", "kill", null)]
    [InlineData("no fewer than 426 children", 426, "no fewer than", "children", "kill", null)]
    [InlineData("five Turkish citizens", 5, null, "citizens", "arrest", null)]
    [InlineData("some 90 minutes", 90, "some", null, null, "minute")]
    [InlineData("over four hours", 4, "over", null, null, "hour")]
    [InlineData("more than three and a half hours", 3.5, "more than", null, null, "hour")]
    [InlineData("two countries", 2, null, "countries", null, null)]
    public void Counts(string text, double number, string? qualifier, string? what, string? ev, string? unit)
    {
        var span = Find(Article.Value, text, text);
        var count = Article.Value.Get(Layers.Counts).SingleOrDefault(c => c.Span == span);
        Assert.True(count is not null, $"no count at '{text}': " + string.Join("; ", Article.Value.Get(Layers.Counts).Select(c => Article.Value.Slice(c.Span))));
        Assert.Equal(number, count.Number);
        Assert.Equal(qualifier, count.Qualifier);
        Assert.Equal(what, count.What);
        Assert.Equal(ev, count.Event);
        Assert.Equal(unit, count.Unit);
    }

    [Fact]
    public void No_count_in_dates_codes_or_names()
    {
        var counts = Article.Value.Get(Layers.Counts);
        foreach (var (context, target) in new[] { ("coded 2013/139", "2013/139"), ("the 2013/139 investigation", "2013/139"), ("Kanal 24", "24"), ("August 21, 2013", "21"), ("March 19", "19"), ("investigation in 2013", "2013") })
        {
            var span = Find(Article.Value, context, target);
            Assert.DoesNotContain(counts, c => c.Span.Overlaps(span));
        }
    }

    [Theory]
    [InlineData("were reportedly fired", "reportedly", "Rockets containing sarin gas were reportedly fired")]
    [InlineData("the alleged March 19", "alleged", "March 19 chemical attack in Khan al-Assal")]
    [InlineData("Eren Erdem claimed he", "claimed", "he had received death threats over social media")]
    [InlineData("MP who alleged in", "alleged", "Islamic State jihadists delivered deadly sarin gas to Syria through Turkey")]
    public void Hedges(string context, string cue, string claimStart)
    {
        var span = Find(Article.Value, context, cue);
        var hedge = Article.Value.Get(Layers.Hedges).SingleOrDefault(h => h.Span == span);
        Assert.True(hedge is not null, $"no hedge at '{cue}' in '{context}'");
        Assert.NotNull(hedge.Claim);
        Assert.StartsWith(claimStart, Article.Value.Slice(hedge.Claim!.Value), StringComparison.Ordinal);
    }
}
