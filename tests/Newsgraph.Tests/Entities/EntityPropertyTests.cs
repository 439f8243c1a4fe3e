using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Newsgraph.Model;
using Newsgraph.Pipeline;
using static Newsgraph.Tests.Entities.EntityTestDocuments;

namespace Newsgraph.Tests.Entities;

public class EntityPropertyTests
{
    // Names, titles, descriptors, pronouns, acronyms in brackets, stories and punctuation, in any order.
    private static readonly string[] Pieces =
    [
        "John Kerry", "Kerry", "Mr", "Mrs", "US", "Secretary of State", "the top US diplomat", "the", "Russian", "Foreign Minister",
        "Lavrov", "he", "He", "she", "his", "its", "they", "Moscow", "Washington", "confirmed", "said", "told", "(", ")", "IS",
        "ISIS", "Islamic State", "Party", "Republican People’s Party", "CHP", ",", ".", "’s", "\n\n", "\n\n• ", "Paris", "Texas",
        "a spokesman for", "RUSSIA", "Küçük", "and", "of", "in", "central", "MP", "Erdem", "—", "‘", "’",
    ];

    private static Gen<string> TextGen() => Gen.Elements(Pieces).ArrayOf().Select(parts => "Talks\n\n" + string.Join(" ", parts));

    [Property(MaxTest = 200)]
    public Property Every_mention_and_every_speaker_belongs_to_one_entity() =>
        Prop.ForAll(TextGen().ToArbitrary(), Gen.Choose(0, 1000).ToArbitrary(), (text, pick) =>
        {
            var named = Named(text, headline: true);
            var tokens = named.Tokens;
            var quotes = tokens.Length < 2 ? [] : new[]
            {
                new Quote(QuoteKind.Direct, tokens[0].Span) { Speaker = tokens[1 + pick % (tokens.Length - 1)].Span },
            };
            var document = Resolved(text, true, quotes);
            var entities = document.Get(Layers.Entities);
            var mentions = document.Get(Layers.Mentions);
            var owners = entities.SelectMany(e => e.Mentions).ToList();
            Assert.Equal(mentions.Length, owners.Count);
            Assert.Equal(owners.Count, owners.Distinct().Count());
            Assert.Equal(Enumerable.Range(1, entities.Length), entities.Select(e => e.Id));
            foreach (var quote in document.Get(Layers.Quotes))
            {
                var entity = entities[quote.SpeakerEntity!.Value];
                Assert.Contains(entity.Mentions, i => mentions[i].Span == quote.Speaker);
            }
        });
}
