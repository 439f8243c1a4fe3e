using System.Collections.Immutable;

namespace Newsgraph.Model;

public enum TimeType : byte
{
    Date,
    Time,
    Duration,
    Set,
}

/// <summary>A temporal expression with its TIMEX3 value, null when it cannot be resolved.</summary>
public sealed record TimeExpression(int Start, int End, TimeType Type, string? Value, string? Granularity)
{
    public TextSpan Span => new(Start, End);
}

/// <summary>A counted quantity: "more than 1,400 people" killed.</summary>
public sealed record Count(int Start, int End, double Number, string? Qualifier, string? What, string? Event)
{
    public TextSpan Span => new(Start, End);

    public string? Unit { get; init; }

    /// <summary>The upper end of a range ("10 to 15"), with <see cref="Number"/> its lower end.</summary>
    public double? High { get; init; }
}

/// <summary>An outlet, agency, document or other source that the article cites, with each mention of it.</summary>
public sealed record CitedSource(string Name, string Kind, ImmutableArray<TextSpan> Mentions)
{
    /// <summary>Indices into the quote layer of the quotes this source carries.</summary>
    public ImmutableArray<int> Quotes { get; init; } = [];

    /// <summary>The claims this source is cited for outside quotes ("As the Turkish media reported, the office plans...").</summary>
    public ImmutableArray<TextSpan> Claims { get; init; } = [];
}

/// <summary>A word that weakens a claim ("reportedly", "alleged") and the span it qualifies.</summary>
public sealed record Hedge(int Start, int End, TextSpan? Claim)
{
    public TextSpan Span => new(Start, End);
}
