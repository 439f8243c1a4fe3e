namespace Newsgraph.Model;

public enum TokenKind : byte
{
    Word,
    Number,
    Punctuation,
    QuoteMark,
    Dash,
    Bullet,
    Url,
    Handle,
    Symbol,
}

/// <summary>A token as offsets into the original text; its characters are read through <see cref="Document"/>.</summary>
public readonly record struct Token(int Start, int End, TokenKind Kind)
{
    public TextSpan Span => new(Start, End);
}
