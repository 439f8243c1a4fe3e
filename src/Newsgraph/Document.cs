using System.Collections.Immutable;
using Newsgraph.Model;
using Newsgraph.Pipeline;
using Newsgraph.Text;

namespace Newsgraph;

/// <summary>
/// One article: its original text exactly as given, its metadata and the annotation layers added so far.
/// It never changes; adding a layer returns a new document that shares everything else.
/// </summary>
public sealed class Document
{
    private readonly ImmutableDictionary<Layer, object> _layers;
    private NormalizedText? _normalized;

    public Document(string text, DocumentInfo? info = null)
        : this(text, info ?? DocumentInfo.Empty, ImmutableDictionary<Layer, object>.Empty)
    {
    }

    private Document(string text, DocumentInfo info, ImmutableDictionary<Layer, object> layers)
    {
        ArgumentNullException.ThrowIfNull(text);
        Text = text;
        Info = info;
        _layers = layers;
    }

    public string Text { get; }

    public DocumentInfo Info { get; }

    /// <summary>The text with quote marks, dashes, spaces and composition made uniform, mapped back to <see cref="Text"/>.</summary>
    public NormalizedText Normalized => _normalized ??= NormalizedText.Create(Text);

    public ImmutableArray<Token> Tokens => Get(Layers.Tokens);

    public ImmutableArray<Sentence> Sentences => Get(Layers.Sentences);

    public ImmutableArray<Paragraph> Paragraphs => Get(Layers.Paragraphs);

    public bool Has(Layer layer) => _layers.ContainsKey(layer);

    /// <summary>The items of a layer; empty when no component has added it.</summary>
    public ImmutableArray<T> Get<T>(Layer<T> layer) =>
        _layers.TryGetValue(layer, out var items) ? (ImmutableArray<T>)items : [];

    public Document With<T>(Layer<T> layer, ImmutableArray<T> items) =>
        new(Text, Info, _layers.SetItem(layer, items));

    internal Document With(Annotations annotations)
    {
        var layers = _layers;
        foreach (var (layer, items) in annotations.Items)
        {
            layers = layers.SetItem(layer, items);
        }

        return new Document(Text, Info, layers) { _normalized = _normalized };
    }

    public Document WithInfo(DocumentInfo info) => new(Text, info, _layers) { _normalized = _normalized };

    public string Slice(TextSpan span) => Text[span.Start..span.End];

    public string Slice(Token token) => Text[token.Start..token.End];

    /// <summary>The token whose span contains the character at <paramref name="index"/>, or the next one after it.</summary>
    public int TokenAt(int index)
    {
        var tokens = Tokens;
        int lo = 0, hi = tokens.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (tokens[mid].End <= index)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    /// <summary>The story (<see cref="Paragraph.Story"/>) of the sentence with index <paramref name="sentence"/>; 0 without paragraphs.</summary>
    public int StoryOfSentence(int sentence) => Paragraphs.IsEmpty ? 0 : Paragraphs[Sentences[sentence].Paragraph].Story;

    /// <summary>The story of the paragraph holding character <paramref name="index"/>, or of the last one before it; 0 without paragraphs.</summary>
    public int StoryAt(int index)
    {
        var paragraphs = Paragraphs;
        int lo = 0, hi = paragraphs.Length - 1, found = -1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            if (paragraphs[mid].Start <= index)
            {
                found = mid;
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return found >= 0 ? paragraphs[found].Story : paragraphs.IsEmpty ? 0 : paragraphs[0].Story;
    }

    /// <summary>The sentence that contains the token with index <paramref name="token"/>.</summary>
    public int SentenceOfToken(int token)
    {
        var sentences = Sentences;
        int lo = 0, hi = sentences.Length - 1;
        while (lo < hi)
        {
            var mid = (lo + hi + 1) >>> 1;
            if (sentences[mid].FirstToken <= token)
            {
                lo = mid;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return lo;
    }
}

/// <summary>What is known about an article besides its text.</summary>
public sealed record DocumentInfo
{
    public static readonly DocumentInfo Empty = new();

    public string? Title { get; init; }

    /// <summary>The span of the headline inside the text, when the text carries it.</summary>
    public TextSpan? TitleSpan { get; init; }

    public DateOnly? Published { get; init; }

    public string? Url { get; init; }

    public string? Byline { get; init; }

    /// <summary>Where the article came from (a file path, a feed item, a WARC record), for messages.</summary>
    public string? Origin { get; init; }
}
