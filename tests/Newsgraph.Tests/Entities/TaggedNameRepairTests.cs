using Newsgraph.Entities;
using Newsgraph.Model;
using Newsgraph.Pipeline;
using static Newsgraph.Tests.Entities.EntityTestDocuments;

namespace Newsgraph.Tests.Entities;

/// <summary>
/// The resolver against what a statistical tagger gives: names split, mistyped or missing, and quote speakers that are
/// relative pronouns or coordinated phrases. Each case sets the names layer by hand, as such a tagger would.
/// </summary>
public class TaggedNameRepairTests
{
    /// <summary>The text with the given names as the tagger's output, the given quotes, then the resolver.</summary>
    private static Document Tagged(string text, (string Name, EntityType Type, int Nth)[] names, params Quote[] quotes)
    {
        var document = Named(text);
        document = document.With(Layers.Names, [.. names.Select(n => Find(text, n.Name, n.Nth)).Zip(names)
            .Select(p => new Mention(p.First.Start, p.First.End, p.Second.Type, MentionKind.Name)).OrderBy(m => m.Start)]);
        document = document.With(Layers.Quotes, [.. quotes]);
        return document.With(new EntityResolver().Run(document));
    }

    private static string[] MentionTexts(Document document, Entity entity)
    {
        var mentions = document.Get(Layers.Mentions);
        return [.. entity.Mentions.Select(i => document.Slice(mentions[i].Span))];
    }

    [Fact]
    public void A_surname_the_tagger_typed_otherwise_joins_the_person()
    {
        const string text = "Ayla Demir spoke on Monday. Demir should resign, critics said. Paul Washington flew to Washington.";
        var document = Tagged(text, [("Ayla Demir", EntityType.Person, 1), ("Demir", EntityType.Misc, 2),
            ("Paul Washington", EntityType.Person, 1), ("Washington", EntityType.Location, 2)]);
        var demir = EntityAt(document, "Ayla Demir")!;
        Assert.Same(demir, EntityAt(document, "Demir", 2));
        Assert.Equal(EntityType.Person, demir.Type);
        // A place the gazetteer knows stays a place.
        Assert.Equal(EntityType.Location, EntityAt(document, "Washington", 2)!.Type);
    }

    [Fact]
    public void A_relative_pronoun_speaker_is_its_antecedent_never_an_entity_of_its_own()
    {
        const string text = "Police questioned a local teacher who said the school had closed and the staff had left.";
        var document = Tagged(text, [], QuoteIn(text, "the school had closed", "a local teacher who", "who"),
            QuoteIn(text, "the staff had left", "a local teacher who", "who"));
        Assert.DoesNotContain(document.Get(Layers.Entities), e => e.Name == "who");
        var teacher = EntityAt(document, "who")!;
        Assert.Equal(["a local teacher", "who"], MentionTexts(document, teacher));
        Assert.Equal(teacher.Id - 1, document.Get(Layers.Quotes)[0].SpeakerEntity);
    }

    [Fact]
    public void A_relative_pronoun_after_a_name_is_that_name()
    {
        const string text = "Don Fowler, who chaired the committee, said the vote was fair.";
        var document = Tagged(text, [("Don Fowler", EntityType.Person, 1)], QuoteIn(text, "the vote was fair", "Don Fowler, who", "who"));
        Assert.Same(EntityAt(document, "Don Fowler"), EntityAt(document, "who"));
        Assert.Equal("Don Fowler", document.Get(Layers.Quotes)[0].SpeakerName);
    }

    [Fact]
    public void A_relative_pronoun_after_a_place_is_the_sentences_person_and_leaves_the_place_a_place()
    {
        const string text = "Donna Rawlings, 59, of Ashton, Md., who watched the ceremony, said it moved her.";
        var document = Tagged(text, [("Donna Rawlings", EntityType.Person, 1), ("Ashton", EntityType.Location, 1), ("Md.", EntityType.Location, 1)],
            QuoteIn(text, "it moved her", "Md., who", "who"));
        Assert.Same(EntityAt(document, "Donna Rawlings"), EntityAt(document, "who"));
        Assert.Equal(EntityType.Location, EntityAt(document, "Md.")!.Type);
    }

    [Fact]
    public void A_described_speaker_later_named_with_the_same_title_is_that_person()
    {
        const string text = "Prosecutors opened a case against a German MP who alleged fraud in the ministry. "
            + "Berlin MP Anna Weber said she would fight the charges.";
        var document = Tagged(text, [("Berlin", EntityType.Location, 1), ("Anna Weber", EntityType.Person, 1)],
            QuoteIn(text, "fraud in the ministry", "a German MP who", "who"));
        var weber = EntityAt(document, "Anna Weber")!;
        Assert.Same(weber, EntityAt(document, "a German MP"));
        Assert.Same(weber, EntityAt(document, "who"));
    }

    [Fact]
    public void Each_conjunct_of_a_coordinated_speaker_is_its_own_mention_and_the_quote_rests_on_the_first()
    {
        const string text = "French Foreign Minister Anne Martin and German Chancellor Hans Becker said the talks went well.";
        var speaker = "French Foreign Minister Anne Martin and German Chancellor Hans Becker";
        var document = Tagged(text, [("Anne Martin", EntityType.Person, 1), ("Hans Becker", EntityType.Person, 1)],
            QuoteIn(text, "the talks went well", speaker, speaker));
        var martin = EntityAt(document, "Anne Martin")!;
        var becker = EntityAt(document, "Hans Becker")!;
        Assert.NotSame(martin, becker);
        Assert.DoesNotContain(document.Get(Layers.Mentions), m => document.Slice(m.Span) == speaker);
        var quote = document.Get(Layers.Quotes)[0];
        Assert.Equal(martin.Id - 1, quote.SpeakerEntity);
        Assert.Equal("French Foreign Minister Anne Martin", document.Slice(quote.Speaker!.Value));
    }

    [Fact]
    public void A_description_loses_its_article_after_any_space()
    {
        const string text = "A\u00a0local poll found the race close.";
        var document = Tagged(text, [], QuoteIn(text, "the race close", "A\u00a0local poll", "A\u00a0local poll"));
        Assert.Equal("local poll", EntityAt(document, "A\u00a0local poll")!.Name);
    }

    [Fact]
    public void The_canonical_name_is_the_articles_own_and_the_key_the_lexicons()
    {
        var turkey = Tagged("Turkey said it would respond.", [("Turkey", EntityType.Location, 1)]);
        var turkiye = Tagged("Türkiye said it would respond.", [("Türkiye", EntityType.Location, 1)]);
        Assert.Equal("Turkey", EntityAt(turkey, "Turkey")!.Name);
        Assert.Equal(EntityAt(turkiye, "Türkiye")!.Key, EntityAt(turkey, "Turkey")!.Key);
    }

    [Fact]
    public void Known_organisations_keep_their_whole_name_and_type()
    {
        const string text = "In an interview with Kanal 24, she said the Ottoman Hearths had threatened her. Today’s Zaman reported it. She told RT.";
        var document = Tagged(text, [("Kanal", EntityType.Organization, 1), ("Ottoman Hearths", EntityType.Person, 1),
            ("Zaman", EntityType.Person, 1), ("RT", EntityType.Organization, 1)]);
        Assert.Equal(("Kanal 24", EntityType.Organization), (EntityAt(document, "Kanal 24")!.Name, EntityAt(document, "Kanal 24")!.Type));
        Assert.Equal(EntityType.Organization, EntityAt(document, "Ottoman Hearths")!.Type);
        Assert.Equal("Today’s Zaman", EntityAt(document, "Today’s Zaman")!.Name);
        // Folding drops dots, but a name never takes the full stop after it.
        Assert.NotNull(EntityAt(document, "RT"));
    }

    [Fact]
    public void An_office_named_by_its_end_keeps_its_whole_name()
    {
        const string text = "Istanbul’s Chief Prosecutor’s Office opened a case on Monday.";
        var document = Tagged(text, [("Istanbul", EntityType.Location, 1), ("Prosecutor’s Office", EntityType.Organization, 1)]);
        var office = EntityAt(document, "Istanbul’s Chief Prosecutor’s Office")!;
        Assert.Equal(EntityType.Organization, office.Type);
        Assert.Equal("Istanbul’s Chief Prosecutor’s Office", office.Name);
        Assert.Equal(EntityType.Location, EntityAt(document, "Istanbul")!.Type);
    }

    [Fact]
    public void An_office_tagged_by_its_head_alone_takes_its_name_back_over_a_possessive()
    {
        const string text = "Istanbul’s Chief Prosecutor’s Office opened a case on Monday.";
        var document = Tagged(text, [("Istanbul", EntityType.Location, 1), ("Office", EntityType.Organization, 1)]);
        Assert.Equal("Istanbul’s Chief Prosecutor’s Office", EntityAt(document, "Istanbul’s Chief Prosecutor’s Office")!.Name);
    }

    [Fact]
    public void An_office_the_tagger_missed_is_read_from_its_head_word()
    {
        const string text = "The case was opened by Istanbul’s Chief Prosecutor’s Office on Monday. Office workers went home.";
        var document = Tagged(text, [("Istanbul", EntityType.Location, 1)]);
        Assert.Equal(EntityType.Organization, EntityAt(document, "Istanbul’s Chief Prosecutor’s Office")!.Type);
        Assert.Null(EntityAt(document, "Office", 2));
    }

    [Fact]
    public void A_name_taken_for_a_person_is_a_place_when_a_preposition_opens_it_and_a_country_closes_it()
    {
        const string text = "The attack in Khan al-Assal, northern Syria. Rockets hit Khan, Syria said. Troops fought near Tavildara, Tajikistan.";
        var document = Tagged(text, [("Khan", EntityType.Person, 1), ("Khan", EntityType.Person, 2), ("Tavildara", EntityType.Person, 1)]);
        Assert.Equal(("Khan al-Assal", EntityType.Location), (EntityAt(document, "Khan al-Assal")!.Name, EntityAt(document, "Khan al-Assal")!.Type));
        Assert.Equal(EntityType.Location, EntityAt(document, "Tavildara")!.Type);
        Assert.Equal(EntityType.Person, EntityAt(document, "Khan", 2)!.Type);
    }

    [Fact]
    public void A_leading_the_is_no_part_of_a_long_name_and_the_dnc_is_not_the_party()
    {
        const string text = "The Democratic National Committee met on Monday. The DNC chose a chair. Democrats cheered.";
        var document = Tagged(text, [("The Democratic National Committee", EntityType.Organization, 1), ("DNC", EntityType.Organization, 1), ("Democrats", EntityType.Misc, 1)]);
        var committee = EntityAt(document, "Democratic National Committee")!;
        Assert.Equal("Democratic National Committee", committee.Name);
        Assert.Same(committee, EntityAt(document, "DNC"));
        Assert.NotSame(committee, EntityAt(document, "Democrats"));
    }

    [Fact]
    public void A_generic_head_alone_is_not_an_organisation()
    {
        const string text = "The case was opened by the Office on Monday.";
        var document = Tagged(text, [("Office", EntityType.Organization, 1)]);
        Assert.Null(EntityAt(document, "Office"));
    }
}
