using System.Collections.Immutable;
using Newsgraph.Model;

namespace Newsgraph.Quotes;

/// <summary>The tokens of one document with the word-level questions the quote finder asks of them.</summary>
internal sealed class ArticleTokens
{
    /// <summary>Cues in title-case headlines ("Kerry Says …") are trusted only for forms this frequent as PolNeAR train cues.</summary>
    private const int MinHeadlineCueCount = 50;

    private readonly string[] _words;
    private readonly int[] _sentenceOf;

    public ArticleTokens(Document document)
    {
        Document = document;
        Tokens = document.Tokens;
        Sentences = document.Sentences;
        _words = [.. Tokens.Select(document.Slice)];
        _sentenceOf = new int[Tokens.Length];
        for (var s = 0; s < Sentences.Length; s++)
        {
            for (var t = Sentences[s].FirstToken; t < Sentences[s].EndToken; t++)
            {
                _sentenceOf[t] = s;
            }
        }
    }

    public Document Document { get; }

    public ImmutableArray<Token> Tokens { get; }

    public ImmutableArray<Sentence> Sentences { get; }

    public int Count => Tokens.Length;

    public string Word(int t) => _words[t];

    public int SentenceOf(int t) => _sentenceOf[t];

    public Sentence SentenceAt(int t) => Sentences[_sentenceOf[t]];

    public ParagraphKind ParagraphKindOf(int t) => Document.Paragraphs[SentenceAt(t).Paragraph].Kind;

    public TextSpan Span(int first, int end) => new(Tokens[first].Start, Tokens[end - 1].End);

    /// <summary>Whether <paramref name="t"/> is a token index; the word questions below answer "no" outside the text.</summary>
    public bool InRange(int t) => t >= 0 && t < _words.Length;

    public bool IsQuoteMark(int t) => InRange(t) && Tokens[t].Kind == TokenKind.QuoteMark;

    public bool Is(int t, string word) => t >= 0 && t < _words.Length && _words[t].Equals(word, StringComparison.OrdinalIgnoreCase);

    public bool IsPunct(int t, string chars) =>
        t >= 0 && t < _words.Length && Tokens[t].Kind is TokenKind.Punctuation or TokenKind.Dash && chars.Contains(_words[t][0], StringComparison.Ordinal);

    /// <summary>Sentence punctuation, but not the period of an abbreviation closed by a bracket or followed by a comma ("(D-N.C.)", "R-Fla., said").</summary>
    public bool IsSentenceEnd(int t) => IsPunct(t, ".!?\u2026") && !(t + 1 < _words.Length && _words[t + 1] is ")" or "," && Tokens[t + 1].Start == Tokens[t].End);

    public bool IsDash(int t) => t >= 0 && t < _words.Length && Tokens[t].Kind == TokenKind.Dash;

    public bool IsCapitalized(int t)
    {
        if (!InRange(t))
        {
            return false;
        }

        var kind = Tokens[t].Kind;
        return kind is TokenKind.Word or TokenKind.Handle && char.IsUpper(_words[t][0]);
    }

    public bool IsLowerWord(int t) => InRange(t) && Tokens[t].Kind == TokenKind.Word && char.IsLower(_words[t][0]);

    /// <summary>"who", "which", "whose", "whom": a relative pronoun opening a clause about the phrase before it.</summary>
    public bool IsRelativePronoun(int t) => Is(t, "who") || Is(t, "which") || Is(t, "whose") || Is(t, "whom");

    /// <summary>
    /// "Some say …", "But many said …", "…, and both said …": a quantifier (Data/en/quantifier_pronouns.txt) that opens a
    /// clause from <paramref name="first"/> on is its whole subject, not the determiner of a noun.
    /// </summary>
    public bool IsQuantifierSubject(int t, int first)
    {
        var opener = Is(t - 1, "but") || Is(t - 1, "and") ? t - 1 : t;
        return InRange(t) && QuoteLexicon.IsQuantifierPronoun(_words[t]) && (opener == first || (opener > first && IsPunct(opener - 1, ",;:")));
    }

    /// <summary>"him", "her", "them", "us", "me": a pronoun that is an object, never a speaker.</summary>
    public bool IsObjectPronoun(int t) => InRange(t) && _words[t] is "him" or "her" or "them" or "us" or "me";

    public bool IsPossessive(int t) => InRange(t) && _words[t] is "'s" or "\u2019s" or "'S" or "\u2019S";

    public QuoteWordRole Role(int t) => InRange(t) ? QuoteLexicon.Role(_words[t]) : QuoteWordRole.None;

    /// <summary>The class of a reporting verb at <paramref name="t"/>: lower case in running text; title case only in a headline.</summary>
    public CueClass CueClassAt(int t)
    {
        if (!InRange(t) || Tokens[t].Kind != TokenKind.Word)
        {
            return CueClass.None;
        }

        var word = _words[t];
        if (word.Length == 0)
        {
            return CueClass.None;
        }

        var cueClass = QuoteLexicon.VerbClass(word);
        if (cueClass == CueClass.None || char.IsLower(word[0]))
        {
            return cueClass;
        }

        var headline = ParagraphKindOf(t) is ParagraphKind.Headline or ParagraphKind.StoryHeadline or ParagraphKind.Caption;
        return headline && QuoteLexicon.TrainCount(word) >= MinHeadlineCueCount ? cueClass : CueClass.None;
    }

    /// <summary>A weekday or month name: "on Tuesday" after a name is a time, not part of it.</summary>
    public bool IsTimeWord(int t) =>
        t >= 0 && t < _words.Length && _words[t] is "Monday" or "Tuesday" or "Wednesday" or "Thursday" or "Friday" or "Saturday" or "Sunday"
            or "January" or "February" or "March" or "April" or "June" or "July" or "August" or "September" or "October" or "November" or "December"
            or "Jan." or "Feb." or "Aug." or "Sept." or "Oct." or "Nov." or "Dec.";

    /// <summary>"last week", "this year", "next month" starting at <paramref name="t"/>: a time of two words.</summary>
    public bool IsRelativeTime(int t) =>
        InRange(t + 1) && _words[t].ToLowerInvariant() is "last" or "this" or "next" && _words[t + 1] is "week" or "month" or "year" or "night" or "weekend";

    /// <summary>"according to" at <paramref name="t"/>.</summary>
    public bool IsAccordingTo(int t) => Is(t, "according") && Is(t + 1, "to");
}
