using Newsgraph.Model;

namespace Newsgraph.Quotes;

/// <summary>Who speaks: the subject of a cue across inserts, its modifiers, relative clauses and participles.</summary>
internal sealed partial class QuoteSearch
{
    /// <summary>Most tokens of a whole subject taken as the speaker ("Majorities of Democrats in five states going to the polls say").</summary>
    private const int MaxWholeSubject = 14;

    /// <summary>Most tokens of an insert between a sentence's subject and its cue ("Rich Heffley, a top GOP operative who …, said").</summary>
    private const int MaxInsertTokens = 40;

    /// <summary>Most words of a speaker inside a relative clause ("that senior company executives said could …").</summary>
    private const int MaxRelativeSubject = 4;

    /// <summary>
    /// The subject of a cue inside a relative clause: after "that", "which", "what" or the noun the clause describes, a
    /// pronoun or a short phrase ("that company executives said", "a probe the agency said"); empty when none stands there.
    /// </summary>
    private Phrase RelativeSpeaker(int t, int limit)
    {
        var k = t - 1;
        while (k >= limit && t - k <= MaxRelativeSubject && _words.Tokens[k].Kind == TokenKind.Word && !_used[k] && !_words.IsRelativePronoun(k)
            && !_words.Is(k, "that") && !_words.Is(k, "what") && _words.Role(k) is QuoteWordRole.None or QuoteWordRole.Pronoun or QuoteWordRole.Determiner
            && _words.CueClassAt(k) == CueClass.None && !QuoteLexicon.IsClauseAuxiliary(_words.Word(k)))
        {
            if (_words.Role(k) == QuoteWordRole.Determiner)
            {
                return k > limit && _words.IsLowerWord(k - 1) && _words.Role(k - 1) is QuoteWordRole.None or QuoteWordRole.Statement
                    && _words.CueClassAt(k - 1) == CueClass.None ? new Phrase(k, t) : default;
            }

            k--;
        }

        var opened = k >= limit && (_words.IsRelativePronoun(k) || _words.Is(k, "that") || _words.Is(k, "what"));
        return opened && k + 1 < t ? new Phrase(k + 1, t) : default;
    }

    /// <summary>
    /// "Mike Shields, president of the fund, a super PAC …, said", "An official, who requested anonymity …, said": the
    /// sentence's subject, when an insert set off by commas (however long, whatever it holds) stands between it and the cue.
    /// </summary>
    private Phrase SubjectBeforeInsert(int t, Sentence sentence)
    {
        // "Many speakers — including Muslims, Christians, Jews — said": dashes set an insert off as commas do.
        var dashes = _words.IsDash(t - 1);

        // "Humphrey, who calls Trump a "sociopath," said": the insert's closing comma may sit inside a quote.
        var quotedComma = _words.IsQuoteMark(t - 1) && _words.IsPunct(t - 2, ",");
        if (!_words.IsPunct(t - 1, ",") && !dashes && !quotedComma)
        {
            return default;
        }

        var first = SubjectStart(sentence, t);
        var comma = first;
        while (comma < t - 1 && !(dashes ? _words.IsDash(comma) : _words.IsPunct(comma, ",")))
        {
            comma++;
        }

        if (comma >= t - 1 || t - comma > MaxInsertTokens || first >= comma)
        {
            return default;
        }

        // The subject may already speak for a participle in the insert ("Mr. Manafort, citing …, said").
        var known = _sentenceSpeaker.GetValueOrDefault(_words.SentenceOf(t));
        for (var k = first; k < comma; k++)
        {
            if ((_used[k] && !(k >= known.First && k < known.End)) || _spanOf[k] >= 0)
            {
                return default;
            }
        }

        for (var k = comma; k < t; k++)
        {
            if (_words.IsSentenceEnd(k) || _words.IsPunct(k, ";:") || _spanOf[k] >= 0 && SpanEnd(_spanOf[k]) > t)
            {
                return default;
            }
        }

        var subject = _phrases.After(first - 1, comma);
        return subject.First == first && subject.End == comma && (_phrases.ContainsName(subject) || _words.Role(first) == QuoteWordRole.Determiner)
            ? subject : default;
    }

    /// <summary>
    /// "Democrats trying to regain the Senate say", "progressive groups that have endorsed him say", "47% say": the whole
    /// subject before the cue, with the words that modify it after its head, when nothing in it is a clause of its own.
    /// </summary>
    private Phrase WholeSubject(int t, Sentence sentence)
    {
        var first = Math.Max(SubjectStart(sentence, t), FirstFree(t, sentence.FirstToken));
        for (var k = t - 1; k > first; k--)
        {
            if (_words.IsPunct(k, ":;"))
            {
                first = k + 1;
                break;
            }
        }

        if (first < t && (_words.Is(first, "but") || _words.Is(first, "and") || _words.Is(first, "yet") || _words.Is(first, "so")))
        {
            first++;
        }

        if (t - first < 2 || t - first > MaxWholeSubject || !OpensSubject(first))
        {
            return default;
        }

        // "Scott beamed and said", "they could add": the words before the cue end in a verb group, not in a subject.
        var last = _words.Word(t - 1);
        if (_words.IsLowerWord(t - 1) && (_words.Role(t - 1) != QuoteWordRole.None || QuoteLexicon.IsClauseAuxiliary(last)
            || last.EndsWith("ly", StringComparison.Ordinal)))
        {
            return default;
        }

        var relative = false;
        for (var k = first; k < t; k++)
        {
            var word = _words.Word(k);

            // "Mr. Obama scrutinized …", "Politifact seized on …": a past verb after a name or noun; "those surveyed" is no verb.
            if (k > first && _words.IsLowerWord(k) && word.EndsWith("ed", StringComparison.Ordinal) && !relative
                && !(_words.Role(k - 1) == QuoteWordRole.Determiner || _words.Tokens[k - 1].Kind == TokenKind.Number || _words.IsPunct(k - 1, "%")))
            {
                return default;
            }

            relative |= _words.IsRelativePronoun(k) || _words.Is(k, "that");
            if (_words.Tokens[k].Kind is not (TokenKind.Word or TokenKind.Number) && !_words.IsPunct(k, "%")
                || _words.CueClassAt(k) != CueClass.None || _spanOf[k] >= 0
                || (!relative && _words.IsLowerWord(k) && (QuoteLexicon.IsClauseAuxiliary(word)
                    || _words.Role(k) == QuoteWordRole.Stop && word is not ("that" or "to" or "from" or "by" or "about")
                    || word is "where")))
            {
                return default;
            }
        }

        return new Phrase(first, t);
    }

    /// <summary>Whether a subject can start with the word: a name, a determiner, a number or a plain noun; no preposition, time or adverb.</summary>
    private bool OpensSubject(int t)
    {
        var word = _words.Word(t);
        if (IsTimeWord(t) || _words.IsRelativeTime(t) || _words.Role(t) is not (QuoteWordRole.None or QuoteWordRole.Determiner)
            || QuoteLexicon.IsClauseOpener(word.ToLowerInvariant()) || QuoteLexicon.IsContentBreak(word))
        {
            return false;
        }

        return _words.Tokens[t].Kind == TokenKind.Number || !word.EndsWith("ly", StringComparison.OrdinalIgnoreCase);
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
            speaker = !subject.IsEmpty && subject.First == subjectFirst && (_phrases.ContainsName(subject) || _phrases.IsPronoun(subject)) ? subject : default;
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

        if (first >= limit || _words.Role(first) is QuoteWordRole.None or QuoteWordRole.Determiner or QuoteWordRole.Pronoun)
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
}
