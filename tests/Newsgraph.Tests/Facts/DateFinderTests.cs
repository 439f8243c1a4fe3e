using Newsgraph.Facts.Dates;
using Newsgraph.Model;
using static Newsgraph.Tests.Facts.FactsTestDocuments;

namespace Newsgraph.Tests.Facts;

public class DateFinderTests
{
    private static TimeExpression Single(string text, string published, string expression)
    {
        var dates = DateFinder.Find(Structured(text, Day(published)));
        var match = dates.Where(d => text[d.Start..d.End] == expression).ToList();
        Assert.True(match.Count == 1, $"'{expression}' not found once in: {string.Join("; ", dates.Select(d => text[d.Start..d.End] + "=" + d.Value))}");
        return match[0];
    }

    [Theory]
    [InlineData("The attack took place on August 21, 2013, in Ghouta.", "2015-12-15", "August 21, 2013", "2013-08-21")]
    [InlineData("It happened on 21 Aug 2013 near Damascus.", "2015-12-15", "21 Aug 2013", "2013-08-21")]
    [InlineData("The file is dated 2013-08-21.", "2015-12-15", "2013-08-21", "2013-08-21")]
    [InlineData("The vote is on Aug. 21 in the capital.", "2013-08-01", "Aug. 21", "2013-08-21")]
    [InlineData("Elections were held on March 19.", "2015-12-15", "March 19", "2015-03-19")]
    [InlineData("Elections were held on December 19.", "2015-02-01", "December 19", "2014-12-19")]
    [InlineData("Elections will be held on March 19.", "2015-02-01", "March 19", "2015-03-19")]
    [InlineData("In May, the two met in Sochi.", "2015-12-15", "May", "2015-05")]
    [InlineData("The report came out in September 2014.", "2015-12-15", "September 2014", "2014-09")]
    [InlineData("This year, Kerry has already visited Russia.", "2015-12-15", "This year", "2015")]
    [InlineData("Prices rose last week.", "2015-12-15", "last week", "2015-W50")]
    [InlineData("Sales fell last year.", "2015-12-15", "last year", "2014")]
    [InlineData("Talks resume next month.", "2015-12-15", "next month", "2016-01")]
    [InlineData("He met Putin and Lavrov on Tuesday.", "2015-12-15", "Tuesday", "2015-12-15")]
    [InlineData("The interview was aired on Monday.", "2015-12-15", "Monday", "2015-12-14")]
    [InlineData("A meeting in New York on Friday would go ahead.", "2015-12-15", "Friday", "2015-12-18")]
    [InlineData("The ministers will meet on Friday.", "2015-12-15", "Friday", "2015-12-18")]
    [InlineData("The ministers met on Friday.", "2015-12-15", "Friday", "2015-12-11")]
    [InlineData("Troops crossed the border yesterday.", "2015-12-15", "yesterday", "2015-12-14")]
    [InlineData("He was elected two years ago.", "2015-12-15", "two years ago", "2013")]
    [InlineData("The tablet was carved 4,000 years ago.", "2015-12-15", "4,000 years ago", "PAST_REF")]
    [InlineData("The plan is now in force.", "2015-12-15", "now", "PRESENT_REF")]
    [InlineData("Attacks have increased recently.", "2015-12-15", "recently", "PAST_REF")]
    [InlineData("Profit fell in the third quarter.", "1989-10-27", "the third quarter", "1989-Q3")]
    [InlineData("Unrest marked the 1990s.", "2015-12-15", "the 1990s", "199")]
    [InlineData("Crops failed in the summer of 2012.", "2015-12-15", "the summer of 2012", "2012-SU")]
    [InlineData("He arrived last spring.", "2015-12-15", "last spring", "2015-SP")]
    [InlineData("The twin towers fell in 2001.", "2015-12-15", "2001", "2001")]
    [InlineData("The car was found at the airport in December.", "2015-12-15", "December", "2015-12")]
    [InlineData("It was signed on Sept. 30.", "2015-12-15", "Sept. 30", "2015-09-30")]
    [InlineData("He was shot last Oct. 23 at his home.", "1999-04-19", "last Oct. 23", "1998-10-23")]
    [InlineData("Women's Day is this coming Sunday.", "1998-03-05", "this coming Sunday", "1998-03-08")]
    [InlineData("The unit was closed this past spring.", "1989-10-26", "this past spring", "1989-SP")]
    [InlineData("Stocks rose on Oct. 27. They had fallen the previous Friday.", "1989-10-30", "the previous Friday", "1989-10-20")]
    [InlineData("His father could come to the U.S. as early as Tuesday.", "2000-04-03", "Tuesday", "2000-04-04")]
    [InlineData("The bank created an office of the chairman, effective Feb. 1.", "1989-10-26", "Feb. 1", "1990-02-01")]
    [InlineData("The company plans to cut jobs by the end of the year.", "2013-03-06", "the end of the year", "2013")]
    [InlineData("This weekend's vote is crucial.", "2013-03-06", "This weekend", "2013-W10-WE")]
    [InlineData("Its stock rose to a high for the year in June.", "1989-10-26", "the year", "1989")]
    [InlineData("The stock is to resume trading in Paris Tuesday.", "1989-10-27", "Tuesday", "1989-10-31")]
    [InlineData("Mr. Schwarz will succeed Mr. Davison Feb. 1.", "1989-10-26", "Feb. 1", "1990-02-01")]
    [InlineData("The ceremony would still be held on April 24.", "1999-02-10", "April 24", "1999-04-24")]
    public void Resolves_dates(string text, string published, string expression, string value)
    {
        var date = Single(text, published, expression);
        Assert.Equal(TimeType.Date, date.Type);
        Assert.Equal(value, date.Value);
    }

    [Theory]
    [InlineData("The talks lasted three days.", "three days", "P3D")]
    [InlineData("The meeting was planned for some 90 minutes.", "some 90 minutes", "PT90M")]
    [InlineData("It lasted more than three and a half hours.", "more than three and a half hours", "PT3H30M")]
    [InlineData("The ceasefire held over four hours.", "over four hours", "PT4H")]
    [InlineData("He served a five-year term.", "five-year", "P5Y")]
    [InlineData("The war lasted nearly a decade.", "nearly a decade", "P10Y")]
    [InlineData("Fighting has gone on for years.", "years", "PXY")]
    [InlineData("Prices fell over the past two years.", "the past two years", "P2Y")]
    [InlineData("He had been manager for only six months.", "six months", "P6M")]
    [InlineData("They called the 14-day waiting period a concession.", "14-day", "P14D")]
    public void Resolves_durations(string text, string expression, string value)
    {
        var date = Single(text, "2015-12-15", expression);
        Assert.Equal(TimeType.Duration, date.Type);
        Assert.Equal(value, date.Value);
    }

    [Theory]
    [InlineData("The magazine appears every week.", "every week", "P1W")]
    [InlineData("Inspectors visit daily.", "daily", "P1D")]
    [InlineData("The council meets each Thursday.", "each Thursday", "XXXX-WXX-4")]
    public void Resolves_sets(string text, string expression, string value)
    {
        var date = Single(text, "2015-12-15", expression);
        Assert.Equal(TimeType.Set, date.Type);
        Assert.Equal(value, date.Value);
    }

    [Theory]
    [InlineData("He spoke tonight in Moscow.", "tonight", "2015-12-15TNI")]
    [InlineData("The deal was signed at 10:30 a.m. EST on Tuesday.", "10:30 a.m. EST on Tuesday", "2015-12-15T10:30")]
    [InlineData("Shelling began at noon.", "noon", "2015-12-15T12:00")]
    [InlineData("Rockets hit the town last night.", "last night", "2015-12-14TNI")]
    [InlineData("Rockets hit the town on Sunday morning.", "Sunday morning", "2015-12-13TMO")]
    public void Resolves_times(string text, string expression, string value)
    {
        var date = Single(text, "2015-12-15", expression);
        Assert.Equal(TimeType.Time, date.Type);
        Assert.Equal(value, date.Value);
    }

    [Fact]
    public void Anaphoric_dates_follow_the_last_date()
    {
        const string text = "Talks ended on March 3, 2014. The ministers had met the day before.";
        Assert.Equal("2014-03-02", Single(text, "2015-12-15", "the day before").Value);
    }

    [Fact]
    public void A_full_date_gives_its_year_to_the_dates_after_it()
    {
        const string text = "The attack took place on August 21, 2013. Rockets were fired. It was the day inspectors came to look at the alleged March 19 attack.";
        Assert.Equal("2013-03-19", Single(text, "2015-12-15", "March 19").Value);
    }

    [Fact]
    public void The_early_hours_take_the_day_named_after_them()
    {
        const string text = "The attack took place in the early hours of August 21, 2013, in Ghouta.";
        var hours = Single(text, "2015-12-15", "the early hours");
        Assert.Equal("2013-08-21TNI", hours.Value);
        Assert.Equal("2013-08-21", Single(text, "2015-12-15", "August 21, 2013").Value);
    }

    [Fact]
    public void Relative_dates_have_no_value_without_a_publication_date()
    {
        const string text = "He met Putin on Tuesday. The pact was signed on August 21, 2013.";
        var dates = DateFinder.Find(Structured(text));
        Assert.Null(dates.Single(d => text[d.Start..d.End] == "Tuesday").Value);
        Assert.Equal("2013-08-21", dates.Single(d => text[d.Start..d.End] == "August 21, 2013").Value);
    }

    [Theory]
    [InlineData("The investigation coded 2013/139 was closed.")]
    [InlineData("May I ask a question?")]
    [InlineData("Troops march on the capital.")]
    [InlineData("Today's Zaman cited him as saying so.")]
    [InlineData("A columnist at the pro-government Star daily said so.")]
    [InlineData("He earns $500 million a year.")]
    [InlineData("She was named Player of the Year.")]
    public void Leaves_non_dates_alone(string text)
    {
        var dates = DateFinder.Find(Structured(text, Day("2015-12-15")));
        Assert.Empty(dates);
    }

    [Fact]
    public void Offsets_point_into_the_original_text_with_curly_quotes()
    {
        const string text = "‘We met,’ he said. After Friday’s meeting, Lavrov said a text is expected to be ready.";
        var date = Single(text, "2015-12-15", "Friday");
        Assert.Equal("Friday", text[date.Start..date.End]);
    }
}
