using System.Collections.Immutable;
using Newsgraph.Model;
using Newsgraph.Pipeline;

namespace Newsgraph.Ner;

/// <summary>Finds the names of people, organisations, places and other things (MISC) with the trained two-pass tagger.</summary>
public sealed class NameTagger : IComponent
{
    private readonly NerModel _model;
    private readonly NerResources _resources;

    public NameTagger()
        : this(NerModel.Default, NerResources.Default)
    {
    }

    internal NameTagger(NerModel model, NerResources resources)
    {
        _model = model;
        _resources = resources;
    }

    public string Name => "name-tagger";

    public IReadOnlyList<Layer> Needs => [Layers.Tokens, Layers.Sentences];

    public IReadOnlyList<Layer> Adds => [Layers.Names];

    public Annotations Run(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var tokens = document.Tokens;
        var sentences = new List<Sentence>(document.Sentences.Length);
        var words = new List<string[]>(document.Sentences.Length);
        foreach (var sentence in document.Sentences)
        {
            if (sentence.TokenCount > 0)
            {
                var forms = new string[sentence.TokenCount];
                for (var t = 0; t < forms.Length; t++)
                {
                    forms[t] = document.Slice(tokens[sentence.FirstToken + t]);
                }

                sentences.Add(sentence);
                words.Add(forms);
            }
        }

        var labels = _model.Tag(_resources.View(words));
        var names = ImmutableArray.CreateBuilder<Mention>();
        for (var s = 0; s < sentences.Count; s++)
        {
            foreach (var (first, end, type) in Spans(labels[s]))
            {
                var from = tokens[sentences[s].FirstToken + first];
                var to = tokens[sentences[s].FirstToken + end - 1];
                names.Add(new Mention(from.Start, to.End, NerLabels.EntityType(type), MentionKind.Name));
            }
        }

        return Annotations.Of(Layers.Names, names.ToImmutable());
    }

    /// <summary>The entities of a BILOU label sequence as token ranges [first, end) with their type.</summary>
    internal static IEnumerable<(int First, int End, int Type)> Spans(int[] labels)
    {
        var start = -1;
        for (var i = 0; i < labels.Length; i++)
        {
            var tag = NerLabels.Name(labels[i]);
            switch (tag[0])
            {
                case 'U':
                    yield return (i, i + 1, NerLabels.Type(labels[i]));
                    start = -1;
                    break;
                case 'B':
                    start = i;
                    break;
                case 'L' when start >= 0:
                    yield return (start, i + 1, NerLabels.Type(labels[i]));
                    start = -1;
                    break;
                default:
                    break;
            }
        }
    }
}
