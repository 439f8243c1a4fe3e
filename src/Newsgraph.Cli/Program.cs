using System.CommandLine;
using Newsgraph.Cli.Commands;

var root = new RootCommand("Newsgraph: who said what, about whom, where, when, how many, and according to whom.")
{
    AnalyzeCommand.Create(),
    IngestCommand.Create(),
    QuotesCommand.Create(),
    EntityCommand.Create(),
    SearchCommand.Create(),
    StoriesCommand.Create(),
    ExportCommand.Create(),
    BenchIngestCommand.Create(),
};

return await root.Parse(args).InvokeAsync().ConfigureAwait(false);
