using System.CommandLine;
using Newsgraph.Cli;
using Newsgraph.Cli.Commands;

var root = new RootCommand("Newsgraph: who said what, about whom, where, when, how many, and according to whom.")
{
    AnalyzeCommand.Create(),
    ExtractCommand.Create(),
    IngestCommand.Create(),
    QuotesCommand.Create(),
    EntityCommand.Create(),
    SearchCommand.Create(),
    StoriesCommand.Create(),
    ExportCommand.Create(),
    NerCommand.Create(),
    TrainCommand.Create(),
    BenchIngestCommand.Create(),
};

// The help names the program as users type it, not by its assembly.
root.HelpName = "newsgraph";

var parse = root.Parse(args);
if (parse.Errors.Count > 0)
{
    foreach (var error in parse.Errors)
    {
        Console.Error.WriteLine("newsgraph: " + error.Message);
    }

    Console.Error.WriteLine("Run 'newsgraph --help' for usage.");
    return ExitCodes.BadUsage;
}

return await parse.InvokeAsync().ConfigureAwait(false);
