using System.Collections.Immutable;
using Newsgraph.Model;
using Newsgraph.Pipeline;
using Newsgraph.Places;
using Newsgraph.Quotes;

namespace Newsgraph.Entities;

/// <summary>
/// Turns the article's mentions into entities: name variants, titles and appositives bound to their person, role
/// descriptors resolved through those titles, pronouns by salience, number and gender, acronyms defined in the text,
/// curated aliases and place names used for governments. Places are put on the map. Every quote's speaker mention
/// becomes a mention of an entity, and the quote points at it. It reads names only from <see cref="Layers.Names"/>,
/// whichever component made them.
/// </summary>
public sealed class EntityResolver : IComponent
{
    public string Name => "entities";

    public IReadOnlyList<Layer> Needs => [Layers.Tokens, Layers.Sentences, Layers.Paragraphs, Layers.Names, Layers.Quotes];

    public IReadOnlyList<Layer> Adds => [Layers.Mentions, Layers.Entities, Layers.Quotes];

    public Annotations Run(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var result = new Resolution(document).Resolve();
        return new Annotations()
            .Add(Layers.Mentions, result.Mentions)
            .Add(Layers.Entities, result.Entities)
            .Add(Layers.Quotes, result.Quotes);
    }

    internal sealed record Result(ImmutableArray<Mention> Mentions, ImmutableArray<Entity> Entities, ImmutableArray<Quote> Quotes);

    /// <summary>A mention before it is linked: where it is, what it is and what it says about its entity.</summary>
    private sealed class Draft(TextSpan span, EntityType type, MentionKind kind, int firstToken, int endToken, int sentence, int story)
    {
        public TextSpan Span { get; } = span;

        public EntityType Type { get; set; } = type;

        public MentionKind Kind { get; } = kind;

        public int FirstToken { get; } = firstToken;

        public int EndToken { get; } = endToken;

        public int Sentence { get; } = sentence;

        public int Story { get; } = story;

        public RoleReading? Reading { get; init; }

        /// <summary>The name draft a title or appositive belongs to.</summary>
        public Draft? BoundTo { get; set; }

        public Gender PronounGender { get; init; }

        public bool Plural { get; init; }

        public bool Subject { get; set; }

        public bool Speaker { get; set; }

        /// <summary>A speaker mention that must become an entity even when nothing earlier resolves it.</summary>
        public bool MustResolve { get; set; }

        /// <summary>For a country or capital standing for its government, that country.</summary>
        public string? Government { get; set; }

        public Cluster? Cluster { get; set; }

        public string Folded { get; init; } = "";

        /// <summary>The quote finder's name for this speaker (folded), when it gave one.</summary>
        public string? SpokenName { get; set; }

        /// <summary>For a relative pronoun ("a Turkish MP who alleged"), the mention it stands for.</summary>
        public Draft? Antecedent { get; init; }

        /// <summary>A name from <see cref="Layers.Names"/>, not a speaker span made into a mention here.</summary>
        public bool FromNames { get; init; }
    }

    /// <summary>The entity being built: its mentions and what they say about it.</summary>
    private sealed class Cluster
    {
        public List<Draft> Drafts { get; } = [];

        public Cluster? Parent { get; set; }

        public HashSet<string> Roles { get; } = new(StringComparer.Ordinal);

        public HashSet<string> RoleWords { get; } = new(StringComparer.Ordinal);

        public HashSet<string> Countries { get; } = new(StringComparer.Ordinal);

        public Gender Gender { get; set; }

        public AliasEntry? Alias { get; set; }

        public string? Government { get; set; }

        /// <summary>Made for a speaker that nothing resolved ("one questioner", "administration officials"); a pronoun
        /// may take it only when its description names one person ("a spokesman").</summary>
        public bool Unnamed { get; set; }

        public bool OnePerson { get; set; }

        /// <summary>The entity's type, settled once its names and titles are in (pronouns and descriptors never change it).</summary>
        public EntityType? Settled { get; set; }

        public Cluster Root => Parent is null ? this : Parent = Parent.Root;
    }

    private sealed class Resolution
    {
        /// <summary>A pronoun looks back at most this many sentences: news copy renames a person within two or three.</summary>
        private const int PronounReach = 3;

        /// <summary>Salience lost per sentence between a pronoun and the candidate's last mention.</summary>
        private const double DistanceCost = 1.0;

        /// <summary>A subject (or a quote's speaker) is the likely antecedent of the next sentence's pronoun.</summary>
        private const double SubjectBonus = 1.5;

        private const double SameSentenceBonus = 0.5;

        /// <summary>A stated gender that agrees beats one the text never states.</summary>
        private const double GenderBonus = 0.5;

        /// <summary>Weight of log(mentions so far): the article's main person wins a near tie.</summary>
        private const double FrequencyWeight = 0.3;

        /// <summary>A descriptor looks back this many sentences for its person: a long story's fifth reference to
        /// "the Russian foreign minister" is still to the one it introduced, and the window keeps long texts linear.</summary>
        private const int DescriptorReach = 40;

        /// <summary>An appositive runs at most this many tokens between its commas.</summary>
        private const int LongestAppositive = 14;

        /// <summary>Tokens between a government's name and its verb: "have also", "and the US have".</summary>
        private const int LongestVerbGap = 6;

        private static readonly HashSet<string> Auxiliaries = new(["have", "has", "had", "is", "are", "was", "were", "will", "would", "can", "could", "also", "both", "repeatedly", "again", "now", "then", "still", "already", "may", "might", "must", "should", "did", "does", "do", "not", "n't", "never", "had", "been", "reportedly", "officially", "previously"], StringComparer.Ordinal);

        /// <summary>A relative pronoun's antecedent phrase runs back at most this many words to its article ("a
        /// senior Turkish opposition MP who").</summary>
        private const int LongestAntecedent = 6;

        private static readonly HashSet<string> RelativePronouns = new(["who", "whom"], StringComparer.Ordinal);

        private static readonly HashSet<string> Determiners = new(["a", "an", "the", "one", "another"], StringComparer.Ordinal);

        private static readonly HashSet<string> ObjectPronouns = new(["him", "her", "them", "himself", "herself"], StringComparer.Ordinal);

        private readonly Document _document;
        private readonly ImmutableArray<Token> _tokens;
        private readonly RolePhrases _phrases;
        private readonly Gazetteer _gazetteer = Gazetteer.Default;
        private readonly bool[] _quotedToken;
        private readonly List<Draft> _drafts = [];
        private List<Draft> _names = [];
        private readonly Dictionary<string, int> _articleCountries = new(StringComparer.Ordinal);

        public Resolution(Document document)
        {
            _document = document;
            _tokens = document.Tokens;
            _phrases = new RolePhrases(document);
            _quotedToken = new bool[_tokens.Length];
            foreach (var quote in document.Get(Layers.Quotes))
            {
                for (var t = Math.Max(0, document.TokenAt(quote.Content.Start)); t < _tokens.Length && _tokens[t].End <= quote.Content.End; t++)
                {
                    _quotedToken[t] = true;
                }
            }
        }

        private string Word(int t) => _document.Text[_tokens[t].Start.._tokens[t].End];

        private bool IsQuoted(Draft draft) => _quotedToken[draft.FirstToken] && _quotedToken[draft.EndToken - 1];

        private Draft NewDraft(int firstToken, int endToken, EntityType type, MentionKind kind, RoleReading? reading = null)
        {
            var sentence = _document.SentenceOfToken(firstToken);
            var span = new TextSpan(_tokens[firstToken].Start, _tokens[endToken - 1].End);
            return new Draft(span, type, kind, firstToken, endToken, sentence, _document.StoryOfSentence(sentence))
            {
                Reading = reading,
                Folded = EntityLexicon.Fold(_document.Slice(span)),
            };
        }

        public Result Resolve()
        {
            if (_tokens.IsDefaultOrEmpty || _document.Sentences.IsDefaultOrEmpty)
            {
                return new Result([], [], _document.Get(Layers.Quotes));
            }

            var names = CollectNames();
            CollectTitles(names);
            CollectDescriptors();
            CollectPronouns();
            var speakers = CollectSpeakers();
            _drafts.Sort((a, b) => a.Span.Start != b.Span.Start ? a.Span.Start.CompareTo(b.Span.Start) : b.Span.End.CompareTo(a.Span.End));
            MarkSubjects();
            var clusters = ClusterNames(names);
            LinkInOrder(clusters);
            return Build(speakers);
        }

        // ------------------------------------------------------------------ collecting mentions

        private List<Draft> CollectNames()
        {
            var names = new List<Draft>();
            var personWords = _document.Get(Layers.Names).Where(n => n.Type == EntityType.Person)
                .Select(n => EntityLexicon.Fold(Word(_document.TokenAt(n.End - 1)))).ToHashSet(StringComparer.Ordinal);
            var organisations = OrganisationNames.Find(_document);
            var taggedAt = new bool[_tokens.Length];
            foreach (var tagged in _document.Get(Layers.Names))
            {
                for (var t = _document.TokenAt(tagged.Start); t >= 0 && t < _tokens.Length && _tokens[t].Start < tagged.End; t++)
                {
                    taggedAt[t] = true;
                }
            }

            var made = new HashSet<(int, int)>();
            foreach (var tagged in _document.Get(Layers.Names).Concat(UntaggedOrganisationHeads(taggedAt)).Concat(UntaggedKnownOrganisations(organisations, taggedAt)).Concat(UntaggedCapitalAliases(taggedAt)))
            {
                var first = _document.TokenAt(tagged.Start);
                var end = _document.TokenAt(tagged.End - 1) + 1;
                if (first >= _tokens.Length || end <= first)
                {
                    continue;
                }

                // A known organisation's whole name wins over the tagger's part or type ("Kanal" of "Kanal 24").
                var typeFromLexicon = false;
                foreach (var (orgFirst, orgEnd) in organisations)
                {
                    if (orgFirst <= first && orgEnd >= end)
                    {
                        (first, end, typeFromLexicon) = (orgFirst, orgEnd, true);
                        break;
                    }
                }

                // "The Democratic National Committee said": the article is no part of the name other mentions and the lexicons
                // use; a known name keeps it ("The Washington Post"), and so do short ones ("The Hague").
                if (!typeFromLexicon && end - first > 2 && Word(first) == "The")
                {
                    first++;
                }

                if (!typeFromLexicon && tagged.Type == EntityType.Organization && EntityLexicon.NameHeads.GetValueOrDefault(Word(end - 1)) == EntityType.Organization)
                {
                    first = OrganisationStart(first, taggedAt);
                    if (end - first == 1)
                    {
                        // A generic head alone ("Office", "Ministry") names nothing in particular.
                        continue;
                    }
                }

                if (!made.Add((first, end)))
                {
                    continue;
                }

                // Taggers differ in what they include: titles are read apart ("MP Erdem" is Erdem; "US Ambassador" is
                // the US), and a name an alias continues is completed ("Islamic" + "State").
                var type = typeFromLexicon ? EntityType.Organization : tagged.Type;
                var placeEnd = first;
                var titleEnd = typeFromLexicon ? first : LeadingTitleEnd(first, end, out placeEnd);
                if (titleEnd > first)
                {
                    // "General Motors" keeps its title word: only a person's name follows a title.
                    if (titleEnd < end && (tagged.Type == EntityType.Person || personWords.Contains(EntityLexicon.Fold(Word(end - 1)))
                        || EntityLexicon.IsFirstName(Word(titleEnd))))
                    {
                        first = titleEnd;
                        type = EntityType.Person;
                    }
                    else if (titleEnd == end && placeEnd > first)
                    {
                        end = placeEnd;
                        type = EntityType.Location;
                    }
                    else if (titleEnd == end)
                    {
                        continue;
                    }
                }

                for (var extra = 1; extra <= 2 && end + extra <= _tokens.Length && _tokens[end + extra - 1].Kind == TokenKind.Word
                    && char.IsUpper(_document.Text[_tokens[end + extra - 1].Start]); extra++)
                {
                    var longer = _document.Text[_tokens[first].Start.._tokens[end + extra - 1].End];
                    if (EntityLexicon.Aliases.TryGetValue(EntityLexicon.Fold(longer), out var alias))
                    {
                        end += extra;
                        type = alias.Type;
                        break;
                    }
                }

                end = ParticleEnd(end);
                if ((type == EntityType.Person && PlacedInCountry(first, end)) || (type != EntityType.Location && IsDateline(first, end)))
                {
                    type = EntityType.Location;
                }

                var name = new Mention(_tokens[first].Start, _tokens[end - 1].End, type, MentionKind.Name);
                var text = _document.Slice(name.Span);
                if (EntityLexicon.Demonyms.TryGetValue(text, out var demonymCountry))
                {
                    Count(demonymCountry);
                    continue;
                }

                var draft = new Draft(name.Span, name.Type, MentionKind.Name, first, end, _document.SentenceOfToken(first), _document.StoryOfSentence(_document.SentenceOfToken(first)))
                {
                    Folded = EntityLexicon.Fold(text),
                    FromNames = true,
                };
                if (name.Type == EntityType.Location && _gazetteer.CountryOf(text) is { } country)
                {
                    Count(country);
                    if (GovernmentVerbFollows(end) || AgentOfPassive(first))
                    {
                        draft.Government = country;
                    }
                }
                else if (name.Type == EntityType.Location && _gazetteer.Find(text).FirstOrDefault(p => p.IsCapital) is { } capital
                    && (GovernmentVerbFollows(end) || AgentOfPassive(first)))
                {
                    draft.Government = capital.CountryCode;
                }

                names.Add(draft);
                _drafts.Add(draft);
            }

            return names;
        }

        /// <summary>The end of a name continued by a particle joined to a capitalised word: "Khan" + "al-Assal".</summary>
        private int ParticleEnd(int end)
        {
            while (end < _tokens.Length && _tokens[end].Kind == TokenKind.Word && _tokens[end].Start == _tokens[end - 1].End + 1
                && Word(end) is var word && word.IndexOf('-', StringComparison.Ordinal) is > 0 and var dash
                && dash + 1 < word.Length && char.IsUpper(word[dash + 1]) && EntityLexicon.Particles.Contains(word[..dash]))
            {
                end++;
            }

            return end;
        }

        /// <summary>
        /// A name that a preposition of place opens and a country closes is a place, whatever its words suggest of a
        /// person: "in Khan al-Assal, northern Syria", "near Tavildara, Tajikistan."
        /// </summary>
        private bool PlacedInCountry(int first, int end)
        {
            if (first == 0 || !EntityLexicon.PlacePrepositions.Contains(EntityLexicon.Fold(Word(first - 1)))
                || end + 1 >= _tokens.Length || Word(end) != ",")
            {
                return false;
            }

            var country = end + 1;
            if (EntityLexicon.CompassWords.Contains(EntityLexicon.Fold(Word(country))))
            {
                country++;
            }

            return country < _tokens.Length && char.IsUpper(Word(country)[0]) && _gazetteer.CountryOf(Word(country)) is not null
                && (country + 1 == _tokens.Length || _tokens[country + 1].Kind == TokenKind.Punctuation && Word(country + 1) is "." or "," or ";" or ")");
        }

        /// <summary>
        /// A place in capitals that opens a line and a dash or news agency follows, maybe after its state: the dateline
        /// "TALLAHASSEE —", "MANCHESTER, N.H. -", "WASHINGTON (AP) —", whatever a tagger trained on headlines made of it.
        /// </summary>
        private bool IsDateline(int first, int end)
        {
            var lineStart = first == 0 || _document.Text.AsSpan(_tokens[first - 1].End, _tokens[first].Start - _tokens[first - 1].End).Contains('\n');
            var text = _document.Slice(new TextSpan(_tokens[first].Start, _tokens[end - 1].End));
            if (!lineStart || text.Any(char.IsLower) || _gazetteer.Find(text).Count == 0)
            {
                return false;
            }

            var next = end;
            if (next + 1 < _tokens.Length && Word(next) == "," && Word(next + 1).All(c => char.IsUpper(c) || c == '.'))
            {
                next += 2;
            }

            return next < _tokens.Length && (_tokens[next].Kind == TokenKind.Dash || Word(next) is "\u2013" or "(");
        }

        /// <summary>
        /// The organisation head words ("Office", "Ministry") that end a run of capitalised words no name claims, as names
        /// of one word for <see cref="OrganisationStart"/> to complete: a tagger may miss "Chief Prosecutor’s Office" whole.
        /// </summary>
        /// <summary>Known outlets and organisations the tagger left wholly untagged ("Turkey’s Kanal 24"): the lexicon names them.</summary>
        private IEnumerable<Mention> UntaggedKnownOrganisations(ImmutableArray<(int First, int End)> organisations, bool[] taggedAt)
        {
            foreach (var (first, end) in organisations)
            {
                if (!taggedAt.AsSpan(first, end - first).Contains(true))
                {
                    yield return new Mention(_tokens[first].Start, _tokens[end - 1].End, EntityType.Organization, MentionKind.Name);
                }
            }
        }

        /// <summary>
        /// Aliases in capitals the tagger left untagged ("IS, formerly ISIS/ISIL"), typed by the alias list, in sentences
        /// that are not written all in capitals (where "IS" and "US" are words).
        /// </summary>
        private IEnumerable<Mention> UntaggedCapitalAliases(bool[] taggedAt)
        {
            foreach (var sentence in _document.Sentences)
            {
                var end = sentence.FirstToken + sentence.TokenCount;
                if (!_document.Text.AsSpan(sentence.Start, sentence.End - sentence.Start).ContainsAnyInRange('a', 'z'))
                {
                    continue;
                }

                for (var t = sentence.FirstToken; t < end; t++)
                {
                    if (!taggedAt[t] && EntityLexicon.CapitalAliases.Contains(Word(t)))
                    {
                        yield return new Mention(_tokens[t].Start, _tokens[t].End, EntityLexicon.Aliases[EntityLexicon.Fold(Word(t))].Type, MentionKind.Name);
                    }
                }
            }
        }

        private IEnumerable<Mention> UntaggedOrganisationHeads(bool[] taggedAt)
        {
            foreach (var sentence in _document.Sentences)
            {
                var end = sentence.FirstToken + sentence.TokenCount;
                for (var t = sentence.FirstToken + 1; t < end; t++)
                {
                    if (!taggedAt[t] && _tokens[t].Kind == TokenKind.Word && char.IsUpper(Word(t)[0])
                        && EntityLexicon.NameHeads.GetValueOrDefault(Word(t)) == EntityType.Organization
                        && (t + 1 == end || _tokens[t + 1].Kind != TokenKind.Word || !char.IsUpper(Word(t + 1)[0])))
                    {
                        yield return new Mention(_tokens[t].Start, _tokens[t].End, EntityType.Organization, MentionKind.Name);
                    }
                }
            }
        }

        /// <summary>Where an organisation's name really starts when the tagger gave its end ("Prosecutor’s Office"):
        /// back over capitalised words no name claims ("Chief"), possessives between them, and a place's possessive ("Ankara’s").</summary>
        private int OrganisationStart(int first, bool[] taggedAt)
        {
            var sentenceStart = _document.Sentences[_document.SentenceOfToken(first)].FirstToken;
            var start = first;
            bool FreeCapitalised(int t) => t >= sentenceStart && _tokens[t].Kind == TokenKind.Word && !taggedAt[t]
                && char.IsUpper(Word(t)[0]) && EntityLexicon.Fold(Word(t)) is not ("the" or "a" or "an");
            while (start > sentenceStart)
            {
                if (FreeCapitalised(start - 1))
                {
                    start--;
                }
                else if (EntityLexicon.Fold(Word(start - 1)) == "'s" && FreeCapitalised(start - 2))
                {
                    // A possessive inside the name: "Chief Prosecutor’s Office".
                    start -= 2;
                }
                else
                {
                    break;
                }
            }

            if (start > sentenceStart + 1 && EntityLexicon.Fold(Word(start - 1)) == "'s" && taggedAt[start - 2]
                && _gazetteer.Find(Word(start - 2)).Any())
            {
                start -= 2;
            }

            return start;
        }

        /// <summary>Where the titles at the start of [first, end) end ("MP", "US Ambassador"), or first when there are none;
        /// <paramref name="placeEnd"/> is where leading place words end.</summary>
        private int LeadingTitleEnd(int first, int end, out int placeEnd)
        {
            var t = first;
            while (t < end - 1 && _phrases.CountryOfWord(t) is not null && !EntityLexicon.Titles.ContainsKey(EntityLexicon.Fold(Word(t))))
            {
                t++;
            }

            placeEnd = t;
            var titleEnd = t;
            while (titleEnd < end)
            {
                var length = Math.Min(EntityLexicon.LongestTitle, end - titleEnd);
                while (length > 0 && !EntityLexicon.Titles.ContainsKey(string.Join(" ", Enumerable.Range(titleEnd, length).Select(k => EntityLexicon.Fold(Word(k))))))
                {
                    length--;
                }

                if (length == 0)
                {
                    break;
                }

                titleEnd += length;
            }

            if (titleEnd == t || EntityLexicon.NameHeads.ContainsKey(Word(end - 1)))
            {
                placeEnd = first;
                return first;
            }

            return titleEnd;
        }

        private void Count(string country) => _articleCountries[country] = _articleCountries.GetValueOrDefault(country) + 1;

        /// <summary>"Moscow and Washington confirmed", "Russia and the US have agreed": a government verb after the
        /// name, past coordinated names and auxiliaries.</summary>
        private bool GovernmentVerbFollows(int t)
        {
            var limit = Math.Min(_tokens.Length, t + LongestVerbGap);
            for (var k = t; k < limit; k++)
            {
                var word = Word(k);
                var folded = EntityLexicon.Fold(word);
                if (EntityLexicon.GovernmentVerbs.Contains(folded))
                {
                    return true;
                }

                if (Auxiliaries.Contains(folded) || folded is "and" or "the" || char.IsUpper(word[0]))
                {
                    continue;
                }

                return false;
            }

            return false;
        }

        /// <summary>"voiced by Washington": the agent of a government verb in the passive.</summary>
        private bool AgentOfPassive(int t)
        {
            if (t < 2 || EntityLexicon.Fold(Word(t - 1)) != "by")
            {
                return false;
            }

            return EntityLexicon.GovernmentVerbs.Contains(EntityLexicon.Fold(Word(t - 2)))
                || (t >= 3 && EntityLexicon.GovernmentVerbs.Contains(EntityLexicon.Fold(Word(t - 3))));
        }

        private void CollectTitles(List<Draft> names)
        {
            var persons = names.Where(n => n.Type == EntityType.Person).ToList();
            var personStarts = persons.Select(p => p.FirstToken).ToHashSet();
            var claimed = new HashSet<int>();
            var previousEnd = new Dictionary<int, int>();
            foreach (var name in persons)
            {
                // A title never reaches back over another person's name ("John Kerry and Russian Foreign Minister").
                var floor = previousEnd.TryGetValue(name.Sentence, out var before) ? before : _document.Sentences[name.Sentence].FirstToken;
                previousEnd[name.Sentence] = name.EndToken;
                var start = _phrases.TitleBefore(name.FirstToken, floor, out var reading);
                if (start >= 0)
                {
                    var title = NewDraft(start, name.FirstToken, EntityType.Person, MentionKind.Title, reading);
                    title.BoundTo = name;
                    _drafts.Add(title);
                    claimed.UnionWith(Enumerable.Range(start, name.FirstToken - start));
                }
            }

            // Pre-appositives first ("Victoria Nuland, the ... senior director for Russia, Celeste Wallander"):
            // a description right before a name between commas belongs to that name, not to the one before it.
            foreach (var name in persons)
            {
                if (name.FirstToken < 2 || Word(name.FirstToken - 1) != ",")
                {
                    continue;
                }

                var sentence = _document.Sentences[name.Sentence];
                var end = name.FirstToken - 1;
                var start = end - 1;
                while (start > sentence.FirstToken && !OpensDescription(start - 1) && end - start < LongestAppositive)
                {
                    start--;
                }

                if (start <= sentence.FirstToken && end - start >= LongestAppositive)
                {
                    continue;
                }

                AddAppositive(start, end, name, personStarts, claimed);
            }

            foreach (var name in persons)
            {
                if (name.EndToken >= _tokens.Length - 1 || Word(name.EndToken) != ",")
                {
                    continue;
                }

                var sentence = _document.Sentences[name.Sentence];
                var start = name.EndToken + 1;
                var end = start;
                while (end < sentence.EndToken && Word(end) is not ("," or ";" or ":") && _tokens[end].Kind != TokenKind.QuoteMark && end - start < LongestAppositive)
                {
                    end++;
                }

                var closed = end < sentence.EndToken && Word(end) == ",";
                var nextIsName = closed && personStarts.Contains(end + 1);
                if (!closed || nextIsName)
                {
                    continue;
                }

                AddAppositive(start, end, name, personStarts, claimed);
            }
        }

        /// <summary>What a description before a name follows: a comma, ", and", a semicolon or a colon.</summary>
        private bool OpensDescription(int t) =>
            Word(t) is "," or ";" or ":" || (Word(t) == "and" && t > 0 && Word(t - 1) == ",");

        private void AddAppositive(int start, int end, Draft name, HashSet<int> personStarts, HashSet<int> claimed)
        {
            if (end <= start || Enumerable.Range(start, end - start).Any(t => claimed.Contains(t) || personStarts.Contains(t)) || !StartsDescription(start))
            {
                return;
            }

            if (_phrases.ReadAppositive(start, end) is not { } reading)
            {
                return;
            }

            var appositive = NewDraft(start, end, EntityType.Person, MentionKind.Title, reading);
            appositive.BoundTo = name;
            _drafts.Add(appositive);
            claimed.UnionWith(Enumerable.Range(start, end - start));
        }

        /// <summary>A description opens with an article, a place or nationality word, a title or a person noun.</summary>
        private bool StartsDescription(int t)
        {
            var folded = EntityLexicon.Fold(Word(t));
            return folded is "a" or "an" or "the" || _phrases.CountryOfWord(t) is not null
                || EntityLexicon.Titles.ContainsKey(folded) || EntityLexicon.PersonNouns.ContainsKey(folded)
                || folded is "former" or "senior" or "chief" or "deputy" or "assistant" or "top";
        }

        private void CollectDescriptors()
        {
            var taken = _drafts.Where(d => d.Kind == MentionKind.Title).SelectMany(d => Enumerable.Range(d.FirstToken, d.EndToken - d.FirstToken)).ToHashSet();
            var nameStarts = _drafts.Where(d => d.Type == EntityType.Person && d.Kind == MentionKind.Name).Select(d => d.FirstToken).ToHashSet();
            foreach (var sentence in _document.Sentences)
            {
                for (var t = sentence.FirstToken; t < sentence.EndToken; t++)
                {
                    if (EntityLexicon.Fold(Word(t)) != "the")
                    {
                        continue;
                    }

                    var end = _phrases.DescriptorAt(t, sentence.EndToken, out var reading);
                    if (end < 0 || nameStarts.Contains(end) || (end < sentence.EndToken && char.IsUpper(Word(end)[0]) && Word(end) != "I"))
                    {
                        continue;
                    }

                    if (Enumerable.Range(t, end - t).Any(taken.Contains))
                    {
                        continue;
                    }

                    _drafts.Add(NewDraft(t, end, EntityType.Person, MentionKind.Descriptor, reading));
                    t = end - 1;
                }
            }
        }

        private void CollectPronouns()
        {
            for (var t = 0; t < _tokens.Length; t++)
            {
                if (_tokens[t].Kind != TokenKind.Word || !EntityLexicon.Pronouns.TryGetValue(EntityLexicon.Fold(Word(t)), out var pronoun))
                {
                    continue;
                }

                // Only the person pronouns and possessive "its" are resolved: "it" and "they" are too often no one.
                if (pronoun.Plural || (pronoun.Gender == Gender.Neuter && EntityLexicon.Fold(Word(t)) != "its"))
                {
                    continue;
                }

                var draft = NewDraft(t, t + 1, pronoun.Gender == Gender.Neuter ? EntityType.Organization : EntityType.Person, MentionKind.Pronoun);
                _drafts.Add(new Draft(draft.Span, draft.Type, MentionKind.Pronoun, t, t + 1, draft.Sentence, draft.Story)
                {
                    PronounGender = pronoun.Gender,
                    Folded = draft.Folded,
                });
            }
        }

        /// <summary>Makes every quote's speaker span a mention: the one already there, or a new one.</summary>
        private List<Draft?> CollectSpeakers()
        {
            var speakers = new List<Draft?>();
            var bySpan = new Dictionary<TextSpan, Draft>();
            foreach (var draft in _drafts)
            {
                bySpan.TryAdd(draft.Span, draft);
            }

            _names = [.. _drafts.Where(d => d.Kind == MentionKind.Name && d.FromNames).OrderBy(d => d.Span.Start)];
            foreach (var quote in _document.Get(Layers.Quotes))
            {
                if (quote.Speaker is not { } whole || whole.Length <= 0 || whole.End > _document.Text.Length)
                {
                    speakers.Add(null);
                    continue;
                }

                // "US Secretary of State John Kerry and Russian Foreign Minister Sergey Lavrov said": each conjunct is
                // its own mention, and the quote rests on the first, the one the sentence names first.
                var span = FirstConjunct(whole);
                var relative = _document.TokenAt(span.Start);

                // "Some say …", "Others said …": a quantifier names no one to follow across the article.
                if (relative < _tokens.Length && _tokens[relative].Start == span.Start && _tokens[relative].End == span.End
                    && QuoteLexicon.IsQuantifierPronoun(Word(relative)))
                {
                    speakers.Add(null);
                    continue;
                }

                if (relative < _tokens.Length && _tokens[relative].Start == span.Start && _tokens[relative].End == span.End
                    && RelativePronouns.Contains(EntityLexicon.Fold(Word(relative))))
                {
                    // "who" is never an entity of its own: it is its antecedent's mention, or no one's.
                    if (!bySpan.TryGetValue(span, out var who))
                    {
                        who = RelativeSpeaker(relative, bySpan);
                        if (who is not null)
                        {
                            bySpan[span] = who;
                        }
                    }

                    speakers.Add(who);
                    continue;
                }

                if (!bySpan.TryGetValue(span, out var existing))
                {
                    existing = SpeakerDraft(span, quote.SpeakerName);
                    _drafts.Add(existing);
                    bySpan[span] = existing;
                }

                existing.Speaker = true;
                existing.MustResolve = true;
                existing.SpokenName ??= quote.SpeakerName is { } spoken ? EntityLexicon.Fold(spoken) : null;

                // Whoever speaks is a person or speaks for an organisation: a one-word name no lexicon types ("Ham said")
                // is a person, unless it is a document ("Poll: Trump a big turnoff").
                if (existing.Kind == MentionKind.Name && existing.Type is EntityType.Misc or EntityType.Organization
                    && existing.EndToken - existing.FirstToken == 1 && !EntityLexicon.Aliases.ContainsKey(StripPossessive(existing.Folded))
                    && !EntityLexicon.DocumentNouns.Contains(Word(existing.FirstToken))
                    && _document.Slice(existing.Span).Any(char.IsLower) && !EntityLexicon.NameHeads.ContainsKey(Word(existing.FirstToken)))
                {
                    existing.Type = EntityType.Person;
                }
                speakers.Add(existing);
            }

            return speakers;
        }

        /// <summary>The first of two coordinated phrases that each hold a person's name, else the span itself.</summary>
        private TextSpan FirstConjunct(TextSpan span)
        {
            var persons = NamesAround(span).Where(d => d.Type == EntityType.Person && span.Covers(d.Span)).ToList();
            if (persons.Count < 2)
            {
                return span;
            }

            var first = _document.TokenAt(span.Start);
            for (var t = first + 1; t < _tokens.Length && _tokens[t].End <= span.End; t++)
            {
                if (EntityLexicon.Fold(Word(t)) is not ("and" or "&") || persons.Any(p => p.FirstToken < t && p.EndToken > t))
                {
                    continue;
                }

                var conjunctEnd = Word(t - 1) == "," ? t - 1 : t;
                if (conjunctEnd > first && persons.Any(p => p.EndToken <= conjunctEnd) && persons.Any(p => p.FirstToken > t))
                {
                    return new TextSpan(span.Start, _tokens[conjunctEnd - 1].End);
                }
            }

            return span;
        }

        /// <summary>The mention of a relative pronoun speaker, bound to its antecedent: the name right before it
        /// ("Don Fowler, who"), else the noun phrase back to its article ("a Turkish MP who"); null when neither is there.</summary>
        private Draft? RelativeSpeaker(int relative, Dictionary<TextSpan, Draft> bySpan)
        {
            var sentenceStart = _document.Sentences[_document.SentenceOfToken(relative)].FirstToken;
            var headEnd = relative > sentenceStart && Word(relative - 1) == "," ? relative - 1 : relative;
            if (headEnd <= sentenceStart)
            {
                return null;
            }

            var named = _names.Where(d => d.EndToken == headEnd).MaxBy(d => d.EndToken - d.FirstToken);
            var antecedent = named is { Type: EntityType.Person } ? named
                : _drafts.Where(d => d.EndToken == headEnd && d.Kind is MentionKind.Descriptor or MentionKind.Title).MaxBy(d => d.EndToken - d.FirstToken);

            // "Donna Rawlings, 59, of Ashton, Md., who": after a place, the sentence's last person is meant (see LinkInOrder).
            if (antecedent is null && named is null)
            {
                var start = headEnd;
                while (start > sentenceStart && headEnd - start < LongestAntecedent && _tokens[start - 1].Kind == TokenKind.Word
                    && !Determiners.Contains(EntityLexicon.Fold(Word(start))))
                {
                    start--;
                }

                if (!Determiners.Contains(EntityLexicon.Fold(Word(start))))
                {
                    return RelativePronoun(relative, null);
                }

                var phrase = new TextSpan(_tokens[start].Start, _tokens[headEnd - 1].End);
                if (!bySpan.TryGetValue(phrase, out antecedent))
                {
                    antecedent = NewDraft(start, headEnd, EntityType.Person, MentionKind.Descriptor, _phrases.ReadAppositive(start, headEnd));
                    _drafts.Add(antecedent);
                    bySpan[phrase] = antecedent;
                }

                antecedent.MustResolve = true;
            }

            antecedent?.Speaker = true;
            return RelativePronoun(relative, antecedent);
        }

        private Draft RelativePronoun(int relative, Draft? antecedent)
        {
            var pronoun = NewDraft(relative, relative + 1, EntityType.Person, MentionKind.Pronoun);
            var draft = new Draft(pronoun.Span, EntityType.Person, MentionKind.Pronoun, relative, relative + 1, pronoun.Sentence, pronoun.Story)
            {
                Antecedent = antecedent,
                Folded = pronoun.Folded,
                Speaker = true,
            };
            _drafts.Add(draft);
            return draft;
        }

        private Draft SpeakerDraft(TextSpan span, string? speakerName)
        {
            var first = _document.TokenAt(span.Start);
            var end = Math.Max(first + 1, _document.TokenAt(span.End - 1) + 1);
            var text = _document.Slice(span);
            var folded = EntityLexicon.Fold(text);
            if (end - first == 1 && EntityLexicon.Pronouns.TryGetValue(folded, out var pronoun))
            {
                var p = NewDraft(first, end, EntityType.Person, MentionKind.Pronoun);
                return new Draft(span, EntityType.Person, MentionKind.Pronoun, first, end, p.Sentence, p.Story)
                {
                    PronounGender = pronoun.Gender == Gender.Neuter ? Gender.Unknown : pronoun.Gender,
                    Plural = pronoun.Plural,
                    Folded = folded,
                };
            }

            // The head of the span is its last name before any comma, relative clause or participle: "Trump campaign spokesman
            // Jason Miller" is Miller, "Don Fowler, who helmed the DNC" is Fowler, "Democrats trying to regain the Senate" are
            // the Democrats, "Donald Trump’s campaign" is not Trump.
            var headEnd = span.End;
            for (var t = first; t < end; t++)
            {
                if (Word(t) is "," or "(" || EntityLexicon.Fold(Word(t)) is "who" or "which" or "whose" or "that"
                    || (t > first && Word(t).EndsWith("ing", StringComparison.Ordinal) && char.IsLower(Word(t)[0])))
                {
                    headEnd = t > first ? _tokens[t - 1].End : _tokens[t].Start;
                    break;
                }
            }

            // A speaker span inside a name ("Kerry" of "John Kerry") is that name.
            var inside = NamesAround(span).Where(d => (span.Covers(d.Span) || d.Span.Covers(span)) && !FollowedByPossessive(d, span)).ToList();
            // A name that only modifies the head ("the GOP candidate", "The Republican presidential nominee") is not the speaker.
            var headLast = _document.TokenAt(headEnd - 1);
            var inner = inside.Where(d => d.Span.End <= headEnd).OrderBy(d => d.Span.Start).LastOrDefault(d => d.Type == EntityType.Person || d.EndToken > headLast)
                ?? inside.Where(d => d.Span.End > headEnd && d.Type == EntityType.Person).OrderBy(d => d.Span.Start).FirstOrDefault();

            // "Polls show …": a capitalised document noun that the tagger took for a person's name is still a document.
            if (inner is { Type: EntityType.Person } && inner.EndToken - inner.FirstToken == 1 && EntityLexicon.DocumentNouns.Contains(Word(inner.FirstToken)))
            {
                inner = null;
            }

            var startsLower = !char.IsUpper(text[0]) || EntityLexicon.Fold(Word(first)) is "the" or "a" or "an";
            if (inner is not null)
            {
                var kind = startsLower || inner.Type != EntityType.Person ? MentionKind.Descriptor : MentionKind.Name;
                var draft = NewDraft(first, end, inner.Type, kind);
                draft.BoundTo = inner;
                return new Draft(span, inner.Type, kind, first, end, draft.Sentence, draft.Story) { BoundTo = inner, Folded = folded };
            }

            RoleReading? reading = null;
            if (EntityLexicon.Fold(Word(first)) == "the" && _phrases.DescriptorAt(first, end, out var found) > 0)
            {
                reading = found;
            }

            reading ??= _phrases.ReadAppositive(first, end);

            // "A Bloomberg poll shows …", "a new poll of voters in all 50 states": a document that speaks is a thing, not a person.
            var type = IsDocumentHead(first, headLast) ? EntityType.Misc : EntityType.Person;
            var made = NewDraft(first, end, type, startsLower ? MentionKind.Descriptor : MentionKind.Name, reading);
            var result = new Draft(span, type, made.Kind, first, end, made.Sentence, made.Story)
            {
                Reading = reading,
                Folded = folded,
            };
            return result;
        }

        /// <summary>
        /// Whether a document noun heads the phrase: it comes before any modifier opener (Data/en/modifier_openers.txt) and
        /// ends the phrase or is followed by one or by a participle ("poll of voters", "poll conducted"), so "average
        /// citizens" and "voters in a poll" are persons still.
        /// </summary>
        private bool IsDocumentHead(int first, int headLast)
        {
            for (var t = first; t <= headLast; t++)
            {
                var word = EntityLexicon.Fold(Word(t));
                if (EntityLexicon.DocumentNouns.Contains(word) && (t == headLast || EntityLexicon.ModifierOpeners.Contains(EntityLexicon.Fold(Word(t + 1)))
                    || (char.IsLower(Word(t + 1)[0]) && Word(t + 1).EndsWith("ed", StringComparison.Ordinal))))
                {
                    return true;
                }

                if (t > first && (EntityLexicon.ModifierOpeners.Contains(word) || word == "and"))
                {
                    return false;
                }
            }

            return false;
        }

        /// <summary>The names from <see cref="Layers.Names"/> that overlap <paramref name="span"/>, by binary search.</summary>
        private IEnumerable<Draft> NamesAround(TextSpan span)
        {
            int lo = 0, hi = _names.Count;
            while (lo < hi)
            {
                var mid = (lo + hi) >>> 1;
                if (_names[mid].Span.Start < span.Start)
                {
                    lo = mid + 1;
                }
                else
                {
                    hi = mid;
                }
            }

            for (var i = Math.Max(0, lo - 1); i < _names.Count && _names[i].Span.Start < span.End; i++)
            {
                if (_names[i].Span.Overlaps(span))
                {
                    yield return _names[i];
                }
            }
        }

        private bool FollowedByPossessive(Draft name, TextSpan span) =>
            EntityLexicon.Fold(_document.Slice(name.Span)).EndsWith("'s", StringComparison.Ordinal)
            || (name.EndToken < _tokens.Length && _tokens[name.EndToken].Start < span.End && EntityLexicon.Fold(Word(name.EndToken)) == "'s");

        /// <summary>The subject of a sentence: its first person mention outside quotes (titles and appositives aside),
        /// and every quote's speaker.</summary>
        private void MarkSubjects()
        {
            var titleToken = new bool[_tokens.Length];
            foreach (var title in _drafts.Where(d => d.Kind == MentionKind.Title))
            {
                Array.Fill(titleToken, true, title.FirstToken, title.EndToken - title.FirstToken);
            }

            foreach (var group in _drafts.GroupBy(d => d.Sentence))
            {
                var subject = group.FirstOrDefault(d => d.Kind != MentionKind.Title && d.Type == EntityType.Person
                    && !IsQuoted(d) && !(titleToken[d.FirstToken] && titleToken[d.EndToken - 1]));
                subject?.Subject = true;
            }

            foreach (var draft in _drafts.Where(d => d.Speaker))
            {
                draft.Subject = true;
            }
        }

        // ------------------------------------------------------------------ linking

        private List<Cluster> ClusterNames(List<Draft> names)
        {
            var clusters = new List<Cluster>();
            var byKey = new Dictionary<string, Cluster>(StringComparer.Ordinal);
            Cluster Get(string key)
            {
                if (!byKey.TryGetValue(key, out var cluster))
                {
                    byKey[key] = cluster = new Cluster();
                    clusters.Add(cluster);
                }

                return cluster;
            }

            // Full person names first, so that "Kerry" finds "John Kerry" wherever it stands.
            var persons = names.Where(n => n.Type == EntityType.Person && n.Government is null).ToList();
            var full = persons.Where(n => n.EndToken - n.FirstToken > 1).ToList();
            foreach (var name in full)
            {
                name.Cluster = Get("p:" + PersonKey(name));
            }

            var byLast = full.GroupBy(f => EntityLexicon.Fold(Word(f.EndToken - 1))).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
            var byFirst = full.GroupBy(f => EntityLexicon.Fold(Word(f.FirstToken))).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
            var statedGender = _drafts.Where(d => d.BoundTo is not null && d.Reading is { Gender: not Gender.Unknown })
                .GroupBy(d => d.BoundTo!).ToDictionary(g => g.Key, g => g.First().Reading!.Gender);

            foreach (var name in names.Where(n => n.Cluster is null))
            {
                if (name.Government is { } country)
                {
                    var cluster = Get("g:" + country);
                    cluster.Government = country;
                    name.Cluster = cluster;
                    continue;
                }

                var folded = StripPossessive(name.Folded);
                if (EntityLexicon.Aliases.TryGetValue(folded, out var alias))
                {
                    var cluster = Get("a:" + alias.Canonical);
                    cluster.Alias = alias;
                    name.Cluster = cluster;
                    continue;
                }

                if (name.Type == EntityType.Person && FullNameFor(name, byLast, byFirst, statedGender.GetValueOrDefault(name)) is { } fullName)
                {
                    name.Cluster = fullName.Cluster;
                    continue;
                }

                // A person's name or surname is that person whatever type the tagger gave it ("Erdem" as MISC after
                // "Eren Erdem"); a place the gazetteer knows keeps its own reading ("Washington" the city).
                if (name.Type != EntityType.Person && !KnownPlace(name))
                {
                    var sameName = byKey.GetValueOrDefault("p:" + folded);
                    var surname = sameName is null && byLast.ContainsKey(folded) ? FullNameFor(name, byLast, byFirst, Gender.Unknown) : null;
                    if ((sameName ?? surname?.Cluster) is { } person)
                    {
                        name.Type = EntityType.Person;
                        name.Cluster = person;
                        continue;
                    }
                }

                name.Cluster = Get((name.Type == EntityType.Person ? "p:" : "n:") + folded);
            }

            MergeAcronyms(names);
            foreach (var name in names)
            {
                name.Cluster!.Root.Drafts.Add(name);
            }

            foreach (var title in _drafts.Where(d => d.BoundTo is not null))
            {
                var cluster = title.BoundTo!.Cluster!.Root;
                title.Cluster = cluster;
                cluster.Drafts.Add(title);
                if (title.Kind == MentionKind.Title)
                {
                    Learn(cluster, title.Reading);
                }
            }

            foreach (var cluster in clusters.Where(c => c.Parent is null))
            {
                foreach (var whole in cluster.Drafts.Where(d => d.Kind == MentionKind.Name && d.Type == EntityType.Person && d.EndToken - d.FirstToken > 1))
                {
                    cluster.Gender = Combine(cluster.Gender, EntityLexicon.FirstNameGender(Word(whole.FirstToken)));
                }
            }

            return [.. clusters.Where(c => c.Parent is null)];
        }

        private bool KnownPlace(Draft name) =>
            name.Type == EntityType.Location && _gazetteer.Find(StripPossessiveText(_document.Slice(name.Span))).Any();

        private static string StripPossessive(string folded) => folded.EndsWith("'s", StringComparison.Ordinal) ? folded[..^2].TrimEnd() : folded;

        private static string PersonKey(Draft name) => StripPossessive(name.Folded);

        /// <summary>The full name a one-word person name is short for: same last word (else same first word), the
        /// one mentioned nearest before it, else the first after.</summary>
        private Draft? FullNameFor(Draft name, Dictionary<string, List<Draft>> byLast, Dictionary<string, List<Draft>> byFirst, Gender stated)
        {
            var word = StripPossessive(name.Folded);

            // "Mrs. Clinton" is not "Bill Clinton".
            bool Agrees(Draft f) => stated == Gender.Unknown || EntityLexicon.FirstNameGender(Word(f.FirstToken)) is var g && (g == Gender.Unknown || g == stated);
            var matches = byLast.TryGetValue(word, out var last) ? last.Where(Agrees).ToList() : [];
            if (matches.Count == 0)
            {
                matches = byFirst.TryGetValue(word, out var first) ? first.Where(Agrees).ToList() : [];
                if (matches.Select(m => m.Cluster).Distinct().Count() != 1)
                {
                    return null;
                }
            }

            // The nearest before in the same story, else the nearest before, else the first: one per full name suffices.
            var candidates = matches.GroupBy(m => m.Cluster).Select(g => g.ToList()).ToList();
            var before = candidates.Select(list => LastBefore(list, name.Span.Start)).Where(m => m is not null).ToList();
            return before.Where(m => m!.Story == name.Story).MaxBy(m => m!.Span.Start)
                ?? before.MaxBy(m => m!.Span.Start) ?? matches.MinBy(m => m.Span.Start);
        }

        /// <summary>The last of <paramref name="sorted"/> (in text order) that starts before <paramref name="start"/>.</summary>
        private static Draft? LastBefore(List<Draft> sorted, int start)
        {
            int lo = 0, hi = sorted.Count;
            while (lo < hi)
            {
                var mid = (lo + hi) >>> 1;
                if (sorted[mid].Span.Start < start)
                {
                    lo = mid + 1;
                }
                else
                {
                    hi = mid;
                }
            }

            return lo > 0 ? sorted[lo - 1] : null;
        }

        /// <summary>"Republican People’s Party (CHP)", "Islamic State (IS, formerly ISIS/ISIL)": the capitalised names in
        /// brackets right after a name are its acronyms.</summary>
        private void MergeAcronyms(List<Draft> names)
        {
            for (var i = 0; i < names.Count; i++)
            {
                var name = names[i];
                // Only a name of several words is abbreviated; "WASHINGTON (AP)" is a dateline.
                if (name.Type == EntityType.Person || name.EndToken - name.FirstToken < 2 || name.EndToken >= _tokens.Length || Word(name.EndToken) != "(")
                {
                    continue;
                }

                var close = name.EndToken + 1;
                while (close < _tokens.Length && Word(close) != ")" && close - name.EndToken < RolePhrases.LongestPhrase)
                {
                    close++;
                }

                foreach (var inside in names.Skip(i + 1).TakeWhile(n => n.FirstToken < close))
                {
                    var text = _document.Slice(inside.Span);
                    var known = EntityLexicon.Aliases.GetValueOrDefault(EntityLexicon.Fold(text));
                    var outer = EntityLexicon.Aliases.GetValueOrDefault(StripPossessive(name.Folded));
                    if (text.Length > 1 && text.All(c => char.IsUpper(c) || !char.IsLetter(c)) && (known is null || known == outer))
                    {
                        Union(name.Cluster!, inside.Cluster!);
                    }
                }
            }
        }

        private static void Union(Cluster a, Cluster b)
        {
            var ra = a.Root;
            var rb = b.Root;
            if (ra != rb)
            {
                rb.Parent = ra;
                ra.Alias ??= rb.Alias;
            }
        }

        private static void Learn(Cluster cluster, RoleReading? reading)
        {
            if (reading is null)
            {
                return;
            }

            if (reading.Role is { } role)
            {
                cluster.Roles.Add(role);
                if (EntityLexicon.BroaderRoles.TryGetValue(role, out var broader))
                {
                    cluster.Roles.Add(broader);
                }
            }

            cluster.RoleWords.UnionWith(reading.Words);
            if (reading.Country is { } country)
            {
                cluster.Countries.Add(country);
            }

            cluster.Gender = Combine(cluster.Gender, reading.Gender);
        }

        /// <summary>Genders from two sources: one unknown gives the other; two that disagree give unknown.</summary>
        private static Gender Combine(Gender a, Gender b) => a == Gender.Unknown ? b : b == Gender.Unknown || a == b ? a : Gender.Unknown;

        /// <summary>Descriptors and pronouns, in reading order, each against the entities met so far in its story.</summary>
        private void LinkInOrder(List<Cluster> clusters)
        {
            var seen = new List<Draft>();
            var titled = clusters.Where(c => c.Drafts.Any(d => d.Kind == MentionKind.Title))
                .SelectMany(c => c.Drafts.Where(d => d.Kind == MentionKind.Title).Select(d => (d.Story, Cluster: c, d.Span.Start)))
                .GroupBy(p => p.Story)
                .ToDictionary(g => g.Key, g => g.GroupBy(p => p.Cluster).Select(c => (c.Key, c.Min(p => p.Start))).OrderBy(p => p.Item2).Select(p => p.Key).ToList());
            foreach (var draft in _drafts)
            {
                if (draft.Cluster is null)
                {
                    var target = draft.Antecedent is { } antecedent ? antecedent.Cluster?.Root : draft.Kind switch
                    {
                        _ when RelativePronouns.Contains(draft.Folded) => seen.LastOrDefault(m => m.Sentence == draft.Sentence && TypeOf(m.Cluster!.Root) == EntityType.Person)?.Cluster!.Root,
                        MentionKind.Pronoun => ResolvePronoun(draft, seen, draft.Type == EntityType.Person ? PronounReach : 1),
                        _ => ResolveDescriptor(draft, seen, titled.GetValueOrDefault(draft.Story) ?? []),
                    };

                    // A speaker must be someone: the name the quote finder gave it, else (a pronoun) its whole story.
                    if (target is null && draft.SpokenName is { } spoken)
                    {
                        var last = spoken.Split(' ')[^1];
                        target = seen.LastOrDefault(m => m.Story == draft.Story && m.FromNames
                            && (m.Folded == spoken || m.Folded.Split(' ')[^1] == last))?.Cluster?.Root;
                    }

                    if (target is null && draft.MustResolve && draft.Kind == MentionKind.Pronoun)
                    {
                        target = ResolvePronoun(draft, seen, int.MaxValue);
                    }

                    if (target is null && draft.MustResolve)
                    {
                        // A speaker is someone, unless it is a cited document ("A Bloomberg poll shows").
                        target = new Cluster { Unnamed = true, Settled = draft.Type == EntityType.Misc ? EntityType.Misc : EntityType.Person };
                        target.OnePerson = draft.Kind == MentionKind.Pronoun ? !draft.Plural
                            : draft.Reading is { } r && (r.Role is not null || r.Words.Any(EntityLexicon.PersonNouns.ContainsKey));
                        Learn(target, draft.Reading);
                        clusters.Add(target);
                    }

                    if (target is null)
                    {
                        continue;
                    }

                    draft.Cluster = target;
                    target.Drafts.Add(draft);
                }

                seen.Add(draft);
            }
        }

        /// <summary>The most salient entity a pronoun can mean: recent, a subject, of its gender, often mentioned.
        /// It looks back over <paramref name="reach"/> sentences of its story.</summary>
        private static Cluster? ResolvePronoun(Draft pronoun, List<Draft> seen, int reach)
        {
            var wantPerson = pronoun.Type == EntityType.Person;
            var objectForm = ObjectPronouns.Contains(pronoun.Folded);
            Cluster? best = null;
            var bestScore = double.NegativeInfinity;
            var met = new HashSet<Cluster>();
            for (var i = seen.Count - 1; i >= 0; i--)
            {
                var last = seen[i];
                if (last.Story != pronoun.Story || pronoun.Sentence - last.Sentence > reach)
                {
                    break;
                }

                // The first mention met going back is the cluster's last one.
                var cluster = last.Cluster?.Root;
                if (cluster is null || !met.Add(cluster))
                {
                    continue;
                }

                var type = TypeOf(cluster);
                if ((wantPerson ? type != EntityType.Person : type == EntityType.Person) || (cluster.Unnamed && !cluster.OnePerson))
                {
                    continue;
                }

                var distance = pronoun.Sentence - last.Sentence;
                var score = -Math.Min(distance, PronounReach + 1) * DistanceCost + FrequencyWeight * Math.Log(1 + cluster.Drafts.Count);
                if (last.Subject)
                {
                    score += distance == 0 && objectForm ? -SubjectBonus : SubjectBonus;
                }

                if (distance == 0)
                {
                    score += SameSentenceBonus;
                }

                if (wantPerson && pronoun.PronounGender is Gender.Male or Gender.Female)
                {
                    if (cluster.Gender != Gender.Unknown && cluster.Gender != pronoun.PronounGender)
                    {
                        continue;
                    }

                    score += cluster.Gender == pronoun.PronounGender ? GenderBonus : 0;
                }

                if (score > bestScore)
                {
                    best = cluster;
                    bestScore = score;
                }
            }

            return best;
        }

        /// <summary>The person a role descriptor names: among those met in the last <see cref="DescriptorReach"/>
        /// sentences whose titles fit, one titled with the same words first, then the most recent; else the first
        /// person of the story titled to fit ("The top US diplomat ... John Kerry").</summary>
        private static Cluster? ResolveDescriptor(Draft draft, List<Draft> seen, List<Cluster> titled)
        {
            if (draft.Reading is not { } reading || (reading.Role is null && reading.Words.Count == 0))
            {
                return null;
            }

            // Without a role only a person noun may match ("the columnist"); honorifics ("Mr.") name no one.
            if (reading.Role is null && !reading.Words.Any(EntityLexicon.PersonNouns.ContainsKey))
            {
                return null;
            }

            bool Fits(Cluster c) => TypeOf(c) == EntityType.Person
                && (reading.Role is { } role ? c.Roles.Contains(role) : reading.Words.All(c.RoleWords.Contains))
                && (reading.Country is null || c.Countries.Count == 0 || c.Countries.Contains(reading.Country));

            // Same words as a title the person was given win over the same role alone ("the Secretary of State").
            bool Lexical(Cluster c) => reading.Words.All(c.RoleWords.Contains);

            Cluster? recent = null;
            var met = new HashSet<Cluster>();
            for (var i = seen.Count - 1; i >= 0; i--)
            {
                var m = seen[i];
                if (m.Story != draft.Story || draft.Sentence - m.Sentence > DescriptorReach)
                {
                    break;
                }

                if (m.Cluster?.Root is not { } cluster || !met.Add(cluster) || !Fits(cluster))
                {
                    continue;
                }

                if (Lexical(cluster))
                {
                    return cluster;
                }

                recent ??= cluster;
            }

            return recent ?? titled.Select(c => c.Root).FirstOrDefault(Fits);
        }

        private static EntityType TypeOf(Cluster cluster) => cluster.Settled ??= TypeFromDrafts(cluster);

        private static EntityType TypeFromDrafts(Cluster cluster)
        {
            if (cluster.Government is not null)
            {
                return EntityType.Organization;
            }

            if (cluster.Alias is { } alias)
            {
                return alias.Type;
            }

            // Descriptors bound to a name take its type ("Ankara’s Chief Prosecutor’s Office"); titles mean a person.
            var names = cluster.Drafts.Where(d => d.Kind == MentionKind.Name && d.FromNames).ToList();

            if (cluster.Drafts.Any(d => d.Kind == MentionKind.Title) || names.Count == 0
                || names.Any(d => d.Speaker && d.Type == EntityType.Person)
                || cluster.Drafts.Any(d => d.Kind == MentionKind.Pronoun && d.Type == EntityType.Person))
            {
                return EntityType.Person;
            }

            return names.GroupBy(d => d.Type).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).First().Key;
        }

        // ------------------------------------------------------------------ output

        private Result Build(List<Draft?> speakers)
        {
            var linked = _drafts.Where(d => d.Cluster is not null).ToList();
            var mentions = ImmutableArray.CreateBuilder<Mention>(linked.Count);
            var mentionIndex = new Dictionary<Draft, int>();
            foreach (var draft in linked)
            {
                mentionIndex[draft] = mentions.Count;
                mentions.Add(new Mention(draft.Span.Start, draft.Span.End, TypeOf(draft.Cluster!.Root), draft.Kind));
            }

            var roots = linked.Select(d => d.Cluster!.Root).Distinct().ToList();
            var entities = ImmutableArray.CreateBuilder<Entity>(roots.Count);
            var entityIndex = new Dictionary<Cluster, int>();
            var byRoot = linked.GroupBy(d => d.Cluster!.Root).ToDictionary(g => g.Key, g => g.ToList());
            foreach (var root in roots)
            {
                var drafts = byRoot[root];
                var type = TypeOf(root);
                var name = CanonicalName(root, drafts);
                var titles = drafts.Where(d => d.Kind == MentionKind.Title).Select(d => _document.Slice(d.Span)).Distinct().ToImmutableArray();
                Place? place = null;
                if (type == EntityType.Location)
                {
                    var first = drafts.First(d => d.Kind == MentionKind.Name);
                    var lookup = root.Alias?.Canonical ?? StripPossessiveText(_document.Slice(first.Span));
                    if (Geocoder.Locate(_gazetteer, lookup, _articleCountries, Qualifier(drafts)) is { } entry)
                    {
                        place = Geocoder.ToPlace(entry);
                    }
                }

                entityIndex[root] = entities.Count;
                entities.Add(new Entity(entities.Count + 1, type, name, titles, [.. drafts.Select(d => mentionIndex[d])])
                {
                    Place = place,
                    // The key keeps the lexicon's name, so that "Turkey" and "Türkiye" in two articles link.
                    Key = EntityKeys.For(root.Government is { } government ? GazetteerName(government) : root.Alias?.Canonical ?? name, type, place, root.Government ?? root.Alias?.Country ?? root.Countries.Order(StringComparer.Ordinal).FirstOrDefault(), root.Roles.Order(StringComparer.Ordinal).FirstOrDefault(), root.Government is not null),
                });
            }

            var quotes = _document.Get(Layers.Quotes);
            var rewritten = ImmutableArray.CreateBuilder<Quote>(quotes.Length);
            for (var q = 0; q < quotes.Length; q++)
            {
                var speaker = speakers[q];
                var quote = quotes[q];
                if (speaker?.Cluster is { } cluster)
                {
                    // A pronoun no one is named for keeps the quote finder's (absent) name.
                    var index = entityIndex[cluster.Root];
                    quote = quote with { Speaker = speaker.Span, SpeakerEntity = index, SpeakerName = cluster.Root.Unnamed ? quote.SpeakerName : entities[index].Name };
                }

                rewritten.Add(quote);
            }

            return new Result(mentions.ToImmutable(), entities.ToImmutable(), rewritten.ToImmutable());
        }

        /// <summary>The longest proper name among the mentions (mixed case before ALL CAPS), the alias lexicon's name when
        /// the text uses it, the country for a government, else the description without its article.</summary>
        private string CanonicalName(Cluster root, List<Draft> drafts)
        {
            if (root.Government is { } country)
            {
                // The article's own name for the country ("Turkey"), else the gazetteer's ("Russia" for "Moscow").
                return _names.Where(d => d.Type == EntityType.Location).Select(d => StripPossessiveText(_document.Slice(d.Span)))
                    .Where(n => n.Any(char.IsLower) && _gazetteer.CountryOf(n) == country).MaxBy(n => n.Length)
                    ?? GazetteerName(country);
            }

            var names = drafts.Where(d => d.Kind == MentionKind.Name && d.FromNames).Select(d => StripPossessiveText(_document.Slice(d.Span))).ToList();
            if (names.Count == 0)
            {
                names = [.. drafts.Where(d => d.Kind == MentionKind.Name).Select(d => StripPossessiveText(_document.Slice(d.Span).Split(',')[0].Trim()))];
            }
            if (root.Alias is { } alias)
            {
                // The text's own spelling of the lexicon's name; for a place, else the text's longest name that is not
                // an acronym ("Turkey", not the official "Türkiye"); else the lexicon's name ("Islamic State" for "ISIS",
                // "Democratic Party" for "Democrats": an organisation's other names are acronyms and member nouns).
                return names.FirstOrDefault(n => EntityLexicon.Fold(n) == EntityLexicon.Fold(alias.Canonical))
                    ?? (alias.Type == EntityType.Location
                        ? names.Where(n => n.Any(char.IsLower)).OrderByDescending(n => n.Split(' ').Length).ThenByDescending(n => n.Length).FirstOrDefault()
                        : null)
                    ?? alias.Canonical;
            }

            if (names.Count > 0)
            {
                return names.OrderByDescending(n => n.Split(' ').Length).ThenBy(n => n.Any(char.IsLower) ? 0 : 1).ThenByDescending(n => n.Length).First();
            }

            // A description without a name is named by its head: up to its first comma, without its article.
            var description = _document.Slice(drafts[0].Span).Split(',')[0].Trim();
            // Any space after the article: web copy often has a no-break space there ("A\u00a0Bloomberg poll").
            foreach (var article in (string[])["the", "The", "a", "A", "an", "An"])
            {
                if (description.Length > article.Length + 1 && description.StartsWith(article, StringComparison.Ordinal) && char.IsWhiteSpace(description[article.Length]))
                {
                    return description[(article.Length + 1)..];
                }
            }

            return description;
        }

        private string GazetteerName(string country) => _gazetteer.Country(country)?.Name ?? country;

        private static string StripPossessiveText(string text) =>
            text.EndsWith("'s", StringComparison.Ordinal) || text.EndsWith("\u2019s", StringComparison.Ordinal) ? text[..^2] : text;

        /// <summary>"Paris, Texas": the region or country written right after a place's first mention.</summary>
        private string? Qualifier(List<Draft> drafts)
        {
            foreach (var d in drafts.Where(d => d.Kind == MentionKind.Name))
            {
                if (d.EndToken + 1 < _tokens.Length && Word(d.EndToken) == "," && char.IsUpper(Word(d.EndToken + 1)[0]))
                {
                    var next = d.EndToken + 1;
                    var end = next + 1;
                    while (end < _tokens.Length && char.IsUpper(Word(end)[0]) && end - next < 3)
                    {
                        end++;
                    }

                    var text = _document.Text[_tokens[next].Start.._tokens[end - 1].End];
                    if (_gazetteer.Find(text).Any(e => e.IsCountry || e.IsRegion))
                    {
                        return text;
                    }
                }
            }

            return null;
        }
    }
}
