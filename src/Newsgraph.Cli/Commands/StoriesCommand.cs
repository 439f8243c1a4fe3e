using System.CommandLine;
using Newsgraph.Stories;
using Spectre.Console;

namespace Newsgraph.Cli.Commands;

/// <summary><c>newsgraph stories</c>: near-duplicate copies and same-event clusters among the stored articles.</summary>
internal static class StoriesCommand
{
    public static Command Create()
    {
        var since = new Option<string?>("--since") { Description = "Only articles published on or after this date (YYYY-MM-DD)." };
        var window = new Option<int>("--window") { Description = "Days apart that reports of one event may be.", DefaultValueFactory = _ => new StoryOptions().WindowDays };
        var limit = new Option<int>("--limit") { Description = "At most this many stories, largest first.", DefaultValueFactory = _ => 50 };
        var store = StoreCommandLine.StoreOption();
        var format = StoreCommandLine.FormatOption();
        var command = new Command("stories", "Group stored articles into near-duplicates (MinHash) and same-event clusters (TF-IDF and shared entities).") { since, window, limit, store, format };
        command.SetAction(parse =>
        {
            if (!StoreCommandLine.TryDate("stories", "--since", parse.GetValue(since), out var date))
            {
                return ExitCodes.BadUsage;
            }

            using var opened = StoreCommandLine.OpenExisting("stories", parse.GetValue(store));
            if (opened is null)
            {
                return ExitCodes.BadInput;
            }

            var stories = StoryFinder.Find(opened.StoryArticles(date), new StoryOptions { WindowDays = parse.GetValue(window) }).Take(parse.GetValue(limit)).ToList();
            if (parse.GetValue(format) == "json")
            {
                StoreCommandLine.WriteJson(stories.Select(s => new
                {
                    kind = s.Kind.ToString().ToLowerInvariant(),
                    articles = s.Articles.Select(a => new { id = a.Id, title = a.Title, published = a.Published?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) }),
                }));
                return ExitCodes.Success;
            }

            var table = new Table().AddColumns("#", "Kind", "Articles", "Headlines");
            var number = 0;
            foreach (var story in stories)
            {
                var titles = story.Articles.Take(5).Select(a => $"{a.Published?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "?"}  {a.Title ?? a.Id}");
                var more = story.Articles.Count > 5 ? $"\n… and {story.Articles.Count - 5} more" : "";
                table.AddRow(StoreCommandLine.Cell((++number).ToString(System.Globalization.CultureInfo.InvariantCulture)), StoreCommandLine.Cell(story.Kind == StoryKind.Duplicate ? "copies" : "event"),
                    StoreCommandLine.Cell(story.Articles.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)), StoreCommandLine.Cell(string.Join('\n', titles) + more));
            }

            AnsiConsole.Write(table);
            return ExitCodes.Success;
        });
        return command;
    }
}
