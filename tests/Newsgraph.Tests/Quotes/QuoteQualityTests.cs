using System.Diagnostics;
using System.Text.Json;
using Newsgraph.Output;
using Newsgraph.Reading;
using Newsgraph.Tests.Quality;

namespace Newsgraph.Tests.Quotes;

/// <summary>The quote quality gate: the analyzer over PolNeAR dev, scored by the shared scorer, against Floors/quotes.tsv.</summary>
public class QuoteQualityTests
{
    /// <summary>The scorer reads 84 articles in a few seconds; a minute means something hangs.</summary>
    private static readonly TimeSpan ScorerTimeout = TimeSpan.FromMinutes(2);

    [SharedDataFact]
    public void PolnearDevScoresAtLeastTheFloors()
    {
        var output = Directory.CreateTempSubdirectory("newsgraph-quotes-");
        try
        {
            var analyzer = new Analyzer();
            foreach (var path in Directory.GetFiles(Path.Combine(SharedData.Data("polnear/dev"), "text"), "*.txt"))
            {
                var document = Assert.Single(ArticleReader.ReadFile(path));
                var json = ArticleJson.Serialize(analyzer.Analyze(document), indented: false);
                File.WriteAllText(Path.Combine(output.FullName, Path.GetFileNameWithoutExtension(path) + ".json"), json);
            }

            var metrics = Score(output.FullName);
            QualityFloors.Check("quotes", new Dictionary<string, double>
            {
                ["content_f1"] = metrics.GetProperty("content_f1").GetDouble() * 100,
                ["source_acc"] = metrics.GetProperty("source_acc").GetDouble() * 100,
                ["source_name_acc"] = metrics.GetProperty("source_name_acc").GetDouble() * 100,
                ["cue_acc"] = metrics.GetProperty("cue_acc").GetDouble() * 100,
                ["attribution_f1"] = metrics.GetProperty("attribution_f1").GetDouble() * 100,
                ["direct_content_f1"] = metrics.GetProperty("direct_content_f1").GetDouble() * 100,
                ["direct_source_acc"] = metrics.GetProperty("direct_source_acc").GetDouble() * 100,
            });
        }
        finally
        {
            output.Delete(recursive: true);
        }
    }

    private static JsonElement Score(string systemDir)
    {
        var start = new ProcessStartInfo("python3")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { Path.Combine(SharedData.Tools, "score_polnear.py"), systemDir, "--split", "dev", "--json" })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("python3 could not be started to score PolNeAR.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(ScorerTimeout), "score_polnear.py did not finish in time.");
        Assert.True(process.ExitCode == 0, "score_polnear.py failed: " + stderr.Result);
        using var report = JsonDocument.Parse(stdout.Result);
        return report.RootElement.GetProperty("total").GetProperty("metrics").Clone();
    }
}
