using System.Collections.Immutable;
using Newsgraph.Model;
using Newsgraph.Pipeline;
using Newsgraph.Places;

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

        /// <summary>An appositive runs at most this many tokens between its commas.</summary>
        private const int LongestAppositive = 14;

        /// <summary>Words of a described antecedent before "who", article included ("a senior Turkish opposition MP").</summary>
        private const int MaxAntecedentWords = 6;

        /// <summary>Tokens between a government's name and its verb: "have also", "and the US have".</summary>
        private const int LongestVerbGap = 6;

        private static readonly HashSet<string> Auxiliaries = new(["have", "has", "had", "is", "are", "was", "were", "will", "would", "can", "could", "also", "both", "repeatedly", "again", "now", "then", "still", "already", "may", "might", "must", "should", "did", "does", "do", "not", "n't", "never", "had", "been", "reportedly", "officially", "previously"], StringComparer.Ordinal);

        private static readonly HashSet<string> ObjectPronouns = new(["him", "her", "them", "himself", "herself"], StringComparer.Ordinal);

        private readonly Document _document;
        private readonly ImmutableArray<Token> _tokens;
        private readonly RolePhrases _phrases;
        private readonly Gazetteer _gazetteer = Gazetteer.Default;
        private readonly List<TextSpan> _quoted = [];
        private readonly List<Draft> _drafts = [];
        private readonly Dictionary<string, int> _articleCountries = new(StringComparer.Ordinal);

        public Resolution(Document document)
        {
            _document = document;
            _tokens = document.Tokens;
            _phrases = new RolePhrases(document);
            foreach (var quote in document.Get(Layers.Quotes))
            {
                _quoted.Add(quote.Content);
            }
        }

        private string Word(int t) => _document.Text[_tokens[t].Start.._tokens[t].End];

        private int StoryOf(int sentence) =>
            _document.Paragraphs.Length == 0 ? 0 : _document.Paragraphs[_document.Sentences[sentence].Paragraph].Story;

        private bool IsQuoted(TextSpan span) => _quoted.Any(q => q.Covers(span));

        private Draft NewDraft(int firstToken, int endToken, EntityType type, MentionKind kind, RoleReading? reading = null)
        {
            var sentence = _document.SentenceOfToken(firstToken);
            var span = new TextSpan(_tokens[firstToken].Start, _tokens[endToken - 1].End);
            return new Draft(span, type, kind, firstToken, endToken, sentence, StoryOf(sentence))
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
            foreach (var name in _document.Get(Layers.Names))
            {
                var first = _document.TokenAt(name.Start);
                var end = _document.TokenAt(name.End - 1) + 1;
                if (first >= _tokens.Length || end <= first)
                {
                    continue;
                }

                // "MP Erdem" tagged as an organisation: whoever bears a person's title is a person, and the title no part of the name.
                var type = name.Type;
                var span = name.Span;
                if (end - first > 1 && type is EntityType.Organization or EntityType.Misc && EntityLexicon.Titles.ContainsKey(EntityLexicon.Fold(Word(first)).TrimEnd('.')))
                {
                    first++;
                    span = new TextSpan(_tokens[first].Start, name.End);
                    type = EntityType.Person;
                }

                var text = _document.Slice(span);
                if (EntityLexicon.Demonyms.TryGetValue(text, out var demonymCountry))
                {
                    Count(demonymCountry);
                    continue;
                }

                var draft = new Draft(span, type, MentionKind.Name, first, end, _document.SentenceOfToken(first), StoryOf(_document.SentenceOfToken(first)))
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
            var claimed = new HashSet<int>();
            foreach (var name in persons)
            {
                // A title never reaches back over another person's name ("John Kerry and Russian Foreign Minister").
                var floor = persons.Where(p => p.Sentence == name.Sentence && p.EndToken <= name.FirstToken)
                    .Select(p => p.EndToken).DefaultIfEmpty(_document.Sentences[name.Sentence].FirstToken).Max();
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

                AddAppositive(start, end, name, persons, claimed);
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
                var nextIsName = closed && persons.Any(p => p.FirstToken == end + 1);
                if (!closed || nextIsName)
                {
                    continue;
                }

                AddAppositive(start, end, name, persons, claimed);
            }
        }

        /// <summary>What a description before a name follows: a comma, ", and", a semicolon or a colon.</summary>
        private bool OpensDescription(int t) =>
            Word(t) is "," or ";" or ":" || (Word(t) == "and" && t > 0 && Word(t - 1) == ",");

        private void AddAppositive(int start, int end, Draft name, List<Draft> persons, HashSet<int> claimed)
        {
            if (end <= start || Enumerable.Range(start, end - start).Any(claimed.Contains)
                || persons.Any(p => p.FirstToken >= start && p.FirstToken < end) || !StartsDescription(start))
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
            var taken = _drafts.Where(d => d.Kind == MentionKind.Title).Select(d => d.Span).ToList();
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

                    var span = new TextSpan(_tokens[t].Start, _tokens[end - 1].End);
                    if (taken.Any(s => s.Overlaps(span)))
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
            foreach (var quote in _document.Get(Layers.Quotes))
            {
                if (quote.Speaker is not { } span || span.Length <= 0 || span.End > _document.Text.Length)
                {
                    speakers.Add(null);
                    continue;
                }

                var existing = _drafts.FirstOrDefault(d => d.Span == span);
                if (existing is null)
                {
                    existing = SpeakerDraft(span, quote.SpeakerName);
                    _drafts.Add(existing);
                }

                existing.Speaker = true;
                existing.MustResolve = true;

                // Whoever speaks is a person or speaks for an organisation: an untyped name that speaks is a person.
                if (existing.Kind == MentionKind.Name && existing.Type == EntityType.Misc)
                {
                    existing.Type = EntityType.Person;
                }
                speakers.Add(existing);
            }

            return speakers;
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

            if (end - first == 1 && folded is "who" or "which" && RelativeAntecedent(first) is { } antecedent)
            {
                return antecedent;
            }

            // The head of the span is its last name before any comma or relative clause: "Trump campaign spokesman
            // Jason Miller" is Miller, "Don Fowler, who helmed the DNC" is Fowler, "Donald Trump’s campaign" is not Trump.
            var headEnd = span.End;
            for (var t = first; t < end; t++)
            {
                if (Word(t) is "," or "(" || EntityLexicon.Fold(Word(t)) is "who" or "which" or "whose")
                {
                    headEnd = _tokens[t].Start;
                    break;
                }
            }

            // A speaker span inside a name ("Kerry" of "John Kerry") is that name.
            var inside = _drafts.Where(d => d.Kind == MentionKind.Name && d.FromNames && (span.Covers(d.Span) || d.Span.Covers(span)) && !FollowedByPossessive(d, span)).ToList();
            // A name that only modifies the head ("the GOP candidate", "The Republican presidential nominee") is not the speaker.
            var headLast = _document.TokenAt(headEnd - 1);
            var inner = inside.Where(d => d.Span.End <= headEnd).OrderBy(d => d.Span.Start).LastOrDefault(d => d.Type == EntityType.Person || d.EndToken > headLast)
                ?? inside.Where(d => d.Span.End > headEnd && d.Type == EntityType.Person).OrderBy(d => d.Span.Start).FirstOrDefault();
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
            var made = NewDraft(first, end, EntityType.Person, startsLower ? MentionKind.Descriptor : MentionKind.Name, reading);
            var result = new Draft(span, EntityType.Person, made.Kind, first, end, made.Sentence, made.Story)
            {
                Reading = reading,
                Folded = speakerName is null ? folded : EntityLexicon.Fold(speakerName),
            };
            return result;
        }

        /// <summary>
        /// A relative pronoun speaker ("Eren Erdem, who alleged …", "a Turkish MP who alleged …") is the phrase it refers
        /// to: bound to the name right before it, else a new descriptor over the noun phrase from its article.
        /// </summary>
        private Draft? RelativeAntecedent(int pronoun)
        {
            var last = pronoun - 1 >= 0 && Word(pronoun - 1) == "," ? pronoun - 2 : pronoun - 1;
            if (last < 0)
            {
                return null;
            }

            var name = _drafts.FirstOrDefault(d => d.Kind == MentionKind.Name && d.FromNames && d.BoundTo is null && d.EndToken == last + 1);
            if (name is not null)
            {
                var bound = NewDraft(pronoun, pronoun + 1, name.Type, MentionKind.Descriptor);
                bound.BoundTo = name;
                return bound;
            }

            // "which" refers to things ("a statement which said"): only "who" stands for a described person.
            for (var t = last; t >= 0 && last - t < MaxAntecedentWords && Word(pronoun).Equals("who", StringComparison.OrdinalIgnoreCase); t--)
            {
                if (!Word(t).Any(char.IsLetter))
                {
                    return null;
                }

                if (EntityLexicon.Fold(Word(t)) is "a" or "an" or "the")
                {
                    var span = new TextSpan(_tokens[t].Start, _tokens[last].End);
                    return t < last && !_drafts.Any(d => d.Span.Overlaps(span)) ? SpeakerDraft(span, null) : null;
                }
            }

            return null;
        }

        private bool FollowedByPossessive(Draft name, TextSpan span) =>
            EntityLexicon.Fold(_document.Slice(name.Span)).EndsWith("'s", StringComparison.Ordinal)
            || (name.EndToken < _tokens.Length && _tokens[name.EndToken].Start < span.End && EntityLexicon.Fold(Word(name.EndToken)) == "'s");

        /// <summary>The subject of a sentence: its first person mention outside quotes (titles and appositives aside),
        /// and every quote's speaker.</summary>
        private void MarkSubjects()
        {
            foreach (var group in _drafts.GroupBy(d => d.Sentence))
            {
                var subject = group.FirstOrDefault(d => d.Kind != MentionKind.Title && d.Type == EntityType.Person
                    && !IsQuoted(d.Span) && !_drafts.Any(t => t.Kind == MentionKind.Title && t.Span.Covers(d.Span)));
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

                if (name.Type == EntityType.Person && FullNameFor(name, full) is { } fullName)
                {
                    name.Cluster = fullName.Cluster;
                    continue;
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

        private static string StripPossessive(string folded) => folded.EndsWith("'s", StringComparison.Ordinal) ? folded[..^2].TrimEnd() : folded;

        private static string PersonKey(Draft name) => StripPossessive(name.Folded);

        /// <summary>The full name a one-word person name is short for: same last word (else same first word), the
        /// one mentioned nearest before it, else the first after.</summary>
        private Draft? FullNameFor(Draft name, List<Draft> full)
        {
            var word = StripPossessive(name.Folded);
            var stated = _drafts.Where(d => d.BoundTo == name && d.Reading is not null).Select(d => d.Reading!.Gender)
                .FirstOrDefault(g => g != Gender.Unknown);

            // "Mrs. Clinton" is not "Bill Clinton".
            bool Agrees(Draft f) => stated == Gender.Unknown || EntityLexicon.FirstNameGender(Word(f.FirstToken)) is var g && (g == Gender.Unknown || g == stated);
            var matches = full.Where(f => EntityLexicon.Fold(Word(f.EndToken - 1)) == word && Agrees(f)).ToList();
            if (matches.Count == 0)
            {
                matches = full.Where(f => EntityLexicon.Fold(Word(f.FirstToken)) == word && Agrees(f)).ToList();
                if (matches.Select(m => m.Cluster).Distinct().Count() != 1)
                {
                    return null;
                }
            }

            return matches.LastOrDefault(m => m.Span.Start < name.Span.Start && m.Story == name.Story)
                ?? matches.LastOrDefault(m => m.Span.Start < name.Span.Start)
                ?? matches.FirstOrDefault();
        }

        /// <summary>"Republican People’s Party (CHP)", "Islamic State (IS, formerly ISIS/ISIL)": the capitalised names in
        /// brackets right after a name are its acronyms.</summary>
        private void MergeAcronyms(List<Draft> names)
        {
            for (var i = 0; i < names.Count; i++)
            {
                var name = names[i];
                if (name.Type == EntityType.Person || name.EndToken >= _tokens.Length || Word(name.EndToken) != "(")
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
                    if (text.Length > 1 && text.All(c => char.IsUpper(c) || !char.IsLetter(c)))
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
            foreach (var draft in _drafts)
            {
                if (draft.Cluster is null)
                {
                    var target = draft.Kind switch
                    {
                        MentionKind.Pronoun => ResolvePronoun(draft, seen, draft.Type == EntityType.Person ? PronounReach : 1),
                        _ => ResolveDescriptor(draft, seen, clusters),
                    };

                    // A speaker must be someone: a pronoun then looks back over its whole story.
                    if (target is null && draft.MustResolve && draft.Kind == MentionKind.Pronoun)
                    {
                        target = ResolvePronoun(draft, seen, int.MaxValue);
                    }

                    if (target is null && draft.MustResolve)
                    {
                        target = new Cluster { Unnamed = true };
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

        private static Cluster? ResolvePronoun(Draft pronoun, List<Draft> seen, int reach)
        {
            var wantPerson = pronoun.Type == EntityType.Person;
            var objectForm = ObjectPronouns.Contains(pronoun.Folded);
            Cluster? best = null;
            var bestScore = double.NegativeInfinity;
            var lastByCluster = new Dictionary<Cluster, Draft>();
            var counts = new Dictionary<Cluster, int>();
            foreach (var m in seen)
            {
                if (m.Story != pronoun.Story || m.Cluster is null)
                {
                    continue;
                }

                var root = m.Cluster.Root;
                lastByCluster[root] = m;
                counts[root] = counts.GetValueOrDefault(root) + 1;
            }

            foreach (var (cluster, last) in lastByCluster)
            {
                var type = TypeOf(cluster);
                if ((wantPerson ? type != EntityType.Person : type == EntityType.Person) || (cluster.Unnamed && !cluster.OnePerson))
                {
                    continue;
                }

                var distance = pronoun.Sentence - last.Sentence;
                if (distance > reach)
                {
                    continue;
                }

                var score = -distance * DistanceCost + FrequencyWeight * Math.Log(1 + counts[cluster]);
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

        private static Cluster? ResolveDescriptor(Draft draft, List<Draft> seen, List<Cluster> clusters)
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
            int Lexical(Cluster c) => reading.Words.All(c.RoleWords.Contains) ? 1 : 0;

            var before = seen.Where(m => m.Story == draft.Story && m.Cluster is not null && Fits(m.Cluster.Root))
                .Select(m => (Cluster: m.Cluster!.Root, m.Span.Start))
                .GroupBy(p => p.Cluster).Select(g => (Cluster: g.Key, Last: g.Max(p => p.Start))).ToList();
            if (before.Count > 0)
            {
                return before.OrderByDescending(p => Lexical(p.Cluster)).ThenByDescending(p => p.Last).First().Cluster;
            }

            // A descriptor before the name it stands for ("The top US diplomat ... John Kerry"): the first title-bound
            // person of the story that fits.
            return clusters.Select(c => c.Root).Distinct()
                .Where(c => Fits(c) && c.Drafts.Any(d => d.Story == draft.Story && d.Kind == MentionKind.Title))
                .OrderBy(c => c.Drafts.Min(d => d.Span.Start)).FirstOrDefault();
        }

        private static EntityType TypeOf(Cluster cluster)
        {
            if (cluster.Government is not null)
            {
                return EntityType.Organization;
            }

            if (cluster.Alias is { } alias)
            {
                return alias.Type;
            }

            var names = cluster.Drafts.Where(d => d.Kind == MentionKind.Name).ToList();
            if (cluster.Drafts.Any(d => d.Kind is MentionKind.Title or MentionKind.Descriptor) || names.Count == 0
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
            foreach (var root in roots)
            {
                var drafts = linked.Where(d => d.Cluster!.Root == root).ToList();
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
                    Key = EntityKeys.For(name, type, place, root.Government ?? root.Alias?.Country ?? root.Countries.Order(StringComparer.Ordinal).FirstOrDefault(), root.Roles.Order(StringComparer.Ordinal).FirstOrDefault(), root.Government is not null),
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
                    var index = entityIndex[cluster.Root];
                    quote = quote with { SpeakerEntity = index, SpeakerName = entities[index].Name };
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
                var countryName = _gazetteer.Country(country)?.Name ?? country;
                return countryName;
            }

            var names = drafts.Where(d => d.Kind == MentionKind.Name && d.FromNames).Select(d => StripPossessiveText(_document.Slice(d.Span))).ToList();
            if (names.Count == 0)
            {
                names = [.. drafts.Where(d => d.Kind == MentionKind.Name).Select(d => StripPossessiveText(_document.Slice(d.Span)))];
            }
            if (root.Alias is { } alias && names.Any(n => EntityLexicon.Fold(n) == EntityLexicon.Fold(alias.Canonical)))
            {
                return names.First(n => EntityLexicon.Fold(n) == EntityLexicon.Fold(alias.Canonical));
            }

            if (names.Count > 0)
            {
                return names.OrderByDescending(n => n.Split(' ').Length).ThenBy(n => n.Any(char.IsLower) ? 0 : 1).ThenByDescending(n => n.Length).First();
            }

            // A description without a name is named by its head: up to its first comma, without its article.
            var description = _document.Slice(drafts[0].Span).Split(',')[0].Trim();
            foreach (var article in (string[])["the ", "The ", "a ", "A ", "an ", "An "])
            {
                if (description.StartsWith(article, StringComparison.Ordinal))
                {
                    return description[article.Length..];
                }
            }

            return description;
        }

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
