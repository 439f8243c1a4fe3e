using Newsgraph.Model;

namespace Newsgraph.Quotes;

/// <summary>Attributions to a source rather than a speaker: "according to", "cited X as saying", "in a poll".</summary>
internal sealed partial class QuoteSearch
{
    /// <summary>Longest source taken after "according to" when it is no name; PolNeAR's longest poll descriptions run to about 20 tokens.</summary>
    private const int MaxAccordingToSource = 24;

    /// <summary>Longest lead before an inserted source ("His criticism, according to …, was"); a longer one is a clause of its own.</summary>
    private const int MaxInsertedSourceLead = 6;

    /// <summary>Longest quote taken as part of a source's name ("her "clawback" plan"); longer ones are quotations.</summary>
    private const int MaxQuotedNameTokens = 6;

    private void AccordingTo(int t, Sentence sentence)
    {
        var source = AccordingToSource(t + 2, sentence);
        var speaker = _phrases.After(t + 1, sentence.EndToken);
        if (speaker.IsEmpty)
        {
            speaker = source;
        }

        if (speaker.IsEmpty)
        {
            return;
        }

        // "Clinton leads by 271 delegates according to a count by The AP.": a source ending the sentence needs no comma.
        var leadFirst = FirstFree(t, sentence.FirstToken);
        var toEnd = EndsSentence(speaker.End, sentence) ? speaker : source;
        if (!_words.IsPunct(t - 1, ",") && !_words.IsDash(t - 1) && t - leadFirst >= MinIndirectTokens && !toEnd.IsEmpty && EndsSentence(toEnd.End, sentence))
        {
            Record(leadFirst, t, t, toEnd, default, runsOn: false, cueEnd: t + 2);
            return;
        }

        // "Fundraising, according to the campaign, has surged …": a source inserted after a short lead with no verb of its own
        // splits one content in two pieces.
        if (_words.IsPunct(t - 1, ",") && !source.IsEmpty && _words.IsPunct(source.End, ",") && t - 1 > leadFirst
            && t - 1 - leadFirst <= MaxInsertedSourceLead && !VerbWithin(leadFirst, t - 1))
        {
            var rest = source.End + 1;
            var restEnd = ContentEnd(rest, sentence);
            if (restEnd > rest && !_words.IsQuoteMark(rest))
            {
                Record(leadFirst, restEnd, t, speaker, default, runsOn: false, t + 2, gap: new Phrase(t - 1, rest));
                return;
            }
        }

        // "It hasn't gone unnoticed: According to recent polls, Trump holds …": a colon opens a clause too.
        if (StartsClause(t, leadFirst) || t == leadFirst || _words.IsPunct(t - 1, ":"))
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

    /// <summary>
    /// "In a Des Moines Register poll last month, Mr. Cruz had a 10-point lead", "Trump leads by 8 points, in the survey.":
    /// a poll or study that a clause reports from is its source and "in" its cue, unless a reporting verb of the clause's own
    /// ("In the study, researchers found …") attributes it.
    /// </summary>
    private bool FindInFinding(int t, Sentence sentence)
    {
        var source = AccordingToSource(t + 1, sentence);
        var named = false;
        for (var k = source.First; k < source.End && !named; k++)
        {
            named = _words.IsLowerWord(k) && QuoteLexicon.IsFindingNoun(_words.Word(k));
        }

        if (!named)
        {
            return false;
        }

        if (t == FirstFree(t, sentence.FirstToken) && t == SubjectStart(sentence, t) && _words.IsPunct(source.End, ","))
        {
            // "In the poll, conducted in early September, Clinton led …": a participle after the poll still describes it.
            if (_words.IsLowerWord(source.End + 1) && _words.Word(source.End + 1).EndsWith("ed", StringComparison.Ordinal)
                && AccordingToSource(source.End + 1, sentence) is { IsEmpty: false } described && _words.IsPunct(described.End, ","))
            {
                source = new Phrase(source.First, described.End);
            }

            var first = source.End + 1;
            var end = ContentEnd(first, sentence);
            for (var k = first; k < end; k++)
            {
                if (_words.CueClassAt(k) != CueClass.None || _words.IsAccordingTo(k) || _spanOf[k] >= 0)
                {
                    return false;
                }
            }

            if (end - first < MinIndirectTokens)
            {
                return false;
            }

            AddIndirect(first, end, t, source, default, runsOn: false, cueEnd: t + 1);
            return true;
        }

        if (_words.IsPunct(t - 1, ",") && EndsSentence(source.End, sentence))
        {
            AddBefore(t, t, source, default, sentence, cueEnd: t + 1);
            return true;
        }

        return false;
    }

    /// <summary>
    /// The source after "according to" when it is no name ("according to early results of exit polls conducted for
    /// The AP", "according to state law", "according to him"): the words up to the next comma or the sentence end.
    /// </summary>
    private Phrase AccordingToSource(int first, Sentence sentence)
    {
        var end = first;
        while (end < sentence.EndToken && end - first < MaxAccordingToSource && !_used[end]
            && !_words.IsPunct(end, ",;:") && !_words.IsSentenceEnd(end) && !_words.IsDash(end))
        {
            // A short quoted name inside the source ("according to her "clawback" plan") is part of it.
            if (_spanOf[end] >= 0 && _spans[_spanOf[end]] is var quoted && quoted.OpenToken == end && !quoted.IsOpenEnded
                && quoted.CloseToken - end <= MaxQuotedNameTokens)
            {
                end = quoted.CloseToken + 1;
                continue;
            }

            if (_spanOf[end] >= 0 || _words.IsQuoteMark(end))
            {
                break;
            }

            end++;
        }

        var stopped = end >= sentence.EndToken || _words.IsPunct(end, ",;:") || _words.IsSentenceEnd(end) || _words.IsDash(end);
        return stopped && end > first && _words.Tokens[first].Kind == TokenKind.Word ? new Phrase(first, end) : default;
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
    /// <summary>
    /// "The club is reportedly spending $1.5 million", "Reportedly, he made comments …": an adverb of hearsay reports the
    /// clause it stands in, from its subject to its end, with no speaker (Data/en/hearsay_adverbs.txt). Before a reporting
    /// verb ("reportedly said") the verb attributes instead.
    /// </summary>
    private bool FindHearsay(int t, Sentence sentence)
    {
        if (!QuoteLexicon.IsHearsayAdverb(_words.Word(t)) || _words.CueClassAt(t + 1) != CueClass.None || _spanOf[t] >= 0)
        {
            return false;
        }

        var leading = t == sentence.FirstToken && _words.IsPunct(t + 1, ",");
        var first = leading ? t + 2 : Math.Max(SubjectStart(sentence, t), FirstFree(t, sentence.FirstToken));
        var end = ContentEnd(first, sentence);
        if (end - first < MinIndirectTokens)
        {
            return false;
        }

        Record(first, end, t, default, default, runsOn: false, t + 1);
        return true;
    }
}
