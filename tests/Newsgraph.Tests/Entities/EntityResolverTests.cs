using Newsgraph.Model;
using Newsgraph.Pipeline;
using static Newsgraph.Tests.Entities.EntityTestDocuments;

namespace Newsgraph.Tests.Entities;

public class EntityResolverTests
{
    private static string[] MentionTexts(Document document, Entity entity)
    {
        var mentions = document.Get(Layers.Mentions);
        return [.. entity.Mentions.Select(i => document.Slice(mentions[i].Span))];
    }

    [Fact]
    public void Links_the_variants_of_a_name()
    {
        var document = Resolved("John Kerry arrived on Monday. Kerry met the press. Mr Kerry smiled, and Secretary Kerry left.");
        var kerry = EntityAt(document, "John Kerry");
        Assert.NotNull(kerry);
        Assert.Equal("John Kerry", kerry.Name);
        Assert.Equal(EntityType.Person, kerry.Type);
        Assert.Same(kerry, EntityAt(document, "Kerry", 2));
        Assert.Same(kerry, EntityAt(document, "Kerry", 3));
        Assert.Same(kerry, EntityAt(document, "Kerry", 4));
        Assert.Equal(1, kerry.Id);
    }

    [Fact]
    public void Binds_a_title_before_the_name()
    {
        var document = Resolved("US Secretary of State John Kerry met the press.");
        var kerry = EntityAt(document, "John Kerry")!;
        Assert.Equal(["US Secretary of State"], kerry.Titles.ToArray());
        var mentions = document.Get(Layers.Mentions);
        Assert.Contains(kerry.Mentions, i => mentions[i].Kind == MentionKind.Title);
    }

    [Fact]
    public void Binds_appositives_after_the_name()
    {
        var document = Resolved("Hisyar Ozsoy, Turkish MP for leftist HDP party, told RT. Cem Küçük, a columnist at the pro-government Star daily, said it was treason.");
        Assert.Equal(["Turkish MP for leftist HDP party"], EntityAt(document, "Hisyar Ozsoy")!.Titles.ToArray());
        Assert.Equal(["a columnist at the pro-government Star daily"], EntityAt(document, "Cem Küçük")!.Titles.ToArray());
    }

    [Fact]
    public void Binds_a_description_between_commas_to_the_name_after_it()
    {
        var document = Resolved("Victoria Nuland, the White House senior director for Russia, Celeste Wallander, and others attended.");
        Assert.Empty(EntityAt(document, "Victoria Nuland")!.Titles);
        Assert.Equal(["the White House senior director for Russia"], EntityAt(document, "Celeste Wallander")!.Titles.ToArray());
    }

    [Fact]
    public void Resolves_role_descriptors_through_titles_and_the_role_lexicon()
    {
        const string text = "US Secretary of State John Kerry and Russian Foreign Minister Sergey Lavrov met in Moscow. "
            + "The Russian foreign minister said the talks went well. The top US diplomat agreed. "
            + "Later the head of the US State Department flew home.";
        var document = Resolved(text);
        var kerry = EntityAt(document, "John Kerry")!;
        var lavrov = EntityAt(document, "Sergey Lavrov")!;
        Assert.Same(lavrov, EntityAt(document, "The Russian foreign minister"));
        Assert.Same(kerry, EntityAt(document, "The top US diplomat"));
        Assert.Same(kerry, EntityAt(document, "the head of the US State Department"));
    }

    [Fact]
    public void Resolves_pronouns_by_gender_from_first_names()
    {
        var document = Resolved("Mary Smith met John Brown on Monday. He said the talks went well. She disagreed.");
        Assert.Same(EntityAt(document, "John Brown"), EntityAt(document, "He"));
        Assert.Same(EntityAt(document, "Mary Smith"), EntityAt(document, "She"));
    }

    [Fact]
    public void Takes_gender_from_an_honorific_when_the_first_name_says_none()
    {
        // "Kerry" is as often a woman's name as a man's: only "Mrs" tells.
        var document = Resolved("Mrs Kerry Jones met Adam Brown. She said the talks went well.");
        Assert.Same(EntityAt(document, "Kerry Jones"), EntityAt(document, "She"));
    }

    [Fact]
    public void Prefers_the_subject_as_antecedent()
    {
        var document = Resolved("Kerry told journalists after meeting Vladimir Putin and Sergey Lavrov on Tuesday. He added that the day was productive.");
        Assert.Same(EntityAt(document, "Kerry"), EntityAt(document, "He"));
    }

    [Fact]
    public void Never_links_a_pronoun_across_stories()
    {
        var document = Resolved("Talks\n\nJohn Smith said hello to the crowd.\n\n• A TURKISH MP faces treason charges\n\nHe said nothing more.", headline: true);
        Assert.Null(EntityAt(document, "He"));
    }

    [Fact]
    public void Links_an_acronym_defined_in_brackets()
    {
        var document = Resolved("Eren Erdem of Republican People’s Party (CHP) spoke. The CHP later denied it.");
        var party = EntityAt(document, "Republican People’s Party")!;
        Assert.Same(party, EntityAt(document, "CHP", 2));
        Assert.Equal(EntityType.Organization, party.Type);
    }

    [Fact]
    public void Does_not_take_a_dateline_agency_for_an_acronym()
    {
        var document = Resolved("WASHINGTON (AP) — The talks began on Monday in the capital.");
        Assert.NotSame(EntityAt(document, "WASHINGTON"), EntityAt(document, "AP"));
    }

    [Fact]
    public void Links_the_aliases_of_the_lexicon()
    {
        var document = Resolved("Islamic State fighters fled. IS lost ground, and ISIS, ISIL and Daesh are one group. He flew to the U.S., then around America and across the United States.");
        var group = EntityAt(document, "Islamic State")!;
        Assert.Equal("Islamic State", group.Name);
        foreach (var alias in (string[])["IS", "ISIS", "ISIL", "Daesh"])
        {
            Assert.Same(group, EntityAt(document, alias));
        }

        var us = EntityAt(document, "United States")!;
        Assert.Same(us, EntityAt(document, "U.S."));
        Assert.Same(us, EntityAt(document, "America"));
    }

    [Fact]
    public void Reads_a_capital_that_acts_as_its_government()
    {
        var document = Resolved("Moscow and Washington confirmed their agreements. Kerry walked along a street in central Moscow.");
        var government = EntityAt(document, "Moscow")!;
        Assert.Equal(EntityType.Organization, government.Type);
        Assert.Equal("Russia", government.Name);
        Assert.Equal("russia|ORG|gov", government.Key);
        var city = EntityAt(document, "Moscow", 2)!;
        Assert.NotSame(government, city);
        Assert.Equal(EntityType.Location, city.Type);
        Assert.Equal("RU", city.Place?.CountryCode);
        Assert.Equal("United States", EntityAt(document, "Washington")!.Name);
    }

    [Fact]
    public void Points_each_quote_at_the_entity_of_its_speaker_mention()
    {
        const string text = "US Secretary of State John Kerry met Lavrov. 'We agree,' the top US diplomat said. 'No,' a spokesman for the ministry said.";
        var document = Resolved(text, false, Quote(text, "We agree", "the top US diplomat"), Quote(text, "No", "a spokesman for the ministry"));
        var quotes = document.Get(Layers.Quotes);
        var entities = document.Get(Layers.Entities);
        var mentions = document.Get(Layers.Mentions);
        Assert.Equal("John Kerry", entities[quotes[0].SpeakerEntity!.Value].Name);
        Assert.Equal("spokesman for the ministry", entities[quotes[1].SpeakerEntity!.Value].Name);
        foreach (var quote in quotes)
        {
            Assert.Contains(entities[quote.SpeakerEntity!.Value].Mentions, i => mentions[i].Span == quote.Speaker);
        }
    }

    [Fact]
    public void A_speaker_with_a_participle_after_its_name_is_that_name()
    {
        const string text = "Greenpeace activists trying to block the ship say the port is unsafe.";
        var document = Resolved(text, false, Quote(text, "the port is unsafe", "Greenpeace activists trying to block the ship"));
        var quote = Assert.Single(document.Get(Layers.Quotes));
        Assert.Contains("Greenpeace", document.Get(Layers.Entities)[quote.SpeakerEntity!.Value].Name, StringComparison.Ordinal);
    }

    [Fact]
    public void Gives_entities_ids_from_one_and_stable_keys()
    {
        var document = Resolved("US Secretary of State John Kerry visited Paris, Texas.");
        var entities = document.Get(Layers.Entities);
        Assert.Equal(Enumerable.Range(1, entities.Length), entities.Select(e => e.Id));
        Assert.Equal("john kerry|PERSON|US", EntityAt(document, "John Kerry")!.Key);
    }

    [Fact]
    public void Every_mention_belongs_to_exactly_one_entity()
    {
        var document = Example();
        var owned = document.Get(Layers.Entities).SelectMany(e => e.Mentions).ToList();
        Assert.Equal(owned.Count, owned.Distinct().Count());
        Assert.Equal(document.Get(Layers.Mentions).Length, owned.Count);
    }
}
