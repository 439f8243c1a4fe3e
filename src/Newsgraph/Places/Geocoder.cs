using Newsgraph.Model;

namespace Newsgraph.Places;

/// <summary>
/// Puts a place name on the map: among the gazetteer's places of that name it prefers the one the text qualifies
/// ("Paris, Texas"), then one in a country the article names, then the most populous.
/// </summary>
internal static class Geocoder
{
    /// <summary>Weight of the article's countries against population: a place in a country the article names wins
    /// over one 10^3 times larger elsewhere (Moscow, Idaho stays behind Moscow, Russia; Paris, Texas needs its qualifier).</summary>
    private const double ArticleCountryWeight = 3.0;

    /// <summary>A qualifier right after the name ("Paris, Texas", "Paris, France") settles the choice outright.</summary>
    private const double QualifierWeight = 100.0;

    /// <summary>A national capital is what news means by its bare name far more often than a same-named region:
    /// 10^1.5 ≈ 30 times its population (Washington, D.C. over Washington State).</summary>
    private const double CapitalBonus = 1.5;

    /// <summary>A region loses to a town of the same name in its country (New York, the city, over the state).</summary>
    private const double RegionPenalty = 1.5;

    /// <summary>
    /// The place <paramref name="name"/> most likely means. <paramref name="articleCountries"/> counts how often the
    /// article names each country (directly, through demonyms or through unambiguous towns); <paramref name="qualifier"/>
    /// is a region or country written right after the name, or null.
    /// </summary>
    public static GazetteerEntry? Locate(
        Gazetteer gazetteer, string name, IReadOnlyDictionary<string, int> articleCountries, string? qualifier)
    {
        var candidates = gazetteer.Find(name);
        if (candidates.Count == 0)
        {
            return null;
        }

        if (candidates[0].IsCountry)
        {
            return candidates[0];
        }

        var qualifiers = qualifier is null ? [] : gazetteer.Find(qualifier);
        GazetteerEntry? best = null;
        var bestScore = double.NegativeInfinity;
        foreach (var candidate in candidates)
        {
            var score = Math.Log10(Math.Max(candidate.Population, 1));
            if (candidate.IsCapital)
            {
                score += CapitalBonus;
            }

            if (candidate.IsRegion && candidates.Any(c => c.FeatureClass == "P" && c.CountryCode == candidate.CountryCode))
            {
                score -= RegionPenalty;
            }

            if (articleCountries.ContainsKey(candidate.CountryCode))
            {
                score += ArticleCountryWeight;
            }

            if (qualifiers.Any(q => q.CountryCode == candidate.CountryCode && (q.IsCountry || q.RegionCode == candidate.RegionCode)))
            {
                score += QualifierWeight;
            }

            if (score > bestScore)
            {
                best = candidate;
                bestScore = score;
            }
        }

        return best;
    }

    public static Place ToPlace(GazetteerEntry entry) =>
        new(entry.Latitude, entry.Longitude, entry.CountryCode, entry.FeatureClass, entry.GeoNameId == 0 ? null : entry.GeoNameId);
}
