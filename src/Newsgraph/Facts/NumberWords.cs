using System.Collections.Frozen;
using System.Globalization;
using System.Text.RegularExpressions;
using Newsgraph.Text;

namespace Newsgraph.Facts;

/// <summary>Reads numbers written in digits ("1,400", "3.5") or words ("twenty-four", "three and a half", "2 million").</summary>
internal static class NumberWords
{
    private static readonly FrozenDictionary<string, (double Value, string Kind)> Words =
        LanguageData.Rows("en/number_words.tsv").ToFrozenDictionary(
            row => row[0],
            row => (double.Parse(row[1], CultureInfo.InvariantCulture), row[2]),
            StringComparer.OrdinalIgnoreCase);

    /// <summary>Digits with optional thousands separators and decimals.</summary>
    public const string Digits = @"(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)";

    /// <summary>Number words that count exactly (not the vague plurals), longest first so the alternation is greedy.</summary>
    public static readonly string Word = "(?:" + string.Join("|", Words
        .Where(w => w.Value.Kind is "unit" or "teen" or "ten" or "scale")
        .Select(w => w.Key)
        .OrderByDescending(w => w.Length)) + ")";

    /// <summary>A number in digits or words, with "and a half" and a scale word ("2 million", "a hundred").</summary>
    public static readonly string Pattern =
        $@"(?:(?:{Digits}|{Word}(?:(?:-|\s+|\s+and\s+){Word})*)(?:\s+and\s+a\s+half)?(?:\s+(?:million|billion|trillion|thousand|hundred))?|an?\s+(?:hundred|thousand|million|billion|dozen))(?![\w])";

    public static readonly Regex Number = new(Pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    /// <summary>The value of a vague plural ("dozens", "hundreds") or "a couple", null for other words.</summary>
    public static double? Vague(string word) =>
        Words.TryGetValue(word, out var entry) && entry.Kind == "vague" ? entry.Value : null;

    /// <summary>The value of a number in digits or words; null when the text is not one number.</summary>
    public static double? Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = text.Trim();
        var half = 0.0;
        if (trimmed.EndsWith("and a half", StringComparison.OrdinalIgnoreCase))
        {
            half = 0.5;
            trimmed = trimmed[..^"and a half".Length].Trim();
        }

        var parts = trimmed.Split([' ', '-', '\u00A0'], StringSplitOptions.RemoveEmptyEntries);
        double total = 0, group = 0;
        var any = false;
        foreach (var raw in parts)
        {
            var part = raw.ToLowerInvariant();
            if (part == "and")
            {
                continue;
            }

            if ((part == "a" || part == "an") && !any)
            {
                group = 1;
                any = true;
                continue;
            }

            if (double.TryParse(part.Replace(",", "", StringComparison.Ordinal), NumberStyles.Float, CultureInfo.InvariantCulture, out var digits))
            {
                group += digits;
                any = true;
                continue;
            }

            if (!Words.TryGetValue(part, out var word) || word.Kind == "vague")
            {
                return null;
            }

            any = true;
            if (word.Kind == "scale")
            {
                group = (group == 0 ? 1 : group + half) * word.Value;
                half = 0;
                if (word.Value >= 1000)
                {
                    total += group;
                    group = 0;
                }
            }
            else
            {
                group += word.Value;
            }
        }

        return any ? total + group + half : null;
    }
}
