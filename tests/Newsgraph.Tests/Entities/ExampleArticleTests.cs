using Newsgraph.Model;
using Newsgraph.Pipeline;
using static Newsgraph.Tests.Entities.EntityTestDocuments;

namespace Newsgraph.Tests.Entities;

/// <summary>The founding example article: its people, groups and places, each one entity (issue 4).</summary>
public class ExampleArticleTests
{
    private static readonly Lazy<Document> Article = new(() =>
    {
        var text = ExampleText;
        return Example(
            Quote(text, "The US stands ready to work with Russia,", "Kerry", 3),
            QuoteIn(text, "a productive day", "on Tuesday. He", "He"),
            Quote(text, "ISIL, and in practical terms", "the Russian foreign minister"),
            Quote(text, "Russia and the United States agree that you can’t defeat Daesh", "the Secretary of State"),
            Quote(text, "for the amount of time both of them have afforded", "the top US diplomat", 2),
            QuoteIn(text, "is happy for the opportunity to meet and talk", "adding that he", "he"),
            Quote(text, "pay for his deeds", "Küçük", 2),
            Quote(text, "I am being targeted with death threats", "MP Erdem"));
    });

    private static Entity? At(int start, int length)
    {
        var mentions = Article.Value.Get(Layers.Mentions);
        return Article.Value.Get(Layers.Entities).FirstOrDefault(e => e.Mentions.Any(i => mentions[i].Span == new TextSpan(start, start + length)));
    }

    private static Entity One(string what, int nth = 1) => EntityAt(Article.Value, what, nth) ?? throw new InvalidOperationException($"no entity at {what} #{nth}");

    [Fact]
    public void Kerry_is_one_entity_under_every_name_title_descriptor_and_pronoun()
    {
        var kerry = One("John Kerry");
        Assert.Equal("John Kerry", kerry.Name);
        Assert.Contains("US Secretary of State", kerry.Titles);
        Assert.Same(kerry, One("Kerry", 3));
        Assert.Same(kerry, One("the top US diplomat"));
        Assert.Same(kerry, One("the top US diplomat", 2));
        Assert.Same(kerry, One("the Secretary of State"));
        Assert.Same(kerry, One("The head of the US State Department"));
        Assert.Same(kerry, One("He", 1));
        Assert.Same(kerry, One("The US Secretary of State"));
    }

    [Fact]
    public void Lavrov_and_the_Russian_foreign_minister_are_one()
    {
        var lavrov = One("Sergey Lavrov");
        Assert.Same(lavrov, One("the Russian foreign minister"));
        Assert.Same(lavrov, One("Lavrov", 2));
        Assert.Contains("Russian Foreign Minister", lavrov.Titles);
        Assert.NotSame(lavrov, One("John Kerry"));
    }

    [Fact]
    public void Islamic_State_is_one_group_under_all_its_names()
    {
        var group = One("Islamic State");
        foreach (var alias in (string[])["ISIS", "ISIL", "Daesh"])
        {
            Assert.Same(group, One(alias));
        }

        Assert.Same(group, At(Article.Value.Text.IndexOf("(IS,", StringComparison.Ordinal) + 1, 2));

        Assert.Equal(EntityType.Organization, group.Type);
    }

    [Fact]
    public void Erdem_is_one_person()
    {
        var erdem = One("Eren Erdem");
        Assert.Same(erdem, One("Erdem", 2));
        Assert.Same(erdem, One("MP Erdem"));
        Assert.Contains("MP", erdem.Titles);
    }

    [Fact]
    public void Putin_is_one_person()
    {
        var putin = One("Vladimir Putin");
        Assert.Same(putin, At(Article.Value.Text.IndexOf("President Putin", StringComparison.Ordinal) + "President ".Length, "Putin".Length));
        Assert.Same(putin, At(Article.Value.Text.IndexOf("Russian President Vladimir", StringComparison.Ordinal), "Russian President".Length));
        Assert.Same(putin, One("Putin", 2));
        Assert.Contains("Russian President", putin.Titles);
    }

    [Fact]
    public void Moscow_the_city_is_in_Russia()
    {
        var city = One("Moscow", 5);
        Assert.Equal(EntityType.Location, city.Type);
        Assert.Equal("RU", city.Place?.CountryCode);
        Assert.Equal(524901, city.Place?.GeoNameId);
    }

    [Fact]
    public void Quote_speakers_point_at_their_entities()
    {
        var document = Article.Value;
        var entities = document.Get(Layers.Entities);
        var names = document.Get(Layers.Quotes).Select(q => entities[q.SpeakerEntity!.Value].Name).ToArray();
        Assert.Equal(["John Kerry", "John Kerry", "Sergey Lavrov", "John Kerry", "John Kerry", "Vladimir Putin", "Cem Küçük", "Eren Erdem"], names);
    }
}
