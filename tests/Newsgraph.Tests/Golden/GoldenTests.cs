using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Newsgraph.Output;
using Newsgraph.Reading;

namespace Newsgraph.Tests.Golden;

/// <summary>
/// The analysis of every example article must equal its reviewed golden JSON (the input text itself left out).
/// Re-bless after a reviewed change with NEWSGRAPH_BLESS=1 (see README) and read the diff.
/// </summary>
public class GoldenTests
{
    private static readonly Analyzer Analyzer = new();

    public static TheoryData<string, string> Articles()
    {
        var data = new TheoryData<string, string>();
        foreach (var line in File.ReadLines(Path.Combine(GoldenDirectory, "articles.tsv")).Where(l => l.Length > 0 && !l.StartsWith('#')))
        {
            var columns = line.Split('\t');
            data.Add(columns[0], columns[1]);
        }

        return data;
    }

    private static string GoldenDirectory => Path.Combine(SharedData.RepoRoot, "tests", "Newsgraph.Tests", "Golden");

    [Theory]
    [MemberData(nameof(Articles))]
    public void Output_matches_the_golden_file(string file, string published)
    {
        var path = Path.Combine(SharedData.RepoRoot, "examples", file);
        var options = new ReadOptions { Published = DateOnly.ParseExact(published, "yyyy-MM-dd", CultureInfo.InvariantCulture) };
        var document = Analyzer.Analyze(ArticleReader.ReadFile(path, options).Single());
        var actual = WithoutText(ArticleJson.Serialize(document));
        var goldenPath = Path.Combine(GoldenDirectory, Path.ChangeExtension(file, ".json"));
        if (Environment.GetEnvironmentVariable("NEWSGRAPH_BLESS") == "1")
        {
            File.WriteAllText(goldenPath, actual);
            return;
        }

        Assert.True(File.Exists(goldenPath), $"No golden file {goldenPath}: run the bless command in the README and review it.");
        var expected = File.ReadAllText(goldenPath);
        if (expected != actual)
        {
            File.WriteAllText(goldenPath + ".actual", actual);
            Assert.Fail($"{file}: output differs from {goldenPath}; the actual output is in {goldenPath}.actual.\n{FirstDifference(expected, actual)}");
        }
    }

    private static string WithoutText(string json)
    {
        var node = JsonNode.Parse(json)!.AsObject();
        node.Remove("text");
        return node.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n";
    }

    private static string FirstDifference(string expected, string actual)
    {
        var e = expected.Split('\n');
        var a = actual.Split('\n');
        for (var i = 0; i < Math.Max(e.Length, a.Length); i++)
        {
            var el = i < e.Length ? e[i] : "<end>";
            var al = i < a.Length ? a[i] : "<end>";
            if (el != al)
            {
                return $"line {i + 1}:\n  expected: {el}\n  actual:   {al}";
            }
        }

        return "";
    }
}
