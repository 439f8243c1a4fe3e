using System.Collections.Immutable;
using Newsgraph.Model;

namespace Newsgraph.Pipeline;

/// <summary>The name of one kind of annotation a document can carry.</summary>
public abstract class Layer
{
    private protected Layer(string name) => Name = name;

    public string Name { get; }

    public override string ToString() => Name;
}

/// <summary>A layer whose annotations are items of type <typeparamref name="T"/>.</summary>
public sealed class Layer<T> : Layer
{
    internal Layer(string name)
        : base(name)
    {
    }
}

/// <summary>Every layer Newsgraph knows; components name these in what they need and add.</summary>
public static class Layers
{
    public static readonly Layer<Token> Tokens = new("tokens");
    public static readonly Layer<Sentence> Sentences = new("sentences");
    public static readonly Layer<Paragraph> Paragraphs = new("paragraphs");

    /// <summary>Proper-name mentions with their type, as a name tagger finds them.</summary>
    public static readonly Layer<Mention> Names = new("names");

    /// <summary>All mentions (names, titles, descriptors, pronouns) that the entity resolver links.</summary>
    public static readonly Layer<Mention> Mentions = new("mentions");
    public static readonly Layer<Entity> Entities = new("entities");
    public static readonly Layer<Quote> Quotes = new("quotes");
    public static readonly Layer<TimeExpression> Dates = new("dates");
    public static readonly Layer<Count> Counts = new("counts");
    public static readonly Layer<CitedSource> Sources = new("sources");
    public static readonly Layer<Hedge> Hedges = new("hedges");

    internal static ImmutableArray<T> Empty<T>() => [];
}
