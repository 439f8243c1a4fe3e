using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Newsgraph.Model;
using Newsgraph.Pipeline;
using Newsgraph.Text;

namespace Newsgraph.Facts.Sources;

/// <summary>
/// Finds the sources an article cites: known outlets and agencies ("RT", "the AP"), media in general ("the Turkish
/// media", "state TV"), social networks, and documents or investigations cited as a basis ("a Turkish court
/// investigation in 2013"); and links each to the quotes it carries (a quote's channel, "according to X", "X reported").
/// </summary>
public sealed class SourceFinder : IComponent
{
    /// <summary>Words of a document's name before its head noun ("a Turkish court investigation").</summary>
    private const int MaxDocumentModifiers = 4;

    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    /// <summary>Known outlet names and aliases, each with its canonical name and kind.</summary>
    private static readonly FrozenDictionary<string, (string Name, string Kind)> Outlets = LoadOutlets();

    private static readonly ILookup<string, string> Words = LanguageData.Rows("en/source_words.tsv").ToLookup(row => row[0], row => row[1]);

    private static readonly Regex Known = new(
        @"(?<![\w-])(?:" + string.Join("|", Outlets.Keys.OrderByDescending(k => k.Length).Select(Escape)) + @")(?![\w-])",
        Options);

    private static readonly Regex Media = new(
        @"(?<![\w-])(?:(?i:the)\s+)?(?:(?:(?i:pro-government|opposition|local|foreign|international|western|official|independent|mainstream|state-run|state-owned|state-controlled|state)|[A-Z][a-z]+(?:an|sh|se|i|ic|ch))\s+)+(?i:media|press|TV|television|radio|news\s+agency|newspapers?|broadcasters?|outlets?)(?![\w-])" +
        @"|(?<![\w-])(?i:social\s+media)(?![\w-])",
        Options);

    private static readonly Regex Document = new(
        @"(?<![\w-])(?i:a|an|the)\s+(?<name>(?:[\w'-]+\s+){0," + MaxDocumentModifiers + @"}?(?i:" + string.Join("|", Words["document"]) + @")(?:\s+(?:in|of|by|from|into)\s+(?:\d{4}(?![\w/])|(?:[A-Z][\w'-]*\s*){1,3}))?)",
        Options);

    private static readonly Regex Before = new(
        @"(?i:" + string.Join("|", Words["before"].OrderByDescending(w => w.Length).Select(Escape)) + @")\s+(?:(?i:the|a|an)\s+)?$",
        Options);

    private static readonly Regex After = new(
        @"^(?:'s\s+\w+\s+)?\s*,?\s*(?i:" + string.Join("|", Words["after"].Select(Escape)) + @")\b",
        Options);

    /// <summary>"As the", "According to": an opening this short before the source leaves the claim after the next comma.</summary>
    private const int MaxOpeningWords = 3;

    /// <summary>A claim has a subject and a verb at least ("talks failed" is two words; "on Wednesday" is not a claim).</summary>
    private const int MinClaimWords = 3;

    private static readonly Regex FrameOnly = new(@"^\s*(?:(?i:according\s+to|as|citing|as\s+reported\s+by|reported\s+by)\s+)?(?:(?i:the)\s+)?$", Options);

    private static readonly Regex Complement = new(
        @"^(?:['’]s\s+\w+\s+)?\s*(?i:" + string.Join("|", Words["after"].Select(Escape)) + @")(?:\s+(?i:on|in|last|this)\s+\w+)?\s+(?i:that\s+)?",
        Options);

    public string Name => "sources";

    public IReadOnlyList<Layer> Needs => [Layers.Tokens, Layers.Sentences, Layers.Quotes];

    public IReadOnlyList<Layer> Adds => [Layers.Sources];

    public Annotations Run(Document document) => Annotations.Of(Layers.Sources, Find(document));

    public static ImmutableArray<CitedSource> Find(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var normalized = document.Normalized;
        var text = normalized.Text;
        var found = new List<(string Name, string Kind, TextSpan Span, bool Cited)>();
        var taken = new List<TextSpan>();
        void Add(string name, string kind, int start, int length, bool cited)
        {
            var span = new TextSpan(normalized.ToOriginal(start), normalized.ToOriginal(start + length));
            if (!taken.Any(t => t.Overlaps(span)))
            {
                taken.Add(span);
                found.Add((name, kind, span, cited));
            }
        }

        foreach (Match m in Known.Matches(text))
        {
            var (name, kind) = Outlets[Regex.Replace(m.Value, @"\s+", " ")];
            Add(name, kind, m.Index, m.Length, IsCited(text, m.Index, m.Length));
        }

        foreach (Match m in Media.Matches(text))
        {
            var name = Regex.Replace(Regex.Replace(m.Value, @"^(?i:the)\s+", ""), @"\s+", " ");
            Add(name, name.Equals("social media", StringComparison.OrdinalIgnoreCase) ? "social" : "media", m.Index, m.Length, IsCited(text, m.Index, m.Length));
        }

        foreach (Match m in Document.Matches(text))
        {
            if (IsCited(text, m.Index, m.Length))
            {
                var name = m.Groups["name"];
                Add(Regex.Replace(name.Value, @"\s+", " "), "document", m.Index, m.Length, cited: true);
            }
        }

        var quotes = document.Get(Layers.Quotes);
        var sources = ImmutableArray.CreateBuilder<CitedSource>();
        foreach (var group in found.OrderBy(f => f.Span.Start).GroupBy(f => f.Name, StringComparer.OrdinalIgnoreCase))
        {
            var mentions = group.Select(f => f.Span).ToImmutableArray();
            var cited = group.Where(f => f.Cited).Select(f => f.Span).ToList();
            var backed = new List<int>();
            for (var q = 0; q < quotes.Length; q++)
            {
                if (Backs(document, quotes[q], mentions, cited))
                {
                    backed.Add(q);
                }
            }

            var claims = cited.Select(m => Claim(document, m)).OfType<TextSpan>()
                .Where(c => !quotes.Any(q => q.Content.Overlaps(c))).Distinct().ToImmutableArray();
            sources.Add(new CitedSource(group.First().Name, group.First().Kind, mentions) { Quotes = [.. backed], Claims = claims });
        }

        return sources.ToImmutable();
    }

    /// <summary>A quote is carried by a source named as its channel or speaker, or cited as a source in the sentence of its cue.</summary>
    private static bool Backs(Document document, Quote quote, ImmutableArray<TextSpan> mentions, List<TextSpan> cited)
    {
        if (mentions.Any(m => (quote.Channel is { } channel && channel.Overlaps(m)) || (quote.Speaker is { } speaker && speaker.Overlaps(m))))
        {
            return true;
        }

        if (cited.Count == 0 || document.Tokens.IsDefaultOrEmpty)
        {
            return false;
        }

        var anchor = quote.Cue?.Start ?? quote.Content.Start;
        var sentence = document.Sentences[document.SentenceOfToken(Math.Min(document.TokenAt(anchor), document.Tokens.Length - 1))];
        return cited.Any(m => sentence.Span.Overlaps(m) && !quote.Content.Covers(m));
    }

    /// <summary>
    /// What a cited source says outside quotes: the rest of the sentence after "As X reported on Wednesday," or
    /// "According to X,", the complement of "X reported (that)", or the sentence before ", X reported" / ", according to X".
    /// </summary>
    private static TextSpan? Claim(Document document, TextSpan mention)
    {
        if (document.Sentences.IsDefaultOrEmpty || document.Tokens.IsDefaultOrEmpty)
        {
            return null;
        }

        var sentence = document.Sentences[document.SentenceOfToken(Math.Min(document.TokenAt(mention.Start), document.Tokens.Length - 1))];
        var before = document.Text[sentence.Start..mention.Start];
        var after = document.Text[mention.End..sentence.End];
        var comma = before.LastIndexOf(',');
        if (comma > 0 && FrameOnly.IsMatch(before[(comma + 1)..]))
        {
            return Trimmed(document, sentence.Start, sentence.Start + comma);
        }

        if (before.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= MaxOpeningWords && after.IndexOf(',', StringComparison.Ordinal) is var next and >= 0)
        {
            return Trimmed(document, mention.End + next + 1, sentence.End);
        }

        var verb = Complement.Match(after);
        return verb.Success ? Trimmed(document, mention.End + verb.Length, sentence.End) : null;
    }

    /// <summary>The span between two offsets without surrounding spaces and final punctuation; null when too short to be a claim.</summary>
    private static TextSpan? Trimmed(Document document, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(document.Text[start]))
        {
            start++;
        }

        while (end > start && (char.IsWhiteSpace(document.Text[end - 1]) || char.IsPunctuation(document.Text[end - 1])))
        {
            end--;
        }

        return document.Text[start..end].Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= MinClaimWords ? new TextSpan(start, end) : null;
    }

    /// <summary>Whether the text around a name cites it: "according to X", "told X", "X reported".</summary>
    private static bool IsCited(string text, int start, int length)
    {
        var before = text[Math.Max(0, start - 40)..start];
        var after = text[(start + length)..Math.Min(text.Length, start + length + 40)];
        return Before.IsMatch(before) || After.IsMatch(after);
    }

    private static string Escape(string word) =>
        Regex.Escape(word).Replace("\\ ", "\\s+", StringComparison.Ordinal).Replace("’", "['’]", StringComparison.Ordinal).Replace("'", "['’]", StringComparison.Ordinal);

    private static FrozenDictionary<string, (string Name, string Kind)> LoadOutlets()
    {
        var outlets = new Dictionary<string, (string, string)>(StringComparer.Ordinal);
        foreach (var row in LanguageData.Rows("en/outlets.tsv"))
        {
            foreach (var alias in row.Where((_, i) => i != 1))
            {
                outlets.TryAdd(alias.Replace('’', '\''), (row[0], row[1]));
            }
        }

        return outlets.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
