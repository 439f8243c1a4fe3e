using Newsgraph.Model;

namespace Newsgraph.Quotes;

/// <summary>Transcript turns: "TRUMP: The deaths of …", "Q: Did the service take care of you?", "Matthews: Well, …".</summary>
internal sealed partial class QuoteSearch
{
    /// <summary>Most words in a turn label ("JAKE TAPPER", "Alex Seitz-Wald"); a longer capitalised run is a sentence opening.</summary>
    private const int MaxTurnLabelTokens = 3;

    /// <summary>Fewest labelled paragraphs that make an article a transcript; one alone is more often a heading ("The result: …").</summary>
    private const int MinTranscriptTurns = 2;

    /// <summary>Each body paragraph opening with a speaker label and a colon is that speaker's turn, to the paragraph end.</summary>
    private void FindTranscriptTurns()
    {
        var turns = new List<(int Colon, int End)>();
        for (var s = 0; s < _words.Sentences.Length; s++)
        {
            var sentence = _words.Sentences[s];
            if ((s > 0 && _words.Sentences[s - 1].Paragraph == sentence.Paragraph)
                || _words.ParagraphKindOf(sentence.FirstToken) != ParagraphKind.Body)
            {
                continue;
            }

            var colon = TurnLabelColon(sentence);
            if (colon < 0)
            {
                continue;
            }

            var last = s;
            while (last + 1 < _words.Sentences.Length && _words.Sentences[last + 1].Paragraph == sentence.Paragraph)
            {
                last++;
            }

            // "Iowa: Tim Albrecht, Brad Anderson, …" is a roster, not a turn.
            if (IsNameList(colon + 1, _words.Sentences[last].EndToken))
            {
                continue;
            }

            turns.Add((colon, _words.Sentences[last].EndToken));
        }

        if (turns.Count < MinTranscriptTurns)
        {
            return;
        }

        foreach (var (colon, end) in turns)
        {
            var first = _words.SentenceAt(colon).FirstToken;
            first = _words.IsQuoteMark(first) ? first + 1 : first;
            var contentEnd = end;
            while (contentEnd > colon + 1 && _words.IsQuoteMark(contentEnd - 1) && _spanOf[contentEnd - 1] < 0)
            {
                contentEnd--;
            }

            Record(colon + 1, contentEnd, colon, new Phrase(first, colon), default, runsOn: false, colon + 1);
        }
    }

    /// <summary>The colon after a paragraph's opening label of capitalised words ("TAPPER:", "Q:"), or -1.</summary>
    private int TurnLabelColon(Sentence sentence)
    {
        // A transcript quoted in full repeats the opening mark on each turn ("“PENCE: Well, look, …").
        var first = _words.IsQuoteMark(sentence.FirstToken) ? sentence.FirstToken + 1 : sentence.FirstToken;
        for (var k = first; k < sentence.EndToken && k - first <= MaxTurnLabelTokens; k++)
        {
            if (_words.IsPunct(k, ":"))
            {
                return k > first && !QuoteLexicon.IsTurnLabelWord(_words.Word(first)) ? k : -1;
            }

            if (_words.Tokens[k].Kind != TokenKind.Word || !_words.IsCapitalized(k))
            {
                return -1;
            }
        }

        return -1;
    }
}
