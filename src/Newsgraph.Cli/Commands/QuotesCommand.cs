using System.CommandLine;
using Newsgraph.Store;
using Spectre.Console;

namespace Newsgraph.Cli.Commands;

/// <summary><c>newsgraph quotes [--speaker NAME] [--about TEXT] [--since DATE]</c>: stored quotes, newest first.</summary>
internal static class QuotesCommand
{
    public static Command Create()
    {
        var speaker = new Option<string?>("--speaker") { Description = "Only quotes whose speaker's name has these words in this order, any case; the last may be cut short (lavr finds Sergei Lavrov)." };
        var about = new Option<string?>("--about") { Description = "Only quotes that have these words in this order, any case and any ending (price finds prices)." };
        var since = new Option<string?>("--since") { Description = "Only quotes from articles published on or after this date (YYYY-MM-DD)." };
        var limit = new Option<int>("--limit") { Description = "At most this many quotes.", DefaultValueFactory = _ => 50 };
        var store = StoreCommandLine.StoreOption();
        var format = StoreCommandLine.FormatOption();
        var command = new Command("quotes", "List the stored quotes with their speakers.") { speaker, about, since, limit, store, format };
        command.SetAction(parse =>
        {
            if (!StoreCommandLine.TryDate("quotes", "--since", parse.GetValue(since), out var date))
            {
                return ExitCodes.BadUsage;
            }

            using var opened = StoreCommandLine.OpenExisting("quotes", parse.GetValue(store));
            if (opened is null)
            {
                return ExitCodes.BadInput;
            }

            var rows = opened.Quotes(new QuoteFilter { Speaker = parse.GetValue(speaker), About = parse.GetValue(about), Since = date, Limit = parse.GetValue(limit) });
            if (parse.GetValue(format) == "json")
            {
                StoreCommandLine.WriteJson(rows);
                return ExitCodes.Success;
            }

            var table = new Table().AddColumns("Published", "Speaker", "Quote", "Cue", "Article");
            foreach (var row in rows)
            {
                table.AddRow(StoreCommandLine.Cell(row.Published ?? "?"), StoreCommandLine.Cell(row.Speaker ?? "(unknown)"), StoreCommandLine.Cell(row.Content), StoreCommandLine.Cell(row.Cue ?? ""), StoreCommandLine.Cell(row.Title ?? row.ArticleId));
            }

            AnsiConsole.Write(table);
            return ExitCodes.Success;
        });
        return command;
    }
}
