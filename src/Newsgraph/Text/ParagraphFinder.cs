using System.Collections.Immutable;
using Newsgraph.Model;
using Newsgraph.Pipeline;

namespace Newsgraph.Text;

/// <summary>
/// Finds paragraphs (blank-line separated, or one a line when the text has no blank lines), the headline, captions
/// printed twice, and a second story started by a bulleted headline.
/// </summary>
public sealed class ParagraphFinder : IComponent
{
    public string Name => "paragraphs";

    public IReadOnlyList<Layer> Needs => [];

    public IReadOnlyList<Layer> Adds => [Layers.Paragraphs];

    public Annotations Run(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return Annotations.Of(Layers.Paragraphs, Find(document.Text, document.Info.TitleSpan));
    }

    public static ImmutableArray<Paragraph> Find(string text, TextSpan? headline = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var spans = Split(text);
        var result = ImmutableArray.CreateBuilder<Paragraph>(spans.Count);
        var story = 0;
        for (var p = 0; p < spans.Count; p++)
        {
            var span = spans[p];
            var kind = ParagraphKind.Body;
            if (headline is { } h && span.Overlaps(h))
            {
                kind = ParagraphKind.Headline;
            }
            else if (StartsWithBullet(text, span) && p > 0)
            {
                kind = ParagraphKind.StoryHeadline;
                story++;
            }
            else if ((p > 0 && SameLine(text, spans[p - 1], span)) || (p + 1 < spans.Count && SameLine(text, spans[p + 1], span)))
            {
                kind = ParagraphKind.Caption;
            }

            result.Add(new Paragraph(span.Start, span.End, kind, story));
        }

        return result.ToImmutable();
    }

    private static List<TextSpan> Split(string text)
    {
        var lines = new List<TextSpan>();
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i == text.Length || text[i] == '\n' || (text[i] == '\r' && !(i + 1 < text.Length && text[i + 1] == '\n')))
            {
                lines.Add(new TextSpan(start, i));
                start = i + 1;
            }
        }

        var hasBlankLine = lines.Any(line => IsBlank(text, line)) && lines.Count(line => !IsBlank(text, line)) > 1;
        var paragraphs = new List<TextSpan>();
        TextSpan? current = null;
        var previousLine = default(TextSpan);
        foreach (var line in lines)
        {
            if (IsBlank(text, line))
            {
                Flush();
                continue;
            }

            var trimmed = Trim(text, line);
            var repeated = SameLine(text, previousLine, trimmed);
            previousLine = trimmed;
            if (!hasBlankLine || current is null || StartsWithBullet(text, trimmed) || repeated)
            {
                Flush();
                current = trimmed;
            }
            else
            {
                current = new TextSpan(current.Value.Start, trimmed.End);
            }
        }

        Flush();
        return paragraphs;

        void Flush()
        {
            if (current is { } c)
            {
                paragraphs.Add(c);
            }

            current = null;
        }
    }

    private static bool IsBlank(string text, TextSpan line) => text.AsSpan(line.Start, line.Length).IsWhiteSpace();

    private static TextSpan Trim(string text, TextSpan line)
    {
        int s = line.Start, e = line.End;
        while (s < e && char.IsWhiteSpace(text[s]))
        {
            s++;
        }

        while (e > s && char.IsWhiteSpace(text[e - 1]))
        {
            e--;
        }

        return new TextSpan(s, e);
    }

    private static bool StartsWithBullet(string text, TextSpan span) =>
        span.Length > 0 && text[span.Start] is '\u2022' or '\u25CF' or '\u25AA' or '\u25A0' or '\u2023' or '\u2043' or '*';

    private static bool SameLine(string text, TextSpan a, TextSpan b) =>
        a.Length == b.Length && a.Length > 0 && text.AsSpan(a.Start, a.Length).SequenceEqual(text.AsSpan(b.Start, b.Length));
}
