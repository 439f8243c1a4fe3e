using System.Collections.Immutable;
using Newsgraph.Model;

namespace Newsgraph.Quotes;

/// <summary>
/// One article's quote search. Direct quotes come first (paired marks with an attribution before, after or around
/// them, or a quote paragraph running on from the previous speaker); then every reporting verb not yet used makes an
/// indirect or mixed quote from the clause it governs. Tokens once used are not used again (PolNeAR is univocal).
/// </summary>
internal sealed class QuoteSearch
{
    /// <summary>Most tokens between a closing mark and its cue ("…," Scott Pruitt, the Republican attorney general of Oklahoma, said).</summary>
    private const int MaxSpeakerLead = 24;

    /// <summary>Most tokens between a cue and the opening mark it introduces ("Kerry told reporters in Moscow on Tuesday: …").</summary>
    private const int MaxCueLookback = 10;

    /// <summary>A colon lead-in without a cue names its speaker in at most this many tokens ("Trump on Twitter: …").</summary>
    private const int MaxColonLead = 6;

    /// <summary>An unattributed quote opening a sentence is a quotation, not a scare quote, from this many words (PolNeAR dev).</summary>
    private const int MinUnattributedWords = 6;

    /// <summary>Longest quoted paragraph taken for a section heading when its long words are capitalised (NYT: 'Legend in the Coal Fields.').</summary>
    private const int MaxHeadingWords = 8;

    /// <summary>Model score above which a word off the reporting-verb list is a cue; -2 gains 0.5 attribution F1 on PolNeAR dev but finds more non-quotes.</summary>
    private const float ModelCueThreshold = 0f;

    /// <summary>Longest cue the model may extend word by word ("called for", "took to Twitter to").</summary>
    private const int MaxModelCueTokens = 4;

    /// <summary>Shortest reported clause kept as an indirect quote ("he said no" is too short to be one).</summary>
    private const int MinIndirectTokens = 3;

    /// <summary>Most tokens of an object and adjuncts between a cue and its "that" ("told reporters in Moscow on Tuesday that").</summary>
    private const int MaxThatGap = 8;

    /// <summary>Most tokens after a cue before the next piece of an interrupted quote ("A," said X, a lawyer who … . "B"); PolNeAR joins such pieces.</summary>
    private const int MaxJoinGap = 40;

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

    private void FindDirect(int q)
    {
        var span = _spans[q];
        var open = span.OpenToken;

        // A mismatched opening mark (”Today …) can end up closing the previous sentence; the content's first word decides.
        var sentence = _words.SentenceAt(Math.Min(open + 1, _words.Count - 1));
        var paragraph = _words.Document.Paragraphs[sentence.Paragraph];
        var paragraphFirst = _words.Document.TokenAt(paragraph.Start);
        if (_words.Is(open - 1, "that"))
        {
            return;
        }

        var startsSentence = StartsClause(open, sentence.FirstToken);
        if (startsSentence && AttributionAfter(span) is { } after)
        {
            var (content, pieces, last) = JoinInterrupted(q, after);
            Add(new Found(QuoteKind.Direct, content, open)
            {
                Speaker = after.Speaker, CueFirst = after.CueFirst, CueEnd = after.CueEnd, Channel = after.Channel, Pieces = pieces,
            }, open, last, after);
            return;
        }

        if (!startsSentence && EndsWithComma(span) && AttributionAfter(span) is { } tail && IsAttributionTail(tail.End, sentence))
        {
            var first = FirstFree(open, sentence.FirstToken);
            var content = new TextSpan(_words.Tokens[first].Start, span.Content.End);
            Add(new Found(QuoteKind.Mixed, content, first)
            {
                Speaker = tail.Speaker, CueFirst = tail.CueFirst, CueEnd = tail.CueEnd, Channel = tail.Channel,
            }, first, Math.Max(span.AfterToken - 1, tail.End), tail);
            return;
        }

        if (AttributionBefore(span, sentence) is { } before)
        {
            Add(new Found(QuoteKind.Direct, span.Content, open)
            {
                Speaker = before.Speaker, CueFirst = before.CueFirst, CueEnd = before.CueEnd, Channel = before.Channel, Pieces = span.Pieces,
            }, open, span.AfterToken - 1, before);
            return;
        }

        var wholeParagraph = open == paragraphFirst;
        var words = WordCount(open, span.ContentEndToken);
        if (wholeParagraph && IsHeading(span))
        {
            return;
        }

        if (startsSentence && (wholeParagraph || words >= MinUnattributedWords) && _words.ParagraphKindOf(open) == ParagraphKind.Body)
        {
            Add(new Found(QuoteKind.Direct, span.Content, open) { Pieces = span.Pieces, RunsOn = true }, open, span.AfterToken - 1, null);
        }
    }

    /// <summary>A short quoted paragraph in title case is a section heading ('All Bets Are Off.'), not a quotation.</summary>
    private bool IsHeading(QuotedSpan span)
    {
        var words = 0;
        var capitalized = 0;
        for (var t = span.OpenToken + 1; t < span.ContentEndToken; t++)
        {
            if (_words.Tokens[t].Kind == TokenKind.Word && _words.Word(t).Length > 3)
            {
                words++;
                capitalized += _words.IsCapitalized(t) ? 1 : 0;
            }
        }

        return WordCount(span.OpenToken, span.ContentEndToken) <= MaxHeadingWords && capitalized == words;
    }

    /// <summary>Whether only dashes, bullets or an earlier quote's attribution come before the mark in its sentence.</summary>
    private bool StartsClause(int open, int sentenceFirst)
    {
        if (open > 0 && _words.Document.Text.AsSpan(_words.Tokens[open - 1].End, _words.Tokens[open].Start - _words.Tokens[open - 1].End).Contains('\n'))
        {
            return true;
        }

        for (var t = sentenceFirst; t < open; t++)
        {
            if (!(_words.IsDash(t) || _words.Tokens[t].Kind is TokenKind.Bullet or TokenKind.QuoteMark))
            {
                return false;
            }
        }

        return true;
    }

    private int WordCount(int first, int end)
    {
        var count = 0;
        for (var t = first; t < end; t++)
        {
            count += _words.Tokens[t].Kind is TokenKind.Word or TokenKind.Number ? 1 : 0;
        }

        return count;
    }

    /// <summary>"…," Kerry said / "…," said Kerry / "…" – Kerry / "…," according to Kerry.</summary>
    private Attribution? AttributionAfter(QuotedSpan span)
    {
        if (span.IsOpenEnded)
        {
            return null;
        }

        var t = span.AfterToken;
        if (t >= _words.Count || _words.SentenceAt(t).Paragraph != _words.SentenceAt(span.CloseToken).Paragraph)
        {
            return null;
        }

        var stop = ClauseEnd(t);
        if (t < stop && _words.IsPunct(t, ","))
        {
            t++;
        }

        if (t >= stop)
        {
            return null;
        }

        if (_words.IsDash(t))
        {
            var named = _phrases.After(t, stop);
            return !named.IsEmpty && _phrases.ContainsName(named) ? new Attribution(named, t, t + 1, default, named.End - 1) : null;
        }

        if (_words.IsAccordingTo(t))
        {
            var source = _phrases.After(t + 1, stop);
            return source.IsEmpty ? null : new Attribution(source, t, t + 2, default, source.End - 1);
        }

        if (_words.CueClassAt(t) == CueClass.Say)
        {
            var speaker = _phrases.After(t, stop);
            if (speaker.IsEmpty)
            {
                return null;
            }

            var (channel, end) = ChannelAfter(t + 1 == speaker.First ? speaker.End - 1 : t, stop);
            return new Attribution(speaker, t, t + 1, channel, Math.Max(end, speaker.End - 1));
        }

        for (var k = t + 1; k < stop && k - t <= MaxSpeakerLead; k++)
        {
            if (_words.CueClassAt(k) != CueClass.Say)
            {
                continue;
            }

            var speaker = _phrases.Before(k, t);
            if (speaker.IsEmpty || speaker.First != t && !_phrases.ContainsName(speaker))
            {
                return null;
            }

            var (channel, end) = ChannelAfter(k, stop);
            return new Attribution(speaker, k, k + 1, channel, end);
        }

        return null;
    }

    /// <summary>Kerry said: "…" / Kerry told reporters in Moscow, "…" / Trump on Twitter: "…".</summary>
    private Attribution? AttributionBefore(QuotedSpan span, Sentence sentence)
    {
        var t = span.OpenToken - 1;
        var first = sentence.FirstToken;

        // "Caddell continued:" closing the paragraph before introduces a quote paragraph.
        if (t == first - 1 && t >= 0 && _words.IsPunct(t, ":"))
        {
            first = _words.SentenceAt(t).FirstToken;
        }

        if (t < first || !_words.IsPunct(t, ":,"))
        {
            return null;
        }

        var colon = t;
        for (var k = t - 1; k >= first && t - k <= MaxCueLookback; k--)
        {
            if (_used[k] || _words.IsQuoteMark(k) || _words.IsSentenceEnd(k) || (_words.Role(k) == QuoteWordRole.Stop && _words.IsLowerWord(k)))
            {
                break;
            }

            if (_words.CueClassAt(k) != CueClass.Say)
            {
                continue;
            }

            var participle = _words.Word(k).EndsWith("ing", StringComparison.Ordinal);
            var speaker = participle ? ParticipleSpeaker(k, _words.SentenceAt(k)) : _phrases.Before(k, first);

            if (speaker.IsEmpty && !participle)
            {
                speaker = _phrases.After(k, colon);
            }

            if (speaker.IsEmpty)
            {
                speaker = _sentenceSpeaker.GetValueOrDefault(_words.SentenceOf(k));
            }

            var (channel, _) = ChannelAfter(k, colon);
            return new Attribution(speaker, k, k + 1, channel, colon);
        }

        if (_words.IsPunct(colon, ":") && colon - first <= MaxColonLead && colon > first)
        {
            var lead = _phrases.After(first - 1, colon);
            if (!lead.IsEmpty && lead.First == first && _phrases.ContainsName(lead))
            {
                return new Attribution(lead, colon, colon + 1, default, colon);
            }
        }

        return null;
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

        if (t < _words.Count && q + 1 < _spans.Length && !_spanUsed[q + 1] && _spans[q + 1].OpenToken == t
            && _words.SentenceAt(t - 1).Paragraph == _words.SentenceAt(t).Paragraph
            && (_words.IsPunct(t - 1, ",:") || _words.Is(t - 1, "but") || _words.Is(t - 1, "and")
                || (_words.IsSentenceEnd(t - 1) && AttributionAfter(_spans[q + 1]) is null && EndsSentence(_spans[q + 1]))))
        {
            var next = _spans[q + 1];
            _spanUsed[q + 1] = true;
            var pieces = span.Pieces.IsEmpty ? [span.Content] : span.Pieces;
            pieces = pieces.AddRange(next.Pieces.IsEmpty ? [next.Content] : next.Pieces);
            return (new TextSpan(span.Content.Start, next.Content.End), pieces, next.AfterToken - 1);
        }

        return (span.Content, span.Pieces, Math.Max(span.AfterToken - 1, attribution.End));
    }

    private bool EndsWithComma(QuotedSpan span) =>
        !span.IsOpenEnded && (_words.IsPunct(span.CloseToken - 1, ",") || _words.IsPunct(span.AfterToken, ","));

    /// <summary>Whether a quote ends its sentence: sentence punctuation inside or just after the closing mark, or the paragraph's end.</summary>
    private bool EndsSentence(QuotedSpan span)
    {
        if (span.IsOpenEnded || _words.IsSentenceEnd(span.CloseToken - 1) || _words.IsSentenceEnd(span.AfterToken))
        {
            return true;
        }

        return span.AfterToken >= _words.Count || _words.SentenceAt(span.AfterToken).Paragraph != _words.SentenceAt(span.CloseToken).Paragraph;
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

    private bool IsMedium(Phrase phrase)
    {
        for (var t = phrase.First; t < phrase.End; t++)
        {
            if (_words.Role(t) == QuoteWordRole.Medium)
            {
                return true;
            }
        }

        return false;
    }

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

    private void FindIndirect(int t, Sentence sentence, bool tailsOnly)
    {
        if (_words.IsAccordingTo(t))
        {
            AccordingTo(t, sentence);
            return;
        }

        var cueClass = _words.CueClassAt(t);
        if (cueClass == CueClass.None && !tailsOnly && CueModel.IsCandidate(_words, t) && _cues.Score(_words, t) > ModelCueThreshold)
        {
            FindModelCue(t, sentence);
            return;
        }

        if (cueClass == CueClass.None || IsPassive(t) || (t > 0 && _words.IsLowerWord(t - 1) && _words.Role(t - 1) == QuoteWordRole.Determiner))
        {
            return;
        }

        var word = _words.Word(t);
        if (_words.Is(t, "cited") && CitedAsSaying(t, sentence))
        {
            return;
        }

        var participle = word.EndsWith("ing", StringComparison.OrdinalIgnoreCase);
        if (tailsOnly)
        {
            if (!participle && cueClass == CueClass.Say)
            {
                FindTail(t, sentence);
            }

            return;
        }

        var (channel, objectEnd) = ChannelAfter(t, sentence.EndToken);
        var contentFirst = ClauseAfterCue(t, objectEnd, sentence, cueClass);
        var speaker = participle ? default : _phrases.Before(t, FirstFree(t, sentence.FirstToken));
        if (participle)
        {
            if (contentFirst < 0)
            {
                return;
            }

            speaker = ParticipleSpeaker(t, sentence);
            AddIndirect(contentFirst, ContentEnd(contentFirst, sentence), t, speaker, channel, runsOn: speaker.IsEmpty && _words.Is(t, "adding"));
            return;
        }

        // "During his years in office, Mr. Obama said, a majority of Americans …": the attribution sits inside the clause,
        // which PolNeAR takes whole, from its first piece to its last.
        if (contentFirst < 0 && !speaker.IsEmpty && cueClass == CueClass.Say && _words.IsPunct(objectEnd + 1, ",")
            && _words.IsPunct(speaker.First - 1, ","))
        {
            var rest = objectEnd + 2;
            var leadFirst = FirstFree(speaker.First - 1, sentence.FirstToken);
            var restEnd = ContentEnd(rest, sentence);
            if (speaker.First - 1 - leadFirst >= MinIndirectTokens && !_words.IsQuoteMark(rest))
            {
                Record(leadFirst, restEnd, t, speaker, channel, runsOn: false, -1, gap: new Phrase(speaker.First - 1, rest));
                return;
            }

            contentFirst = _words.IsQuoteMark(rest) ? -1 : rest;
        }

        if (contentFirst >= 0 && !speaker.IsEmpty)
        {
            AddIndirect(contentFirst, ContentEnd(contentFirst, sentence), t, speaker, channel, runsOn: false);
            return;
        }

    }

    /// <summary>
    /// A cue the trained model finds beyond the reporting-verb list ("Clinton called his supporters 'deplorables'",
    /// "a poll shows that …"): its speaker stands before it and its content is the rest of the clause.
    /// </summary>
    private void FindModelCue(int t, Sentence sentence)
    {
        if (_words.Role(t) != QuoteWordRole.None)
        {
            return;
        }

        var speaker = _phrases.Before(t, FirstFree(t, sentence.FirstToken));
        if (speaker.IsEmpty)
        {
            return;
        }

        var cueEnd = t + 1;
        while (cueEnd < sentence.EndToken && cueEnd - t < MaxModelCueTokens && !_used[cueEnd] && _spanOf[cueEnd] < 0
            && CueModel.IsCandidate(_words, cueEnd) && _cues.Score(_words, cueEnd) > ModelCueThreshold)
        {
            cueEnd++;
        }

        Record(cueEnd, ContentEnd(cueEnd, sentence), t, speaker, default, runsOn: false, cueEnd, fromModel: true);
    }

    /// <summary>Who a participle cue ("…, saying …", "after telling RT …") reports: the phrase before it, the sentence's speaker or its subject.</summary>
    private Phrase ParticipleSpeaker(int t, Sentence sentence)
    {
        var adjacent = _words.IsPunct(t - 1, ",") || _words.Role(t - 1) != QuoteWordRole.None || !IsPersonHead(t - 1)
            ? default : _phrases.Before(t, FirstFree(t, sentence.FirstToken));
        var speaker = adjacent.IsEmpty ? _sentenceSpeaker.GetValueOrDefault(_words.SentenceOf(t)) : adjacent;
        if (speaker.IsEmpty)
        {
            var subjectFirst = SubjectStart(sentence, t);
            var subject = _phrases.After(subjectFirst - 1, t);
            speaker = !subject.IsEmpty && subject.First == subjectFirst && _phrases.ContainsName(subject) ? subject : default;
        }

        return speaker;
    }

    /// <summary>Whether a word can head a speaker phrase right before a participle ("officials saying", "Kerry saying"; not "a question asking").</summary>
    private bool IsPersonHead(int t) => _words.IsCapitalized(t) || (_words.IsLowerWord(t) && _words.Word(t).EndsWith('s'));

    /// <summary>Where a sentence's subject starts: after a leading adjunct ("On Tuesday, MP Erdem issued …").</summary>
    private int SubjectStart(Sentence sentence, int limit)
    {
        var first = sentence.FirstToken;
        while (first < limit && (_words.Tokens[first].Kind is TokenKind.Bullet or TokenKind.Dash or TokenKind.QuoteMark))
        {
            first++;
        }

        if (_words.Role(first) is QuoteWordRole.None or QuoteWordRole.Determiner or QuoteWordRole.Pronoun)
        {
            return first;
        }

        for (var k = first; k < limit && k - first <= MaxThatGap; k++)
        {
            if (_words.IsPunct(k, ","))
            {
                return k + 1;
            }
        }

        return first;
    }

    /// <summary>"…, Kerry said." and "…, said Kerry.": the clause before an attribution that ends the sentence is its content.</summary>
    private void FindTail(int t, Sentence sentence)
    {
        var (channel, objectEnd) = ChannelAfter(t, sentence.EndToken);
        var speaker = _phrases.Before(t, FirstFree(t, sentence.FirstToken));
        if (speaker.IsEmpty)
        {
            speaker = _phrases.After(t, sentence.EndToken);
            if (!speaker.IsEmpty && IsAttributionTail(speaker.End - 1, sentence))
            {
                AddBefore(t, t, speaker, channel, sentence);
            }

            return;
        }

        if (IsAttributionTail(objectEnd, sentence) || IsAttributionTail(t, sentence))
        {
            AddBefore(speaker.First, t, speaker, channel, sentence);
        }
    }

    /// <summary>"Today’s Zaman cited Küçük as saying": the speaker is Küçük, the outlet the channel, the clause before the content.</summary>
    private bool CitedAsSaying(int cue, Sentence sentence)
    {
        var speaker = _phrases.After(cue, sentence.EndToken);
        if (speaker.IsEmpty || !_words.Is(speaker.End, "as") || !_words.Is(speaker.End + 1, "saying"))
        {
            return false;
        }

        var channel = _phrases.Before(cue, sentence.FirstToken);
        var leadEnd = channel.IsEmpty ? cue : channel.First;
        var first = FirstFree(leadEnd, sentence.FirstToken);
        var end = leadEnd;
        while (end > first && _words.IsPunct(end - 1, ",;:") || end > first && _words.IsDash(end - 1))
        {
            end--;
        }

        if (end - first < MinIndirectTokens)
        {
            return false;
        }

        Record(first, end, cue, speaker, channel, runsOn: false, cueEnd: speaker.End + 2);
        return true;
    }

    private void AccordingTo(int t, Sentence sentence)
    {
        var speaker = _phrases.After(t + 1, sentence.EndToken);
        if (speaker.IsEmpty)
        {
            return;
        }

        if (StartsClause(t, FirstFree(t, sentence.FirstToken)) || t == FirstFree(t, sentence.FirstToken))
        {
            var first = speaker.End;
            if (_words.IsPunct(first, ","))
            {
                first++;
            }

            AddIndirect(first, ContentEnd(first, sentence), t, speaker, default, runsOn: false, cueEnd: t + 2);
            return;
        }

        AddBefore(t, t, speaker, default, sentence, cueEnd: t + 2);
    }

    /// <summary>The clause before an attribution at the end of a sentence is the content: "The talks went well, Lavrov said."</summary>
    private void AddBefore(int attributionFirst, int cue, Phrase speaker, Phrase channel, Sentence sentence, int cueEnd = -1)
    {
        var end = attributionFirst;
        if (end - 1 >= 0 && _words.IsQuoteMark(end - 1) && _words.IsPunct(end - 2, ","))
        {
            end--;
        }

        if (!(_words.IsPunct(end - 1, ",") || _words.IsDash(end - 1)))
        {
            return;
        }

        end--;
        var first = FirstFree(end, sentence.FirstToken);
        Record(first, end, cue, speaker, channel, runsOn: false, cueEnd);
    }

    /// <summary>Whether nothing but an object, a time or place adjunct and the sentence end follow token <paramref name="t"/>.</summary>
    private bool IsAttributionTail(int t, Sentence sentence)
    {
        var next = t + 1;
        if (next < sentence.EndToken && !_words.IsSentenceEnd(next) && !_words.IsPunct(next, ",") && !_words.IsQuoteMark(next)
            && !(_words.Role(next) is QuoteWordRole.Inner or QuoteWordRole.Adjunct or QuoteWordRole.Stop or QuoteWordRole.Skip or QuoteWordRole.Listener)
            && !IsTimeWord(next) && !(_words.Word(next) is "him" or "her" or "them" or "us" or "me"))
        {
            return false;
        }

        for (var k = t + 1; k < sentence.EndToken; k++)
        {
            if (_words.IsSentenceEnd(k) || _words.IsQuoteMark(k) && k + 1 >= sentence.EndToken)
            {
                return true;
            }

            if (_words.IsPunct(k, ",") && k + 1 < sentence.EndToken && (_words.CueClassAt(k + 1) != CueClass.None || _words.IsAccordingTo(k + 1)))
            {
                return true;
            }

            if (_words.Is(k, "that") || _words.IsPunct(k, ":;") || _words.IsQuoteMark(k) || k - t > MaxThatGap)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The first token of the clause a cue governs ("said (that) …", "told RT on Tuesday that …"), or -1.</summary>
    private int ClauseAfterCue(int cue, int objectEnd, Sentence sentence, CueClass cueClass)
    {
        var end = sentence.EndToken;
        for (var k = objectEnd + 1; k < end && k - objectEnd <= MaxThatGap; k++)
        {
            if (_used[k] || _words.IsSentenceEnd(k) || _words.IsPunct(k, ";") || _words.CueClassAt(k) != CueClass.None)
            {
                break;
            }

            if (_words.Is(k, "that") && !_words.IsPunct(k - 1, ","))
            {
                return k;
            }
        }

        if (cueClass != CueClass.Say)
        {
            return -1;
        }

        var first = objectEnd + 1;
        if (first < end && _words.IsPunct(first, ":"))
        {
            first++;
        }

        if (first >= end || _used[first])
        {
            return -1;
        }

        // A clause follows the cue directly when it opens with a subject: a pronoun, a determiner, a name or "there".
        var opensClause = _words.Role(first) is QuoteWordRole.Pronoun or QuoteWordRole.Determiner or QuoteWordRole.None
            && _words.Tokens[first].Kind is TokenKind.Word or TokenKind.Number or TokenKind.QuoteMark
            && !IsTimeWord(first) && !(_words.IsLowerWord(first) && _words.Word(first).EndsWith("ly", StringComparison.Ordinal));
        return opensClause && !_words.Is(first, "it") ? first : -1;
    }

    private bool IsTimeWord(int t) => _words.IsTimeWord(t);

    /// <summary>The end of the content that starts at <paramref name="first"/>: the sentence end, or before ", adding that …".</summary>
    private int ContentEnd(int first, Sentence sentence)
    {
        var k = first;
        while (k < sentence.EndToken && !_used[k])
        {
            if (_words.IsPunct(k, ",") && k + 1 < sentence.EndToken
                && ((_words.CueClassAt(k + 1) != CueClass.None && _words.Word(k + 1).EndsWith("ing", StringComparison.Ordinal)) || _words.IsAccordingTo(k + 1)))
            {
                break;
            }

            // A quoted fragment that runs past the sentence splitter's boundary ends the content with it.
            if (_spanOf[k] >= 0 && SpanEnd(_spanOf[k]) > sentence.EndToken)
            {
                var span = _spans[_spanOf[k]];
                if (!span.IsOpenEnded && span.OpenToken == k && !_used[span.CloseToken] && span.Pieces.IsEmpty)
                {
                    k = span.CloseToken + 1;
                }

                break;
            }

            k++;
        }

        while (k > first && (_words.IsPunct(k - 1, ".!?,;:\u2026") || _words.IsDash(k - 1)))
        {
            k--;
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

    private bool IsPassive(int t) =>
        _words.Word(t).EndsWith("ed", StringComparison.Ordinal) && t > 0
        && _words.Word(t - 1).ToLowerInvariant() is "is" or "was" or "be" or "been" or "being" or "are" or "were";

    private void AddIndirect(int first, int end, int cue, Phrase speaker, Phrase channel, bool runsOn, int cueEnd = -1) =>
        Record(first, end, cue, speaker, channel, runsOn, cueEnd);

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

        if (end - first < MinIndirectTokens)
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

    private ImmutableArray<Quote> Finish()
    {
        var quotes = ImmutableArray.CreateBuilder<Quote>(_found.Count);
        Phrase previous = default;
        var previousParagraph = -1;
        foreach (var found in _found.OrderBy(f => f.Content.Start))
        {
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
                SpeakerName = speaker.IsEmpty || _phrases.IsPronoun(speaker) ? null : _phrases.Name(speaker),
                Cue = found.CueFirst < 0 ? null : _words.Span(found.CueFirst, found.CueEnd),
                Channel = found.Channel.IsEmpty ? null : _words.Span(found.Channel.First, found.Channel.End),
                Pieces = found.Pieces,
            });
        }

        return quotes.ToImmutable();
    }
}
