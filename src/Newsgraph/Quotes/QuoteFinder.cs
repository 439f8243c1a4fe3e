using System.Collections.Immutable;
using Newsgraph.Model;
using Newsgraph.Pipeline;

namespace Newsgraph.Quotes;

/// <summary>
/// Finds every quotation of an article with its attribution: direct quotes between quotation marks, indirect
/// quotes ("X said that …", "…, X said", "according to X, …") and mixed ones (a reported clause with a quoted
/// fragment), each with its cue, its speaker mention, the speaker's name where the text gives it, and its channel.
/// </summary>
public sealed class QuoteFinder : IComponent
{
    public string Name => "quotes";

    public IReadOnlyList<Layer> Needs => [Layers.Tokens, Layers.Sentences, Layers.Paragraphs];

    public IReadOnlyList<Layer> Adds => [Layers.Quotes];

    public Annotations Run(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return Annotations.Of(Layers.Quotes, Find(document));
    }

    public static ImmutableArray<Quote> Find(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return document.Tokens.IsEmpty ? [] : new QuoteSearch(document).Run();
    }
}
