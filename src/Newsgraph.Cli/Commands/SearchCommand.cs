using System.CommandLine;
using Spectre.Console;

namespace Newsgraph.Cli.Commands;

/// <summary><c>newsgraph search TEXT</c>: full-text search over stored articles and quotes, best match first.</summary>
internal static class SearchCommand
{
    public static Command Create()
    {
        var text = new Argument<string[]>("TEXT") { Description = "Words to find (all of them; word forms match: 'talks' finds 'talk').", Arity = ArgumentArity.OneOrMore };
        var limit = new Option<int>("--limit") { Description = "At most this many hits.", DefaultValueFactory = _ => 20 };
        var store = StoreCommandLine.StoreOption();
        var format = StoreCommandLine.FormatOption();
        var command = new Command("search", "Search the text of stored articles and quotes.") { text, limit, store, format };
        command.SetAction(parse =>
        {
            using var opened = StoreCommandLine.OpenExisting("search", parse.GetValue(store));
            if (opened is null)
            {
                return ExitCodes.BadInput;
            }

            var hits = opened.Search(string.Join(' ', parse.GetValue(text) ?? []), parse.GetValue(limit));
            if (parse.GetValue(format) == "json")
            {
                StoreCommandLine.WriteJson(hits);
                return ExitCodes.Success;
            }

            var table = new Table().AddColumns("Published", "Article", "In", "Match");
            foreach (var hit in hits)
            {
                table.AddRow(StoreCommandLine.Cell(hit.Published ?? "?"), StoreCommandLine.Cell(hit.Title ?? hit.ArticleId), StoreCommandLine.Cell(hit.Quote is { } q ? $"quote {q}" : "text"), StoreCommandLine.Cell(hit.Snippet));
            }

            AnsiConsole.Write(table);
            return ExitCodes.Success;
        });
        return command;
    }
}
