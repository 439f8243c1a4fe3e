using System.Globalization;

namespace Newsgraph.Tests.Quality;

/// <summary>
/// The floors of a quality gate, from <c>Quality/Floors/AREA.tsv</c> (metric, floor, where it came from).
/// Floors only go up: raise one when a change lifts the score, never lower it.
/// </summary>
public static class QualityFloors
{
    public static IReadOnlyDictionary<string, double> Load(string area)
    {
        var path = Path.Combine(SharedData.RepoRoot, "tests", "Newsgraph.Tests", "Quality", "Floors", area + ".tsv");
        var floors = new Dictionary<string, double>();
        foreach (var line in File.ReadLines(path))
        {
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var columns = line.Split('\t');
            floors[columns[0]] = double.Parse(columns[1], CultureInfo.InvariantCulture);
        }

        return floors;
    }

    /// <summary>Fails with every metric below its floor named, not just the first.</summary>
    public static void Check(string area, IReadOnlyDictionary<string, double> measured)
    {
        var failures = new List<string>();
        foreach (var (metric, floor) in Load(area))
        {
            if (!measured.TryGetValue(metric, out var value))
            {
                failures.Add($"{metric}: not measured (floor {floor})");
            }
            else if (value < floor)
            {
                failures.Add($"{metric}: {value:F2} is below its floor {floor:F2}");
            }
        }

        Assert.True(failures.Count == 0, $"Quality gate '{area}' failed:\n" + string.Join("\n", failures));
    }
}
