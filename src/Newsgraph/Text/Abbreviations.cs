using System.Collections.Frozen;

namespace Newsgraph.Text;

/// <summary>The abbreviation list of <c>Data/en/abbreviations.txt</c>: which take their period, which never end a sentence.</summary>
internal static class Abbreviations
{
    private static readonly FrozenSet<string> All;
    private static readonly FrozenSet<string> Titles;

    static Abbreviations()
    {
        var all = new List<string>();
        var titles = new List<string>();
        foreach (var line in LanguageData.Lines("en/abbreviations.txt"))
        {
            var word = line.TrimStart('!');
            all.Add(word);
            if (line.StartsWith('!'))
            {
                titles.Add(word);
            }
        }

        All = all.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        Titles = titles.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Whether <paramref name="wordWithPeriod"/> ("Mr.", "U.S.", "J.") is an abbreviation or an initial.</summary>
    public static bool IsAbbreviation(ReadOnlySpan<char> wordWithPeriod)
    {
        if (wordWithPeriod.Length == 2 && char.IsUpper(wordWithPeriod[0]))
        {
            return true;
        }

        return All.GetAlternateLookup<ReadOnlySpan<char>>().Contains(wordWithPeriod) || IsDottedLetters(wordWithPeriod);
    }

    /// <summary>Whether the abbreviation is a title or reference ("Mr.", "No.") that a name or number always follows.</summary>
    public static bool NeverEndsSentence(ReadOnlySpan<char> wordWithPeriod) =>
        Titles.GetAlternateLookup<ReadOnlySpan<char>>().Contains(wordWithPeriod)
        || (wordWithPeriod.Length == 2 && char.IsUpper(wordWithPeriod[0]));

    /// <summary>Letters each followed by a period: "U.S.", "a.m.", "E.U.".</summary>
    private static bool IsDottedLetters(ReadOnlySpan<char> word)
    {
        if (word.Length < 4 || word.Length % 2 != 0)
        {
            return false;
        }

        for (var i = 0; i < word.Length; i += 2)
        {
            if (!char.IsLetter(word[i]) || word[i + 1] != '.')
            {
                return false;
            }
        }

        return true;
    }
}
