using Newsgraph.Model;

namespace Newsgraph.Quotes;

/// <summary>"Asked whether Clinton is honest, 75 percent said yes": the question a sentence opens with is reported content.</summary>
internal sealed partial class QuoteSearch
{
    /// <summary>
    /// A sentence opening with "Asked" reports the question up to the first comma outside quotation marks. PolNeAR gives
    /// such a question no source (the asker is the reporter or a pollster), so it has none here either.
    /// </summary>
    private bool FindAskedLead(int t, Sentence sentence)
    {
        if (!_words.Is(t, "Asked") || !_words.IsCapitalized(t) || t != SubjectStart(sentence, sentence.EndToken))
        {
            return false;
        }

        var end = -1;
        for (var k = t + 1; k < sentence.EndToken;)
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

        if (end < 0)
        {
            return false;
        }

        Record(t + 1, end, t, default, default, runsOn: false, -1);
        return true;
    }
}
