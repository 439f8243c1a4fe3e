using System.Collections.Frozen;
using Newsgraph.Text;

namespace Newsgraph.Facts.Dates;

/// <summary>The words of temporal expressions (months, weekdays, units, seasons...) from <c>en/time_words.tsv</c>.</summary>
internal static class TimeWords
{
    private static readonly ILookup<string, (string Word, string Value)> ByKind = LanguageData.Rows("en/time_words.tsv")
        .ToLookup(row => row[0], row => (row[1], row[2]));

    public static readonly FrozenDictionary<string, int> Months = Numbers("month");
    public static readonly FrozenDictionary<string, int> Weekdays = Numbers("weekday");
    public static readonly FrozenDictionary<string, int> Ordinals = Numbers("ordinal");
    public static readonly FrozenDictionary<string, string> Units = Codes("unit");
    public static readonly FrozenDictionary<string, string> Seasons = Codes("season");
    public static readonly FrozenDictionary<string, string> PartsOfDay = Codes("partofday");
    public static readonly FrozenDictionary<string, string> References = Codes("reference");
    public static readonly FrozenDictionary<string, string> Holidays = Codes("holiday");

    /// <summary>The months whose name is written in full, as a regex alternation ("September", not "Sept").</summary>
    public static readonly string FullMonthNames = string.Join("|", ByKind["month"].Where(e => !ByKind["month"].Any(o => o.Value == e.Value && o.Word.Length > e.Word.Length)).Select(e => e.Word));

    /// <summary>A regex alternation of the words of a kind, longest first so that "January" wins over "Jan".</summary>
    public static string Alternation(string kind) =>
        "(?:" + string.Join("|", ByKind[kind].Select(e => e.Word).OrderByDescending(w => w.Length)
            .Select(w => System.Text.RegularExpressions.Regex.Escape(w).Replace("\\ ", "\\s+", StringComparison.Ordinal))) + ")";

    /// <summary>The code of a unit word in singular or plural ("years" → Y, "centuries" → CE).</summary>
    public static string? Unit(string word)
    {
        var w = word.ToLowerInvariant();
        if (Units.TryGetValue(w, out var code))
        {
            return code;
        }

        if (w.EndsWith("ies", StringComparison.Ordinal) && Units.TryGetValue(w[..^3] + "y", out code))
        {
            return code;
        }

        return w.EndsWith('s') && Units.TryGetValue(w[..^1], out code) ? code : null;
    }

    public static int Month(string word)
    {
        var w = word.TrimEnd('.');
        return Months.TryGetValue(w, out var m) ? m : 0;
    }

    private static FrozenDictionary<string, int> Numbers(string kind) =>
        ByKind[kind].ToFrozenDictionary(e => e.Word, e => int.Parse(e.Value, System.Globalization.CultureInfo.InvariantCulture), StringComparer.OrdinalIgnoreCase);

    private static FrozenDictionary<string, string> Codes(string kind) =>
        ByKind[kind].ToFrozenDictionary(e => e.Word, e => e.Value, StringComparer.OrdinalIgnoreCase);
}
