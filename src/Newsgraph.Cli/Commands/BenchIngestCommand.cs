using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Newsgraph.Store;
using Newsgraph.Stories;

namespace Newsgraph.Cli.Commands;

/// <summary>
/// <c>newsgraph bench-ingest CORPUS --store S</c>: ingests a corpus into an empty store and times it and every query
/// command in-process (no start-up cost), for the throughput figures; scripts/throughput.sh builds the corpus.
/// With <c>--existing</c> it only times the queries on a store filled before (after migrating it).
/// </summary>
internal static class BenchIngestCommand
{

    private static readonly string[] CountedTables = ["entities", "mentions", "quotes"];

    public static Command Create()
    {
        var corpus = new Argument<string[]>("CORPUS") { Description = "Files and folders to ingest.", Arity = ArgumentArity.ZeroOrMore };
        var store = StoreCommandLine.StoreOption();
        var speaker = new Option<string>("--speaker") { Description = "Speaker name for the timed quotes query.", DefaultValueFactory = _ => "minister" };
        var about = new Option<string>("--about") { Description = "Words for the timed quotes --about query.", DefaultValueFactory = _ => "oil prices" };
        var since = new Option<string>("--since") { Description = "Date for the timed quotes --since query.", DefaultValueFactory = _ => "2024-01-01" };
        var entity = new Option<string>("--entity") { Description = "Entity name for the timed entity query.", DefaultValueFactory = _ => "Reuters" };
        var search = new Option<string>("--search") { Description = "Words for the timed search query.", DefaultValueFactory = _ => "oil prices" };
        // Each query runs several times and the median is reported: the first run pays for cold caches.
        var runs = new Option<int>("--runs") { Description = "Times each query runs (the median is reported).", DefaultValueFactory = _ => 5 };
        var existing = new Option<bool>("--existing") { Description = "Ingest nothing: time the queries on the store as it is." };
        var command = new Command("bench-ingest", "Measure ingest throughput, store size and query latency on a corpus (for scripts/throughput.sh).")
        {
            corpus, store, speaker, about, since, entity, search, existing, runs,
        };
        command.Hidden = true;
        command.SetAction(async (parse, cancellation) =>
        {
            using var opened = StoreCommandLine.Open("bench-ingest", StoreLocation.Resolve(parse.GetValue(store)));
            if (opened is null)
            {
                return ExitCodes.BadInput;
            }

            var ingestOnly = !parse.GetValue(existing);
            if (ingestOnly == (opened.ArticleCount() > 0))
            {
                Console.Error.WriteLine(ingestOnly
                    ? $"newsgraph bench-ingest: {opened.Location.Display} is not empty; give a new store."
                    : $"newsgraph bench-ingest: {opened.Location.Display} is empty; --existing times the queries of a filled store.");
                return ExitCodes.BadUsage;
            }

            var errors = 0;
            var progress = ingestOnly
                ? await new Ingester(opened, new IngestOptions()).RunAsync(parse.GetValue(corpus) ?? [], e =>
                {
                    errors++;
                    Console.Error.WriteLine("newsgraph bench-ingest: " + e.Message);
                }, cancellation).ConfigureAwait(false)
                : null;
            var articles = opened.ArticleCount();
            if (opened.Location.Backend == StoreBackend.Sqlite)
            {
                // Fold the write-ahead log into the file, so the size measured is the store's, not a transient log's.
                using var checkpoint = Sql.Command(opened.Connection, "PRAGMA wal_checkpoint(TRUNCATE)");
                checkpoint.ExecuteNonQuery();
            }

            var size = opened.SizeBytes();
            var line = (string name, string value) => Console.Out.WriteLine($"{name,-34} {value}");
            line("backend", opened.Location.Backend.ToString());
            line("articles stored", articles.ToString("N0", CultureInfo.InvariantCulture));
            foreach (var table in CountedTables)
            {
                using var count = Sql.Command(opened.Connection, $"SELECT count(*) FROM {table}");
                line($"{table} rows", Convert.ToInt64(count.ExecuteScalar(), CultureInfo.InvariantCulture).ToString("N0", CultureInfo.InvariantCulture));
            }

            if (progress is not null)
            {
                line("input errors", errors.ToString(CultureInfo.InvariantCulture));
                line("ingest time (s)", progress.Elapsed.TotalSeconds.ToString("N1", CultureInfo.InvariantCulture));
                line("ingest articles/s", progress.ArticlesPerSecond.ToString("N0", CultureInfo.InvariantCulture));
                line("ingest MB/s (input bytes)", progress.MegabytesPerSecond.ToString("N2", CultureInfo.InvariantCulture));
            }

            line("store size per 1,000 articles (MB)", (size / 1e6 / Math.Max(1, articles) * 1000).ToString("N2", CultureInfo.InvariantCulture));

            var sinceDate = DateOnly.ParseExact(parse.GetValue(since)!, "yyyy-MM-dd", CultureInfo.InvariantCulture);
            var queries = new (string Name, Func<int> Run)[]
            {
                ("quotes (no filter, 50)", () => opened.Quotes(new QuoteFilter()).Count),
                ($"quotes --speaker {parse.GetValue(speaker)}", () => opened.Quotes(new QuoteFilter { Speaker = parse.GetValue(speaker) }).Count),
                ($"quotes --about {parse.GetValue(about)}", () => opened.Quotes(new QuoteFilter { About = parse.GetValue(about) }).Count),
                ($"quotes --since {parse.GetValue(since)}", () => opened.Quotes(new QuoteFilter { Since = sinceDate }).Count),
                ($"entity {parse.GetValue(entity)} (quotes + co-mentioned)", () => opened.Entity(parse.GetValue(entity)!) is { } p ? p.Quotes.Count + p.CoMentioned.Count : -1),
                ($"search {parse.GetValue(search)}", () => opened.Search(parse.GetValue(search)!).Count),
                ($"stories --since {parse.GetValue(since)}", () => StoryFinder.Find(opened.StoryArticles(sinceDate)).Count),
                ("stories (all articles)", () => StoryFinder.Find(opened.StoryArticles(null)).Count),
            };
            var queryRuns = Math.Max(1, parse.GetValue(runs));
            foreach (var (name, run) in queries)
            {
                var times = new List<double>();
                var results = 0;
                for (var i = 0; i < queryRuns; i++)
                {
                    var clock = Stopwatch.StartNew();
                    results = run();
                    times.Add(clock.Elapsed.TotalMilliseconds);
                }

                times.Sort();
                line($"{name} (ms)", $"{times[queryRuns / 2].ToString("N1", CultureInfo.InvariantCulture)} median of {queryRuns}, {results} results");
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
