using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Newsgraph.Reading;
using Newsgraph.Tests.Quality;

namespace Newsgraph.Tests.Reading;

/// <summary>
/// Quality gate: article-body extraction on ../shared/data/html-extraction-dev, scored with the benchmark's metric as
/// ../shared/tools/score_html.py computes it (4-token shingles, per-page precision and recall averaged, F1 of the averages).
/// </summary>
public sealed partial class HtmlExtractionQualityTests
{
    [SharedDataFact]
    public void BodyExtractionStaysAboveItsFloors()
    {
        var root = SharedData.Data("html-extraction-dev");
        using var truth = JsonDocument.Parse(File.ReadAllText(Path.Combine(root, "ground-truth.json")));
        var precisions = new List<double>();
        var recalls = new List<double>();
        foreach (var page in truth.RootElement.EnumerateObject())
        {
            var gold = page.Value.GetProperty("articleBody").GetString() ?? "";
            var results = ArticleReader.ReadEachFile(Path.Combine(root, "html", page.Name + ".html.gz")).ToList();
            var predicted = results.FirstOrDefault(r => r.Succeeded)?.Document?.Text ?? "";
            var (tp, fp, fn) = Compare(gold, predicted);
            if (tp + fp > 0)
            {
                precisions.Add(fp == 0 && fn == 0 ? 1 : tp / (tp + fp));
            }

            if (tp + fn > 0)
            {
                recalls.Add(fp == 0 && fn == 0 ? 1 : tp / (tp + fn));
            }
        }

        var p = precisions.Average();
        var r = recalls.Average();
        var measured = new Dictionary<string, double>
        {
            ["precision"] = p,
            ["recall"] = r,
            ["f1"] = 2 * p * r / (p + r),
            ["min_page_recall"] = recalls.Min(),
        };
        QualityFloors.Check("html", measured);
    }

    private static (double Tp, double Fp, double Fn) Compare(string gold, string predicted)
    {
        var t = Shingles(gold);
        var p = Shingles(predicted);
        double tp = 0, fp = 0, fn = 0;
        foreach (var key in t.Keys.Union(p.Keys))
        {
            var inTruth = t.GetValueOrDefault(key);
            var inPrediction = p.GetValueOrDefault(key);
            tp += Math.Min(inTruth, inPrediction);
            fp += Math.Max(0, inPrediction - inTruth);
            fn += Math.Max(0, inTruth - inPrediction);
        }

        var sum = tp + fp + fn;
        return sum == 0 ? (0, 0, 0) : (tp / sum, fp / sum, fn / sum);
    }

    private static Dictionary<string, int> Shingles(string text)
    {
        var tokens = Token().Matches(text).Select(m => m.Value).ToList();
        var shingles = new Dictionary<string, int>();
        for (var i = 0; i < Math.Max(1, tokens.Count - 3); i++)
        {
            var shingle = string.Join(" ", tokens.Skip(i).Take(4));
            if (shingle.Length > 0)
            {
                shingles[shingle] = shingles.GetValueOrDefault(shingle) + 1;
            }
        }

        return shingles;
    }

    [GeneratedRegex(@"[\p{L}\p{Nd}\p{No}\p{Nl}_]+")]
    private static partial Regex Token();
}
