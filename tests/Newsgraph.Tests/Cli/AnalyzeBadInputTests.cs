using System.IO.Compression;
using System.Text.Json;

namespace Newsgraph.Tests.Cli;

/// <summary>Bad input gets a clear message naming the file and exit code 1; the rest of the batch still runs.</summary>
public sealed class AnalyzeBadInputTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("newsgraph-bad-input-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private string WriteText(string name, string text) => Write(name, System.Text.Encoding.UTF8.GetBytes(text));

    private static void AssertCleanError(CliRunner.Result result, string path, string problem)
    {
        Assert.True(result.ExitCode == 1, $"exit {result.ExitCode}: {result.Stderr}");
        Assert.Contains(path, result.Stderr, StringComparison.Ordinal);
        Assert.Contains(problem, result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Empty_file() => AssertCleanError(CliRunner.Run("analyze", Write("empty.txt", [])), "empty.txt", "empty");

    [Fact]
    public void Whitespace_only_file() => AssertCleanError(CliRunner.Run("analyze", WriteText("blank.txt", " \n\n \t\n")), "blank.txt", "empty");

    [Fact]
    public void Binary_file()
    {
        var bytes = new byte[4096];
        new Random(7).NextBytes(bytes);
        bytes[10] = 0;
        AssertCleanError(CliRunner.Run("analyze", Write("image.bin", bytes)), "image.bin", "binary");
    }

    [Fact]
    public void Bytes_that_are_not_utf8_are_read_in_the_detected_encoding()
    {
        var result = CliRunner.Run("analyze", Write("latin1.txt", [.. "Headline\n\nCaf"u8, 0xE9, .. " au lait in Gen"u8, 0xE8, .. "ve.\n"u8]));
        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Stdout);
        Assert.Contains("Café au lait in Genève", json.RootElement.GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Fifty_megabyte_file()
    {
        var path = Path.Combine(_dir, "huge.txt");
        using (var stream = File.Create(path))
        {
            var line = "Kerry said the talks were useful and that more would follow.\n"u8.ToArray();
            for (var written = 0L; written < 50L * 1024 * 1024; written += line.Length)
            {
                stream.Write(line);
            }
        }

        AssertCleanError(CliRunner.Run("analyze", path), "huge.txt", "limit");
    }

    [Fact]
    public void Truncated_gzip()
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Optimal, leaveOpen: true))
        {
            gzip.Write(System.Text.Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("Kerry said it was a good day. ", 200))));
        }

        var bytes = buffer.ToArray();
        AssertCleanError(CliRunner.Run("analyze", Write("cut.txt.gz", bytes[..(bytes.Length / 2)])), "cut.txt.gz", "gzip");
    }

    [Fact]
    public void Missing_file() => AssertCleanError(CliRunner.Run("analyze", Path.Combine(_dir, "nowhere.txt")), "nowhere.txt", "no such file");

    [Fact]
    public void No_quotes_gives_a_valid_empty_result()
    {
        var result = CliRunner.Run("analyze", WriteText("plain.txt", "Weather\n\nIt rained in the north of the country all day.\n"));
        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Stdout);
        Assert.Equal(0, json.RootElement.GetProperty("quotes").GetArrayLength());
        Assert.Equal("Weather", json.RootElement.GetProperty("title").GetString());
    }

    [Fact]
    public void One_bad_file_does_not_stop_the_batch()
    {
        var good1 = WriteText("a.txt", "First\n\nKerry met Lavrov in Moscow.\n");
        var bad = Write("b.txt", [0x00, 0x01, 0x02, 0x00, 0x03]);
        var good2 = WriteText("c.txt", "Second\n\nPutin met Kerry.\n");
        var result = CliRunner.Run("analyze", good1, bad, good2);
        Assert.Equal(1, result.ExitCode);
        var lines = result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.Equal("First", JsonDocument.Parse(lines[0]).RootElement.GetProperty("title").GetString());
        Assert.Equal("Second", JsonDocument.Parse(lines[1]).RootElement.GetProperty("title").GetString());
        Assert.Contains("b.txt", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Standard_input_is_read_with_a_dash()
    {
        var result = CliRunner.RunWithInput("Headline\n\nBody text here.\n", "analyze", "-", "--published", "2015-12-15");
        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Stdout);
        Assert.Equal("2015-12-15", json.RootElement.GetProperty("published").GetString());
    }

    [Theory]
    [InlineData("analyze", "x.txt", "--published", "15/12/2015")]
    [InlineData("analyze", "x.txt", "--format", "xml")]
    [InlineData("analyze", "x.txt", "--no-such-option")]
    [InlineData("analyze")]
    [InlineData("no-such-command")]
    public void Bad_usage_exits_with_2(params string[] args)
    {
        var result = CliRunner.Run(args);
        Assert.Equal(2, result.ExitCode);
        Assert.DoesNotContain("   at ", result.Stderr, StringComparison.Ordinal);
    }
}
