using Newsgraph.Facts.Counts;
using Newsgraph.Facts.Dates;
using Newsgraph.Model;
using Newsgraph.Pipeline;
using static Newsgraph.Tests.Facts.FactsTestDocuments;

namespace Newsgraph.Tests.Facts;

public class CountFinderTests
{
    private static List<(string Text, Count Count)> Counts(string text)
    {
        var document = Structured(text, Day("2015-12-15"));
        document = document.With(new DateFinder().Run(document));
        return [.. CountFinder.Find(document).Select(c => (text[c.Start..c.End], c))];
    }

    private static Count Single(string text, string expected)
    {
        var counts = Counts(text);
        var match = counts.Where(c => c.Text == expected).ToList();
        Assert.True(match.Count == 1, $"'{expected}' not found once in: {string.Join("; ", counts.Select(c => c.Text))}");
        return match[0].Count;
    }

    [Theory]
    [InlineData("At least 12 people were killed in the blast.", "At least 12 people", 12, "at least", "people", "kill")]
    [InlineData("Dozens of protesters were arrested on Sunday.", "Dozens of protesters", 24, null, "protesters", "arrest")]
    [InlineData("Hundreds of families were displaced by the floods.", "Hundreds of families", 200, null, "families", "displace")]
    [InlineData("Police evacuated about 3,000 residents.", "about 3,000 residents", 3000, "about", "residents", "evacuate")]
    [InlineData("Five people are still missing.", "Five people", 5, null, "people", "missing")]
    [InlineData("The blast wounded twenty-four soldiers.", "twenty-four soldiers", 24, null, "soldiers", "wound")]
    [InlineData("Up to 40 civilians died in the shelling.", "Up to 40 civilians", 40, "up to", "civilians", "kill")]
    [InlineData("The attack killed no fewer than 426 children.", "no fewer than 426 children", 426, "no fewer than", "children", "kill")]
    [InlineData("Officials said 2 million people had fled.", "2 million people", 2000000, null, "people", "displace")]
    public void Counts_people_and_what_happened_to_them(string text, string span, double number, string? qualifier, string? what, string? ev)
    {
        var count = Single(text, span);
        Assert.Equal(number, count.Number);
        Assert.Equal(qualifier, count.Qualifier);
        Assert.Equal(what, count.What);
        Assert.Equal(ev, count.Event);
    }

    [Fact]
    public void Reads_ranges()
    {
        var count = Single("Between 10 and 15 soldiers were wounded.", "Between 10 and 15 soldiers");
        Assert.Equal(10, count.Number);
        Assert.Equal(15, count.High);
        Assert.Equal("between", count.Qualifier);
        Assert.Equal("wound", count.Event);
    }

    [Theory]
    [InlineData("The company paid $2.5 million for it.", "$2.5 million", 2500000, "USD")]
    [InlineData("The fine was €300 million.", "€300 million", 300000000, "EUR")]
    [InlineData("He owes 40,000 rubles.", "40,000 rubles", 40000, "RUB")]
    [InlineData("Sales rose 12 percent.", "12 percent", 12, "percent")]
    [InlineData("Prices rose 3.5% in May.", "3.5%", 3.5, "percent")]
    [InlineData("A 43-year-old man was detained.", "43-year-old man", 43, "age")]
    [InlineData("The talks lasted some 90 minutes.", "some 90 minutes", 90, "minute")]
    [InlineData("Earnings were 89 cents a share.", "89 cents", 0.89, "USD")]
    public void Reads_amounts_with_their_unit(string text, string span, double number, string unit)
    {
        var count = Single(text, span);
        Assert.Equal(number, count.Number);
        Assert.Equal(unit, count.Unit);
    }

    [Theory]
    [InlineData("The investigation coded 2013/139 was closed.")]
    [InlineData("He told Turkey's Kanal 24 so.")]
    [InlineData("The attack on March 19 was denied.")]
    [InlineData("It happened in 2013.")]
    [InlineData("He finished 21st in the race.")]
    [InlineData("One of them said no one knew.")]
    [InlineData("About three-quarters of voters agreed.")]
    public void Leaves_dates_codes_names_and_ordinals_alone(string text) => Assert.Empty(Counts(text));

    [Fact]
    public void Finds_counts_in_the_default_pipeline()
    {
        var document = new Analyzer().Analyze(new Document("Rockets killed more than 1,400 people.", new DocumentInfo { Published = Day("2015-12-15") }));
        Assert.Contains(document.Get(Layers.Counts), c => c.Number == 1400 && c.Event == "kill");
    }
}
