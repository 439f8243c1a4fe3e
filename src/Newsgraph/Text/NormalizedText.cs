using System.Globalization;
using System.Text;

namespace Newsgraph.Text;

/// <summary>
/// The text with typographic variants made uniform (curly quotes to straight, dash and space variants, NFC,
/// invisible characters dropped) and a map from every normalised index back to the original text.
/// </summary>
public sealed class NormalizedText
{
    private readonly int[] _toOriginal;

    private NormalizedText(string text, int[] toOriginal)
    {
        Text = text;
        _toOriginal = toOriginal;
    }

    public string Text { get; }

    /// <summary>The original index of normalised index <paramref name="index"/> (the text length maps to the original length).</summary>
    public int ToOriginal(int index) => _toOriginal[index];

    public static NormalizedText Create(string original)
    {
        ArgumentNullException.ThrowIfNull(original);
        var builder = new StringBuilder(original.Length);
        var map = new List<int>(original.Length + 1);
        var i = 0;
        while (i < original.Length)
        {
            var runEnd = i + 1;
            if (char.IsHighSurrogate(original[i]) && runEnd < original.Length && char.IsLowSurrogate(original[runEnd]))
            {
                runEnd++;
            }

            while (runEnd < original.Length && IsCombining(original, runEnd))
            {
                runEnd++;
            }

            if (runEnd - i == 1)
            {
                var mapped = Map(original[i]);
                if (mapped != '\0')
                {
                    builder.Append(mapped);
                    map.Add(i);
                }
            }
            else
            {
                var run = original[i..runEnd];
                var composed = run.IsNormalized(NormalizationForm.FormC) ? run : run.Normalize(NormalizationForm.FormC);
                for (var k = 0; k < composed.Length; k++)
                {
                    builder.Append(composed[k]);

                    // A run that keeps its length maps one to one; a recomposed run maps wholly to its start.
                    map.Add(composed.Length == run.Length ? i + k : i);
                }
            }

            i = runEnd;
        }

        map.Add(original.Length);
        return new NormalizedText(builder.ToString(), [.. map]);
    }

    private static bool IsCombining(string text, int index)
    {
        var category = CharUnicodeInfo.GetUnicodeCategory(text, index);
        return category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;
    }

    /// <summary>The uniform form of one character, or '\0' to drop it.</summary>
    internal static char Map(char c) => c switch
    {
        '\u2018' or '\u2019' or '\u201A' or '\u201B' or '\u2032' or '\u0060' or '\u00B4' => '\'',
        '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u2033' => '"',
        '\u2010' or '\u2011' or '\u2212' => '-',
        '\u2012' or '\u2013' or '\u2014' or '\u2015' => '\u2014',
        '\u00A0' or '\u2002' or '\u2003' or '\u2004' or '\u2005' or '\u2006' or '\u2007' or '\u2008' or '\u2009' or '\u200A' or '\u202F' or '\u205F' or '\u3000' or '\t' => ' ',
        '\u00AD' or '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' => '\0',
        '\r' => '\n',
        _ => c,
    };
}
