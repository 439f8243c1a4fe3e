using System.Collections.Immutable;

namespace Newsgraph.Model;

public enum EntityType : byte
{
    Person,
    Organization,
    Location,
    Misc,
}

public enum MentionKind : byte
{
    Name,
    Title,
    Descriptor,
    Pronoun,
}

/// <summary>A stretch of text that refers to something: a proper name, a title, a descriptor or a pronoun.</summary>
public sealed record Mention(int Start, int End, EntityType Type, MentionKind Kind)
{
    public TextSpan Span => new(Start, End);
}

/// <summary>One real-world entity of the article with every mention of it (indices into the mention layer).</summary>
public sealed record Entity(
    int Id,
    EntityType Type,
    string Name,
    ImmutableArray<string> Titles,
    ImmutableArray<int> Mentions)
{
    /// <summary>A key that stays the same for the same entity across articles.</summary>
    public string? Key { get; init; }

    public Place? Place { get; init; }
}

/// <summary>Where a location entity is on the map.</summary>
public sealed record Place(double Latitude, double Longitude, string CountryCode, string FeatureClass, long? GeoNameId);
