namespace Newsgraph.Model;

public enum ParagraphKind : byte
{
    Body,
    Headline,
    /// <summary>A line printed twice in a row, as photo captions are in scraped copy.</summary>
    Caption,
    /// <summary>The bulleted first line of another story carried in the same file.</summary>
    StoryHeadline,
}

/// <summary>A paragraph; <see cref="Story"/> counts the stories of the file from 0.</summary>
public readonly record struct Paragraph(int Start, int End, ParagraphKind Kind, int Story)
{
    public TextSpan Span => new(Start, End);
}
