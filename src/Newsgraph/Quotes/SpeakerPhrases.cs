using Newsgraph.Model;

namespace Newsgraph.Quotes;

/// <summary>A run of tokens [First, End) that names or describes who is speaking.</summary>
internal readonly record struct Phrase(int First, int End)
{
    public bool IsEmpty => End <= First;
}

/// <summary>
/// Finds the speaker phrase next to a cue: "US Secretary of State John Kerry said", "the top US diplomat said",
/// "a spokesman for the White House said", "he said", "who said", "Hugh Hill, a doctor, said", "said Kerry".
/// </summary>
internal sealed class SpeakerPhrases(ArticleTokens words)
{
    private Dictionary<string, Phrase>? _fullNames;

    /// <summary>Longest speaker phrase; PolNeAR train Source spans are 10 tokens or fewer 94% of the time.</summary>
    private const int MaxPhraseTokens = 12;

    /// <summary>Most lower-case words in a row a descriptor holds ("the top US diplomat": 1 run of 1; "senior administration officials": 3).</summary>
    private const int MaxLowerRun = 4;

    /// <summary>Longest appositive between a name and its cue ("X, a senior fellow at the Hoover Institution and a former ambassador to Russia, said").</summary>
    private const int MaxAppositiveTokens = 20;

    /// <summary>Most tokens from "close" to the cue in "a source close to the campaign said".</summary>
    private const int MaxCloseToObject = 5;

    /// <summary>Longest bracket between a name and its cue ("Sen. Claire McCaskill (D-Mo.) said").</summary>
    private const int MaxBracketTokens = 20;

    /// <summary>The phrase ending just before <paramref name="cue"/> (after skipping "also", "has"), not reaching before <paramref name="limit"/>.</summary>
    public Phrase Before(int cue, int limit)
    {
        var i = cue - 1;
        while (i >= limit && IsSkip(i))
        {
            i--;
        }

        // "Feinstein last week said", "Clinton on Thursday said": a time between the speaker and the cue.
        if (i - 1 >= limit && words.IsRelativeTime(i - 1))
        {
            i -= 2;
        }
        else if (i - 1 >= limit && words.IsTimeWord(i) && words.Word(i - 1) is "on")
        {
            i -= 2;
        }
        else if (i - 1 > limit && words.IsTimeWord(i) && words.IsLowerWord(i - 1) && words.Word(i - 1).EndsWith("ed", StringComparison.Ordinal))
        {
            // "A Bloomberg poll released Tuesday shows …": the poll speaks, not the day.
            i -= 2;
        }

        // "Obama Tuesday said": a day is no speaker; whoever stands before it is.
        if (i >= limit && words.IsTimeWord(i))
        {
            i--;
            if (i < limit || words.IsTimeWord(i) || !(words.IsCapitalized(i) || words.IsPunct(i, ")")))
            {
                return default;
            }
        }

        // "Sen. Jack Reed (D-R.I.), said": a stray comma after the bracket that ends the name.
        if (i - 1 >= limit && words.IsPunct(i, ",") && words.IsPunct(i - 1, ")"))
        {
            i--;
        }

        i = SkipBracket(i, limit);
        if (i < limit)
        {
            return default;
        }

        // "most of them said", "some of us say": a share of a group speaks for it.
        if (words.Word(i) is "them" or "us" or "those" && i - 2 >= limit && words.Is(i - 1, "of")
            && words.Tokens[i - 2].Kind is TokenKind.Word or TokenKind.Number && words.Role(i - 2) is QuoteWordRole.None or QuoteWordRole.Determiner)
        {
            return new Phrase(i - 2, i + 1);
        }

        if (words.Role(i) == QuoteWordRole.Pronoun && (words.IsLowerWord(i) || IsClauseStart(i - 1, limit)))
        {
            return new Phrase(i, i + 1);
        }

        if (words.IsPunct(i, ","))
        {
            return Appositive(i, limit);
        }

        // "a source close to him said", "aides close to the senator say": the phrase runs on past "close to".
        for (var k = i - 1; k > limit && i - k <= MaxCloseToObject; k--)
        {
            if (words.Is(k, "close") && words.Is(k + 1, "to") && NounPhraseEndingAt(k - 1, limit) is { IsEmpty: false } head)
            {
                return new Phrase(head.First, i + 1);
            }
        }

        return NounPhraseEndingAt(i, limit);
    }

    /// <summary>The phrase starting just after <paramref name="cue"/> ("said Kerry", "said Mr. Smith, a spokesman").</summary>
    public Phrase After(int cue, int end)
    {
        var i = cue + 1;
        if (i >= end)
        {
            return default;
        }

        if (words.Role(i) == QuoteWordRole.Pronoun && words.IsLowerWord(i))
        {
            return new Phrase(i, i + 1);
        }

        if (words.Role(i) == QuoteWordRole.Inner && words.IsLowerWord(i))
        {
            return default;
        }

        var j = i;
        var lowerRun = 0;
        var hasHead = false;
        while (j < end && j - i < MaxPhraseTokens)
        {
            var role = words.Role(j);
            if (words.IsCapitalized(j) || words.IsPossessive(j) || words.Tokens[j].Kind == TokenKind.Number)
            {
                hasHead |= words.IsCapitalized(j);
                lowerRun = 0;
            }
            else if (j > i && IsAllCaps(j - 1) && words.IsLowerWord(j))
            {
                // "A TURKISH MP faces …": in a capitalised headline the first lower-case word is the verb.
                break;
            }
            else if (role == QuoteWordRole.Determiner && words.IsLowerWord(j))
            {
                lowerRun = 0;
            }
            else if (role == QuoteWordRole.Inner && j + 1 < end && !words.IsTimeWord(j + 1) && (words.IsCapitalized(j + 1) || words.Role(j + 1) == QuoteWordRole.Determiner))
            {
                lowerRun = 0;
            }
            else if (words.IsLowerWord(j) && role == QuoteWordRole.None && words.CueClassAt(j) == CueClass.None && ++lowerRun <= MaxLowerRun
                && j > i && words.Role(i) == QuoteWordRole.Determiner)
            {
                hasHead = true;
            }
            else if (IsDescriptorBeforeName(j, end))
            {
                // "said conservative activist Bob Klaus", "said Republican strategist Rick Wilson": the words before the name describe it.
                lowerRun = 0;
            }
            else
            {
                break;
            }

            j++;
        }

        while (j > i && words.Role(j - 1) is QuoteWordRole.Inner or QuoteWordRole.Determiner)
        {
            j--;
        }

        return hasHead ? new Phrase(i, j) : default;
    }

    /// <summary>Whether a run of plain lower-case words from <paramref name="j"/> ends at a name ("former Utah governor Michael Leavitt").</summary>
    private bool IsDescriptorBeforeName(int j, int end)
    {
        for (var k = j; k < end && k - j <= MaxLowerRun; k++)
        {
            if (IsNameWord(k))
            {
                return k > j && !words.IsTimeWord(k);
            }

            // "Ilya Petrenko confronted Kerry", "Petrenko meets Kerry": a verb between two names makes no descriptor.
            var word = words.Word(k);
            if (!words.IsLowerWord(k) || words.Role(k) != QuoteWordRole.None || words.CueClassAt(k) != CueClass.None
                || word.EndsWith("ed", StringComparison.Ordinal) || (word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal)))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>"NAME, APPOSITIVE," before a cue ("Hugh Hill, a doctor, said", "the mayor, a Democrat, said"): the phrase before the appositive.</summary>
    private Phrase Appositive(int comma, int limit)
    {
        var k = comma - 1;
        while (k >= limit && comma - k <= MaxAppositiveTokens && !words.IsPunct(k, ",;:.!?") && !words.IsQuoteMark(k) && !words.IsDash(k))
        {
            k--;
        }

        if (k < limit || !words.IsPunct(k, ",") || comma - k < 2)
        {
            return default;
        }

        // "…, the race will be tight, said Dan Gerstein": a clause between the commas is no appositive.
        for (var j = k + 1; j < comma && !words.IsRelativePronoun(j) && !words.Is(j, "that"); j++)
        {
            if (words.IsLowerWord(j) && QuoteLexicon.IsClauseAuxiliary(words.Word(j)))
            {
                return default;
            }
        }

        var name = NounPhraseEndingAt(k - 1, limit);

        // "Lance Beebe, 49, a Navy veteran, said": an age between commas stands after the name.
        if (name.End - name.First == 1 && words.Tokens[name.First].Kind == TokenKind.Number && words.IsPunct(name.First - 1, ","))
        {
            name = NounPhraseEndingAt(name.First - 2, limit);
        }

        if (name.IsEmpty || !(ContainsName(name) || words.Role(name.First) == QuoteWordRole.Determiner))
        {
            return default;
        }

        return name;
    }

    /// <summary>"the self-described democratic socialist", "those surveyed": an "-ed" word that describes people, not a verb.</summary>
    private bool IsCompoundModifier(int j, int limit) =>
        j - 1 >= limit && (words.Word(j).Contains('-', StringComparison.Ordinal) && words.Role(j - 1) == QuoteWordRole.Determiner || words.Is(j - 1, "those"));

    /// <summary>The token before a bracket that ends at <paramref name="i"/> ("Rep. Jim Jordan (R-Ohio)"), or <paramref name="i"/>.</summary>
    private int SkipBracket(int i, int limit)
    {
        if (i < limit || !words.IsPunct(i, ")"))
        {
            return i;
        }

        var open = i - 1;
        while (open >= limit && i - open <= MaxBracketTokens && !words.IsPunct(open, "("))
        {
            open--;
        }

        return open >= limit && words.IsPunct(open, "(") ? open - 1 : i;
    }

    private Phrase NounPhraseEndingAt(int i, int limit)
    {
        i = SkipBracket(i, limit);
        if (i < limit || words.Role(i) is QuoteWordRole.Determiner or QuoteWordRole.Inner && words.IsLowerWord(i) && !words.IsQuantifierSubject(i, limit))
        {
            return default;
        }

        var end = i + 1;
        var j = i;
        var lowerRun = 0;
        while (j >= limit && end - j <= MaxPhraseTokens)
        {
            var role = words.Role(j);
            // "The tweet said": a statement noun heads the phrase even where the word is also a reporting verb.
            if (role == QuoteWordRole.Stop || role == QuoteWordRole.Skip && words.IsLowerWord(j)
                || words.CueClassAt(j) != CueClass.None && !(j == i && role == QuoteWordRole.Statement))
            {
                break;
            }

            if (words.IsCapitalized(j) || words.IsPossessive(j) || words.Tokens[j].Kind == TokenKind.Number
                || (words.IsQuoteMark(j) && j > limit && words.Word(j - 1).EndsWith('s') && j + 1 < end && words.IsLowerWord(j + 1)))
            {
                if (role == QuoteWordRole.Pronoun && j < i)
                {
                    break;
                }

                lowerRun = 0;
            }
            else if (role == QuoteWordRole.Determiner)
            {
                // A determiner opens the phrase unless "of"/"for" joins it to a head before it ("the head of the department").
                if (!(j - 1 >= limit && words.Role(j - 1) == QuoteWordRole.Inner && !words.Is(j - 1, "and")))
                {
                    j--;
                    break;
                }
            }
            else if (role == QuoteWordRole.Inner)
            {
                if (j - 1 < limit || !(words.IsCapitalized(j - 1) || words.IsLowerWord(j - 1) && words.Role(j - 1) == QuoteWordRole.None))
                {
                    break;
                }
            }
            else if (words.IsLowerWord(j) && (role is QuoteWordRole.None or QuoteWordRole.Listener || role == QuoteWordRole.Statement && j == i) && ++lowerRun <= MaxLowerRun
                && (!words.Word(j).EndsWith("ed", StringComparison.Ordinal) || IsCompoundModifier(j, limit)))
            {
            }
            else
            {
                break;
            }

            j--;
        }

        // "Although Trump acknowledges …": a conjunction opening the sentence is no part of its subject.
        var first = j + 1;
        while (first < end && (words.Role(first) is QuoteWordRole.Inner || words.IsQuoteMark(first) || QuoteLexicon.IsSubordinator(words.Word(first))))
        {
            first++;
        }

        if (first >= end)
        {
            return default;
        }

        // A phrase of lower-case words only must be short and plural-looking ("officials said", "analysts say").
        var phrase = new Phrase(first, end);
        var allLower = Enumerable.Range(first, end - first).All(words.IsLowerWord);
        var plural = words.Word(end - 1).EndsWith('s') || QuoteLexicon.IsCollectiveSpeaker(words.Word(end - 1));
        var share = plural && Enumerable.Range(first, end - first).Any(k => words.Is(k, "of"));
        // "…, official says", "But expert says": a bare person noun speaks in the clipped style of headlines.
        var bareTitle = end - first <= 2 && QuoteLexicon.IsTitle(words.Word(end - 1));
        if (allLower && words.Role(first) != QuoteWordRole.Determiner && !(plural && end - first <= 3) && !share && !bareTitle)
        {
            return default;
        }

        return phrase;
    }

    private bool IsSkip(int t) =>
        words.IsLowerWord(t) && (words.Role(t) == QuoteWordRole.Skip || (words.Word(t).EndsWith("ly", StringComparison.Ordinal) && words.Word(t).Length > 4));

    private bool IsClauseStart(int t, int limit) => t < limit || words.IsPunct(t, ",;:.!?") || words.IsQuoteMark(t) || words.IsDash(t);

    private bool IsAllCaps(int t) => words.Word(t).Length > 1 && words.Word(t).All(c => !char.IsLetter(c) || char.IsUpper(c));

    public bool ContainsName(Phrase phrase)
    {
        for (var t = phrase.First; t < phrase.End; t++)
        {
            if (words.IsCapitalized(t) && words.Role(t) == QuoteWordRole.None && !QuoteLexicon.IsTitle(words.Word(t)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The name a relative pronoun speaker stands for: "Istanbul MP Eren Erdem, who said …" gives Eren Erdem.</summary>
    public string? RelativeName(Phrase phrase)
    {
        if (!IsPronoun(phrase) || !(words.Is(phrase.First, "who") || words.Is(phrase.First, "which")))
        {
            return null;
        }

        var k = phrase.First - 1;
        if (k >= 0 && words.IsPunct(k, ","))
        {
            k--;
        }

        var first = k;
        while (first - 1 >= 0 && (words.IsCapitalized(first - 1) || words.IsPossessive(first - 1)))
        {
            first--;
        }

        // "a Turkish MP who …" is a descriptor, not a name.
        var descriptor = first > 0 && words.IsLowerWord(first - 1) && words.Role(first - 1) == QuoteWordRole.Determiner;
        var antecedent = new Phrase(first, k + 1);
        return k < 0 || descriptor || !words.IsCapitalized(k) || !ContainsName(antecedent) ? null : Name(antecedent);
    }

    public bool IsPronoun(Phrase phrase) => phrase.End - phrase.First == 1 && words.Role(phrase.First) == QuoteWordRole.Pronoun;

    /// <summary>
    /// The person's name in the phrase (its last run of capitalised non-title words), completed from an earlier fuller
    /// mention ("Kerry" after "US Secretary of State John Kerry" gives "John Kerry"); null for pronouns and descriptors.
    /// </summary>
    public string? Name(Phrase phrase)
    {
        if (words.Role(phrase.First) == QuoteWordRole.Determiner)
        {
            return null;
        }

        for (var t = phrase.First + 1; t < phrase.End - 1; t++)
        {
            if (words.Is(t, "and") && IsNameWord(t - 1) && IsNameWord(t + 1))
            {
                return null;
            }
        }

        var end = -1;
        for (var t = phrase.End - 1; t >= phrase.First; t--)
        {
            if (IsNameWord(t))
            {
                end = t + 1;
                break;
            }
        }

        if (end < 0)
        {
            return null;
        }

        var first = end - 1;
        while (first - 1 >= phrase.First && IsNameWord(first - 1))
        {
            first--;
        }

        if (end - first == 1)
        {
            var fuller = FullerName(first);
            if (fuller is { } f)
            {
                return words.Document.Slice(words.Span(f.First, f.End));
            }
        }

        return words.Document.Slice(words.Span(first, end));
    }

    private bool IsNameWord(int t) =>
        words.IsCapitalized(t) && words.Role(t) is QuoteWordRole.None or QuoteWordRole.Medium && !QuoteLexicon.IsTitle(words.Word(t))
        && words.CueClassAt(t) == CueClass.None;

    /// <summary>The longest run of name words in the article that ends with the same word as token <paramref name="t"/>.</summary>
    private Phrase? FullerName(int t)
    {
        _fullNames ??= IndexFullNames();
        return _fullNames.TryGetValue(words.Word(t), out var phrase) ? phrase : null;
    }

    /// <summary>For every last word of a name of two words or more, the longest such name: one pass over the article.</summary>
    private Dictionary<string, Phrase> IndexFullNames()
    {
        var names = new Dictionary<string, Phrase>(StringComparer.Ordinal);
        for (var k = 0; k < words.Count; k++)
        {
            if (!IsNameWord(k) || (k + 1 < words.Count && IsNameWord(k + 1) && words.SentenceOf(k + 1) == words.SentenceOf(k)))
            {
                continue;
            }

            var first = k;
            while (first - 1 >= 0 && IsNameWord(first - 1) && words.SentenceOf(first - 1) == words.SentenceOf(k))
            {
                first--;
            }

            var word = words.Word(k);
            if (k + 1 - first > 1 && (!names.TryGetValue(word, out var best) || k + 1 - first > best.End - best.First))
            {
                names[word] = new Phrase(first, k + 1);
            }
        }

        return names;
    }
}
