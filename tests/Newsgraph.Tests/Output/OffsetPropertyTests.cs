using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Newsgraph.Output;
using Newsgraph.Reading;

namespace Newsgraph.Tests.Output;

/// <summary>Every span Newsgraph emits must point at exactly its text in the input, counted in code points.</summary>
public class OffsetPropertyTests
{
    private static readonly Analyzer Analyzer = new();

    // Pieces chosen to exercise quote marks, apostrophes, abbreviations, numbers, dashes, bullets and astral characters.
    private static readonly string[] Pieces =
    [
        "Kerry", "said", "told", "journalists", "Lavrov", "the", "US", "Secretary", "of", "State", "John", "he", "Mr.",
        "U.S.", "1,400", "3.5%", "2013/139", "on", "Tuesday", "’s", "countries’", "‘", "’", "“", "”", "\"", "'", "«", "»",
        ".", ",", ":", "?", "!", "—", "–", "-", "•", "(", ")", "😀", "𝐁𝐨𝐥𝐝", "e\u0301", "Küçük", "\u00A0", "\u200B",
        " ", " ", " ", " ", "\n", "\n\n", "https://example.com/x", "@handle", "’90s", "adding", "that", "according", "to",
    ];

    private static Gen<string> TextGen() =>
        Gen.OneOf(
                Gen.Elements(Pieces),
                Gen.Choose(0x20, 0x2FFF).Select(c => char.ConvertFromUtf32(c)).Where(s => !char.IsSurrogate(s[0])),
                Gen.Choose(0x1F300, 0x1FAFF).Select(char.ConvertFromUtf32))
            .ArrayOf()
            .Select(parts => string.Concat(parts));

    [Property(MaxTest = 300)]
    public Property Every_span_text_equals_the_input_at_its_code_point_offsets() =>
        Prop.ForAll(TextGen().ToArbitrary(), text =>
        {
            if (text.AsSpan().IsWhiteSpace())
            {
                return true;
            }

            var document = Analyzer.Analyze(PlainTextReader.FromText(text, "generated"));
            using var json = JsonDocument.Parse(ArticleJson.Serialize(document));
            var codePoints = ToCodePoints(json.RootElement.GetProperty("text").GetString()!);
            Assert.Equal(text, json.RootElement.GetProperty("text").GetString());
            foreach (var span in Spans(json.RootElement))
            {
                var start = span.GetProperty("start").GetInt32();
                var end = span.GetProperty("end").GetInt32();
                Assert.InRange(start, 0, end);
                Assert.InRange(end, start, codePoints.Length);
                Assert.Equal(span.GetProperty("text").GetString(), string.Concat(codePoints[start..end]));
            }

            return true;
        });

    [Fact]
    public void Offsets_after_astral_characters_count_code_points()
    {
        const string text = "Headline\n\n😀 ‘Hello there,’ Kerry said.";
        var document = Analyzer.Analyze(PlainTextReader.FromText(text, "astral"));
        var map = new CodePointMap(text);
        var kerry = text.IndexOf("Kerry", StringComparison.Ordinal);
        Assert.Equal(kerry - 1, map.ToCodePoint(kerry));
        Assert.NotEmpty(document.Tokens);
    }

    private static string[] ToCodePoints(string text)
    {
        var result = new List<string>(text.Length);
        for (var i = 0; i < text.Length; i += char.IsSurrogatePair(text, i) ? 2 : 1)
        {
            result.Add(char.IsSurrogatePair(text, i) ? text.Substring(i, 2) : text[i].ToString());
        }

        return [.. result];
    }

    private static IEnumerable<JsonElement> Spans(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                if (element.TryGetProperty("start", out var start) && start.ValueKind == JsonValueKind.Number
                    && element.TryGetProperty("text", out var text) && text.ValueKind == JsonValueKind.String)
                {
                    yield return element;
                }

                foreach (var property in element.EnumerateObject())
                {
                    if (property.Name != "text")
                    {
                        foreach (var span in Spans(property.Value))
                        {
                            yield return span;
                        }
                    }
                }

                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    foreach (var span in Spans(item))
                    {
                        yield return span;
                    }
                }

                break;
            default:
                break;
        }
    }

    [Property(MaxTest = 300)]
    public Property Tokens_cover_every_non_space_character_once() =>
        Prop.ForAll(TextGen().ToArbitrary(), text =>
        {
            var tokens = Newsgraph.Text.Tokenizer.Tokenize(text);
            var previousEnd = 0;
            foreach (var token in tokens)
            {
                Assert.True(token.Start >= previousEnd, "tokens overlap or go backwards");
                Assert.True(token.End > token.Start, "empty token");
                Assert.False(char.IsLowSurrogate(text[token.Start]), "token starts inside a surrogate pair");
                Assert.True(text.AsSpan(previousEnd, token.Start - previousEnd).IsWhiteSpace() || Skippable(text.AsSpan(previousEnd, token.Start - previousEnd)),
                    $"characters between tokens were dropped: '{text[previousEnd..token.Start]}'");
                previousEnd = token.End;
            }

            return true;
        });

    private static bool Skippable(ReadOnlySpan<char> gap)
    {
        foreach (var c in gap)
        {
            if (!char.IsWhiteSpace(c) && !char.IsControl(c) && Newsgraph.Text.NormalizedText.Map(c) != '\0' && c != '\u200B')
            {
                return false;
            }
        }

        return true;
    }
}
