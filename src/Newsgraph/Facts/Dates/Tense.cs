using System.Collections.Frozen;
using System.Text.RegularExpressions;
using Newsgraph.Text;

namespace Newsgraph.Facts.Dates;

internal enum ClauseTense : byte
{
    Past,
    Future,
}

/// <summary>
/// The tense of the clause around a temporal expression, from the nearest tense marker in its sentence:
/// future auxiliaries and plans ("will", "would", "is expected") against past forms ("was", "-ed" verbs).
/// </summary>
internal static class Tense
{
    private static readonly FrozenDictionary<string, string> Markers = LanguageData.Rows("en/tense_markers.tsv")
        .ToFrozenDictionary(row => row[1], row => row[0], StringComparer.OrdinalIgnoreCase);

    /// <summary>A reporting verb dates the report, not the event, unless it is this close ("said Friday").</summary>
    private const int SpeechVerbReach = 2;

    /// <summary>Markers further than this many tokens away belong to another clause more often than not.</summary>
    private const int MaxReach = 15;

    /// <summary>A comma further than this ends the clause; a nearer one is usually an apposition ("on Friday, March 8").</summary>
    private const int ClauseCommaReach = 2;

    /// <summary>"be" this many tokens before a participle still governs it ("be quickly held"); further back it is another verb group.</summary>
    private const int BeReach = 2;

    /// <summary>Regular past forms shorter than this ("bed", "red", "fed") are too often not verbs.</summary>
    private const int MinRegularPastLength = 5;

    /// <summary>"as soon as Tuesday", "as early as next week": the earliest time something may happen is still to come.</summary>
    private static readonly Regex Earliest = new(@"\bas\s+(?:soon|early)\s+as\s+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    /// <summary>Characters looked at before an expression for "as soon as".</summary>
    private const int EarliestReach = 16;

    /// <summary>The tense shown by the nearest marker in the clause; news defaults to the past.</summary>
    public static ClauseTense At(Document document, int start, int end) => Marked(document, start, end).Tense;

    /// <summary>The tense of the clause, and whether a marker shows it (else it is the default past of news).</summary>
    public static (ClauseTense Tense, bool Marked) Marked(Document document, int start, int end)
    {
        if (document.Tokens.IsDefaultOrEmpty || document.Sentences.IsDefaultOrEmpty)
        {
            return (ClauseTense.Past, false);
        }

        var first = document.TokenAt(start);
        var last = Math.Max(first, document.TokenAt(end) - 1);
        if (first >= document.Tokens.Length)
        {
            return (ClauseTense.Past, false);
        }

        if (Earliest.IsMatch(document.Text.AsSpan(Math.Max(0, start - EarliestReach), Math.Min(start, EarliestReach))))
        {
            return (ClauseTense.Future, true);
        }

        var sentence = document.Sentences[document.SentenceOfToken(first)];
        var tense = Nearest(document, first - 1, sentence.FirstToken - 1, -1) ?? Nearest(document, last + 1, sentence.EndToken, 1);
        return (tense ?? ClauseTense.Past, tense is not null);
    }

    /// <summary>The tense of the nearest marker walking from <paramref name="from"/> towards <paramref name="stop"/>, within the clause.</summary>
    private static ClauseTense? Nearest(Document document, int from, int stop, int step)
    {
        for (int i = from, distance = 1; (step > 0 ? i < stop : i > stop) && distance <= MaxReach; i += step, distance++)
        {
            var word = Word(document, i);
            if (word is ";" or ":" || (word == "," && distance > ClauseCommaReach))
            {
                return null;
            }

            // "is to resume trading Tuesday": "is/are to" plans what is still to come.
            var kind = word == "to" && i > 0 && Word(document, i - 1).ToLowerInvariant() is "is" or "are" ? "future" : Classify(word);
            if (kind is null || (kind == "speech" && distance > SpeechVerbReach) || (kind == "past" && AfterBareBe(document, i)))
            {
                continue;
            }

            return kind == "future" ? ClauseTense.Future : ClauseTense.Past;
        }

        return null;
    }

    /// <summary>"would be held", "to be named": a participle after a bare "be" takes its tense from the word before "be".</summary>
    private static bool AfterBareBe(Document document, int token)
    {
        for (var i = token - 1; i >= Math.Max(0, token - BeReach); i--)
        {
            if (Word(document, i).Equals("be", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static string Word(Document document, int token)
    {
        var t = document.Tokens[token];
        return document.Text[t.Start..t.End].Replace('\u2019', '\'');
    }

    private static string? Classify(string word)
    {
        if (Markers.TryGetValue(word, out var kind))
        {
            return kind == "none" ? null : kind;
        }

        return word.Length >= MinRegularPastLength && word.EndsWith("ed", StringComparison.Ordinal) && char.IsLower(word[0])
            ? "past"
            : null;
    }
}
