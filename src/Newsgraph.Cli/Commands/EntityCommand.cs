using System.CommandLine;
using Newsgraph.Store;
using Spectre.Console;

namespace Newsgraph.Cli.Commands;

/// <summary><c>newsgraph entity NAME</c>: one entity across the store: titles, mentions over time, quotes and neighbours.</summary>
internal static class EntityCommand
{
    public static Command Create()
    {
        var name = new Argument<string[]>("NAME") { Description = "The entity's name (or part of it), or its key.", Arity = ArgumentArity.OneOrMore };
        var store = StoreCommandLine.StoreOption();
        var format = StoreCommandLine.FormatOption();
        var command = new Command("entity", "Show what the store knows about a person, organisation or place.") { name, store, format };
        command.SetAction(parse =>
        {
            using var opened = StoreCommandLine.OpenExisting("entity", parse.GetValue(store));
            if (opened is null)
            {
                return ExitCodes.BadInput;
            }

            var wanted = string.Join(' ', parse.GetValue(name) ?? []);
            if (string.IsNullOrWhiteSpace(wanted))
            {
                Console.Error.WriteLine("newsgraph entity: give a name.");
                return ExitCodes.BadUsage;
            }

            var profile = opened.Entity(wanted);
            if (profile is null)
            {
                Console.Error.WriteLine($"newsgraph entity: no entity named like '{wanted}' in {opened.Location.Display}.");
                return ExitCodes.BadInput;
            }

            if (parse.GetValue(format) == "json")
            {
                StoreCommandLine.WriteJson(profile);
                return ExitCodes.Success;
            }

            Render(profile);
            return ExitCodes.Success;
        });
        return command;
    }

    private static void Render(EntityProfile p)
    {
        AnsiConsole.Write(new Rule($"[bold]{Markup.Escape(p.Name)}[/] ({p.Type}, {p.Articles:N0} articles, key {Markup.Escape(p.Key)})") { Justification = Justify.Left });
        var overview = new Table().AddColumns("Titles", "Mentions over time", "Co-mentioned with");
        var timeline = p.Timeline.Select(t => $"{t.Period}: {t.Articles} articles, {t.Mentions} mentions").ToList();
        var rows = Math.Max(p.Titles.Count, Math.Max(timeline.Count, p.CoMentioned.Count));
        for (var i = 0; i < rows; i++)
        {
            overview.AddRow(
                StoreCommandLine.Cell(i < p.Titles.Count ? $"{p.Titles[i].Name} ({p.Titles[i].Count})" : ""),
                StoreCommandLine.Cell(i < timeline.Count ? timeline[i] : ""),
                StoreCommandLine.Cell(i < p.CoMentioned.Count ? $"{p.CoMentioned[i].Name} ({p.CoMentioned[i].Count})" : ""));
        }

        AnsiConsole.Write(overview);

        var people = new Table().AddColumns("Whom their quotes mention", "Who mentions them in quotes", "Quoted through them");
        rows = Math.Max(p.TheyTalkAbout.Count, Math.Max(p.TalkAboutThem.Count, p.QuotedThroughThem.Count));
        for (var i = 0; i < rows; i++)
        {
            people.AddRow(
                StoreCommandLine.Cell(i < p.TheyTalkAbout.Count ? $"{p.TheyTalkAbout[i].Name} ({p.TheyTalkAbout[i].Count})" : ""),
                StoreCommandLine.Cell(i < p.TalkAboutThem.Count ? $"{p.TalkAboutThem[i].Name} ({p.TalkAboutThem[i].Count})" : ""),
                StoreCommandLine.Cell(i < p.QuotedThroughThem.Count ? $"{p.QuotedThroughThem[i].Name} ({p.QuotedThroughThem[i].Count})" : ""));
        }

        if (rows > 0)
        {
            AnsiConsole.Write(people);
        }

        if (p.Quotes.Count > 0)
        {
            var quotes = new Table().AddColumns("Published", "Their words", "Article");
            foreach (var q in p.Quotes)
            {
                quotes.AddRow(StoreCommandLine.Cell(q.Published ?? "?"), StoreCommandLine.Cell(q.Content), StoreCommandLine.Cell(q.Title ?? q.ArticleId));
            }

            AnsiConsole.Write(quotes);
        }

        if (p.OtherMatches.Count > 0)
        {
            AnsiConsole.WriteLine("Other entities matching the name: " + string.Join(", ", p.OtherMatches.Select(m => $"{m.Name} [{m.Count} articles]")));
        }
    }
}
