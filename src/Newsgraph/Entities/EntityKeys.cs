using Newsgraph.Model;

namespace Newsgraph.Entities;

/// <summary>
/// The cross-article key of an entity: folded canonical name, type and one disambiguator.
/// <list type="bullet">
/// <item>Places: the GeoNames id, else the country code ("moscow|LOC|524901", "russia|LOC|RU").</item>
/// <item>Governments named by their country or capital: "russia|ORG|gov".</item>
/// <item>People: the country their titles name, else their canonical role ("john kerry|PERSON|US"), else nothing.</item>
/// <item>Organisations: the country the alias lexicon or the text gives, else nothing.</item>
/// </list>
/// Namesakes: two people with the same full name and no title, or titles from the same country, share a key (two
/// "John Smith"s of one country collide); a person whose titles name a country in one article and none in another
/// gets two keys. The store should treat a key as a strong hint, not proof, and may merge "name|PERSON|" with
/// "name|PERSON|XX" when only one XX is known for that name. One-word names ("Kerry") only become keys through the
/// full name the article gives; an article that never gives it keys the surname alone.
/// </summary>
internal static class EntityKeys
{
    public static string For(string name, EntityType type, Place? place, string? country, string? role, bool government)
    {
        var typeName = type switch
        {
            EntityType.Person => "PERSON",
            EntityType.Organization => "ORG",
            EntityType.Location => "LOC",
            _ => "MISC",
        };
        var qualifier = government ? "gov"
            : place is { } p ? p.GeoNameId?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? p.CountryCode
            : country ?? role ?? "";
        return EntityLexicon.Fold(name) + "|" + typeName + "|" + qualifier;
    }
}
