using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Reflection;

namespace Newsgraph.Text;

/// <summary>Reads the word lists and tables embedded from <c>src/Newsgraph/Data</c>.</summary>
public static class LanguageData
{
    private static readonly ConcurrentDictionary<string, string[]> Cache = new();

    /// <summary>The lines of a data file, without blank lines and '#' comments, trimmed.</summary>
    public static IReadOnlyList<string> Lines(string path) => Cache.GetOrAdd(path, Read);

    /// <summary>The rows of a tab-separated data file.</summary>
    public static IEnumerable<string[]> Rows(string path) => Lines(path).Select(line => line.Split('\t'));

    public static FrozenSet<string> Set(string path, StringComparer? comparer = null) =>
        Lines(path).ToFrozenSet(comparer ?? StringComparer.Ordinal);

    private static string[] Read(string path)
    {
        var name = "Newsgraph.Data." + path;
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Language data file '{path}' is not embedded in the Newsgraph assembly.");
        using var reader = new StreamReader(stream);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            var trimmed = line.Trim();
            if (trimmed.Length > 0 && !trimmed.StartsWith('#'))
            {
                lines.Add(trimmed);
            }
        }

        return [.. lines];
    }
}
