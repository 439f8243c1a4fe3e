using Newsgraph.Reading;

namespace Newsgraph.Store;

/// <summary>
/// The one seam between ingest and the readers: which files a path stands for, and the articles (or per-item errors) in a
/// file. A reader that streams items (feeds, WARCs, JSON Lines) plugs in here without ingest changing.
/// </summary>
internal static class InputSource
{
    /// <summary>The files under the given paths: files as given, folders walked recursively in name order, hidden entries skipped.</summary>
    public static IEnumerable<(string Path, InputException? Error)> Files(IEnumerable<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        foreach (var path in paths)
        {
            if (File.Exists(path))
            {
                yield return (Path.GetFullPath(path), null);
            }
            else if (Directory.Exists(path))
            {
                foreach (var file in Walk(new DirectoryInfo(path)))
                {
                    yield return file;
                }
            }
            else
            {
                yield return (path, new InputException(path, "no such file or folder"));
            }
        }
    }

    /// <summary>The articles in one file, streamed; an item (or a whole file) that cannot be read gives an error result instead.</summary>
    public static IEnumerable<ReadResult> Read(string path, ReadOptions options) => ArticleReader.ReadEachFile(path, options);

    private static IEnumerable<(string, InputException?)> Walk(DirectoryInfo folder)
    {
        FileSystemInfo[] entries;
        try
        {
            entries = folder.GetFileSystemInfos();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [(folder.FullName, new InputException(folder.FullName, "cannot list the folder: " + e.Message))];
        }

        Array.Sort(entries, (a, b) => string.CompareOrdinal(a.Name, b.Name));
        return entries
            .Where(e => !e.Name.StartsWith('.'))
            .SelectMany(e => e switch
            {
                DirectoryInfo d when !d.Attributes.HasFlag(FileAttributes.ReparsePoint) => Walk(d),
                FileInfo f => [(f.FullName, (InputException?)null)],
                _ => [],
            });
    }
}
