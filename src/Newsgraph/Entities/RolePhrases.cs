using Newsgraph.Model;
using Newsgraph.Places;

namespace Newsgraph.Entities;

/// <summary>What a title, appositive or descriptor says about a person: canonical role, country, gender and its role words.</summary>
internal sealed record RoleReading(string? Role, string? Country, Gender Gender, IReadOnlyList<string> Words);

/// <summary>
/// Reads titles ("US Secretary of State"), appositives ("a columnist at the pro-government Star daily") and
/// descriptors ("the head of the US State Department") over tokens: place words give the country, the rest is looked
/// up in the title and role lexicons.
/// </summary>
internal sealed class RolePhrases(Document document)
{
    /// <summary>A descriptor or title runs at most this many words: "the head of the US State Department" has seven.</summary>
    public const int LongestPhrase = 9;

    private static readonly HashSet<string> Modifiers = new(["top", "chief", "senior", "current", "new", "incumbent", "outgoing"], StringComparer.Ordinal);

    /// <summary>Words that make a title someone else's ("former president", "deputy foreign minister").</summary>
    private static readonly HashSet<string> OtherHolder = new(["former", "ex", "late", "deputy", "assistant", "vice", "acting", "future", "next", "previous"], StringComparer.Ordinal);

    private readonly Gazetteer _gazetteer = Gazetteer.Default;

    public string Word(int t) => document.Text[document.Tokens[t].Start..document.Tokens[t].End];

    public string Folded(int t) => EntityLexicon.Fold(Word(t));

    /// <summary>The country a word stands for: "US", "Russian", "Istanbul" (a town's country), or null.</summary>
    public string? CountryOfWord(int t)
    {
        var word = Word(t);
        if (!char.IsUpper(word[0]))
        {
            return null;
        }

        return _gazetteer.CountryOf(word) ?? (_gazetteer.Find(word) is [var place, ..] && !EntityLexicon.IsCommon(word) ? place.CountryCode : null);
    }

    /// <summary>
    /// The title that ends right before token <paramref name="nameStart"/> ("US Secretary of State" before "John Kerry"),
    /// as its first token, or -1. <paramref name="floor"/> is the first token it may start at.
    /// </summary>
    public int TitleBefore(int nameStart, int floor, out RoleReading reading)
    {
        reading = new RoleReading(null, null, Gender.Unknown, []);
        var best = -1;
        for (var start = nameStart - 1; start >= Math.Max(floor, nameStart - LongestPhrase); start--)
        {
            if (document.Tokens[start].Kind is not (TokenKind.Word or TokenKind.Number))
            {
                break;
            }

            if (ReadTitle(start, nameStart) is { } found)
            {
                best = start;
                reading = found;
            }
        }

        return best;
    }

    /// <summary>Reads [start, end) as place words, modifiers, one title and its complement ("for European ... Affairs").</summary>
    private RoleReading? ReadTitle(int start, int end)
    {
        var t = start;
        string? country = null;
        while (t < end && (EntityLexicon.Affiliations.Contains(Folded(t)) && !EntityLexicon.Titles.ContainsKey(Key(t, Math.Min(end, t + 2)))
            || CountryOfWord(t) is not null && !EntityLexicon.Titles.ContainsKey(Folded(t))))
        {
            country ??= CountryOfWord(t);
            t++;
        }

        var other = false;
        while (t < end && (OtherHolder.Contains(Folded(t)) || Modifiers.Contains(Folded(t)) || Folded(t) == "foreign" && t + 1 < end && Folded(t + 1) != "minister"))
        {
            other |= OtherHolder.Contains(Folded(t));
            t++;
        }

        for (var length = Math.Min(EntityLexicon.LongestTitle, end - t); length > 0; length--)
        {
            var key = Key(t, t + length);
            if (!EntityLexicon.Titles.TryGetValue(key, out var title))
            {
                continue;
            }

            // Only a complement may follow the title: particles, place and capitalised words ("of State for ... Affairs").
            for (var k = t + length; k < end; k++)
            {
                var w = Word(k);
                if (!(EntityLexicon.Particles.Contains(w) || w == "to" || char.IsUpper(w[0])))
                {
                    return null;
                }

                country ??= Folded(k - 1) is "to" or "of" or "for" ? null : CountryOfWord(k);
            }

            var words = Enumerable.Range(t, length).Select(Folded).ToList();
            return new RoleReading(other ? null : title.Role, country, title.Gender, words);
        }

        return null;
    }

    /// <summary>
    /// A role descriptor starting at the article <paramref name="start"/> ("the top US diplomat", "the Russian foreign
    /// minister"): its end token (exclusive) and reading, or -1.
    /// </summary>
    public int DescriptorAt(int start, int limit, out RoleReading reading)
    {
        reading = new RoleReading(null, null, Gender.Unknown, []);
        var kept = new List<int>();
        string? country = null;
        for (var t = start + 1; t < Math.Min(limit, start + 1 + LongestPhrase); t++)
        {
            if (document.Tokens[t].Kind != TokenKind.Word)
            {
                break;
            }

            if (OtherHolder.Contains(Folded(t)))
            {
                return -1;
            }

            if (CountryOfWord(t) is { } c && !EntityLexicon.Titles.ContainsKey(Folded(t)))
            {
                country ??= c;
                continue;
            }

            if (EntityLexicon.Affiliations.Contains(Folded(t)) && kept.Count == 0 && !EntityLexicon.Roles.ContainsKey(Key(t, Math.Min(limit, t + 2))))
            {
                continue;
            }

            kept.Add(t);
        }

        var skipped = 0;
        while (skipped < kept.Count && Modifiers.Contains(Folded(kept[skipped])) && !EntityLexicon.Roles.ContainsKey(string.Join(" ", kept.Skip(skipped).Take(2).Select(Folded))))
        {
            skipped++;
        }

        for (var length = Math.Min(EntityLexicon.LongestRole, kept.Count - skipped); length > 0; length--)
        {
            var words = kept.Skip(skipped).Take(length).ToList();
            var key = string.Join(" ", words.Select(Folded));
            if (EntityLexicon.Roles.TryGetValue(key, out var role))
            {
                var end = words[^1] + 1;
                reading = new RoleReading(role.Role, role.Country ?? country, Gender.Unknown, [.. key.Split(' ')]);
                return end;
            }

            if (length == 1 && EntityLexicon.PersonNouns.TryGetValue(key, out var gender))
            {
                reading = new RoleReading(null, country, gender, [key]);
                return words[0] + 1;
            }
        }

        return -1;
    }

    /// <summary>An appositive's reading ("Turkish MP for leftist HDP party"): the first title or person noun in it.</summary>
    public RoleReading? ReadAppositive(int start, int end)
    {
        string? country = null;
        for (var t = start; t < end; t++)
        {
            country ??= CountryOfWord(t);
            for (var length = Math.Min(EntityLexicon.LongestTitle, end - t); length > 0; length--)
            {
                var key = Key(t, t + length);
                if (EntityLexicon.Titles.TryGetValue(key, out var title))
                {
                    var other = t > start && OtherHolder.Contains(Folded(t - 1));
                    return new RoleReading(other ? null : title.Role, country, title.Gender, [.. key.Split(' ')]);
                }
            }

            if (EntityLexicon.PersonNouns.TryGetValue(Folded(t), out var gender))
            {
                return new RoleReading(null, country, gender, [Folded(t)]);
            }
        }

        return null;
    }

    private string Key(int start, int end) => string.Join(" ", Enumerable.Range(start, end - start).Select(Folded));
}
