using System.Collections.Immutable;
using Newsgraph.Model;
using Newsgraph.Pipeline;

namespace Newsgraph.Cli.Commands;

/// <summary>
/// For <c>bench-ingest --synthetic-annotations</c> only: crude entities (runs of capitalised words inside sentences) and
/// quotes (text between double quotes, attributed to the nearest such name after them), so that query latencies are
/// measured on a store with realistic numbers of entity, mention and quote rows before the real components land.
/// Not analysis: its output means nothing.
/// </summary>
internal sealed class SyntheticAnnotations : IComponent
{
    /// <summary>Quotes shorter than this are scare quotes or titles, not statements.</summary>
    private const int MinQuoteLength = 20;

    /// <summary>How far after a quote its speaker's name may be ("...," the minister said): one short clause.</summary>
    private const int SpeakerWindow = 60;

    public string Name => "synthetic-annotations";

    public IReadOnlyList<Layer> Needs => [Layers.Tokens, Layers.Sentences];

    public IReadOnlyList<Layer> Adds => [Layers.Mentions, Layers.Entities, Layers.Quotes];

    public Annotations Run(Document document)
    {
        var text = document.Text;
        var mentions = new List<Mention>();
        foreach (var sentence in document.Sentences)
        {
            var start = -1;
            var end = -1;
            for (var t = sentence.FirstToken + 1; t <= sentence.EndToken; t++)
            {
                var capital = t < sentence.EndToken && document.Tokens[t].Kind == TokenKind.Word && char.IsUpper(text[document.Tokens[t].Start]);
                if (capital)
                {
                    start = start < 0 ? document.Tokens[t].Start : start;
                    end = document.Tokens[t].End;
                }
                else if (start >= 0)
                {
                    // A stable stand-in type (string hashes differ between runs): the sum of the name's characters.
                    var sum = 0;
                    foreach (var c in text.AsSpan(start, end - start))
                    {
                        sum += c;
                    }

                    var type = (EntityType)(sum % 3);
                    mentions.Add(new Mention(start, end, type, MentionKind.Name));
                    start = -1;
                }
            }
        }

        var entities = mentions.Select((m, i) => (Name: text[m.Start..m.End], Index: i))
            .GroupBy(m => m.Name, StringComparer.Ordinal)
            .Select((g, id) => new Entity(id + 1, mentions[g.First().Index].Type, g.Key, [], [.. g.Select(m => m.Index)]))
            .ToImmutableArray();
        var entityOf = new int[mentions.Count];
        for (var e = 0; e < entities.Length; e++)
        {
            foreach (var m in entities[e].Mentions)
            {
                entityOf[m] = e;
            }
        }

        var quotes = new List<Quote>();
        var open = -1;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is not ('"' or '\u201C' or '\u201D'))
            {
                continue;
            }

            if (open < 0 || text[i] == '\u201C')
            {
                open = i;
                continue;
            }

            if (i - open - 1 >= MinQuoteLength)
            {
                var speaker = mentions.FindIndex(m => m.Start > i && m.Start < i + SpeakerWindow);
                var quote = new Quote(QuoteKind.Direct, new TextSpan(open + 1, i));
                if (speaker >= 0)
                {
                    quote = quote with { Speaker = mentions[speaker].Span, SpeakerEntity = entityOf[speaker] };
                }

                quotes.Add(quote);
            }

            open = -1;
        }

        return new Annotations()
            .Add(Layers.Mentions, [.. mentions])
            .Add(Layers.Entities, entities)
            .Add(Layers.Quotes, [.. quotes]);
    }
}
