using System.IO.Compression;

namespace Newsgraph.Tests.Reading;

/// <summary>The hand-made inputs under Reading/Inputs, and ways to damage them the way real files are damaged.</summary>
internal static class ReadingInputs
{
    public static string Path(string name) =>
        System.IO.Path.Combine(SharedData.RepoRoot, "tests", "Newsgraph.Tests", "Reading", "Inputs", name);

    public static byte[] Bytes(string name) => File.ReadAllBytes(Path(name));

    public static byte[] Gzip(byte[] bytes)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Optimal, leaveOpen: true))
        {
            gzip.Write(bytes);
        }

        return output.ToArray();
    }

    /// <summary>The first <paramref name="share"/> of the bytes, as a download or a copy stopped part-way leaves them.</summary>
    public static byte[] Cut(byte[] bytes, double share) => bytes[..(int)(bytes.Length * share)];
}
