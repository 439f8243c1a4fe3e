using System.Collections.Immutable;
using Newsgraph.Model;

namespace Newsgraph.Quotes;

/// <summary>
/// One article's quote search. Direct quotes come first (paired marks with an attribution before, after or around
/// them, or a quote paragraph running on from the previous speaker); then every reporting verb not yet used makes an
/// indirect or mixed quote from the clause it governs. Tokens once used are not used again (PolNeAR is univocal).
/// </summary>
internal sealed partial class QuoteSearch
{
    /// <summary>Most tokens between a closing mark and its cue ("…," Scott Pruitt, the Republican attorney general of Oklahoma, said).</summary>
    private const int MaxSpeakerLead = 24;

    /// <summary>Most tokens between a cue and the opening mark it introduces ("Kerry told reporters in Moscow on Tuesday: …").</summary>
    private const int MaxCueLookback = 10;

    /// <summary>A colon lead-in without a cue names its speaker in at most this many tokens ("Trump on Twitter: …").</summary>
    private const int MaxColonLead = 6;

    /// <summary>Commas that make a run of names a list ("Tim Albrecht, Brad Anderson, Rob Barron, …"), not a two-name phrase.</summary>
    private const int MinListCommas = 3;

    /// <summary>Share of capitalised words in a list of names; a sentence has far fewer.</summary>
    private const double NameListShare = 0.8;

    /// <summary>Longest headline lead before a colon when a preposition ends its speaker ("Obama To Asians Worried About U.S. Election:").</summary>
    private const int MaxHeadlineColonLead = 14;

    /// <summary>Most words of a newsroom label before a dash that opens a headline ("EXCLUSIVE –", "BREAKING NEWS –").</summary>
    private const int MaxLabelWords = 3;

    /// <summary>An unattributed quote opening a sentence is a quotation, not a scare quote, from this many words (PolNeAR dev).</summary>
    private const int MinUnattributedWords = 6;

    /// <summary>Longest quote taken for a title when its long words are capitalised (NYT: 'Legend in the Coal Fields.').</summary>
    private const int MaxHeadingWords = 8;

    /// <summary>Fewest content words (three letters or more, not function words) that make a capitalised quote a title; one may be a quoted name.</summary>
    private const int MinTitleWords = 2;

    /// <summary>Model score above which a word off the reporting-verb list is a cue; -2 gains 0.5 attribution F1 on PolNeAR dev but finds more non-quotes.</summary>
    private const float ModelCueThreshold = 0f;

    /// <summary>Longest cue the model may extend word by word ("called for", "took to Twitter to").</summary>
    private const int MaxModelCueTokens = 4;

    /// <summary>Most words before a mid-sentence quote for it to stand alone ("As for complexity, "…," said X, who …").</summary>
    private const int MaxQuoteLead = 5;

    /// <summary>Shortest reported clause kept as an indirect quote ("he said no" is too short to be one).</summary>
    private const int MinIndirectTokens = 3;

    /// <summary>Most tokens of an object and adjuncts between a cue and its "that" ("told reporters in Moscow on Tuesday that").</summary>
    private const int MaxThatGap = 8;

    /// <summary>Most words of a clause's subject before its verb, after a verb that mostly takes an object ("maintained this statement was").</summary>
    private const int MaxSubjectBeforeVerb = 4;

    /// <summary>Most words after the determiner of a listener before the clause ("told the appeals court he …").</summary>
    private const int MaxListenerWords = 3;

    /// <summary>Most tokens of a description after the speaker that ends a sentence ("…, said Rita Katz, the director of …").</summary>
    private const int MaxAppositiveTail = 30;

    /// <summary>Most tokens after a cue before the next piece of an interrupted quote ("A," said X, a lawyer who … . "B"); PolNeAR joins such pieces.</summary>
    private const int MaxJoinGap = 40;

    /// <summary>Most tokens from a splitting cue to the quote it introduces ("adding of Mr. Trump, “…”"); a longer run ("noting he would …") is a clause of its own.</summary>
    private const int MaxSplittingCueLead = 6;

    /// <summary>A quote paragraph without attribution runs on from a speaker at most this many paragraphs back.</summary>
    private const int MaxRunOnParagraphs = 1;

    private readonly CueModel _cues = CueModel.Default;
    private readonly ArticleTokens _words;
    private readonly SpeakerPhrases _phrases;
    private readonly ImmutableArray<QuotedSpan> _spans;
    private readonly int[] _spanOf;
    private readonly bool[] _used;
    private readonly bool[] _spanUsed;
    private readonly Dictionary<int, Phrase> _sentenceSpeaker = [];
    private readonly List<Found> _found = [];

    public QuoteSearch(Document document)
    {
        _words = new ArticleTokens(document);
        _phrases = new SpeakerPhrases(_words);
        _spans = QuoteMarks.Find(document);
        _spanOf = new int[_words.Count];
        Array.Fill(_spanOf, -1);
        _used = new bool[_words.Count];
        _spanUsed = new bool[_spans.Length];
        for (var q = 0; q < _spans.Length; q++)
        {
            var span = _spans[q];
            var end = span.IsOpenEnded ? span.ContentEndToken : span.CloseToken + 1;
            for (var t = span.OpenToken; t < end; t++)
            {
                _spanOf[t] = q;
            }
        }
    }

    private sealed record Found(QuoteKind Kind, TextSpan Content, int Position)
    {
        public Phrase Speaker { get; init; }

        public int CueFirst { get; init; } = -1;

        public int CueEnd { get; init; } = -1;

        public Phrase Channel { get; init; }

        public ImmutableArray<TextSpan> Pieces { get; init; } = [];

        /// <summary>Found through a cue of the trained model, not a reporting verb: no quote runs on from it.</summary>
        public bool FromModel { get; init; }

        /// <summary>No speaker in its own sentence: it takes the previous quote's ("adding that …", a quote paragraph running on).</summary>
        public bool RunsOn { get; init; }
    }

    private readonly record struct Attribution(Phrase Speaker, int CueFirst, int CueEnd, Phrase Channel, int End);

    public ImmutableArray<Quote> Run()
    {
        FindTranscriptTurns();
        for (var q = 0; q < _spans.Length; q++)
        {
            if (!_spanUsed[q])
            {
                FindDirect(q);
            }
        }

        for (var s = 0; s < _words.Sentences.Length; s++)
        {
            var sentence = _words.Sentences[s];
            if (_words.ParagraphKindOf(sentence.FirstToken) is ParagraphKind.Headline or ParagraphKind.StoryHeadline)
            {
                HeadlineColon(sentence);
            }

            foreach (var tailsOnly in (ReadOnlySpan<bool>)[true, false])
            {
                for (var t = sentence.FirstToken; t < sentence.EndToken; t++)
                {
                    if (!_used[t] && _spanOf[t] < 0)
                    {
                        FindIndirect(t, sentence, tailsOnly);
                    }
                }
            }
        }

        return Finish();
    }

    /// <summary>"A," he said, "B": when the attribution of quote <paramref name="q"/> runs on into the next quote, both are one.</summary>
    private (TextSpan Content, ImmutableArray<TextSpan> Pieces, int Last) JoinInterrupted(int q, Attribution attribution)
    {
        var span = _spans[q];
        var t = attribution.End + 1;
        while (t < _words.Count && t - attribution.End <= MaxJoinGap && !_words.IsQuoteMark(t) && !(_words.IsSentenceEnd(t - 1) && t - 1 > attribution.End))
        {
            t++;
        }

        if (t < _words.Count && q + 1 < _spans.Length && !_spanUsed[q + 1] && _spans[q + 1].OpenToken == t && !HasCue(attribution.End + 1, t)
            && _words.SentenceAt(t - 1).Paragraph == _words.SentenceAt(t).Paragraph
            && (_words.IsPunct(t - 1, ",:") || _words.Is(t - 1, "but") || _words.Is(t - 1, "and")
                || ((_words.IsSentenceEnd(t - 1) || EndsInAbbreviation(t - 1)) && AttributionAfter(_spans[q + 1]) is null && EndsSentence(_spans[q + 1]))))
        {
            var next = _spans[q + 1];
            _spanUsed[q + 1] = true;
            var pieces = span.Pieces.IsEmpty ? [span.Content] : span.Pieces;
            pieces = pieces.AddRange(next.Pieces.IsEmpty ? [next.Content] : next.Pieces);
            return (new TextSpan(span.Content.Start, next.Content.End), pieces, next.AfterToken - 1);
        }

        return (span.Content, span.Pieces, Math.Max(span.AfterToken - 1, attribution.End));
    }

    /// <summary>"… said Rachel Woolard, 20, of Jacksonville, Fla. “…”": the abbreviation's period ends the sentence too.</summary>
    private bool EndsInAbbreviation(int t) => _words.Tokens[t].Kind == TokenKind.Word && _words.Word(t).Length > 1 && _words.Word(t).EndsWith('.');

    /// <summary>
    /// Whether the attribution goes on with a reporting verb that introduces the next quote ('"A," she said, adding, "B"'):
    /// PolNeAR makes B a quote of its own. A verb further on ("said X, who told …", "noting he would …") leaves the pieces one quote.
    /// </summary>
    private bool HasCue(int first, int end)
    {
        var k = first;
        while (k < end && (_words.IsPunct(k, ",") || _words.Is(k, "and") || _words.Is(k, "then")))
        {
            k++;
        }

        return k < end && end - k <= MaxSplittingCueLead && _words.CueClassAt(k) == CueClass.Say
            && (_words.Word(k).EndsWith("ing", StringComparison.Ordinal) || _words.Is(k - 1, "and"));
    }

    /// <summary>The object or adjunct after a cue: "told RT" and "in an interview with Kanal 24" give a channel; "told journalists" none.</summary>
    private (Phrase Channel, int End) ChannelAfter(int cue, int stop)
    {
        var t = cue + 1;
        if (t >= stop)
        {
            return (default, cue);
        }

        if (_words.Tokens[t].Kind == TokenKind.Word && _words.IsCapitalized(t))
        {
            var named = _phrases.After(t - 1, stop);
            if (!named.IsEmpty && IsMedium(named))
            {
                return (named, named.End - 1);
            }
        }

        for (var k = t; k < stop && k - t < MaxThatGap; k++)
        {
            if (_words.Role(k) == QuoteWordRole.Statement && (_words.Is(k + 1, "with") || _words.Is(k + 1, "to") || _words.Is(k + 1, "on")))
            {
                var named = _phrases.After(k + 1, stop);
                if (!named.IsEmpty && _phrases.ContainsName(named))
                {
                    return (named, named.End - 1);
                }
            }
        }

        return (default, cue);
    }

    /// <summary>Whether a phrase names a medium ("CNN", "The New York Times"); an outlet's name in capitals ("POLITICO") too.</summary>
    private bool IsMedium(Phrase phrase)
    {
        for (var t = phrase.First; t < phrase.End; t++)
        {
            if (_words.Role(t) == QuoteWordRole.Medium || IsMediumInCapitals(_words.Word(t)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsMediumInCapitals(string word) =>
        word.Length > 3 && word.All(char.IsUpper) && QuoteLexicon.Role(string.Concat(word[..1], word[1..].ToLowerInvariant())) == QuoteWordRole.Medium;

    /// <summary>The token that ends the clause starting at <paramref name="t"/>: a sentence end, a quote mark or the paragraph's end.</summary>
    private int ClauseEnd(int t)
    {
        if (t >= _words.Count)
        {
            return t;
        }

        var paragraph = _words.SentenceAt(t).Paragraph;
        var k = t;
        while (k < _words.Count && _words.SentenceAt(k).Paragraph == paragraph && !_words.IsSentenceEnd(k) && !_words.IsQuoteMark(k) && !_used[k])
        {
            k++;
        }

        return k;
    }

    private int SpanEnd(int q) => _spans[q].IsOpenEnded ? _spans[q].ContentEndToken : _spans[q].CloseToken + 1;

    /// <summary>The first token at or after <paramref name="first"/> from which no used token comes before <paramref name="t"/>.</summary>
    private int FirstFree(int t, int first)
    {
        for (var k = t - 1; k >= first; k--)
        {
            if (_used[k])
            {
                return k + 1;
            }
        }

        return first;
    }

    /// <summary>A channel named before the speaker: "In an interview to Turkey’s Kanal 24 on Tuesday, Cem Küçük … said".</summary>
    private Phrase ChannelBefore(int first, int speakerFirst)
    {
        for (var k = first; k + 1 < speakerFirst; k++)
        {
            if (_words.Role(k) == QuoteWordRole.Statement && (_words.Is(k + 1, "with") || _words.Is(k + 1, "to") || _words.Is(k + 1, "on")))
            {
                var named = _phrases.After(k + 1, speakerFirst);
                if (!named.IsEmpty && _phrases.ContainsName(named))
                {
                    // "Turkey’s Kanal 24": the outlet is what follows the possessive.
                    for (var t = named.End - 2; t > named.First; t--)
                    {
                        if (_words.IsPossessive(t))
                        {
                            return new Phrase(t + 1, named.End);
                        }
                    }

                    return named;
                }
            }
        }

        return default;
    }

    private void Record(int first, int end, int cue, Phrase speaker, Phrase channel, bool runsOn, int cueEnd, bool fromModel = false, Phrase gap = default)
    {
        if (channel.IsEmpty && !speaker.IsEmpty && speaker.First < cue)
        {
            channel = ChannelBefore(_words.SentenceAt(cue).FirstToken, speaker.First);
        }

        while (first < end && _words.IsPunct(first, ",:;"))
        {
            first++;
        }

        if (end - first < MinIndirectTokens || NamesStatementOnly(first, end))
        {
            return;
        }

        for (var k = first; k < end; k++)
        {
            if (_used[k] && !(k >= gap.First && k < gap.End))
            {
                return;
            }
        }

        var kind = QuoteKind.Indirect;
        var content = _words.Span(first, end);
        ImmutableArray<TextSpan> pieces = gap.IsEmpty || gap.End >= end ? [] : [_words.Span(first, gap.First), _words.Span(gap.End, end)];
        for (var k = first; k < end; k++)
        {
            if (_spanOf[k] >= 0)
            {
                var span = _spans[_spanOf[k]];
                _spanUsed[_spanOf[k]] = true;
                if (span.OpenToken == first && SpanEnd(_spanOf[k]) >= end && pieces.IsEmpty)
                {
                    kind = QuoteKind.Direct;
                    content = span.Content;
                }
                else if (kind != QuoteKind.Direct)
                {
                    kind = QuoteKind.Mixed;
                }
            }
        }

        var found = new Found(kind, content, first)
        {
            Speaker = speaker, CueFirst = cue, CueEnd = cueEnd < 0 ? cue + 1 : cueEnd, Channel = channel, RunsOn = runsOn, FromModel = fromModel,
            Pieces = pieces,
        };
        Add(found, first, end - 1, new Attribution(speaker, cue, found.CueEnd, channel, found.CueEnd - 1));
    }

    private void Add(Found found, int first, int last, Attribution? attribution)
    {
        _found.Add(found);
        MarkUsed(first, last + 1);
        if (attribution is { } a)
        {
            MarkUsed(a.Speaker.First, a.Speaker.End);
            MarkUsed(a.CueFirst, a.CueEnd);
            MarkUsed(a.Channel.First, a.Channel.End);
            if (!a.Speaker.IsEmpty)
            {
                _sentenceSpeaker[_words.SentenceOf(a.CueFirst)] = a.Speaker;
            }
        }
    }

    private void MarkUsed(int first, int end)
    {
        for (var t = Math.Max(first, 0); t < end && t < _used.Length; t++)
        {
            _used[t] = true;
        }
    }

    /// <summary>
    /// "Obama "felt an obligation," Axelrod said. "This is core stuff for him."": a sentence that is all quote, right after
    /// a sentence ending in its attribution, goes on with the same quote, which PolNeAR takes from first piece to last.
    /// </summary>
    private bool ContinuesAfterTail(Found before, Found found)
    {
        if (!found.RunsOn || !found.Speaker.IsEmpty || found.Kind != QuoteKind.Direct || before.Speaker.IsEmpty || before.FromModel
            || before.CueFirst < 0 || _words.Tokens[before.CueFirst].Start < before.Content.End)
        {
            return false;
        }

        var open = _words.Document.TokenAt(found.Content.Start) - 1;
        if (open < 0 || !_words.IsQuoteMark(open))
        {
            return false;
        }

        var sentence = _words.SentenceAt(open);
        var cueSentence = _words.SentenceAt(before.CueFirst);
        return sentence.FirstToken == open && open > 0 && _words.SentenceAt(open - 1).FirstToken == cueSentence.FirstToken
            && sentence.Paragraph == cueSentence.Paragraph && open - before.CueFirst <= MaxJoinGap;
    }

    private ImmutableArray<Quote> Finish()
    {
        var quotes = ImmutableArray.CreateBuilder<Quote>(_found.Count);
        Phrase previous = default;
        var previousParagraph = -1;
        Found? last = null;
        foreach (var found in _found.OrderBy(f => f.Content.Start))
        {
            if (last is not null && ContinuesAfterTail(last, found))
            {
                var pieces = (last.Pieces.IsDefaultOrEmpty ? [last.Content] : last.Pieces).AddRange(found.Pieces.IsDefaultOrEmpty ? [found.Content] : found.Pieces);
                quotes[^1] = quotes[^1] with { Content = new TextSpan(last.Content.Start, found.Content.End), Pieces = pieces };
                last = null;
                continue;
            }

            last = found;
            var speaker = found.Speaker;
            var paragraph = _words.SentenceAt(_words.Document.TokenAt(found.Content.Start)).Paragraph;
            if (speaker.IsEmpty && found.RunsOn && paragraph - previousParagraph <= MaxRunOnParagraphs)
            {
                speaker = previous;
            }

            if (!speaker.IsEmpty && !found.FromModel)
            {
                previous = speaker;
                previousParagraph = paragraph;
            }

            quotes.Add(new Quote(found.Kind, found.Content)
            {
                Speaker = speaker.IsEmpty ? null : _words.Span(speaker.First, speaker.End),
                SpeakerName = speaker.IsEmpty ? null : _phrases.IsPronoun(speaker) ? _phrases.RelativeName(speaker) : _phrases.Name(speaker),
                Cue = found.CueFirst < 0 ? null : _words.Span(found.CueFirst, found.CueEnd),
                Channel = found.Channel.IsEmpty ? null : _words.Span(found.Channel.First, found.Channel.End),
                Pieces = found.Pieces,
            });
        }

        return quotes.ToImmutable();
    }
}
