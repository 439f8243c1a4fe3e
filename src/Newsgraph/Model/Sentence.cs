namespace Newsgraph.Model;

/// <summary>A sentence: its character span, its tokens [FirstToken, EndToken) and the paragraph it belongs to.</summary>
public readonly record struct Sentence(int Start, int End, int FirstToken, int EndToken, int Paragraph)
{
    public TextSpan Span => new(Start, End);

    public int TokenCount => EndToken - FirstToken;
}
