using System.Text.Json;
using Newsgraph.Facts.Dates;
using Newsgraph.Model;
using Newsgraph.Reading;
using Newsgraph.Text;
using Xunit.Abstractions;

namespace Newsgraph.Tests.Quality;

/// <summary>
/// The date quality gate: TempEval-3 Task A figures (strict, relaxed and value F1, as ../shared/tools/score_timex.py
/// computes them) of the date finder on TimeBank+AQUAINT. Rules were developed on the even-numbered documents (in
/// sorted order); the odd-numbered half is reported on its own as the figure no rule was tuned on.
/// </summary>
public class DatesQualityTests(ITestOutputHelper output)
{
    private sealed record Gold(int Start, int End, string Type, string Value);

    private sealed class Tally
    {
        public int Gold, System, Strict, Relaxed, Value;

        public double F1(int correct) => Gold + System == 0 ? 0 : 200.0 * correct / (Gold + System);
    }

    [SharedDataFact]
    public void TempEval3_dates_stay_above_their_floors()
    {
        var folder = SharedData.Data("tempeval3/train");
        var files = Directory.GetFiles(folder, "*.gold.json").Order(StringComparer.Ordinal).ToList();
        var all = new Tally();
        var datesOnly = new Tally();
        var report = new Tally();
        for (var i = 0; i < files.Count; i++)
        {
            using var json = JsonDocument.Parse(File.ReadAllText(files[i]));
            var published = DateOnly.Parse(json.RootElement.GetProperty("published").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
            var gold = json.RootElement.GetProperty("timexes").EnumerateArray()
                .Select(t => new Gold(t.GetProperty("start").GetInt32(), t.GetProperty("end").GetInt32(), t.GetProperty("type").GetString()!, t.GetProperty("value").GetString()!))
                .ToList();
            var text = files[i][..^".gold.json".Length] + ".txt";
            var document = ArticleReader.ReadFile(text, new ReadOptions { HasHeadline = false, Published = published })[0];
            foreach (var component in new Pipeline.IComponent[] { new ParagraphFinder(), new Tokenizer(), new SentenceSplitter() })
            {
                document = document.With(component.Run(document));
            }

            var system = DateFinder.Find(document).ToList();
            var pairs = Match(gold, system);
            Add(all, gold, system, pairs);
            if (i % 2 == 1)
            {
                Add(report, gold, system, pairs);
            }

            var left = gold.Where(g => g.Type is "DURATION" or "SET").ToList();
            var dropped = system.Where(s => left.Any(g => Overlap(g, s) > 0)).ToHashSet();
            var keptGold = gold.Except(left).ToList();
            var keptSystem = system.Where(s => !dropped.Contains(s) || pairs.Any(p => p.System == s && !left.Contains(p.Gold))).ToList();
            Add(datesOnly, keptGold, keptSystem, Match(keptGold, keptSystem));
        }

        var measured = new Dictionary<string, double>
        {
            ["strict_f1"] = all.F1(all.Strict),
            ["relaxed_f1"] = all.F1(all.Relaxed),
            ["value_f1"] = all.F1(all.Value),
            ["value_f1_dates_times"] = datesOnly.F1(datesOnly.Value),
            ["value_f1_report_half"] = report.F1(report.Value),
        };
        foreach (var (metric, value) in measured)
        {
            output.WriteLine($"{metric}\t{value:F1}");
        }

        QualityFloors.Check("dates", measured);
    }

    private static void Add(Tally tally, List<Gold> gold, List<TimeExpression> system, List<(Gold Gold, TimeExpression System)> pairs)
    {
        tally.Gold += gold.Count;
        tally.System += system.Count;
        foreach (var (g, s) in pairs)
        {
            tally.Relaxed++;
            tally.Strict += g.Start == s.Start && g.End == s.End ? 1 : 0;
            tally.Value += s.Value is { } value && Normalize(value) == Normalize(g.Value) ? 1 : 0;
        }
    }

    /// <summary>One-to-one: exact spans first, then by largest overlap, then nearest start.</summary>
    private static List<(Gold Gold, TimeExpression System)> Match(List<Gold> gold, List<TimeExpression> system)
    {
        var candidates = (from g in gold
                          from s in system
                          let overlap = Overlap(g, s)
                          where overlap > 0
                          orderby g.Start == s.Start && g.End == s.End descending, overlap descending, Math.Abs(g.Start - s.Start)
                          select (g, s)).ToList();
        var usedGold = new HashSet<Gold>();
        var usedSystem = new HashSet<TimeExpression>();
        var pairs = new List<(Gold, TimeExpression)>();
        foreach (var (g, s) in candidates)
        {
            if (!usedGold.Contains(g) && !usedSystem.Contains(s))
            {
                usedGold.Add(g);
                usedSystem.Add(s);
                pairs.Add((g, s));
            }
        }

        return pairs;
    }

    private static int Overlap(Gold g, TimeExpression s) => Math.Min(g.End, s.End) - Math.Max(g.Start, s.Start);

    private static string Normalize(string value)
    {
        var v = value.Trim().ToUpperInvariant();
        if (v.EndsWith("T00:00", StringComparison.Ordinal))
        {
            v = v[..^"T00:00".Length];
        }

        return v.Length > 16 && v.EndsWith(":00", StringComparison.Ordinal) && v[^6] == ':' ? v[..^3] : v;
    }
}
