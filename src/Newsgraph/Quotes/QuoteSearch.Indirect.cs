using System.Collections.Immutable;
using Newsgraph.Model;

namespace Newsgraph.Quotes;

/// <summary>The indirect and mixed quotes: the clause a reporting verb (or a cue the model finds) governs.</summary>
internal sealed partial class QuoteSearch
{
    /// <summary>Words between a determiner and a statement noun ("a second written statement"); more is a longer phrase.</summary>
    private const int MaxStatementModifiers = 2;

    /// <summary>Fewest words before an inserted attribution ("This campaign, he says, is different"); one is an adverb ("Today, he said, …").</summary>
    private const int MinInterruptedLead = 2;

    /// <summary>"-ing" words longer than this are participles ("saying", "urging"); "king", "thing" are shorter or nouns.</summary>
    private const int MinParticipleLength = 5;

    private void FindIndirect(int t, Sentence sentence, bool tailsOnly)
    {
        if (_words.IsAccordingTo(t))
        {
            AccordingTo(t, sentence);
            return;
        }

        if (!tailsOnly && _words.Is(t, "in") && FindInFinding(t, sentence))
        {
            return;
        }

        if (!tailsOnly && FindHearsay(t, sentence))
        {
            return;
        }

        if (!tailsOnly && FindNaming(t, sentence))
        {
            return;
        }

        if (!tailsOnly && FindAskedLead(t, sentence))
        {
            return;
        }

        var cueClass = _words.CueClassAt(t);
        if (cueClass == CueClass.None && !tailsOnly && CueModel.IsCandidate(_words, t) && _cues.Score(_words, t) > ModelCueThreshold)
        {
            FindModelCue(t, sentence);
            return;
        }

        // "a tweet", "His tweet said …", "Editor's note:": after a determiner or a possessive a reporting word is a noun, which
        // reports only with "that" after it ("Trump's claim that …").
        if (cueClass == CueClass.None || IsPassive(t)
            || (t > 0 && _words.Tokens[t - 1].Kind == TokenKind.Word && _words.Role(t - 1) == QuoteWordRole.Determiner && !_words.IsQuantifierSubject(t - 1, sentence.FirstToken))
            || (_words.IsPossessive(t - 1) && !_words.Is(t + 1, "that"))
            || IsCountModifier(t))
        {
            return;
        }

        var word = _words.Word(t);
        if (_words.Is(t, "cited") && CitedAsSaying(t, sentence))
        {
            return;
        }

        // "…, saying that …" and "went on to say that …" report the sentence's speaker.
        var participle = word.EndsWith("ing", StringComparison.OrdinalIgnoreCase) || _words.Is(t - 1, "to");
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
        if (!participle && SubjectBeforeInsert(t, sentence) is { IsEmpty: false } subjectBefore && (speaker.IsEmpty || speaker.First > subjectBefore.End))
        {
            speaker = subjectBefore;
        }
        else if (!participle && WholeSubject(t, sentence) is { IsEmpty: false } whole && (speaker.IsEmpty || speaker.First > whole.First))
        {
            speaker = whole;
        }

        if (!participle && speaker.IsEmpty && (_words.Is(t - 1, "and") || _words.Is(t - 1, "but")))
        {
            // "Clinton defended her record and said …": the second verb reports the speaker of the first, or the sentence's named subject.
            speaker = _sentenceSpeaker.GetValueOrDefault(_words.SentenceOf(t));
            if (speaker.IsEmpty)
            {
                // "He's comparing … and says …": a pronoun subject speaks without the verb joined to it.
                var subjectFirst = SubjectStart(sentence, t);
                var subject = _words.Role(subjectFirst) == QuoteWordRole.Pronoun && subjectFirst < t
                    ? new Phrase(subjectFirst, subjectFirst + 1) : _phrases.After(subjectFirst - 1, t);
                speaker = !subject.IsEmpty && subject.First == subjectFirst && (_phrases.ContainsName(subject) || _phrases.IsPronoun(subject)) ? subject : default;
            }
        }

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

        // "a strike that executives said could hurt earnings", "what he said were failures": the cue sits in a relative clause
        // whose verb follows it, and that verb's phrase is the content.
        if (cueClass == CueClass.Say && channel.IsEmpty && _words.IsLowerWord(objectEnd + 1) && QuoteLexicon.IsClauseAuxiliary(_words.Word(objectEnd + 1))
            && RelativeSpeaker(t, FirstFree(t, sentence.FirstToken)) is { IsEmpty: false } relativeSpeaker)
        {
            AddIndirect(objectEnd + 1, PhraseEnd(objectEnd + 1, ContentEnd(objectEnd + 1, sentence)), t, relativeSpeaker, channel, runsOn: false);
            return;
        }

        // "As the paper noted, it is surprising …": the clause after an attribution opened by "as" is its content.
        if (contentFirst < 0 && !speaker.IsEmpty && _words.Is(speaker.First - 1, "as") && _words.IsPunct(objectEnd + 1, ",")
            && (speaker.First - 1 == sentence.FirstToken || _words.IsPunct(speaker.First - 2, ",")))
        {
            var rest = objectEnd + 2;
            AddIndirect(rest, ContentEnd(rest, sentence), t, speaker, channel, runsOn: false);
            return;
        }

        // "During his years in office, Mr. Obama said, a majority of Americans …": the attribution sits inside the clause,
        // which PolNeAR takes whole, from its first piece to its last.
        if (contentFirst < 0 && !speaker.IsEmpty && _words.IsPunct(objectEnd + 1, ",")
            && _words.IsPunct(speaker.First - 1, ","))
        {
            var rest = objectEnd + 2;
            var leadFirst = FirstFree(speaker.First - 1, sentence.FirstToken);
            var restEnd = ContentEnd(rest, sentence);
            if (speaker.First - 1 - leadFirst >= MinInterruptedLead && restEnd - rest + speaker.First - 1 - leadFirst >= MinIndirectTokens
                && !_words.IsQuoteMark(rest))
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

        // What such a cue governs is mostly a phrase ("praised evangelist Franklin Graham, who …"): it ends at a comma.
        var end = PhraseEnd(cueEnd, ContentEnd(cueEnd, sentence));
        Record(cueEnd, end, t, speaker, default, runsOn: false, cueEnd, fromModel: true);
    }

    /// <summary>
    /// "…, calling her "a rising star."", "…, calling it a paperwork error": a naming participle reports the name it gives,
    /// its object and the name after it (Data/en/naming_participles.txt).
    /// </summary>
    private bool FindNaming(int t, Sentence sentence)
    {
        if (!_words.IsLowerWord(t) || !QuoteLexicon.IsNamingParticiple(_words.Word(t)) || !(_words.IsPunct(t - 1, ",") || _words.Is(t - 1, "and"))
            || !(_words.Role(t + 1) == QuoteWordRole.Pronoun || _words.IsObjectPronoun(t + 1) || _words.IsCapitalized(t + 1)))
        {
            return false;
        }

        var end = PhraseEnd(t + 1, ContentEnd(t + 1, sentence));
        if (end - (t + 1) < MinIndirectTokens)
        {
            return false;
        }

        AddIndirect(t + 1, end, t, ParticipleSpeaker(t, sentence), default, runsOn: false);
        return true;
    }

    /// <summary>"…, Kerry said." and "…, said Kerry.": the clause before an attribution that ends the sentence is its content.</summary>
    private void FindTail(int t, Sentence sentence)
    {
        var (channel, objectEnd) = ChannelAfter(t, sentence.EndToken);
        var speaker = _phrases.Before(t, FirstFree(t, sentence.FirstToken));
        if (speaker.IsEmpty)
        {
            // "— said his death is painful": a verb after the phrase makes it the subject of a reported clause, not a speaker.
            speaker = _phrases.After(t, sentence.EndToken);
            if (!speaker.IsEmpty && IsAttributionTail(speaker.End - 1, sentence)
                && !(_words.IsLowerWord(speaker.End) && QuoteLexicon.IsClauseAuxiliary(_words.Word(speaker.End))))
            {
                AddBefore(t, t, speaker, channel, sentence);
            }

            return;
        }

        // "…, who has vowed to …" describes the name before it; the clause before that name is no report of it.
        var relative = speaker.End - speaker.First == 1 && (_words.Is(speaker.First, "who") || _words.Is(speaker.First, "which"));
        if (!relative && (IsAttributionTail(objectEnd, sentence) || IsAttributionTail(t, sentence)))
        {
            AddBefore(speaker.First, t, speaker, channel, sentence);
        }
    }

    /// <summary>"Pence: Gennifer Flowers Won’t Be at Debate": a headline that opens with a name and a colon attributes the rest to it.</summary>
    private void HeadlineColon(Sentence sentence)
    {
        var first = SubjectStart(sentence, sentence.EndToken);

        // "EXCLUSIVE – Roger Stone: Don’t Trust …": a newsroom label and a dash open the line.
        for (var k = first + 1; k < sentence.EndToken && k - first <= MaxLabelWords; k++)
        {
            if (_words.IsDash(k) && HasLabelWord(first, k))
            {
                first = k + 1;
                break;
            }
        }

        for (var colon = first + 1; colon < sentence.EndToken && colon - first <= MaxHeadlineColonLead; colon++)
        {
            if (!_words.IsPunct(colon, ":"))
            {
                continue;
            }

            // "Obama To Asians Worried About U.S. Election: It’s Going To Be OK", "Gillibrand on Hillary’s Speeches: …": the name
            // before the first preposition speaks; a lead without one must be short.
            var lead = _phrases.After(first - 1, colon);
            var cut = first + 1;
            while (cut < lead.End && !(_words.Role(cut) == QuoteWordRole.Inner || _words.Is(cut, "to") || _words.Is(cut, "about")))
            {
                cut++;
            }

            if (cut < lead.End)
            {
                lead = new Phrase(lead.First, cut);
            }
            else if (colon - first > MaxColonLead)
            {
                return;
            }

            var end = ContentEnd(colon + 1, sentence);
            if (!lead.IsEmpty && lead.First == first && _phrases.ContainsName(lead) && !_used[colon] && !HasLabelWord(first, colon)
                && !IsNameList(colon + 1, end))
            {
                Record(colon + 1, end, colon, lead, default, runsOn: false, colon + 1);
            }

            return;
        }
    }

    /// <summary>"Iowa: Tim Albrecht, Brad Anderson, Rob Barron, …": a list of names after a colon says nothing.</summary>
    private bool IsNameList(int first, int end)
    {
        int commas = 0, words = 0, capitalised = 0;
        for (var k = first; k < end; k++)
        {
            commas += _words.IsPunct(k, ",") ? 1 : 0;
            if (_words.Tokens[k].Kind == TokenKind.Word)
            {
                words++;
                capitalised += _words.IsCapitalized(k) ? 1 : 0;
            }
        }

        return commas >= MinListCommas && capitalised >= NameListShare * words;
    }

    /// <summary>Whether a word before a headline colon is a newsroom label ("The Latest:", "BREAKING:"), not a speaker.</summary>
    private bool HasLabelWord(int first, int colon)
    {
        for (var k = first; k < colon; k++)
        {
            if (QuoteLexicon.IsTurnLabelWord(_words.Word(k)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether only closing punctuation follows token <paramref name="end"/> in its sentence.</summary>
    private bool EndsSentence(int end, Sentence sentence)
    {
        for (var k = end; k < sentence.EndToken; k++)
        {
            if (!_words.IsSentenceEnd(k) && !_words.IsQuoteMark(k) && !_words.IsPunct(k, ")"))
            {
                return false;
            }
        }

        return true;
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
    private bool IsAttributionTail(int t, Sentence sentence, bool longDescription = true)
    {
        var next = t + 1;
        if (next < sentence.EndToken && !_words.IsSentenceEnd(next) && !_words.IsPunct(next, ",") && !_words.IsQuoteMark(next)
            && !(_words.Role(next) is QuoteWordRole.Inner or QuoteWordRole.Adjunct or QuoteWordRole.Stop or QuoteWordRole.Skip or QuoteWordRole.Listener)
            && !IsTimeWord(next) && !_words.IsObjectPronoun(next))
        {
            return false;
        }

        // "…, said Rita Katz, the director of SITE, which tracks …": a description after a comma may run long, and its "that" relates.
        var appositive = longDescription && _words.IsPunct(next, ",") && _words.IsLowerWord(next + 1)
            && (_words.Role(next + 1) == QuoteWordRole.Determiner || _words.IsRelativePronoun(next + 1) || QuoteLexicon.IsTitle(_words.Word(next + 1))
                || (_words.Role(next + 1) == QuoteWordRole.None && (_words.Is(next + 2, "of") || _words.Is(next + 2, "at"))));
        var afterComma = false;
        var relative = false;
        for (var k = t + 1; k < sentence.EndToken; k++)
        {
            if (_words.IsSentenceEnd(k) || _words.IsQuoteMark(k) && k + 1 >= sentence.EndToken)
            {
                return true;
            }

            relative |= appositive && (_words.IsRelativePronoun(k) || _words.Is(k, "that"));

            // "…, he said, local officials should be vigilant": a clause after the comma makes the attribution an insert;
            // "…, said Ms. Gil, with games held nightly" has none.
            if (afterComma && !relative && _words.IsLowerWord(k) && QuoteLexicon.IsClauseAuxiliary(_words.Word(k)))
            {
                return false;
            }

            afterComma |= _words.IsPunct(k, ",") && (_words.Role(k + 1) is not (QuoteWordRole.Inner or QuoteWordRole.Adjunct) || _words.Is(k + 1, "and"));

            if (_words.IsPunct(k, ",") && k + 1 < sentence.EndToken && (_words.CueClassAt(k + 1) != CueClass.None || _words.IsAccordingTo(k + 1)))
            {
                return true;
            }

            // An apostrophe that closes no quote ("terrorists' communications") is no quotation mark here.
            if ((!appositive && _words.Is(k, "that")) || _words.IsPunct(k, ":;") || (_words.IsQuoteMark(k) && _spanOf[k] >= 0)
                || k - t > (appositive ? MaxAppositiveTail : MaxThatGap))
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

        // "says at a campaign stop in Toledo, Ohio, that …": after a place or time adjunct, "that" may follow a comma, further on.
        var afterAdjunct = _words.IsLowerWord(objectEnd + 1)
            && (_words.Role(objectEnd + 1) == QuoteWordRole.Adjunct || QuoteLexicon.IsStatementAdjunct(_words.Word(objectEnd + 1)));
        var gap = afterAdjunct ? 2 * MaxThatGap : MaxThatGap;
        for (var k = objectEnd + 1; k < end && k - objectEnd <= gap; k++)
        {
            if (_used[k] || _words.IsSentenceEnd(k) || _words.IsPunct(k, ";") || _words.CueClassAt(k) != CueClass.None || _spanOf[k] >= 0)
            {
                break;
            }

            // "said there was clear evidence that …": a verb right after the cue's subject shows the clause has begun, and "that" is inside it.
            if (k - objectEnd == 2 && _words.IsLowerWord(k) && QuoteLexicon.IsClauseAuxiliary(_words.Word(k)))
            {
                break;
            }

            // "said witnesses saw a gun and that one was found": a second "that" clause joins the first, which opens at the cue.
            // A "that" that ends the sentence or goes on with "of" is a pronoun ("said he introduced a bill to do that", "said its
            // coverage would resemble that of its parent network"), no complementiser.
            if (_words.Is(k, "that") && (afterAdjunct || !_words.IsPunct(k - 1, ",")) && !(_words.Is(k - 1, "and") && k - 1 > objectEnd + 1)
                && k + 1 < end && !_words.IsSentenceEnd(k + 1) && !_words.Is(k + 1, "of"))
            {
                return k;
            }
        }

        if (cueClass == CueClass.None)
        {
            return -1;
        }

        var first = ListenerEnd(cue, objectEnd, end) + 1;

        // "He said, however, that …": a discourse adverb between commas stands outside the clause.
        if (first + 3 < end && _words.IsPunct(first, ",") && _words.Role(first + 1) == QuoteWordRole.Skip && _words.IsPunct(first + 2, ","))
        {
            first += 3;
            if (_words.Is(first, "that"))
            {
                return first;
            }
        }

        var colon = first < end && _words.IsPunct(first, ":");
        if (colon)
        {
            first++;
        }

        // "wrote the letter", "continued their search": after such a verb a bare clause opens with a pronoun or shows its verb
        // within a few words ("maintained this statement was made …").
        if (!colon && QuoteLexicon.TakesObject(_words.Word(cue)) && _words.Role(first) != QuoteWordRole.Pronoun && !VerbWithin(first + 1, end))
        {
            return -1;
        }

        // "said Thursday he would leave", "said last week the plan …": a day or a "last/this/next" time before the clause.
        if (first + 1 < end && IsTimeWord(first) && !_words.IsPunct(first + 1, ","))
        {
            first++;
        }
        else if (first + 2 < end && _words.Is(first, "on") && IsTimeWord(first + 1) && !_words.IsPunct(first + 2, ","))
        {
            // "said on Friday he met …".
            first += 2;
        }
        else if (first + 2 < end && _words.IsRelativeTime(first))
        {
            first += 2;
        }

        if (first >= end || _used[first])
        {
            return -1;
        }

        // A clause follows the cue directly when it opens with a subject: a pronoun, a determiner, a name or "there".
        // "said members of the court should …", "said if elected he would …": an audience noun after a verb that takes none is
        // the clause's subject, and a conditional opens the clause.
        var audienceSubject = _words.Role(first) == QuoteWordRole.Listener && !QuoteLexicon.TakesListener(_words.Word(cue));
        if (_words.IsLowerWord(first) && QuoteLexicon.IsClauseOpener(_words.Word(first)))
        {
            return first;
        }

        var opensClause = (audienceSubject || _words.Role(first) is QuoteWordRole.Pronoun or QuoteWordRole.Determiner or QuoteWordRole.None)
            && _words.Tokens[first].Kind is TokenKind.Word or TokenKind.Number or TokenKind.QuoteMark
            && !IsTimeWord(first) && !(_words.IsLowerWord(first) && _words.Word(first).EndsWith("ly", StringComparison.Ordinal));
        // "said it was", "says it means", "said it happened", "said it actively investigated"; not "said it twice".
        var verbAt = _words.IsLowerWord(first + 1) && _words.Word(first + 1).EndsWith("ly", StringComparison.Ordinal) ? first + 2 : first + 1;
        var itSubject = !_words.Is(first, "it") || (_words.InRange(verbAt) && QuoteLexicon.IsClauseAuxiliary(_words.Word(verbAt)))
            || (_words.IsLowerWord(verbAt) && _words.Word(verbAt) is var verb && (verb.EndsWith("ed", StringComparison.Ordinal)
                || (verb.EndsWith('s') && !verb.EndsWith("ss", StringComparison.Ordinal) && verb.Length > 3)));
        // A belief verb takes a bare clause only after a clear subject ("think Obama is …"), not "felt betrayed", "know what …".
        var beliefSubject = cueClass != CueClass.Think || _words.Role(first) is QuoteWordRole.Pronoun or QuoteWordRole.Determiner
            || _words.IsCapitalized(first) || _words.Tokens[first].Kind == TokenKind.Number;
        return opensClause && itSubject && beliefSubject ? first : -1;
    }

    /// <summary>Whether an auxiliary or common past verb stands within the first few words from <paramref name="first"/>.</summary>
    private bool VerbWithin(int first, int end)
    {
        for (var k = first; k < end && k - first < MaxSubjectBeforeVerb; k++)
        {
            if (_words.IsLowerWord(k) && QuoteLexicon.IsClauseAuxiliary(_words.Word(k)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "told reporters he …", "told the court he …", "assured them the …": after a verb that takes a listener, the listener
    /// before the clause; <paramref name="objectEnd"/> when none stands there.
    /// </summary>
    private int ListenerEnd(int cue, int objectEnd, int end)
    {
        var k = cue + 1;
        if (objectEnd != cue || k >= end || !QuoteLexicon.TakesListener(_words.Word(cue)) || !_words.IsLowerWord(k))
        {
            return objectEnd;
        }

        // "urged them to reconsider", "asked her husband to …": without a clause after it, the listener is part of the content.
        if (_words.Role(k) == QuoteWordRole.Listener || _words.IsObjectPronoun(k))
        {
            return _words.Role(k + 1) is QuoteWordRole.Pronoun or QuoteWordRole.Determiner || _words.IsCapitalized(k + 1) || _words.Is(k + 1, "that")
                ? k : objectEnd;
        }

        if (_words.Role(k) != QuoteWordRole.Determiner)
        {
            return objectEnd;
        }

        var j = k + 1;
        while (j < end && j - k <= MaxListenerWords && _words.IsLowerWord(j) && _words.Role(j) is QuoteWordRole.None or QuoteWordRole.Listener
            && !QuoteLexicon.IsClauseAuxiliary(_words.Word(j)) && _words.CueClassAt(j) == CueClass.None)
        {
            j++;
        }

        return j > k + 1 && j < end && _words.Role(j) is QuoteWordRole.Pronoun or QuoteWordRole.Determiner ? j - 1 : objectEnd;
    }

    private bool IsTimeWord(int t) => _words.IsTimeWord(t);

    /// <summary>"271 pledged delegates": a participle between a number and a bare noun modifies the noun, it reports nothing.</summary>
    private bool IsCountModifier(int t) =>
        t > 0 && _words.Tokens[t - 1].Kind == TokenKind.Number && _words.IsLowerWord(t + 1) && _words.Role(t + 1) == QuoteWordRole.None
        && !_words.Is(t + 1, "that");

    private bool IsPassive(int t) =>
        _words.Word(t).EndsWith("ed", StringComparison.Ordinal) && t > 0
        && _words.Word(t - 1).ToLowerInvariant() is "is" or "was" or "be" or "been" or "being" or "are" or "were";

    private void AddIndirect(int first, int end, int cue, Phrase speaker, Phrase channel, bool runsOn, int cueEnd = -1) =>
        Record(first, end, cue, speaker, channel, runsOn, cueEnd);

    /// <summary>
    /// "MP Erdem issued a written statement in his defence", "Trump made the comments at a rally": the clause names a
    /// statement or event (with adjuncts at most) but reports nothing said, so it is no quote.
    /// </summary>
    private bool NamesStatementOnly(int first, int end)
    {
        if (_words.Role(first) != QuoteWordRole.Determiner)
        {
            return false;
        }

        var noun = -1;
        for (var k = first + 1; k < end && k - first <= MaxStatementModifiers + 1; k++)
        {
            if (QuoteLexicon.IsStatementObject(_words.Word(k)))
            {
                noun = k;
                break;
            }

            if (!_words.IsLowerWord(k))
            {
                return false;
            }
        }

        if (noun < 0 || (noun + 1 < end && _words.IsLowerWord(noun + 1) && !QuoteLexicon.IsStatementAdjunct(_words.Word(noun + 1))))
        {
            return false;
        }

        for (var k = first; k < end; k++)
        {
            var word = _words.Word(k);
            if (_spanOf[k] >= 0 || _words.IsQuoteMark(k) || _words.IsPunct(k, ":") || _words.Is(k, "that") || _words.Is(k, "which")
                || (_words.IsLowerWord(k) && word.EndsWith("ing", StringComparison.Ordinal) && word.Length > MinParticipleLength))
            {
                return false;
            }
        }

        return true;
    }
}
