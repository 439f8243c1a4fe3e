using Newsgraph.Model;
using static Newsgraph.Tests.Entities.EntityTestDocuments;

namespace Newsgraph.Tests.Entities;

public class NameFinderTests
{
    [Fact]
    public void Finds_a_capitalised_person_name_by_its_first_name()
    {
        Assert.Contains(("Celeste Wallander", EntityType.Person), Names(Named("They met Celeste Wallander on Monday.")));
    }

    [Fact]
    public void Leaves_titles_out_of_the_name()
    {
        var names = Names(Named("US Secretary of State John Kerry met President Putin in Moscow."));
        Assert.Contains(("John Kerry", EntityType.Person), names);
        Assert.Contains(("Putin", EntityType.Person), names);
        Assert.Contains(("US", EntityType.Location), names);
        Assert.DoesNotContain(names, n => n.Text.Contains("Secretary", StringComparison.Ordinal) || n.Text.Contains("President", StringComparison.Ordinal));
    }

    [Fact]
    public void Types_organisations_and_places_by_their_last_word()
    {
        var names = Names(Named("Members of the Justice and Development Party walked along Arbat Street."));
        Assert.Contains(("Justice and Development Party", EntityType.Organization), names);
        Assert.Contains(("Arbat Street", EntityType.Location), names);
    }

    [Fact]
    public void Keeps_a_possessive_inside_a_party_name_but_not_after_a_place()
    {
        var names = Names(Named("Eren Erdem of Republican People’s Party spoke at Russia’s Foreign Ministry."));
        Assert.Contains(("Republican People’s Party", EntityType.Organization), names);
        Assert.Contains(("Russia", EntityType.Location), names);
        Assert.Contains(("Foreign Ministry", EntityType.Organization), names);
        Assert.Contains(("Eren Erdem", EntityType.Person), names);
    }

    [Fact]
    public void Skips_sentence_initial_common_words()
    {
        var names = Names(Named("Meanwhile, Lavrov said the talks went well. Rockets were fired."));
        Assert.Equal([("Lavrov", EntityType.Person)], names.ToArray());
    }

    [Fact]
    public void Reads_a_title_case_headline_by_what_the_body_capitalises()
    {
        var document = Named("Kerry Says Washington And Moscow Have Found Common Ground\n\nThe talks in Moscow ended. Washington was pleased, Kerry said.", headline: true);
        var headline = Names(document).Take(3).Select(n => n.Text);
        Assert.Equal(["Kerry", "Washington", "Moscow"], headline);
        Assert.DoesNotContain(Names(document), n => n.Text is "Says" or "Common Ground" or "Have Found" or "Common");
    }

    [Fact]
    public void Reads_all_caps_words()
    {
        var names = Names(Named("RUSSIA and the US have agreed. A TURKISH MP faces treason charges."));
        Assert.Contains(("RUSSIA", EntityType.Location), names);
        Assert.Contains(("TURKISH", EntityType.Misc), names);
        Assert.DoesNotContain(names, n => n.Text == "MP");
    }

    [Fact]
    public void Takes_the_name_out_of_a_hyphenated_modifier()
    {
        Assert.Contains(("US", EntityType.Location), Names(Named("the agreements apply to the US-led coalition")));
    }

    [Fact]
    public void Splits_a_party_label_from_a_full_name()
    {
        var names = Names(Named("He attacked Republican Donald Trump on Friday."));
        Assert.Contains(("Donald Trump", EntityType.Person), names);
    }

    [Fact]
    public void Never_takes_a_pronoun_for_a_name()
    {
        Assert.Empty(Names(Named("the answer is no. He steadfastly refuses.")));
    }

    [Fact]
    public void Types_a_short_name_like_the_full_name_of_the_article()
    {
        var names = Names(Named("Hisyar Ozsoy, Turkish MP for leftist HDP party, told RT. Ozsoy added more."));
        Assert.Contains(("Hisyar Ozsoy", EntityType.Person), names);
        Assert.Contains(("Ozsoy", EntityType.Person), names);
    }
}
