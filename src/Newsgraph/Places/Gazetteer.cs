using System.Collections.Frozen;
using System.Globalization;
using Newsgraph.Entities;
using Newsgraph.Text;

namespace Newsgraph.Places;

/// <summary>One place of the gazetteer: a country (feature class A, code PCLI), a first-level region (A, ADM1) or a town (P).</summary>
internal sealed record GazetteerEntry(
    long GeoNameId,
    string Name,
    string CountryCode,
    string FeatureClass,
    string FeatureCode,
    long Population,
    double Latitude,
    double Longitude,
    string RegionCode)
{
    public bool IsCountry => FeatureCode == "PCLI";

    public bool IsRegion => FeatureCode == "ADM1";

    public bool IsCapital => FeatureCode == "PPLC";
}

/// <summary>
/// The compact gazetteer of <c>Data/geo/places.tsv</c> (GeoNames towns of 15,000 people or more, every country and
/// the first-level regions; sources and licences in <c>Data/geo/README.md</c>), looked up by folded name.
/// </summary>
internal sealed class Gazetteer
{
    private static readonly Lazy<Gazetteer> Loaded = new(Load);

    private readonly FrozenDictionary<string, GazetteerEntry[]> _byName;
    private readonly FrozenDictionary<string, GazetteerEntry> _countries;

    private Gazetteer(FrozenDictionary<string, GazetteerEntry[]> byName, FrozenDictionary<string, GazetteerEntry> countries)
    {
        _byName = byName;
        _countries = countries;
    }

    public static Gazetteer Default => Loaded.Value;

    /// <summary>Every place called <paramref name="name"/> (by its name or an alternative one), largest first.</summary>
    public IReadOnlyList<GazetteerEntry> Find(string name) =>
        _byName.TryGetValue(EntityLexicon.Fold(name), out var entries) ? entries : [];

    public GazetteerEntry? Country(string countryCode) =>
        _countries.TryGetValue(countryCode, out var country) ? country : null;

    /// <summary>The country a name or adjective points at ("Russia", "Russian Federation", "Russian", "US"), or null.</summary>
    public string? CountryOf(string nameOrDemonym)
    {
        if (EntityLexicon.Demonyms.TryGetValue(nameOrDemonym, out var code))
        {
            return code;
        }

        var name = EntityLexicon.Aliases.TryGetValue(EntityLexicon.Fold(nameOrDemonym), out var alias) ? alias.Canonical : nameOrDemonym;
        return Find(name).FirstOrDefault(e => e.IsCountry)?.CountryCode;
    }

    private static Gazetteer Load()
    {
        var byName = new Dictionary<string, List<GazetteerEntry>>(StringComparer.Ordinal);
        var countries = new Dictionary<string, GazetteerEntry>(StringComparer.Ordinal);
        foreach (var row in LanguageData.Rows("geo/places.tsv"))
        {
            var entry = new GazetteerEntry(
                long.Parse(row[0], CultureInfo.InvariantCulture),
                row[1],
                row[3],
                row[4],
                row[5],
                long.Parse(row[6], CultureInfo.InvariantCulture),
                double.Parse(row[7], CultureInfo.InvariantCulture),
                double.Parse(row[8], CultureInfo.InvariantCulture),
                row.Length > 9 ? row[9] : "");
            if (entry.IsCountry)
            {
                countries.TryAdd(entry.CountryCode, entry);
            }

            foreach (var name in row[2].Split('|', StringSplitOptions.RemoveEmptyEntries).Prepend(row[1]))
            {
                var key = EntityLexicon.Fold(name);
                if (!byName.TryGetValue(key, out var list))
                {
                    byName[key] = list = [];
                }

                list.Add(entry);
            }
        }

        return new Gazetteer(
            byName.ToFrozenDictionary(
                p => p.Key,
                p => p.Value.OrderByDescending(e => e.IsCountry).ThenByDescending(e => e.Population).ToArray(),
                StringComparer.Ordinal),
            countries.ToFrozenDictionary(StringComparer.Ordinal));
    }
}
