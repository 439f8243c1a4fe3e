using System.CommandLine;
using System.Text.Json;
using Newsgraph.Cli.Commands;

namespace Newsgraph.Tests.Store;

[CollectionDefinition(nameof(ConsoleCollection), DisableParallelization = true)]
public sealed class ConsoleCollection;

/// <summary>The store commands end to end, as a user runs them (standard output and error captured).</summary>
[Collection(nameof(ConsoleCollection))]
public sealed class StoreCommandsTests
{
    public static TheoryData<string> Backends => TestStore.Backends();

    [Theory]
    [MemberData(nameof(Backends))]
    public void IngestThenQueryAndExport(string backend)
    {
        using var test = TestStore.Create(backend);
        var input = Path.Combine(test.Folder, "in");
        Directory.CreateDirectory(input);
        File.WriteAllText(Path.Combine(input, "harbour.txt"), "Harbour plan approved\n\nThe council approved the harbour plan on Monday after a long debate.\n");
        File.WriteAllText(Path.Combine(input, "rail.txt"), "Rail strike called off\n\nUnions called off the rail strike after a late pay offer.\n");
        File.WriteAllBytes(Path.Combine(input, "broken.txt"), [0, 0, 0, 1]);
        var store = test.Location.ConnectionString;

        var (exit, _, error) = Run("ingest", input, "--store", store);
        Assert.Equal(1, exit);
        Assert.Contains("broken.txt", error, StringComparison.Ordinal);
        Assert.Contains("2 articles stored", error, StringComparison.Ordinal);

        (exit, var output, _) = Run("search", "harbour", "--store", store, "--format", "json");
        Assert.Equal(0, exit);
        var hits = JsonDocument.Parse(output).RootElement;
        Assert.Equal("Harbour plan approved", Assert.Single(hits.EnumerateArray()).GetProperty("title").GetString());

        (exit, output, _) = Run("quotes", "--store", store, "--format", "json");
        Assert.Equal(0, exit);
        Assert.Equal(JsonValueKind.Array, JsonDocument.Parse(output).RootElement.ValueKind);

        (exit, _, error) = Run("entity", "Nobody", "--store", store);
        Assert.Equal(1, exit);
        Assert.Contains("no entity named like 'Nobody'", error, StringComparison.Ordinal);

        (exit, output, _) = Run("stories", "--store", store, "--format", "json");
        Assert.Equal(0, exit);
        Assert.Empty(JsonDocument.Parse(output).RootElement.EnumerateArray());

        var exported = Path.Combine(test.Folder, "out");
        (exit, _, _) = Run("export", "--format", "gkg", "--out", exported, "--store", store);
        Assert.Equal(0, exit);
        Assert.Equal(2, File.ReadAllLines(Path.Combine(exported, "articles.gkg.tsv")).Length);
    }

    [Fact]
    public void AQueryOnAMissingStoreSaysSoWithoutCreatingIt()
    {
        var path = Path.Combine(Path.GetTempPath(), "newsgraph-missing-" + Guid.NewGuid().ToString("N") + ".db");
        var (exit, _, error) = Run("quotes", "--store", path);
        Assert.Equal(1, exit);
        Assert.Contains("no store there", error, StringComparison.Ordinal);
        Assert.False(File.Exists(path));
    }

    private static (int Exit, string Output, string Error) Run(params string[] args)
    {
        var root = new RootCommand
        {
            IngestCommand.Create(), QuotesCommand.Create(), EntityCommand.Create(), SearchCommand.Create(), StoriesCommand.Create(), ExportCommand.Create(),
        };
        var (stdout, stderr) = (Console.Out, Console.Error);
        using var output = new StringWriter();
        using var error = new StringWriter();
        Console.SetOut(output);
        Console.SetError(error);
        try
        {
            var exit = root.Parse(args).Invoke(new InvocationConfiguration { Output = output, Error = error });
            return (exit, output.ToString(), error.ToString());
        }
        finally
        {
            Console.SetOut(stdout);
            Console.SetError(stderr);
        }
    }
}
