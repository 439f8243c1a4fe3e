namespace Newsgraph.Tests;

/// <summary>Finds the repository root and the training and development data in ../shared/data beside it.</summary>
public static class SharedData
{
    private static readonly Lazy<string> RepoRootLazy = new(() =>
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Newsgraph.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Newsgraph.sln not found above the test folder.");
    });

    public static string RepoRoot => RepoRootLazy.Value;

    /// <summary>../shared/data beside the repository, or null where it is absent (a fresh clone on its own).</summary>
    public static string? DataRoot
    {
        get
        {
            var path = Path.GetFullPath(Path.Combine(RepoRoot, "..", "shared", "data"));
            return Directory.Exists(path) ? path : null;
        }
    }

    public static string Data(string relative) =>
        Path.Combine(DataRoot ?? throw new InvalidOperationException("../shared/data is not present."), relative);

    public static string Tools => Path.GetFullPath(Path.Combine(RepoRoot, "..", "shared", "tools"));
}

/// <summary>A quality-gate test: it runs where ../shared/data is present and is reported as skipped where it is not.</summary>
public sealed class SharedDataFactAttribute : FactAttribute
{
    public SharedDataFactAttribute()
    {
        if (SharedData.DataRoot is null)
        {
            Skip = "../shared/data is not present: quality gate skipped";
        }
    }
}
