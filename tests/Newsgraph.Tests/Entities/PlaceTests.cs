using Newsgraph.Model;
using Newsgraph.Places;
using static Newsgraph.Tests.Entities.EntityTestDocuments;

namespace Newsgraph.Tests.Entities;

public class PlaceTests
{
    private static readonly Dictionary<string, int> NoCountries = [];

    [Fact]
    public void Takes_the_largest_place_of_a_name_without_context()
    {
        var paris = Geocoder.Locate(Gazetteer.Default, "Paris", NoCountries, null)!;
        Assert.Equal("FR", paris.CountryCode);
        Assert.True(paris.GeoNameId > 0);
    }

    [Fact]
    public void Follows_a_qualifier_after_the_name()
    {
        var document = Resolved("The fair opened in Paris, Texas on Friday.");
        var paris = EntityAt(document, "Paris")!;
        Assert.Equal("US", paris.Place?.CountryCode);
        Assert.Equal("P", paris.Place?.FeatureClass);
    }

    [Fact]
    public void Prefers_a_place_in_a_country_the_article_names()
    {
        Assert.Equal("GB", Geocoder.Locate(Gazetteer.Default, "Birmingham", NoCountries, null)!.CountryCode);
        Assert.Equal("US", Geocoder.Locate(Gazetteer.Default, "Birmingham", new Dictionary<string, int> { ["US"] = 2 }, null)!.CountryCode);

        // A capital keeps its name against a small namesake in an article's other country (Moscow, Idaho).
        Assert.Equal("RU", Geocoder.Locate(Gazetteer.Default, "Moscow", new Dictionary<string, int> { ["US"] = 3, ["RU"] = 1 }, null)!.CountryCode);
    }

    [Fact]
    public void Puts_countries_and_capitals_on_the_map()
    {
        var document = Resolved("Russia and Syria were discussed in Damascus. Washington was quiet.");
        Assert.Equal("A", EntityAt(document, "Russia")!.Place?.FeatureClass);
        Assert.Equal("SY", EntityAt(document, "Damascus")!.Place?.CountryCode);
        Assert.Equal(4140963, EntityAt(document, "Washington")!.Place?.GeoNameId);
    }

    [Fact]
    public void Knows_a_country_by_its_demonym()
    {
        Assert.Equal("RU", Gazetteer.Default.CountryOf("Russian"));
        Assert.Equal("US", Gazetteer.Default.CountryOf("U.S."));
        Assert.Equal("TR", Gazetteer.Default.CountryOf("Turkey"));
    }
}
