using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Newsgraph.Model;
using Newsgraph.Pipeline;
using Newsgraph.Text;

namespace Newsgraph.Facts.Hedges;

/// <summary>
/// Finds hedges ("reportedly", "alleged", "according to", "could not be independently verified") and the claim
/// each qualifies: its clause, the noun phrase after it, the complement of a claiming verb, or the sentence before.
/// </summary>
public sealed class HedgeFinder : IComponent
{
    /// <summary>A qualified noun phrase rarely runs longer than this ("March 19 chemical attack in Khan al-Assal").</summary>
    private const int MaxPhraseTokens = 8;

    /// <summary>"claimed ... that" within this many tokens: the claim starts after "that".</summary>
    private const int ThatReach = 8;

    /// <summary>A sentence whose subject before a "could not be verified" is this short ("The footage") points back.</summary>
    private const int ShortSubjectTokens = 4;

    private static readonly FrozenDictionary<string, string> Cues = LanguageData.Rows("en/hedges.tsv")
        .ToFrozenDictionary(row => row[0], row => row[1], StringComparer.OrdinalIgnoreCase);

    private static readonly Regex Pattern = new(
        @"(?<![\w-])(?:" + string.Join("|", Cues.Keys.OrderByDescending(k => k.Length)
            .Select(k => Regex.Escape(k).Replace("\\ ", "\\s+", StringComparison.Ordinal))) + @")(?![\w-])",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    /// <summary>Words that end a noun phrase: verbs, relative pronouns, conjunctions of clauses.</summary>
    private static readonly FrozenSet<string> PhraseEnds = FrozenSet.ToFrozenSet(
        ["is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would", "should", "could", "can", "may", "might",
         "that", "which", "who", "whom", "whose", "and", "but", "or", "as", "because", "while", "when", "after", "before", "said", "says"],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>Words before "alleged" or "claims" that make it an adjective or noun, not a verb.</summary>
    private static readonly FrozenSet<string> Determiners = FrozenSet.ToFrozenSet(
        ["the", "a", "an", "his", "her", "its", "their", "our", "these", "those", "this", "that", "such", "of", "'s", "’s", "s"],
        StringComparer.OrdinalIgnoreCase);

    public string Name => "hedges";

    public IReadOnlyList<Layer> Needs => [Layers.Tokens, Layers.Sentences];

    public IReadOnlyList<Layer> Adds => [Layers.Hedges];

    public Annotations Run(Document document) => Annotations.Of(Layers.Hedges, Find(document));

    public static ImmutableArray<Hedge> Find(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var normalized = document.Normalized;
        var hedges = ImmutableArray.CreateBuilder<Hedge>();
        foreach (Match match in Pattern.Matches(normalized.Text))
        {
            var start = normalized.ToOriginal(match.Index);
            var end = normalized.ToOriginal(match.Index + match.Length);
            var kind = Cues[Regex.Replace(match.Value, @"\s+", " ")];
            var first = document.TokenAt(start);
            var last = document.TokenAt(end) - 1;
            if (first >= document.Tokens.Length)
            {
                continue;
            }

            var sentence = document.Sentences[document.SentenceOfToken(first)];
            var before = first > sentence.FirstToken ? document.Slice(document.Tokens[first - 1]) : "";
            if (kind == "phrase" && match.Value.Equals("alleged", StringComparison.OrdinalIgnoreCase) && !Determiners.Contains(before))
            {
                kind = "complement";
            }
            else if (kind == "complement" && Determiners.Contains(before))
            {
                kind = "phrase";
            }

            var claim = kind switch
            {
                "phrase" => Phrase(document, last + 1, sentence),
                "complement" => Complement(document, last + 1, sentence),
                "previous" => Previous(document, first, sentence),
                _ => Clause(document, first, last, sentence, match.Value.StartsWith("according", StringComparison.OrdinalIgnoreCase)),
            };
            hedges.Add(new Hedge(start, end, claim));
        }

        return hedges.ToImmutable();
    }

    private static TextSpan? Phrase(Document document, int from, Sentence sentence)
    {
        var tokens = document.Tokens;
        var end = from;
        while (end < sentence.EndToken && end - from < MaxPhraseTokens)
        {
            var token = tokens[end];
            if (token.Kind is TokenKind.Punctuation or TokenKind.QuoteMark or TokenKind.Dash || PhraseEnds.Contains(document.Slice(token)))
            {
                break;
            }

            end++;
        }

        return end > from ? new TextSpan(tokens[from].Start, tokens[end - 1].End) : null;
    }

    private static TextSpan? Complement(Document document, int from, Sentence sentence)
    {
        var tokens = document.Tokens;
        for (var i = from; i < Math.Min(sentence.EndToken, from + ThatReach); i++)
        {
            if (document.Slice(tokens[i]).Equals("that", StringComparison.OrdinalIgnoreCase))
            {
                from = i + 1;
                break;
            }
        }

        return SentenceRest(document, from, sentence);
    }

    private static TextSpan? SentenceRest(Document document, int from, Sentence sentence)
    {
        var tokens = document.Tokens;
        var last = sentence.EndToken - 1;
        while (last >= from && tokens[last].Kind is TokenKind.Punctuation or TokenKind.QuoteMark)
        {
            last--;
        }

        return last >= from ? new TextSpan(tokens[from].Start, tokens[last].End) : null;
    }

    /// <summary>The sentence before, when a short subject opens the hedge's sentence; else this sentence up to the hedge.</summary>
    private static TextSpan? Previous(Document document, int first, Sentence sentence)
    {
        var index = document.SentenceOfToken(first);
        if (first - sentence.FirstToken <= ShortSubjectTokens && index > 0)
        {
            var previous = document.Sentences[index - 1];
            return SentenceRest(document, previous.FirstToken, previous);
        }

        return first > sentence.FirstToken ? new TextSpan(sentence.Start, document.Tokens[first - 1].End) : null;
    }

    /// <summary>The clause of an adverb is its sentence; "according to X" qualifies the sentence without the attribution.</summary>
    private static TextSpan? Clause(Document document, int first, int last, Sentence sentence, bool attribution)
    {
        var tokens = document.Tokens;
        if (!attribution)
        {
            return SentenceRest(document, sentence.FirstToken, sentence);
        }

        if (first == sentence.FirstToken)
        {
            for (var i = last + 1; i < sentence.EndToken; i++)
            {
                if (document.Slice(tokens[i]) == ",")
                {
                    return SentenceRest(document, i + 1, sentence);
                }
            }

            return null;
        }

        var end = first - 1;
        while (end >= sentence.FirstToken && tokens[end].Kind is TokenKind.Punctuation or TokenKind.Dash)
        {
            end--;
        }

        return end >= sentence.FirstToken ? new TextSpan(tokens[sentence.FirstToken].Start, tokens[end].End) : null;
    }
}
