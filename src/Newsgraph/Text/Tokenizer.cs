using System.Collections.Immutable;
using System.Globalization;
using Newsgraph.Model;
using Newsgraph.Pipeline;

namespace Newsgraph.Text;

/// <summary>
/// Splits news English into tokens the way CoNLL-2003 and PolNeAR text is split: clitics ('s, n't) apart,
/// hyphenated compounds and numbers with separators whole, abbreviations with their period.
/// It reads the normalised text and gives offsets into the original.
/// </summary>
public sealed class Tokenizer : IComponent
{
    private static readonly string[] Clitics = ["'s", "'re", "'ve", "'ll", "'d", "'m"];

    public string Name => "tokenizer";

    public IReadOnlyList<Layer> Needs => [];

    public IReadOnlyList<Layer> Adds => [Layers.Tokens];

    public Annotations Run(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return Annotations.Of(Layers.Tokens, Tokenize(document.Normalized));
    }

    public static ImmutableArray<Token> Tokenize(string text) => Tokenize(NormalizedText.Create(text));

    public static ImmutableArray<Token> Tokenize(NormalizedText normalized)
    {
        ArgumentNullException.ThrowIfNull(normalized);
        var s = normalized.Text;
        var tokens = ImmutableArray.CreateBuilder<Token>(s.Length / 5 + 4);
        void Emit(int start, int end, TokenKind kind)
        {
            var originalStart = Math.Max(normalized.ToOriginal(start), tokens.Count > 0 ? tokens[^1].End : 0);
            var originalEnd = normalized.ToOriginal(end);
            while (originalEnd <= originalStart && end < s.Length)
            {
                // The token ends inside a recomposed combining run: it takes the whole run.
                originalEnd = normalized.ToOriginal(++end);
            }

            if (originalEnd > originalStart)
            {
                tokens.Add(new Token(originalStart, originalEnd, kind));
            }
        }

        var i = 0;
        while (i < s.Length)
        {
            var c = s[i];
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                i++;
                continue;
            }

            int end;
            if ((end = ScanUrl(s, i)) > i)
            {
                Emit(i, end, TokenKind.Url);
            }
            else if ((c == '@' || c == '#') && i + 1 < s.Length && IsWordChar(s, i + 1) && (i == 0 || !IsWordChar(s, i - 1)))
            {
                end = i + 1;
                while (end < s.Length && (IsWordChar(s, end) || s[end] == '_'))
                {
                    // A letter outside the BMP ("@handle𝐁𝐨𝐥𝐝") is two chars, and the handle takes both.
                    end += char.IsHighSurrogate(s[end]) ? 2 : 1;
                }

                Emit(i, end, TokenKind.Handle);
            }
            else if (c == '\'' && IsDecadeAbbreviation(s, i))
            {
                end = i + 4;
                Emit(i, end, TokenKind.Word);
            }
            else if (c == '\'' && IsAndContraction(s, i))
            {
                end = i + 3;
                Emit(i, end, TokenKind.Word);
            }
            else if (IsWordChar(s, i))
            {
                end = ScanWord(s, i);
                EmitWord(s, i, end, Emit);
            }
            else
            {
                end = ScanPunctuation(s, i, out var kind);
                Emit(i, end, kind);
            }

            i = end;
        }

        return tokens.ToImmutable();
    }

    private static void EmitWord(string s, int start, int end, Action<int, int, TokenKind> emit)
    {
        var word = s.AsSpan(start, end - start);
        var kind = IsNumber(word) ? TokenKind.Number : TokenKind.Word;
        var apostrophe = word.LastIndexOf('\'');
        if (apostrophe > 0)
        {
            var tail = word[apostrophe..];
            foreach (var clitic in Clitics)
            {
                if (tail.Equals(clitic, StringComparison.OrdinalIgnoreCase))
                {
                    emit(start, start + apostrophe, kind);
                    emit(start + apostrophe, end, TokenKind.Word);
                    return;
                }
            }

            if (tail.Equals("'t", StringComparison.OrdinalIgnoreCase) && apostrophe > 1 && char.ToLowerInvariant(word[apostrophe - 1]) == 'n')
            {
                // "can't" splits as "ca" + "n't", as the Penn Treebank and CoNLL do.
                emit(start, start + apostrophe - 1, kind);
                emit(start + apostrophe - 1, end, TokenKind.Word);
                return;
            }
        }

        emit(start, end, kind);
    }

    private static int ScanWord(string s, int start)
    {
        var i = start;
        while (i < s.Length)
        {
            if (IsWordChar(s, i))
            {
                i += char.IsHighSurrogate(s[i]) ? 2 : 1;
                continue;
            }

            var c = s[i];
            var hasNext = i + 1 < s.Length;
            if (c == '.' && hasNext && char.IsLetter(s[i + 1]) && IsDottedPrefix(s, start, i))
            {
                i++;
                continue;
            }

            if (hasNext && IsJoiner(c, s, i))
            {
                i++;
                continue;
            }

            break;
        }

        if (i < s.Length && s[i] == '.' && Abbreviations.IsAbbreviation(s.AsSpan(start, i + 1 - start)))
        {
            i++;
        }

        return i;
    }

    /// <summary>Characters that join two word parts: hyphens, apostrophes, and separators inside numbers.</summary>
    private static bool IsJoiner(char c, string s, int i)
    {
        var prevDigit = i > 0 && char.IsDigit(s[i - 1]);
        var nextDigit = char.IsDigit(s[i + 1]);
        return c switch
        {
            '-' => IsWordChar(s, i + 1),
            '\'' => char.IsLetter(s[i + 1]),
            '&' => i > 0 && char.IsUpper(s[i - 1]) && char.IsUpper(s[i + 1]),
            ',' or '.' or ':' or '/' => prevDigit && nextDigit,
            _ => false,
        };
    }

    /// <summary>Whether s[start..dot) is a run of single letters each followed by a period, as in "U.S" before its last period.</summary>
    private static bool IsDottedPrefix(string s, int start, int dot)
    {
        if (dot - start != 1 && !(dot - start >= 3 && s[dot - 2] == '.'))
        {
            return false;
        }

        for (var k = start; k < dot; k++)
        {
            var expectLetter = (k - start) % 2 == 0;
            if (expectLetter ? !char.IsLetter(s[k]) : s[k] != '.')
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsDecadeAbbreviation(string s, int i) =>
        i + 3 < s.Length && char.IsDigit(s[i + 1]) && char.IsDigit(s[i + 2]) && s[i + 3] == 's'
        && (i + 4 == s.Length || !IsWordChar(s, i + 4)) && (i == 0 || !IsWordChar(s, i - 1));

    /// <summary>The "’n’" of "rock ’n’ roll": an apostrophe, n, an apostrophe, standing alone.</summary>
    private static bool IsAndContraction(string s, int i) =>
        i + 2 < s.Length && s[i + 1] is 'n' or 'N' && s[i + 2] == '\''
        && (i == 0 || char.IsWhiteSpace(s[i - 1])) && (i + 3 == s.Length || char.IsWhiteSpace(s[i + 3]));

    private static int ScanUrl(string s, int start)
    {
        var span = s.AsSpan(start);
        if (!(span.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
            || span.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
            || (span.StartsWith("www.", StringComparison.OrdinalIgnoreCase) && span.Length > 4 && char.IsLetterOrDigit(span[4]))))
        {
            return start;
        }

        var end = start;
        while (end < s.Length && !char.IsWhiteSpace(s[end]) && s[end] != '"')
        {
            end++;
        }

        while (end > start && ".,;:!?')]}".Contains(s[end - 1], StringComparison.Ordinal))
        {
            end--;
        }

        return end;
    }

    private static int ScanPunctuation(string s, int i, out TokenKind kind)
    {
        var c = s[i];
        if (c == '.' && i + 2 < s.Length && s[i + 1] == '.' && s[i + 2] == '.')
        {
            kind = TokenKind.Punctuation;
            var end = i + 3;
            while (end < s.Length && s[end] == '.')
            {
                end++;
            }

            return end;
        }

        if (c == '-' && i + 1 < s.Length && s[i + 1] == '-')
        {
            kind = TokenKind.Dash;
            return i + 2;
        }

        kind = c switch
        {
            '"' or '\'' or '\u00AB' or '\u00BB' or '\u2039' or '\u203A' => TokenKind.QuoteMark,
            '\u2014' or '-' => TokenKind.Dash,
            '\u2022' or '\u25CF' or '\u25AA' or '\u25A0' or '\u2023' or '\u2043' or '\u00B7' => TokenKind.Bullet,
            _ when char.IsHighSurrogate(c) => TokenKind.Symbol,
            _ => CharUnicodeInfo.GetUnicodeCategory(c) switch
            {
                UnicodeCategory.MathSymbol or UnicodeCategory.CurrencySymbol or UnicodeCategory.OtherSymbol
                    or UnicodeCategory.ModifierSymbol => TokenKind.Symbol,
                _ => TokenKind.Punctuation,
            },
        };
        return char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]) ? i + 2 : i + 1;
    }

    private static bool IsNumber(ReadOnlySpan<char> word)
    {
        if (word.Length == 0 || !char.IsDigit(word[0]))
        {
            return false;
        }

        foreach (var c in word)
        {
            if (!char.IsDigit(c) && c is not (',' or '.' or ':' or '/'))
            {
                return false;
            }
        }

        return true;
    }

    internal static bool IsWordChar(string s, int i)
    {
        var c = s[i];
        if (char.IsLetterOrDigit(c))
        {
            return true;
        }

        if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
        {
            return char.IsLetterOrDigit(s, i);
        }

        var category = CharUnicodeInfo.GetUnicodeCategory(c);
        return category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;
    }
}
