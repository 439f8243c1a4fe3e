using System.Collections.Immutable;

namespace Newsgraph.Model;

public enum QuoteKind : byte
{
    Direct,
    Indirect,
    Mixed,
}

/// <summary>
/// A reported statement: its content (without quotation marks), the cue that reports it, the mention the
/// attribution rests on and, where the text gives one, the channel it was said through ("told RT").
/// </summary>
public sealed record Quote(QuoteKind Kind, TextSpan Content)
{
    public TextSpan? Speaker { get; init; }

    /// <summary>Index into the entity layer once entities are resolved.</summary>
    public int? SpeakerEntity { get; init; }

    /// <summary>The speaker's canonical name when no entity layer resolves it.</summary>
    public string? SpeakerName { get; init; }

    public TextSpan? Cue { get; init; }

    public TextSpan? Channel { get; init; }

    /// <summary>
    /// The separate pieces of a quote interrupted by its attribution ("A," he said, "B"): the content then runs from
    /// the first piece's start to the last piece's end, as PolNeAR annotates it, and the pieces give the exact words.
    /// Empty for a quote in one piece.
    /// </summary>
    public ImmutableArray<TextSpan> Pieces { get; init; } = [];
}
