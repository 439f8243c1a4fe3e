using System.Collections.Immutable;
using Newsgraph.Model;

namespace Newsgraph.Quotes;

/// <summary>The direct quotes: paired quotation marks with the attribution before, after or around them.</summary>
internal sealed partial class QuoteSearch
{
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

        if (IsTitleCase(span))
        {
            return;
        }

        var startsSentence = StartsClause(open, sentence.FirstToken);
        var trailing = AttributionAfter(span);

        // "… Mrs. Clinton — “Born with a silver spoon,” Mr. Elkins said — but …": a quote and its attribution between dashes stand alone.
        if (!startsSentence && trailing is { } aside && _words.IsDash(open - 1) && _words.IsDash(aside.End + 1))
        {
            Add(new Found(QuoteKind.Direct, span.Content, open)
            {
                Speaker = aside.Speaker, CueFirst = aside.CueFirst, CueEnd = aside.CueEnd, Channel = aside.Channel,
            }, open, Math.Max(span.AfterToken - 1, aside.End), aside);
            return;
        }

        if (startsSentence && trailing is { } after)
        {
            var (content, pieces, last) = JoinInterrupted(q, after);
            Add(new Found(QuoteKind.Direct, content, open)
            {
                Speaker = after.Speaker, CueFirst = after.CueFirst, CueEnd = after.CueEnd, Channel = after.Channel, Pieces = pieces,
            }, open, last, after);
            return;
        }

        // "Calling the effort 'good diplomacy,' the top US diplomat said that …" reports the clause, not the fragment.
        if (!startsSentence && EndsWithComma(span) && AttributionAfter(span) is { } tail && !LeadsAQuote(tail)
            && !(tail.Speaker.First < tail.CueFirst && ClauseAfterCue(tail.CueFirst, tail.CueFirst, sentence, CueClass.Say) >= 0))
        {
            if (!IsAttributionTail(tail.End, sentence, longDescription: false) && open - FirstFree(open, sentence.FirstToken) <= MaxQuoteLead)
            {
                // "As for complexity, "…," said Mr. Kamin, who emphasized …": the quote alone is the content.
                Add(new Found(QuoteKind.Direct, span.Content, open)
                {
                    Speaker = tail.Speaker, CueFirst = tail.CueFirst, CueEnd = tail.CueEnd, Channel = tail.Channel,
                }, open, Math.Max(span.AfterToken - 1, tail.End), tail);
                return;
            }

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
            if (InsertedBefore(span, before, sentence))
            {
                return;
            }

            Add(new Found(QuoteKind.Direct, span.Content, open)
            {
                Speaker = before.Speaker, CueFirst = before.CueFirst, CueEnd = before.CueEnd, Channel = before.Channel, Pieces = span.Pieces,
            }, open, span.AfterToken - 1, before);
            return;
        }

        var wholeParagraph = open == paragraphFirst;
        var words = WordCount(open, span.ContentEndToken);

        if (startsSentence && (wholeParagraph || words >= MinUnattributedWords) && _words.ParagraphKindOf(open) == ParagraphKind.Body)
        {
            Add(new Found(QuoteKind.Direct, span.Content, open) { Pieces = span.Pieces, RunsOn = true }, open, span.AfterToken - 1, null);
        }
    }

    /// <summary>
    /// "Particularly in lower-wage parts of the state, he said, "we don't know …"": an attribution inserted between a lead
    /// and a quote that goes on with the lead's clause makes one content of the whole sentence, in two pieces, as PolNeAR takes it.
    /// </summary>
    private bool InsertedBefore(QuotedSpan span, Attribution before, Sentence sentence)
    {
        var open = span.OpenToken;
        var attributionFirst = before.Speaker.IsEmpty ? before.CueFirst : Math.Min(before.Speaker.First, before.CueFirst);

        // A quote that opens in capitals is a sentence of its own ("As Freddy stumbled, he said, "I watched him.""): it stands alone.
        if (before.Speaker.IsEmpty || !_words.IsPunct(open - 1, ",") || !_words.IsPunct(attributionFirst - 1, ",") || span.IsOpenEnded
            || !_words.IsLowerWord(open + 1))
        {
            return false;
        }

        var leadFirst = FirstFree(attributionFirst - 1, sentence.FirstToken);
        if (leadFirst != sentence.FirstToken || attributionFirst - 1 - leadFirst < MinInterruptedLead)
        {
            return false;
        }

        var end = ContentEnd(open, sentence);
        if (end <= span.CloseToken)
        {
            end = span.CloseToken + 1;
        }

        Record(leadFirst, end, before.CueFirst, before.Speaker, before.Channel, runsOn: false, before.CueEnd, gap: new Phrase(attributionFirst - 1, open));
        return true;
    }

    /// <summary>
    /// A short quote in title case is a title, a nickname or a section heading ('All Bets Are Off.', "The Steve Harvey
    /// Morning Show", ''Make Your Kid a Millionaire''), not a quotation.
    /// </summary>
    private bool IsTitleCase(QuotedSpan span)
    {
        var words = 0;
        var capitalized = 0;
        for (var t = span.OpenToken + 1; t < span.ContentEndToken; t++)
        {
            if (_words.Tokens[t].Kind == TokenKind.Word && _words.Word(t).Length >= 3 && QuoteLexicon.Role(_words.Word(t).ToLowerInvariant()) == QuoteWordRole.None)
            {
                words++;
                capitalized += _words.IsCapitalized(t) ? 1 : 0;
            }
        }

        return words >= MinTitleWords && WordCount(span.OpenToken, span.ContentEndToken) <= MaxHeadingWords && capitalized == words;
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
        // "“… the peace.” Trump replied: “No, …”": after a finished sentence, a cue ending in a colon leads the next quote.
        var found = TrailingAttribution(span);
        return found is { } a && _words.IsSentenceEnd(span.ContentEndToken - 1) && _words.IsPunct(a.End + 1, ":") ? null : found;
    }

    private Attribution? TrailingAttribution(QuotedSpan span)
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
            // "…," said he doesn't believe …": a pronoun with a verb after it is the subject of a clause, not an inverted speaker.
            var speaker = _phrases.After(t, stop);
            if (speaker.IsEmpty || (_phrases.IsPronoun(speaker) && _words.IsLowerWord(speaker.End)
                && _words.Role(speaker.End) is not (QuoteWordRole.Inner or QuoteWordRole.Adjunct or QuoteWordRole.Listener)))
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

            // "“… my opinion.” Reid said both are …": after a quote that ends its sentence, a cue with a clause of its own reports that clause.
            if (_words.IsSentenceEnd(span.ContentEndToken - 1) && !IsAttributionTail(end, _words.SentenceAt(k)))
            {
                return null;
            }

            return new Attribution(speaker, k, k + 1, channel, end);
        }

        return null;
    }

    /// <summary>"Remarking upon his 'genuine empathy,' Starr said, "Leave aside …"": an attribution ending in a comma or colon right before an opening mark introduces that quote.</summary>
    private bool LeadsAQuote(Attribution attribution)
    {
        var mark = attribution.End + 2;
        return _words.IsPunct(attribution.End + 1, ",:") && mark < _words.Count && _spanOf[mark] >= 0 && _spans[_spanOf[mark]].OpenToken == mark;
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

            // Before a colon, a cue the model knows will do ("McCaskill scolded him: …").
            var modelCue = _words.IsPunct(colon, ":") && _words.CueClassAt(k) == CueClass.None && _words.Role(k) == QuoteWordRole.None
                && CueModel.IsCandidate(_words, k) && _cues.Score(_words, k) > ModelCueThreshold;
            if (_words.CueClassAt(k) != CueClass.Say && !modelCue)
            {
                continue;
            }

            var participle = _words.Word(k).EndsWith("ing", StringComparison.Ordinal) || _words.Is(k - 1, "to");
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

        // "HEADLINE OF THE ITEM - Jeffrey M. Jones: “…”": a roundup item names its speaker after a dash.
        var leadFirst = first;
        for (var k = colon - 1; k > first && colon - k <= MaxColonLead; k--)
        {
            if (_words.IsDash(k))
            {
                leadFirst = k + 1;
                break;
            }
        }

        if (_words.IsPunct(colon, ":") && colon - leadFirst <= MaxColonLead && colon > leadFirst)
        {
            var lead = _phrases.After(leadFirst - 1, colon);
            if (!lead.IsEmpty && lead.First == leadFirst && _phrases.ContainsName(lead))
            {
                return new Attribution(lead, colon, colon + 1, default, colon);
            }
        }

        return null;
    }

    private bool EndsWithComma(QuotedSpan span) =>
        !span.IsOpenEnded && (_words.IsPunct(span.ContentEndToken - 1, ",") || _words.IsPunct(span.AfterToken, ","));

    /// <summary>Whether a quote ends its sentence: sentence punctuation inside or just after the closing mark, or the paragraph's end.</summary>
    private bool EndsSentence(QuotedSpan span)
    {
        if (span.IsOpenEnded || _words.IsSentenceEnd(span.ContentEndToken - 1) || _words.IsSentenceEnd(span.AfterToken))
        {
            return true;
        }

        return span.AfterToken >= _words.Count || _words.SentenceAt(span.AfterToken).Paragraph != _words.SentenceAt(span.CloseToken).Paragraph;
    }
}
