using Newsgraph.Model;

namespace Newsgraph.Quotes;

/// <summary>"Asked whether Clinton is honest, 75 percent said yes", "… when asked if he would endorse Trump": the question asked is reported content.</summary>
internal sealed partial class QuoteSearch
{
    /// <summary>
    /// A sentence opening with "Asked" reports the question up to the first comma outside quotation marks. PolNeAR gives
    /// such a question no source (the asker is the reporter or a pollster), so it has none here either.
    /// </summary>
    private bool FindAskedLead(int t, Sentence sentence)
    {
        if (_words.Is(t, "asked") && !_words.IsCapitalized(t) && t > sentence.FirstToken
            && _words.Word(t - 1).ToLowerInvariant() is "when" or "after" or "once" or "was" or "were" or "being")
        {
            return FindAskedQuestion(t, sentence);
        }

        if (!_words.Is(t, "Asked") || !_words.IsCapitalized(t) || t != SubjectStart(sentence, sentence.EndToken))
        {
            return false;
        }

        var end = QuestionEnd(t + 1, sentence);
        if (end < 0)
        {
            return false;
        }

        Record(t + 1, end, t, default, default, runsOn: false, -1);
        return true;
    }

    /// <summary>
    /// "… when asked in May if he would endorse Trump", "When asked by a reporter whether …": the question is the content,
    /// from its question word to the next comma; the asker after "by" is its source.
    /// </summary>
    private bool FindAskedQuestion(int t, Sentence sentence)
    {
        var by = -1;
        for (var k = t + 1; k < sentence.EndToken && k - t <= MaxThatGap; k++)
        {
            if (_used[k] || _spanOf[k] >= 0 || _words.IsPunct(k, ",;:") || _words.IsSentenceEnd(k))
            {
                return false;
            }

            if (_words.Is(k, "by") && by < 0)
            {
                by = k;
            }

            if (_words.Word(k) is "if" or "whether" or "why" or "who" or "what" or "how" or "where" or "about")
            {
                var end = QuestionEnd(k, sentence);
                if (end < 0)
                {
                    end = ContentEnd(k, sentence);
                }

                // "asked about it after a debate", "asked why … during an appearance on CBS": when and where it was asked is no part of the question.
                for (var j = k + 2; j < end; j++)
                {
                    if (_spanOf[j] < 0 && (_words.Is(j, "during") || _words.Is(j, "after")) && _words.IsLowerWord(j))
                    {
                        end = j;
                        break;
                    }
                }

                var asker = by >= 0 ? _phrases.After(by, k) : default;
                Record(k, end, t, asker, default, runsOn: false, -1);
                return true;
            }
        }

        return false;
    }

    /// <summary>Where a question that starts at <paramref name="first"/> ends: at the first comma outside quotation marks, or -1 at the sentence end.</summary>
    private int QuestionEnd(int first, Sentence sentence)
    {
        var end = -1;
        for (var k = first; k < sentence.EndToken;)
        {
            if (_spanOf[k] >= 0 && _spans[_spanOf[k]].OpenToken == k && !_spans[_spanOf[k]].IsOpenEnded)
            {
                var close = _spans[_spanOf[k]].CloseToken;
                k = close + 1;
                if (_words.IsPunct(close - 1, ","))
                {
                    end = k;
                    break;
                }

                continue;
            }

            if (_words.IsPunct(k, ",") || _words.IsSentenceEnd(k))
            {
                end = _words.IsPunct(k, ",") ? k : -1;
                break;
            }

            k++;
        }

        return end;
    }
}
