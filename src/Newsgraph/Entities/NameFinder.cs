using System.Collections.Immutable;
using Newsgraph.Model;
using Newsgraph.Pipeline;
using Newsgraph.Places;

namespace Newsgraph.Entities;

/// <summary>
/// Finds proper names by rule until the statistical tagger replaces it as the producer of <see cref="Layers.Names"/>:
/// runs of capitalised words (with "of", "’s", "and" inside only where an organisation or place word ends the run),
/// less the titles before a person's name, less sentence-initial and Title Case headline words that news English
/// writes in lower case; typed by the alias lexicon, organisation and place head words, titles, first names, the
/// gazetteer and the words around the name, then by what the same name is elsewhere in the article.
/// </summary>
public sealed class NameFinder : IComponent
{
    /// <summary>A headline is Title Case when at least this share of its words are capitalised.</summary>
    private const double TitleCaseShare = 0.6;

    /// <summary>A town this large is what its name means in news copy even before "said" (Obama, Japan, has 30,000).</summary>
    private const int MajorPlace = 1_000_000;

    /// <summary>ALL-CAPS words this short are acronyms (CHP, ISIS), longer ones are shouted words (RUSSIA).</summary>
    private const int LongestAcronym = 5;


    /// <summary>Prepositions that put a name on the map even when it is also a first name ("in Khan al-Assal").</summary>
    private static readonly HashSet<string> PlaceOnlyPrepositions = new(["in", "near", "outside", "inside"], StringComparer.Ordinal);

    private static readonly HashSet<string> SpeechVerbs = new(["said", "says", "told", "tells", "added", "noted", "wrote", "asked", "explained", "argued", "claimed", "insisted", "stated", "warned", "replied", "revealed"], StringComparer.Ordinal);

    public string Name => "names";

    public IReadOnlyList<Layer> Needs => [Layers.Tokens, Layers.Sentences, Layers.Paragraphs];

    public IReadOnlyList<Layer> Adds => [Layers.Names];

    public Annotations Run(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return Annotations.Of(Layers.Names, Find(document));
    }

    internal static ImmutableArray<Mention> Find(Document document)
    {
        var reader = new Reader(document);
        var found = new List<Candidate>();
        var bodyCapitals = reader.CapitalisedMidSentence();
        for (var s = 0; s < document.Sentences.Length; s++)
        {
            found.AddRange(reader.Sentence(s, bodyCapitals));
        }

        // A name the article also gives in full takes the type of the full name ("Kerry" after "John Kerry").
        var fullTypes = new Dictionary<string, EntityType>(StringComparer.Ordinal);
        foreach (var c in found.Where(c => c.Typed && c.Words.Count > 1))
        {
            fullTypes.TryAdd(c.Words[^1], c.Type);
            if (c.Type != EntityType.Person)
            {
                fullTypes.TryAdd(string.Join(" ", c.Words), c.Type);
            }
        }

        var typedSingles = found.Where(c => c.Typed && c.Words.Count == 1)
            .GroupBy(c => c.Words[0]).ToDictionary(g => g.Key, g => g.OrderByDescending(c => c.Strong).First().Type, StringComparer.Ordinal);
        var names = ImmutableArray.CreateBuilder<Mention>(found.Count);
        foreach (var c in found)
        {
            var type = c.Type;
            if (!c.Typed || (c.Words.Count == 1 && type != EntityType.Person && !c.Strong))
            {
                var key = string.Join(" ", c.Words);
                if (fullTypes.TryGetValue(key, out var full))
                {
                    type = full;
                }
                else if (typedSingles.TryGetValue(key, out var single))
                {
                    type = single;
                }
            }

            if (!c.Typed && type == EntityType.Organization && c.Words.Count > 1)
            {
                // An unknown run of several capitalised words is a person when its last word is one elsewhere
                // ("Ozsoy said"), else most often an organisation.
                type = typedSingles.TryGetValue(c.Words[^1], out var last) && last == EntityType.Person ? EntityType.Person : EntityType.Organization;
            }

            names.Add(new Mention(c.Start, c.End, type, MentionKind.Name));
        }

        return names.ToImmutable();
    }

    /// <summary>A name found in one sentence: its span, folded words and type; Typed when a rule settled the type,
    /// Strong when the rule is one the rest of the article cannot overrule (a lexicon, a head word, a title).</summary>
    private sealed record Candidate(int Start, int End, IReadOnlyList<string> Words, EntityType Type, bool Typed, bool Strong);

    private sealed class Reader(Document document)
    {
        private readonly string _text = document.Text;
        private readonly ImmutableArray<Token> _tokens = document.Tokens;
        private readonly Gazetteer _gazetteer = Gazetteer.Default;

        public string Word(int t) => _text[_tokens[t].Start.._tokens[t].End];

        /// <summary>Words written with a capital inside body sentences, the evidence that a headline word is a name.</summary>
        public HashSet<string> CapitalisedMidSentence()
        {
            var words = new HashSet<string>(StringComparer.Ordinal);
            foreach (var sentence in document.Sentences)
            {
                if (document.Paragraphs[sentence.Paragraph].Kind != ParagraphKind.Body)
                {
                    continue;
                }

                for (var t = sentence.FirstToken; t < sentence.EndToken; t++)
                {
                    if (!IsInitial(sentence, t) && IsCapitalised(t))
                    {
                        words.Add(Word(t));
                    }
                }
            }

            return words;
        }

        public IEnumerable<Candidate> Sentence(int s, HashSet<string> bodyCapitals)
        {
            var sentence = document.Sentences[s];
            var paragraph = document.Paragraphs[sentence.Paragraph];
            var headline = paragraph.Kind != ParagraphKind.Body && IsTitleCase(sentence);
            var t = sentence.FirstToken;
            while (t < sentence.EndToken)
            {
                if (!IsCapitalised(t) || IsWeak(sentence, t, headline, bodyCapitals))
                {
                    if (TryHyphenPrefix(t) is { } prefix)
                    {
                        yield return prefix;
                    }

                    t++;
                    continue;
                }

                var end = RunEnd(sentence, t, headline, bodyCapitals);
                foreach (var candidate in Split(sentence, t, end))
                {
                    yield return candidate;
                }

                t = end;
            }
        }

        private bool IsTitleCase(Sentence sentence)
        {
            int words = 0, capitals = 0;
            for (var t = sentence.FirstToken; t < sentence.EndToken; t++)
            {
                if (_tokens[t].Kind == TokenKind.Word && char.IsLetter(_text[_tokens[t].Start]))
                {
                    words++;
                    capitals += char.IsUpper(_text[_tokens[t].Start]) ? 1 : 0;
                }
            }

            return words > 2 && capitals >= TitleCaseShare * words;
        }

        private bool IsInitial(Sentence sentence, int t)
        {
            for (var k = t - 1; k >= sentence.FirstToken; k--)
            {
                var kind = _tokens[k].Kind;
                if (kind is TokenKind.QuoteMark or TokenKind.Bullet or TokenKind.Dash)
                {
                    continue;
                }

                var c = _text[_tokens[k].Start];
                return kind == TokenKind.Punctuation && c is ':' or '(' or '[';
            }

            return true;
        }

        public bool IsCapitalised(int t)
        {
            var token = _tokens[t];
            if (token.Kind != TokenKind.Word)
            {
                return false;
            }

            var c = _text[token.Start];
            if (char.IsUpper(c))
            {
                var word = Word(t);
                var hyphen = word.LastIndexOf('-');
                return word != "I" && !(hyphen > 0 && hyphen < word.Length - 1 && char.IsLower(word[hyphen + 1]));
            }

            // al-Assal, el-Sisi: a lower-case Arabic article before a capitalised name.
            return token.End - token.Start > 3 && _text[token.Start + 2] == '-' && (c is 'a' or 'e') && _text[token.Start + 1] == 'l'
                && char.IsUpper(_text[token.Start + 3]);
        }

        private bool IsAllCaps(int t)
        {
            var word = Word(t);
            return word.Length > 1 && word.All(c => !char.IsLetter(c) || char.IsUpper(c)) && word.Any(char.IsLetter);
        }

        /// <summary>A capitalised word that is no name here: sentence-initial or Title Case headline words written
        /// in lower case elsewhere, days and months, lone titles.</summary>
        private bool IsWeak(Sentence sentence, int t, bool headline, HashSet<string> bodyCapitals)
        {
            var word = Word(t);
            if (EntityLexicon.NonNames.Contains(word.TrimEnd('.')))
            {
                return true;
            }

            // An acronym is no common word even when its letters spell one ("US", "WHO").
            if (IsAllCaps(t) && word.Length <= LongestAcronym)
            {
                return false;
            }

            var shape = IsAllCaps(t) && word.Length > LongestAcronym ? TitleCased(word) : word;
            if (headline)
            {
                return EntityLexicon.IsCommon(shape) && !bodyCapitals.Contains(shape);
            }

            if (IsAllCaps(t) && word.Length > LongestAcronym)
            {
                return EntityLexicon.IsCommon(shape);
            }

            return IsInitial(sentence, t) && EntityLexicon.IsCommon(word) && !EntityLexicon.Titles.ContainsKey(EntityLexicon.Fold(word));
        }

        private int RunEnd(Sentence sentence, int start, bool headline, HashSet<string> bodyCapitals)
        {
            var end = start + 1;
            while (end < sentence.EndToken)
            {
                if (IsCapitalised(end) && !(headline && IsWeak(sentence, end, headline, bodyCapitals)) && !EntityLexicon.NonNames.Contains(Word(end)))
                {
                    end++;
                    continue;
                }

                // Particles and possessives only bridge two capitalised words.
                var bridge = end;
                while (bridge < sentence.EndToken && (IsParticle(bridge) || IsPossessive(bridge)) && bridge - end < 2)
                {
                    bridge++;
                }

                if (bridge > end && bridge < sentence.EndToken && IsCapitalised(bridge) && !IsWeak(sentence, bridge, headline, bodyCapitals))
                {
                    end = bridge + 1;
                    continue;
                }

                break;
            }

            return end;
        }

        private bool IsParticle(int t) => _tokens[t].Kind == TokenKind.Word && EntityLexicon.Particles.Contains(Word(t));

        private bool IsPossessive(int t) => EntityLexicon.Fold(Word(t)) == "'s";

        /// <summary>Cuts a run of capitalised words into names: at particles and possessives that join no
        /// organisation or place, and after the titles that stand before a person's name.</summary>
        private IEnumerable<Candidate> Split(Sentence sentence, int start, int end)
        {
            var pieces = new List<(int Start, int End)>();
            var pieceStart = start;
            for (var t = start; t < end; t++)
            {
                if (!IsParticle(t) && !IsPossessive(t))
                {
                    continue;
                }

                var joins = JoinsAcross(t, pieceStart, end);
                if (!joins)
                {
                    pieces.Add((pieceStart, t));
                    pieceStart = t + 1;
                    while (pieceStart < end && (IsParticle(pieceStart) || IsPossessive(pieceStart)))
                    {
                        pieceStart++;
                    }

                    t = pieceStart - 1;
                }
            }

            pieces.Add((pieceStart, end));
            foreach (var (a, b) in pieces)
            {
                if (a >= b)
                {
                    continue;
                }

                foreach (var candidate in Piece(sentence, a, b))
                {
                    yield return candidate;
                }
            }
        }

        /// <summary>Whether the particle or possessive at <paramref name="t"/> stays inside the name: "Bank of England",
        /// "Secretary of State", "Justice and Development Party", "Republican People’s Party", "Osama bin Laden".</summary>
        private bool JoinsAcross(int t, int pieceStart, int end)
        {
            var word = Word(t);
            var before = Word(t - 1);
            var endsWithHead = EntityLexicon.NameHeads.ContainsKey(Word(end - 1));
            if (IsPossessive(t))
            {
                return endsWithHead && EntityLexicon.IsCommon(before);
            }

            return word switch
            {
                "of" or "for" => EntityLexicon.NameHeads.ContainsKey(before) || IsTitleWord(before),
                "and" => endsWithHead && !IsPlaceOrCountry(pieceStart, t),
                "the" => t > pieceStart && Word(t - 1) == "of",
                _ => true,
            };
        }

        private static bool IsTitleWord(string word) => EntityLexicon.Titles.ContainsKey(EntityLexicon.Fold(word));

        private bool IsPlaceOrCountry(int start, int end) => _gazetteer.Find(Join(start, end)).Count > 0;

        private string Join(int start, int end) => _text[_tokens[start].Start.._tokens[end - 1].End];

        /// <summary>One piece of a run: a title prefix ("US Secretary of State") is cut off, its place words kept as names.</summary>
        private IEnumerable<Candidate> Piece(Sentence sentence, int start, int end)
        {
            var titleEnd = TitlePrefix(start, end, out var placeEnd);
            if (titleEnd > start && !EntityLexicon.NameHeads.ContainsKey(Word(end - 1)))
            {
                for (var t = start; t < placeEnd; t++)
                {
                    yield return Typed(t, t + 1, null);
                }

                if (titleEnd < end)
                {
                    yield return Typed(titleEnd, end, EntityType.Person);
                }

                yield break;
            }

            // "Republican Donald Trump", "Crooked Hillary Clinton": a word before a full name is no part of it.
            if (end - start > 2 && !EntityLexicon.NameHeads.ContainsKey(Word(end - 1)) && !EntityLexicon.IsFirstName(Word(start)))
            {
                for (var k = start + 1; k <= Math.Min(start + 2, end - 2); k++)
                {
                    if (EntityLexicon.IsFirstName(Word(k)) && !EntityLexicon.IsCommon(Word(k)))
                    {
                        yield return Typed(start, k, null);
                        yield return Typed(k, end, EntityType.Person);
                        yield break;
                    }
                }
            }

            if (end - start == 1 && IsTitleWord(Word(start)) && !IsAllCaps(start))
            {
                yield break;
            }

            if (end - start == 1 && IsAllCaps(start) && IsTitleWord(Word(start)))
            {
                yield break;
            }

            yield return Typed(start, end, null);
        }

        /// <summary>Where a title ends at the start of [start, end): place words ("US", "Russian", "Istanbul"), modifiers
        /// and the longest title. Returns start when there is none; <paramref name="placeEnd"/> is where the place words end.</summary>
        private int TitlePrefix(int start, int end, out int placeEnd)
        {
            var t = start;
            while (t < end - 1 && (_gazetteer.CountryOf(Word(t)) is not null || IsDemonym(t) || _gazetteer.Find(Word(t)).Count > 0)
                && !IsTitleWord(Word(t)))
            {
                t++;
            }

            placeEnd = t;
            var found = start;
            var titleStart = t;
            while (titleStart < end && EntityLexicon.Fold(Word(titleStart)) is "former" or "acting" or "deputy" or "assistant" or "vice" or "senior" or "chief" or "foreign")
            {
                titleStart++;
            }

            for (var length = Math.Min(EntityLexicon.LongestTitle, end - titleStart); length > 0; length--)
            {
                var key = string.Join(" ", Enumerable.Range(titleStart, length).Select(k => EntityLexicon.Fold(Word(k))));
                if (EntityLexicon.Titles.ContainsKey(key))
                {
                    found = titleStart + length;
                    break;
                }
            }

            if (found == start)
            {
                placeEnd = start;
                return start;
            }

            // "Secretary of State for European and Eurasian Affairs": a complement after a particle is no name.
            if (found < end && IsParticle(found))
            {
                found = end;
            }

            return found;
        }

        private bool IsDemonym(int t) => EntityLexicon.Demonyms.ContainsKey(Word(t));

        private Candidate Typed(int start, int end, EntityType? known)
        {
            var words = Enumerable.Range(start, end - start).Select(k => EntityLexicon.Fold(Word(k))).ToList();
            var span = new TextSpan(_tokens[start].Start, _tokens[end - 1].End);
            if (known is { } type)
            {
                return new Candidate(span.Start, span.End, words, type, true, true);
            }

            var (found, strong) = TypeOf(start, end);
            return new Candidate(span.Start, span.End, words, found ?? EntityType.Organization, found is not null, strong);
        }

        private (EntityType? Type, bool Strong) TypeOf(int start, int end)
        {
            var text = Join(start, end);
            if (EntityLexicon.Aliases.TryGetValue(EntityLexicon.Fold(text), out var alias))
            {
                return (alias.Type, true);
            }

            if (EntityLexicon.NameHeads.TryGetValue(Word(end - 1), out var head))
            {
                return (head, true);
            }

            if (end - start == 1 && IsDemonym(start))
            {
                return (EntityType.Misc, true);
            }

            if (start > 0 && _tokens[start - 1].Kind == TokenKind.Word && PlaceOnlyPrepositions.Contains(Word(start - 1)))
            {
                return (EntityType.Location, false);
            }

            // A major place is a place ("North Korea", "Washington"); a town the size of Obama, Japan yields to "Obama said".
            var shape = end - start == 1 && IsAllCaps(start) && text.Length > LongestAcronym ? TitleCased(text) : text;
            var places = _gazetteer.Find(shape);
            if (places.Any(p => p.FeatureClass == "A" || p.IsCapital || p.Population >= MajorPlace))
            {
                return (EntityType.Location, false);
            }

            var first = Word(start);
            if (EntityLexicon.IsFirstName(first) && !EntityLexicon.IsCommon(first) && (end - start > 1 || places.Count == 0))
            {
                return (EntityType.Person, false);
            }

            if (end < _tokens.Length && _tokens[end].Kind == TokenKind.Word && SpeechVerbs.Contains(Word(end)))
            {
                return (EntityType.Person, false);
            }

            if (places.Count > 0)
            {
                return (EntityType.Location, false);
            }

            if (DescribedAsPerson(end))
            {
                return (EntityType.Person, false);
            }

            if (IsAllCaps(start) && end - start == 1)
            {
                return (EntityType.Organization, false);
            }

            if (start > 0 && _tokens[start - 1].Kind == TokenKind.Word && EntityLexicon.PlacePrepositions.Contains(Word(start - 1)))
            {
                return (EntityType.Location, false);
            }

            return (null, false);
        }

        /// <summary>"Hisyar Ozsoy, Turkish MP for ...", "X, a columnist at ...": an appositive that describes a person.</summary>
        private bool DescribedAsPerson(int end)
        {
            if (end + 1 >= _tokens.Length || Word(end) != ",")
            {
                return false;
            }

            for (var t = end + 1; t < Math.Min(_tokens.Length, end + 4); t++)
            {
                var folded = EntityLexicon.Fold(Word(t));
                if (EntityLexicon.PersonNouns.ContainsKey(folded) || IsTitleWord(Word(t)))
                {
                    return true;
                }

                if (!(folded is "a" or "an" or "the" or "former" or "senior" or "local" or "top" || IsDemonym(t) || _gazetteer.CountryOf(Word(t)) is not null))
                {
                    return false;
                }
            }

            return false;
        }

        /// <summary>"US" out of "US-led", "Kremlin" out of "Kremlin-backed".</summary>
        private Candidate? TryHyphenPrefix(int t)
        {
            var token = _tokens[t];
            var word = Word(t);
            var hyphen = word.LastIndexOf('-');
            if (token.Kind != TokenKind.Word || hyphen <= 0 || hyphen == word.Length - 1 || !char.IsUpper(word[0]) || !char.IsLower(word[hyphen + 1]))
            {
                return null;
            }

            var prefix = word[..hyphen];
            var folded = EntityLexicon.Fold(prefix);
            EntityType? type = EntityLexicon.Aliases.TryGetValue(folded, out var alias) ? alias.Type
                : _gazetteer.Find(prefix).Count > 0 ? EntityType.Location
                : EntityLexicon.Demonyms.ContainsKey(prefix) ? EntityType.Misc : null;
            return type is { } found ? new Candidate(token.Start, token.Start + hyphen, [folded], found, true, true) : null;
        }

        private static string TitleCased(string word) => word.Length < 2 ? word : word[0] + word[1..].ToLowerInvariant();
    }
}
