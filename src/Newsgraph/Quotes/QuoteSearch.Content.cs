using Newsgraph.Model;

namespace Newsgraph.Quotes;

/// <summary>Where a reported content ends: at the reporter's own clause, another attribution, a participle or a semicolon.</summary>
internal sealed partial class QuoteSearch
{
    /// <summary>A participle right after the content's first words describes them ("Millennials, numbering 75 million, …").</summary>
    private const int MinParticipleLead = 4;

    /// <summary>The end of the content that starts at <paramref name="first"/>: the sentence end, or before ", adding that …".</summary>
    private int ContentEnd(int first, Sentence sentence)
    {
        // "While Comey said there was evidence …, he said …": a report inside a leading subordinate clause ends where the main clause starts.
        var subordinate = first > sentence.FirstToken && QuoteLexicon.IsSubordinator(_words.Word(sentence.FirstToken));
        var k = first;
        while (k < sentence.EndToken && !_used[k])
        {
            if (subordinate && k > first && _words.IsPunct(k, ",") && _spanOf[k] < 0 && OpensMainClause(k + 1))
            {
                break;
            }

            // ", adding that …", ", according to …", and "Mr. Manafort, citing …, said": another attribution after a comma.
            if (_words.IsPunct(k, ",") && k + 1 < sentence.EndToken
                && (_words.CueClassAt(k + 1) != CueClass.None && _words.IsLowerWord(k + 1) || _words.IsAccordingTo(k + 1)))
            {
                break;
            }

            // "…; 46 percent said …": a semicolon closes the reported clause.
            if (k > first && _words.IsPunct(k, ";") && _spanOf[k] < 0)
            {
                break;
            }

            // "…, highlighting the disconnect", "…, forcing her to …": a participle after a comma is the reporter's.
            // Not after "that" or "and", where the clause has only begun ("it is fitting that, having overcome …").
            if (k - first >= MinParticipleLead && _spanOf[k] < 0 && IsParticipleTail(k)
                && !(_words.IsLowerWord(k - 1) && _words.Role(k - 1) is QuoteWordRole.Stop or QuoteWordRole.Inner))
            {
                break;
            }

            // ", while half said so before", "but argues that …", "… and accused him of …": the reporter's own clause, a new
            // report or a second act of the speaker ends the content.
            if (k > first && _spanOf[k] < 0 && (IsSecondPredicate(k) || (!_words.IsQuoteMark(k - 1) && (IsContentBreak(k) || IsCoordinatedCue(k, sentence)))))
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

    /// <summary>
    /// ", but …", ", while …", ", as the audience laughed": a comma and a conjunction (Data/en/content_breaks.txt), unless
    /// "that" follows it and opens one more clause of the report (", but that they then met …") or it is "as well as".
    /// </summary>
    private bool IsContentBreak(int k) =>
        _words.IsPunct(k, ",") && _words.InRange(k + 1) && _words.IsLowerWord(k + 1) && QuoteLexicon.IsContentBreak(_words.Word(k + 1))
        && !_words.Is(k + 2, "that") && !_words.Is(k + 2, "well");

    /// <summary>Whether a subject starts at the token: a pronoun, a determiner or a capitalised name.</summary>
    private bool OpensMainClause(int t) =>
        _words.InRange(t) && (_words.Role(t) is QuoteWordRole.Pronoun or QuoteWordRole.Determiner || _words.IsCapitalized(t));

    private bool IsParticipleTail(int comma) =>
        _words.IsPunct(comma, ",") && _words.IsLowerWord(comma + 1) && _words.Word(comma + 1) is var word
        && word.EndsWith("ing", StringComparison.Ordinal) && word.Length > MinParticipleLength && !QuoteLexicon.IsNonParticiple(word);

    /// <summary>"… and said that …", "… but argues …": a second reporting verb of the same subject starts a report of its own.</summary>
    private bool IsCoordinatedCue(int k, Sentence sentence) =>
        (_words.Is(k, "and") || _words.Is(k, "but")) && _words.CueClassAt(k + 1) == CueClass.Say
        && !_words.Word(k + 1).EndsWith("ing", StringComparison.Ordinal)
        && ClauseAfterCue(k + 1, ChannelAfter(k + 1, sentence.EndToken).End, sentence, CueClass.Say) >= 0;

    /// <summary>"… and accused him of …", "… and praised her effort": a verb of the speaker's own after "and" (Data/en/second_predicates.txt).</summary>
    private bool IsSecondPredicate(int k) =>
        _words.Is(k, "and") && _words.InRange(k + 1) && _words.IsLowerWord(k + 1) && QuoteLexicon.IsSecondPredicate(_words.Word(k + 1));

    /// <summary>
    /// The end of a phrase that a cue governs, within <paramref name="end"/>: the next comma, or the closing mark of a quote
    /// that ends in one (Trump called Cruz the "ultimate hypocrite," linking …) unless more of a list follows.
    /// </summary>
    private int PhraseEnd(int first, int end)
    {
        for (var k = first + 1; k < end; k++)
        {
            if (_words.IsPunct(k, ",") && _spanOf[k] < 0)
            {
                return k;
            }

            // A list of quoted names goes on: a "nasty guy," an "anchor baby" and "sick."
            if (_spanOf[k] >= 0 && _spans[_spanOf[k]].CloseToken == k && _words.IsPunct(k - 1, ",")
                && !(_words.Role(k + 1) == QuoteWordRole.Determiner || _words.IsQuoteMark(k + 1) || _words.Is(k + 1, "and") || _words.Is(k + 1, "or")))
            {
                return k + 1;
            }
        }

        return end;
    }
}
