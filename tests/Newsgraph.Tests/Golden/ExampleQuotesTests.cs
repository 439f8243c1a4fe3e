using System.Globalization;
using System.Text.Json;
using Newsgraph.Output;
using Newsgraph.Reading;

namespace Newsgraph.Tests.Golden;

/// <summary>
/// The hand-read quotations of the example article (Golden/kerry-lavrov-moscow.quotes.tsv): each must be found,
/// with its kind, the person who said it and, where the text gives one, its channel.
/// </summary>
public class ExampleQuotesTests
{
    private static readonly Lazy<JsonElement> Quotes = new(() =>
    {
        var path = Path.Combine(SharedData.RepoRoot, "examples", "kerry-lavrov-moscow.txt");
        var options = new ReadOptions { Published = DateOnly.ParseExact("2015-12-15", "yyyy-MM-dd", CultureInfo.InvariantCulture) };
        var document = new Analyzer().Analyze(ArticleReader.ReadFile(path, options).Single());
        return JsonDocument.Parse(ArticleJson.Serialize(document)).RootElement.GetProperty("quotes").Clone();
    });

    public static TheoryData<string, string, string, string> Expected()
    {
        var data = new TheoryData<string, string, string, string>();
        var path = Path.Combine(SharedData.RepoRoot, "tests", "Newsgraph.Tests", "Golden", "kerry-lavrov-moscow.quotes.tsv");
        foreach (var line in File.ReadLines(path).Where(l => l.Length > 0 && !l.StartsWith('#')))
        {
            var c = line.Split('\t');
            data.Add(c[0], c[1], c[2], c.Length > 3 ? c[3] : "");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Expected))]
    public void Quote_is_found_and_attributed(string start, string kind, string speaker, string channel)
    {
        var quote = Quotes.Value.EnumerateArray().FirstOrDefault(q => q.GetProperty("text").GetString()!.StartsWith(start, StringComparison.Ordinal));
        Assert.True(quote.ValueKind == JsonValueKind.Object, $"no quote starts with '{start}'");
        Assert.Equal(kind, quote.GetProperty("kind").GetString());
        var found = quote.GetProperty("speaker");
        Assert.True(found.ValueKind == JsonValueKind.Object, $"'{start}' has no speaker");
        Assert.Equal(speaker, found.GetProperty("name").GetString());
        if (channel.Length > 0)
        {
            Assert.Equal(channel, quote.GetProperty("channel").GetProperty("text").GetString());
        }
    }
}
