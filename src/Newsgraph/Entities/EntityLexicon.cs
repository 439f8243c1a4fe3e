using System.Collections.Frozen;
using System.Globalization;
using System.Text;
using Newsgraph.Model;
using Newsgraph.Text;

namespace Newsgraph.Entities;

internal enum Gender : byte
{
    Unknown,
    Male,
    Female,
    Neuter,
}

/// <summary>A title or honorific: the gender it states and the canonical role it gives (null for Mr, Dr).</summary>
internal sealed record TitleInfo(Gender Gender, string? Role);

/// <summary>A role descriptor ("top diplomat"): its canonical role and the country the phrase implies.</summary>
internal sealed record RoleInfo(string Role, string? Country);

/// <summary>One curated alias entry: the canonical name, type and country of an entity with many names.</summary>
internal sealed record AliasEntry(string Canonical, EntityType Type, string? Country);

/// <summary>The word lists of <c>Data/en</c> and <c>Data/geo</c> that names, titles, roles and pronouns are read with.</summary>
internal static class EntityLexicon
{
    /// <summary>A first name is taken as male (female) when at least this share of its bearers is: 9 in 10 is what
    /// the SSA counts give for names people read as gendered (John 1.00, Eren 0.91), not for Kerry (0.51).</summary>
    private const double GenderedShare = 0.9;

    public static readonly FrozenSet<string> CommonWords = LanguageData.Set("en/common_words.txt", StringComparer.Ordinal);

    public static readonly FrozenSet<string> NonNames = LanguageData.Set("en/non_names.txt", StringComparer.Ordinal);

    public static readonly FrozenSet<string> Particles = LanguageData.Set("en/name_particles.txt", StringComparer.Ordinal);

    /// <summary>Head nouns of cited documents and other things that speak ("poll", "report", "data"): the "document" and "thing" rows of source_words.tsv.</summary>
    public static readonly FrozenSet<string> DocumentNouns =
        LanguageData.Rows("en/source_words.tsv").Where(row => row[0] is "document" or "thing").Select(row => row[1]).ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Words that open a modifier after a noun ("poll of voters", "poll last month").</summary>
    public static readonly FrozenSet<string> ModifierOpeners = LanguageData.Set("en/modifier_openers.txt", StringComparer.Ordinal);

    /// <summary>Prepositions that open a place's name ("in", "near").</summary>
    public static readonly FrozenSet<string> PlacePrepositions = LanguageData.Set("en/place_prepositions.txt", StringComparer.Ordinal);

    /// <summary>Words that place a town within a country: "northern" of "Khan al-Assal, northern Syria".</summary>
    public static readonly FrozenSet<string> CompassWords = LanguageData.Set("en/compass_words.txt", StringComparer.Ordinal);

    public static readonly FrozenSet<string> Affiliations = LanguageData.Set("en/affiliations.txt", StringComparer.Ordinal);

    public static readonly FrozenSet<string> GovernmentVerbs = LanguageData.Set("en/government_verbs.txt", StringComparer.Ordinal);

    public static readonly FrozenDictionary<string, double> FirstNames = LanguageData.Rows("en/first_names.tsv")
        .ToFrozenDictionary(r => r[0], r => double.Parse(r[1], CultureInfo.InvariantCulture), StringComparer.Ordinal);

    public static readonly FrozenDictionary<string, TitleInfo> Titles = LanguageData.Rows("en/titles.tsv")
        .ToFrozenDictionary(r => r[0], r => new TitleInfo(ParseGender(r[1]), r[2] == "-" ? null : r[2]), StringComparer.Ordinal);

    public static readonly FrozenDictionary<string, RoleInfo> Roles = LanguageData.Rows("en/roles.tsv")
        .ToFrozenDictionary(r => r[0], r => new RoleInfo(r[1], r[2] == "-" ? null : r[2]), StringComparer.Ordinal);

    public static readonly FrozenDictionary<string, string> BroaderRoles = LanguageData.Rows("en/role_broader.tsv")
        .ToFrozenDictionary(r => r[0], r => r[1], StringComparer.Ordinal);

    public static readonly FrozenDictionary<string, Gender> PersonNouns = LanguageData.Rows("en/person_nouns.tsv")
        .ToFrozenDictionary(r => r[0], r => ParseGender(r[1]), StringComparer.Ordinal);

    public static readonly FrozenDictionary<string, (Gender Gender, bool Plural)> Pronouns = LanguageData.Rows("en/pronouns.tsv")
        .ToFrozenDictionary(r => r[0], r => (ParseGender(r[1]), r[2] == "p"), StringComparer.Ordinal);

    public static readonly FrozenDictionary<string, EntityType> NameHeads = LanguageData.Rows("en/name_heads.tsv")
        .ToFrozenDictionary(r => r[0], r => ParseType(r[1]), StringComparer.Ordinal);

    public static readonly FrozenDictionary<string, string> Demonyms = LanguageData.Rows("geo/demonyms.tsv")
        .ToFrozenDictionary(r => r[0], r => r[1], StringComparer.OrdinalIgnoreCase);

    private static readonly (FrozenDictionary<string, AliasEntry> ByName, FrozenSet<string> InCapitals) AliasTable = LoadAliases();

    /// <summary>Every alias and canonical name (folded, see <see cref="Fold"/>) with its entry.</summary>
    public static FrozenDictionary<string, AliasEntry> Aliases => AliasTable.ByName;

    /// <summary>The aliases written in capitals ("ISIL", "US", "NATO"), as spelled: in running text such a word is the name.</summary>
    public static FrozenSet<string> CapitalAliases => AliasTable.InCapitals;

    /// <summary>The longest title in words, so title matching knows how far to look.</summary>
    public static readonly int LongestTitle = Titles.Keys.Max(k => k.Split(' ').Length);

    public static readonly int LongestRole = Roles.Keys.Max(k => k.Split(' ').Length);

    /// <summary>The gender a first name states, Unknown when its bearers are mixed or the name is not listed.</summary>
    public static Gender FirstNameGender(string firstName) =>
        FirstNames.TryGetValue(Fold(firstName), out var male)
            ? male >= GenderedShare ? Gender.Male : male <= 1 - GenderedShare ? Gender.Female : Gender.Unknown
            : Gender.Unknown;

    public static bool IsFirstName(string word) => FirstNames.ContainsKey(Fold(word));

    /// <summary>Whether news English writes <paramref name="word"/> in lower case, so a capital may only mark a sentence start.</summary>
    public static bool IsCommon(string word) => CommonWords.Contains(word.ToLowerInvariant()) || NonNames.Contains(word.TrimEnd('.'));

    /// <summary>A word or name made comparable: lower case, no accents, no dots, straight apostrophes.</summary>
    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark || c == '.')
            {
                continue;
            }

            builder.Append(c switch
            {
                '\u2019' or '\u2018' or '`' => '\'',
                '\u0131' => 'i',
                _ => char.ToLowerInvariant(c),
            });
        }

        return builder.ToString();
    }

    public static EntityType ParseType(string type) => type switch
    {
        "PERSON" or "PER" => EntityType.Person,
        "ORG" => EntityType.Organization,
        "LOC" => EntityType.Location,
        _ => EntityType.Misc,
    };

    private static Gender ParseGender(string gender) => gender switch
    {
        "m" => Gender.Male,
        "f" => Gender.Female,
        "n" => Gender.Neuter,
        _ => Gender.Unknown,
    };

    private static (FrozenDictionary<string, AliasEntry>, FrozenSet<string>) LoadAliases()
    {
        var aliases = new Dictionary<string, AliasEntry>(StringComparer.Ordinal);
        var inCapitals = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in LanguageData.Rows("en/aliases.tsv"))
        {
            var entry = new AliasEntry(row[0], ParseType(row[1]), row[2] == "-" ? null : row[2]);
            foreach (var alias in row[3].Split('|').Prepend(row[0]))
            {
                if (alias != "-")
                {
                    aliases.TryAdd(Fold(alias), entry);
                }

                if (alias.Length >= 2 && alias.All(char.IsAsciiLetterUpper))
                {
                    inCapitals.Add(alias);
                }
            }
        }

        return (aliases.ToFrozenDictionary(StringComparer.Ordinal), inCapitals.ToFrozenSet(StringComparer.Ordinal));
    }
}
