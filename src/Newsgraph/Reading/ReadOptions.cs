namespace Newsgraph.Reading;

/// <summary>How inputs are read: whether a plain-text file starts with its headline, and a publication date to assume.</summary>
public sealed record ReadOptions
{
    public static readonly ReadOptions Default = new();

    public bool HasHeadline { get; init; } = true;

    /// <summary>Used when the input itself carries no publication date.</summary>
    public DateOnly? Published { get; init; }

    /// <summary>Inputs larger than this are refused: no single article comes near it, and analysis time grows with length.</summary>
    public long MaxBytes { get; init; } = 16L * 1024 * 1024;
}
