using System.Collections.Immutable;
using Newsgraph.Model;

namespace Newsgraph.Quotes;

internal enum MarkKind : byte
{
    Double,
    Single,
    Guillemet,
}

/// <summary>
/// A stretch of text between paired quotation marks, outermost level only. <see cref="OpenToken"/> and
/// <see cref="CloseToken"/> are the mark tokens (CloseToken is -1 for a quote left open at the end of its text);
/// a quote that runs over several paragraphs (the opening mark repeated on each) has one piece per paragraph.
/// </summary>
internal sealed record QuotedSpan(int OpenToken, int CloseToken, TextSpan Content, ImmutableArray<TextSpan> Pieces)
{
    /// <summary>The last token inside the marks (exclusive end of the content's tokens).</summary>
    public required int ContentEndToken { get; init; }

    public bool IsOpenEnded => CloseToken < 0;

    /// <summary>The token after the closing mark, or the content's end for an open quote.</summary>
    public int AfterToken => CloseToken < 0 ? ContentEndToken : CloseToken + 1;
}

/// <summary>
/// Pairs quotation marks: straight, curly double and single, guillemets and NYT-style '' pairs. An apostrophe
/// (Russia’s, countries’ differences, ’90s, rock ’n’ roll) is never taken for a closing mark; mismatched marks
/// (”Today … ’) still pair; a quote whose next paragraph opens with the same mark continues there.
/// </summary>
internal static class QuoteMarks
{
    private readonly record struct Mark(int First, int Last, int Start, int End, MarkKind Kind, bool CanOpen, bool CanClose, bool Weak, int Paragraph)
    {
        /// <summary>A typewriter mark (" or '), which texts with curly marks sometimes leave stray at a paragraph's start.</summary>
        public bool Straight { get; init; }
    }

    public static ImmutableArray<QuotedSpan> Find(Document document)
    {
        var marks = Marks(document);
        var result = ImmutableArray.CreateBuilder<QuotedSpan>();
        var stack = new List<Mark>();
        var pieces = new List<TextSpan>();
        var firstOpen = -1;
        var strayInside = false;

        // In a text set with curly marks, a typewriter mark left open is a stray, not a quote running to the paragraph's end.
        var usesCurly = document.Text.Contains('\u201C', StringComparison.Ordinal) || document.Text.Contains('\u2018', StringComparison.Ordinal);
        var text = document.Text;
        var paragraphs = document.Paragraphs;
        for (var m = 0; m < marks.Count; m++)
        {
            var mark = marks[m];
            if (stack.Count > 0 && stack[0].Paragraph != mark.Paragraph)
            {
                m = EndParagraph(m) - 1;
                continue;
            }

            if (mark.CanClose && TryClose(m))
            {
                continue;
            }

            if (mark.CanOpen)
            {
                stack.Add(mark);
            }
        }

        if (stack.Count > 0)
        {
            EndParagraph(marks.Count);
        }

        return result.ToImmutable();

        bool TryClose(int m)
        {
            var mark = marks[m];
            var index = stack.FindLastIndex(open => open.Kind == mark.Kind && open.Straight == mark.Straight);
            if (index < 0)
            {
                index = stack.FindLastIndex(open => open.Kind == mark.Kind);
            }

            if (index >= 0)
            {
                if (mark.Weak && HasLaterCloser(marks, m, mark.Kind, weakAllowed: false))
                {
                    return true;
                }

                // Marks below of the other style (a stray typewriter quote) do not make this quote an inner one.
                if (stack.Take(index).All(open => open.Kind == mark.Kind && open.Straight != mark.Straight))
                {
                    Emit(stack[index], mark);
                    strayInside |= index > 0;
                    stack.RemoveRange(index, stack.Count - index);
                    return true;
                }

                stack.RemoveRange(index, stack.Count - index);
                return true;
            }

            var top = stack.Count > 0 ? stack[^1] : default;
            if (stack.Count == 1 && top.Kind == MarkKind.Double && mark.Kind == MarkKind.Single && !mark.Weak
                && !HasLaterCloser(marks, m, MarkKind.Double, weakAllowed: true))
            {
                Emit(top, mark);
                stack.Clear();
                return true;
            }

            return false;
        }

        // Called at the first mark of a later paragraph (or the end): closes or continues what is still open.
        int EndParagraph(int next)
        {
            var open = stack[0];
            var paragraph = paragraphs[open.Paragraph];
            stack.Clear();
            if (next < marks.Count && marks[next] is var first && first.CanOpen && first.Kind == open.Kind && first.Straight == open.Straight
                && first.Paragraph == open.Paragraph + 1 && first.Start == paragraphs[first.Paragraph].Start
                && paragraphs[first.Paragraph].Kind == ParagraphKind.Body)
            {
                pieces.Add(Trim(text, open.End, paragraph.End));
                firstOpen = firstOpen < 0 ? open.First : firstOpen;
                stack.Add(first);
                return next + 1;
            }

            if (!open.Straight || !(strayInside || usesCurly))
            {
                Emit(open, null);
            }

            strayInside = false;
            return next;
        }

        void Emit(Mark open, Mark? close)
        {
            var end = close?.Start ?? paragraphs[open.Paragraph].End;
            var last = Trim(text, open.End, end);
            pieces.Add(last);
            var all = pieces.Where(p => p.Length > 0).ToImmutableArray();
            var openToken = firstOpen < 0 ? open.First : firstOpen;
            pieces.Clear();
            firstOpen = -1;
            if (all.IsEmpty)
            {
                return;
            }

            var content = new TextSpan(all[0].Start, all[^1].End);
            var contentEnd = close?.First ?? document.TokenAt(end);
            result.Add(new QuotedSpan(openToken, close?.Last ?? -1, content, all.Length > 1 ? all : [])
            {
                ContentEndToken = contentEnd,
            });
        }
    }

    private static bool HasLaterCloser(List<Mark> marks, int m, MarkKind kind, bool weakAllowed)
    {
        for (var k = m + 1; k < marks.Count && marks[k].Paragraph == marks[m].Paragraph; k++)
        {
            if (marks[k].Kind == kind && marks[k].CanClose && (weakAllowed || !marks[k].Weak))
            {
                return true;
            }

            if (marks[k].Kind == kind && marks[k].CanOpen && !marks[k].CanClose)
            {
                return false;
            }
        }

        return false;
    }

    private static TextSpan Trim(string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return new TextSpan(start, end);
    }

    private static List<Mark> Marks(Document document)
    {
        var text = document.Text;
        var tokens = document.Tokens;
        var paragraphs = document.Paragraphs;
        var marks = new List<Mark>();
        var p = 0;
        for (var t = 0; t < tokens.Length; t++)
        {
            var token = tokens[t];
            if (token.Kind != TokenKind.QuoteMark)
            {
                continue;
            }

            while (p + 1 < paragraphs.Length && paragraphs[p].End <= token.Start)
            {
                p++;
            }

            var first = t;
            var last = t;
            var c = text[token.Start];
            var kind = c switch
            {
                '"' or '\u201C' or '\u201D' or '\u201E' or '\u201F' => MarkKind.Double,
                '\u00AB' or '\u00BB' or '\u2039' or '\u203A' => MarkKind.Guillemet,
                _ => MarkKind.Single,
            };

            // Two single marks in a row are one double mark, as NYT-style '' is.
            if (kind == MarkKind.Single && t + 1 < tokens.Length && tokens[t + 1].Kind == TokenKind.QuoteMark
                && tokens[t + 1].Start == token.End && text[tokens[t + 1].Start] is '\'' or '\u2019' or '\u2018' && c is '\'' or '\u2019' or '\u2018')
            {
                kind = MarkKind.Double;
                last = t + 1;
            }

            var start = token.Start;
            var end = tokens[last].End;
            var paragraph = paragraphs.Length > 0 ? paragraphs[p] : new Paragraph(0, text.Length, ParagraphKind.Body, 0);
            var before = start > paragraph.Start ? text[start - 1] : ' ';
            var after = end < paragraph.End ? text[end] : ' ';
            t = last;
            if (char.IsLetterOrDigit(before) && char.IsLetterOrDigit(after))
            {
                continue;
            }

            if (kind == MarkKind.Single && IsRockNRoll(text, start, paragraph))
            {
                continue;
            }

            var leftOpen = char.IsWhiteSpace(before) || start == paragraph.Start || "([{\u2015\u2014\u2013-/\"\u201C\u2018'\u00AB:".Contains(before, StringComparison.Ordinal);
            var rightClose = char.IsWhiteSpace(after) || end == paragraph.End || ".,;:!?)]}\u2015\u2014\u2013-\u2026\"\u201D\u2019'\u00BB".Contains(after, StringComparison.Ordinal);
            var canOpen = leftOpen && !char.IsWhiteSpace(after) && end < paragraph.End
                && c is not ('\u2019' or '\u00BB' or '\u203A');
            var canClose = rightClose && !char.IsWhiteSpace(before) && start > paragraph.Start
                && c is not ('\u2018' or '\u201C' or '\u00AB' or '\u2039' or '\u201E');
            if (kind == MarkKind.Single && char.IsDigit(after) && !canClose)
            {
                continue;
            }

            // After a plural -s and before a word, a single mark is most often a possessive apostrophe (countries’ differences).
            var weak = kind == MarkKind.Single && before is 's' or 'S' or 'z' && char.IsWhiteSpace(after)
                && end + 1 < paragraph.End && char.IsLetterOrDigit(text[end + 1]);
            marks.Add(new Mark(first, last, start, end, kind, canOpen, canClose, weak, p) { Straight = c is '"' or '\'' });
        }

        return marks;
    }

    private static bool IsRockNRoll(string text, int start, Paragraph paragraph) =>
        (start + 2 < paragraph.End && text[start + 1] == 'n' && text[start + 2] is '\u2019' or '\'')
        || (start - 2 >= paragraph.Start && text[start - 1] == 'n' && text[start - 2] is '\u2019' or '\'' or '\u2018');
}
