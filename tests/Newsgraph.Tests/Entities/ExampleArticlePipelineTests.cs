using System.Globalization;
using Newsgraph.Model;
using Newsgraph.Pipeline;
using Newsgraph.Reading;

namespace Newsgraph.Tests.Entities;

/// <summary>
/// The example article's entities through the default pipeline, whose statistical tagger gives the names: the
/// expectations a reader checks by hand (one Erdem, no "who", each conjunct its own person, the article's own names,
/// organisations whole).
/// </summary>
public class ExampleArticlePipelineTests
{
    private static readonly Lazy<Document> Analyzed = new(() =>
    {
        var path = Path.Combine(SharedData.RepoRoot, "examples", "kerry-lavrov-moscow.txt");
        var options = new ReadOptions { Published = DateOnly.ParseExact("2015-12-15", "yyyy-MM-dd", CultureInfo.InvariantCulture) };
        return new Analyzer().Analyze(ArticleReader.ReadFile(path, options).Single());
    });

    private static Entity[] Named(string name) => [.. Analyzed.Value.Get(Layers.Entities).Where(e => e.Name == name)];

    [Fact]
    public void Erdem_is_one_person_whatever_the_tagger_typed()
    {
        var document = Analyzed.Value;
        var erdem = Assert.Single(Named("Eren Erdem"));
        Assert.Empty(Named("Erdem"));
        var mentions = document.Get(Layers.Mentions);
        Assert.Contains(erdem.Mentions, i => document.Slice(mentions[i].Span) == "a Turkish MP");
    }

    [Fact]
    public void No_entity_is_named_who_and_its_quotes_are_erdems()
    {
        var document = Analyzed.Value;
        Assert.Empty(Named("who"));
        var erdem = Array.IndexOf([.. document.Get(Layers.Entities)], Named("Eren Erdem")[0]);
        Assert.All(document.Get(Layers.Quotes).Where(q => q.Speaker is { } s && document.Slice(s) == "who"), q => Assert.Equal(erdem, q.SpeakerEntity));
    }

    [Fact]
    public void No_mention_joins_kerry_and_lavrov()
    {
        var document = Analyzed.Value;
        Assert.DoesNotContain(document.Get(Layers.Mentions), m => document.Slice(m.Span).Contains("Kerry and Russian", StringComparison.Ordinal));
    }

    [Fact]
    public void Names_are_the_articles_own_and_organisations_whole()
    {
        Assert.Single(Named("Turkey"));
        Assert.Empty(Named("Türkiye"));
        foreach (var name in (string[])["Kanal 24", "Today’s Zaman", "Ottoman Hearths", "Ankara’s Chief Prosecutor’s Office"])
        {
            Assert.Equal(EntityType.Organization, Assert.Single(Named(name)).Type);
        }
    }

    [Fact]
    public void A_poll_that_speaks_is_a_thing_and_a_day_is_no_one()
    {
        var document = new Analyzer().Analyze(PlainTextReader.FromText("Poll\n\nA Bloomberg poll released Tuesday shows Clinton ahead by four points.\n", "test"));
        var entities = document.Get(Layers.Entities);
        Assert.Equal(EntityType.Misc, Assert.Single(entities, e => e.Name == "Bloomberg poll").Type);
        Assert.DoesNotContain(entities, e => e.Name == "Tuesday");
    }

    [Theory]
    [InlineData("Politics\n\nPolls show Clinton ahead by four points in the state.\n", "Polls")]
    [InlineData("Poll: Trump a big turnoff for Florida Latino voters.\n\nDonald Trump has taken a toll.\n", "Poll")]
    [InlineData("Politics\n\nA new poll of likely voters shows that Clinton leads.\n", "poll of likely voters")]
    public void Documents_that_speak_are_things_whatever_follows_their_head(string text, string name)
    {
        var document = new Analyzer().Analyze(PlainTextReader.FromText(text, "test"));
        var speaker = Assert.Single(document.Get(Layers.Entities), e => e.Name.Contains(name, StringComparison.Ordinal));
        Assert.Equal(EntityType.Misc, speaker.Type);
    }

    [Fact]
    public void Voters_in_a_poll_and_average_citizens_are_people()
    {
        var document = new Analyzer().Analyze(PlainTextReader.FromText(
            "Politics\n\nOne in four voters in a New York Times poll said the race was over. Politicians and average citizens said the plan would fail.\n", "test"));
        var entities = document.Get(Layers.Entities);
        Assert.Equal(EntityType.Person, Assert.Single(entities, e => e.Name.Contains("voters", StringComparison.Ordinal)).Type);
        Assert.Equal(EntityType.Person, Assert.Single(entities, e => e.Name.Contains("average citizens", StringComparison.Ordinal)).Type);
    }

    [Theory]
    [InlineData("Poll\n\nTALLAHASSEE \u2014 Donald Trump's views on immigration have taken their toll.\n", "TALLAHASSEE")]
    [InlineData("Poll\n\nMANCHESTER, N.H. - With a snowstorm bearing down, the candidates made their last stops.\n", "MANCHESTER")]
    [InlineData("Poll\n\nWASHINGTON (AP) \u2014 The latest on the 2016 campaign.\n", "WASHINGTON")]
    public void A_dateline_is_a_place(string text, string place)
    {
        var document = new Analyzer().Analyze(PlainTextReader.FromText(text, "test"));
        Assert.Equal(EntityType.Location, Assert.Single(document.Get(Layers.Entities), e => e.Name.Equals(place, StringComparison.OrdinalIgnoreCase)).Type);
    }

    [Fact]
    public void A_section_label_in_capitals_is_no_dateline()
    {
        var document = new Analyzer().Analyze(PlainTextReader.FromText("Arts\n\nBROADWAY BEAT\u2014\"Matthew Morrison is leaving the show.\"\n", "test"));
        Assert.DoesNotContain(document.Get(Layers.Entities), e => e.Type == EntityType.Location && e.Name.Contains("BROADWAY", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void A_quantifier_that_speaks_is_no_entity()
    {
        var document = new Analyzer().Analyze(PlainTextReader.FromText("Politics\n\nOthers said it was too late. Many say the party is broken.\n", "test"));
        Assert.Equal(2, document.Get(Layers.Quotes).Length);
        Assert.Empty(document.Get(Layers.Entities));
    }

    [Fact]
    public void Aliases_in_capitals_name_their_entity_and_headline_words_in_capitals_do_not()
    {
        var document = new Analyzer().Analyze(PlainTextReader.FromText(
            "US IS READY TO TALK, KERRY SAYS\n\nIslamic State (IS, formerly ISIS/ISIL) lost ground near Raqqa, officials said.\n", "test"));
        var mentions = document.Get(Layers.Mentions);
        var islamicState = Assert.Single(document.Get(Layers.Entities), e => e.Name == "Islamic State");
        var names = islamicState.Mentions.Select(m => document.Slice(mentions[m].Span)).ToHashSet();
        Assert.Superset(new HashSet<string> { "Islamic State", "IS", "ISIS", "ISIL" }, names);
        Assert.DoesNotContain(mentions, m => m.Start < document.Text.IndexOf('\n', StringComparison.Ordinal) && document.Slice(m.Span) == "IS");
    }

    [Fact]
    public void A_known_outlet_is_an_organisation_even_where_the_tagger_passed_it_by()
    {
        var document = new Analyzer().Analyze(PlainTextReader.FromText(
            "Politics\n\nIn an interview to Turkey’s Kanal 24 on Tuesday, the columnist said the claims were treason.\n", "test"));
        Assert.Equal(EntityType.Organization, Assert.Single(document.Get(Layers.Entities), e => e.Name == "Kanal 24").Type);
    }
}
