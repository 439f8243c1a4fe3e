using System.Collections.Frozen;
using Newsgraph.Text;

namespace Newsgraph.Quotes;

/// <summary>The class of a reporting verb form in <c>Data/en/speech_verbs.tsv</c>.</summary>
internal enum CueClass : byte
{
    None,

    /// <summary>Reports speech or writing: said, told, added, tweeted.</summary>
    Say,

    /// <summary>Reports a belief or expectation (thinks, believes): a cue only before a "that" clause.</summary>
    Think,
}

/// <summary>The role a word can play around a quote, from <c>Data/en/quote_words.tsv</c>.</summary>
internal enum QuoteWordRole : byte
{
    None,
    Pronoun,
    Skip,
    Determiner,
    Inner,
    Stop,
    Listener,
    Statement,
    Medium,
    Adjunct,
}

/// <summary>The word lists the quote finder reads: reporting verbs, speaker words, person titles.</summary>
internal static class QuoteLexicon
{
    private static readonly FrozenDictionary<string, (CueClass Class, int Count)> Verbs =
        LanguageData.Rows("en/speech_verbs.tsv").ToFrozenDictionary(
            row => row[0],
            row => (row[1] == "think" ? CueClass.Think : CueClass.Say, int.Parse(row[2], System.Globalization.CultureInfo.InvariantCulture)),
            StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenDictionary<string, QuoteWordRole> Roles = BuildRoles();

    private static readonly FrozenSet<string> Titles = LanguageData.Set("en/person_titles.txt", StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> StatementObjects = LanguageData.Set("en/statement_objects.txt", StringComparer.OrdinalIgnoreCase);

    /// <summary>A noun naming a statement, document or event ("statement", "comments", "case") as a verb's object.</summary>
    public static bool IsStatementObject(string word) => StatementObjects.Contains(word);

    private static readonly FrozenSet<string> StatementAdjuncts = LanguageData.Set("en/statement_adjuncts.txt", StringComparer.OrdinalIgnoreCase);

    /// <summary>A word opening an adjunct after a statement noun ("in his defence", "at a rally").</summary>
    public static bool IsStatementAdjunct(string word) => StatementAdjuncts.Contains(word);

    private static readonly FrozenSet<string> ClauseAuxiliaries = LanguageData.Set("en/clause_auxiliaries.txt", StringComparer.OrdinalIgnoreCase);

    /// <summary>An auxiliary or modal that makes the word before it a clause subject ("it will", "it's").</summary>
    public static bool IsClauseAuxiliary(string word) => ClauseAuxiliaries.Contains(word.Replace('\u2019', '\''));

    private static readonly FrozenSet<string> ContentBreaks = LanguageData.Set("en/content_breaks.txt", StringComparer.OrdinalIgnoreCase);

    /// <summary>A conjunction that, after a comma, opens the reporter's own clause and ends the reported content.</summary>
    public static bool IsContentBreak(string word) => ContentBreaks.Contains(word);

    private static readonly FrozenSet<string> SecondPredicates = LanguageData.Set("en/second_predicates.txt", StringComparer.OrdinalIgnoreCase);

    /// <summary>A verb that after "and" starts a second act of the speaker and ends an indirect report (Data/en/second_predicates.txt).</summary>
    public static bool IsSecondPredicate(string word) => SecondPredicates.Contains(word);

    private static readonly FrozenSet<string> QuantifierPronouns = LanguageData.Set("en/quantifier_pronouns.txt", StringComparer.OrdinalIgnoreCase);

    /// <summary>A quantifier that can be a clause's whole subject ("Some say …") (Data/en/quantifier_pronouns.txt).</summary>
    public static bool IsQuantifierPronoun(string word) => QuantifierPronouns.Contains(word);

    private static readonly FrozenSet<string> NonParticiples = LanguageData.Set("en/non_participles.txt", StringComparer.OrdinalIgnoreCase);

    /// <summary>Whether a word in -ing after a comma continues a reported content rather than ending it (Data/en/non_participles.txt).</summary>
    public static bool IsNonParticiple(string word) => NonParticiples.Contains(word);

    private static readonly FrozenSet<string> NamingParticiples = LanguageData.Set("en/naming_participles.txt", StringComparer.OrdinalIgnoreCase);

    /// <summary>Whether a participle gives its object a name ("calling her a rising star"; Data/en/naming_participles.txt).</summary>
    public static bool IsNamingParticiple(string word) => NamingParticiples.Contains(word);

    private static readonly FrozenSet<string> CollectiveSpeakers = LanguageData.Set("en/collective_speakers.txt", StringComparer.OrdinalIgnoreCase);

    /// <summary>Whether a collective noun speaks for a group with no determiner ("police said"; Data/en/collective_speakers.txt).</summary>
    public static bool IsCollectiveSpeaker(string word) => CollectiveSpeakers.Contains(word);

    private static readonly FrozenSet<string> HearsayAdverbs = LanguageData.Set("en/hearsay_adverbs.txt", StringComparer.OrdinalIgnoreCase);

    /// <summary>Whether an adverb attributes its clause to unnamed reports ("is reportedly spending"; Data/en/hearsay_adverbs.txt).</summary>
    public static bool IsHearsayAdverb(string word) => HearsayAdverbs.Contains(word);

    private static readonly FrozenSet<string> ObjectVerbs = LanguageData.Set("en/object_verbs.txt", StringComparer.OrdinalIgnoreCase);

    /// <summary>Whether a reporting verb mostly takes an object rather than a bare clause ("wrote the letter"; Data/en/object_verbs.txt).</summary>
    public static bool TakesObject(string word) => ObjectVerbs.Contains(word);

    private static readonly FrozenSet<string> Subordinators = LanguageData.Set("en/subordinators.txt", StringComparer.OrdinalIgnoreCase);

    /// <summary>Whether a word opens a subordinate clause before the main one (Data/en/subordinators.txt).</summary>
    public static bool IsSubordinator(string word) => Subordinators.Contains(word);

    private static readonly FrozenSet<string> FindingNouns = LanguageData.Set("en/finding_nouns.txt", StringComparer.OrdinalIgnoreCase);

    /// <summary>Whether a noun names a poll or study whose findings a clause reports after "in" (Data/en/finding_nouns.txt).</summary>
    public static bool IsFindingNoun(string word) => FindingNouns.Contains(word);

    private static readonly FrozenSet<string> TurnLabelWords = LanguageData.Set("en/transcript_labels.txt", StringComparer.OrdinalIgnoreCase);

    /// <summary>A word opening a paragraph label that names no speaker ("UPDATE:", "Related:").</summary>
    public static bool IsTurnLabelWord(string word) => TurnLabelWords.Contains(word);

    private static readonly FrozenSet<string> ListenerVerbs = LanguageData.Set("en/listener_verbs.txt", StringComparer.OrdinalIgnoreCase);

    /// <summary>A reporting verb whose first object can be the audience ("told reporters"), unlike "said".</summary>
    public static bool TakesListener(string word) => ListenerVerbs.Contains(word);

    private static readonly FrozenSet<string> ClauseOpeners = LanguageData.Set("en/clause_openers.txt", StringComparer.OrdinalIgnoreCase);

    /// <summary>A conjunction opening a reported clause right after its cue ("said if elected …").</summary>
    public static bool IsClauseOpener(string word) => ClauseOpeners.Contains(word);

    public static CueClass VerbClass(string word) => Verbs.TryGetValue(word, out var verb) ? verb.Class : CueClass.None;

    /// <summary>How often the form was a cue word in PolNeAR train.</summary>
    public static int TrainCount(string word) => Verbs.TryGetValue(word, out var verb) ? verb.Count : 0;

    public static QuoteWordRole Role(string word)
    {
        if (Roles.TryGetValue(word, out var role))
        {
            return role;
        }

        return Roles.TryGetValue(word.ToLowerInvariant(), out role) && role != QuoteWordRole.Medium ? role : QuoteWordRole.None;
    }

    public static bool IsTitle(string word) => Titles.Contains(word);

    private static FrozenDictionary<string, QuoteWordRole> BuildRoles()
    {
        var roles = new Dictionary<string, QuoteWordRole>(StringComparer.Ordinal);
        foreach (var row in LanguageData.Rows("en/quote_words.tsv"))
        {
            roles.TryAdd(row[0], Enum.Parse<QuoteWordRole>(row[1], ignoreCase: true));
        }

        return roles.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
