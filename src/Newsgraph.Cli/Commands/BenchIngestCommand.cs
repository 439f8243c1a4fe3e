using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Newsgraph.Store;
using Newsgraph.Stories;

namespace Newsgraph.Cli.Commands;

/// <summary>
/// <c>newsgraph bench-ingest CORPUS --store S</c>: ingests a corpus into an empty store and times it and every query
/// command in-process (no start-up cost), for the throughput figures; scripts/throughput.sh builds the corpus.
/// </summary>
internal static class BenchIngestCommand
{

    private static readonly string[] CountedTables = ["entities", "mentions", "quotes"];

    public static Command Create()
    {
        var corpus = new Argument<string[]>("CORPUS") { Description = "Files and folders to ingest.", Arity = ArgumentArity.OneOrMore };
        var store = StoreCommandLine.StoreOption();
        var speaker = new Option<string>("--speaker") { Description = "Speaker name for the timed quotes query.", DefaultValueFactory = _ => "minister" };
        var entity = new Option<string>("--entity") { Description = "Entity name for the timed entity query.", DefaultValueFactory = _ => "Reuters" };
        var search = new Option<string>("--search") { Description = "Words for the timed search query.", DefaultValueFactory = _ => "oil prices" };
        // Each query runs several times and the median is reported: the first run pays for cold caches.
        var runs = new Option<int>("--runs") { Description = "Times each query runs (the median is reported).", DefaultValueFactory = _ => 5 };
        var synthetic = new Option<bool>("--synthetic-annotations") { Description = "Add crude stand-in entities and quotes, so the entity and quote tables have rows to query." };
        var command = new Command("bench-ingest", "Measure ingest throughput, store size and query latency on a corpus (for scripts/throughput.sh).")
        {
            corpus, store, speaker, entity, search, synthetic, runs,
        };
        command.Hidden = true;
        command.SetAction(async (parse, cancellation) =>
        {
            using var opened = StoreCommandLine.Open("bench-ingest", StoreLocation.Resolve(parse.GetValue(store)));
            if (opened is null)
            {
                return ExitCodes.BadInput;
            }

            if (opened.ArticleCount() > 0)
            {
                Console.Error.WriteLine($"newsgraph bench-ingest: {opened.Location.Display} is not empty; give a new store.");
                return ExitCodes.BadUsage;
            }

            var errors = 0;
            var options = parse.GetValue(synthetic)
                ? new IngestOptions { CreateAnalyzer = () => new Analyzer(Analyzer.DefaultComponents().Append(new SyntheticAnnotations())) }
                : new IngestOptions();
            var progress = await new Ingester(opened, options).RunAsync(parse.GetValue(corpus) ?? [], e =>
            {
                errors++;
                Console.Error.WriteLine("newsgraph bench-ingest: " + e.Message);
            }, cancellation).ConfigureAwait(false);
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

            line("input errors", errors.ToString(CultureInfo.InvariantCulture));
            line("ingest time (s)", progress.Elapsed.TotalSeconds.ToString("N1", CultureInfo.InvariantCulture));
            line("ingest articles/s", progress.ArticlesPerSecond.ToString("N0", CultureInfo.InvariantCulture));
            line("ingest MB/s (input bytes)", progress.MegabytesPerSecond.ToString("N2", CultureInfo.InvariantCulture));
            line("store size per 1,000 articles (MB)", (size / 1e6 / Math.Max(1, articles) * 1000).ToString("N2", CultureInfo.InvariantCulture));

            var queries = new (string Name, Func<int> Run)[]
            {
                ("quotes (no filter, 50)", () => opened.Quotes(new QuoteFilter()).Count),
                ($"quotes --speaker {parse.GetValue(speaker)}", () => opened.Quotes(new QuoteFilter { Speaker = parse.GetValue(speaker) }).Count),
                ($"entity {parse.GetValue(entity)}", () => opened.Entity(parse.GetValue(entity)!)?.Quotes.Count ?? -1),
                ($"search {parse.GetValue(search)}", () => opened.Search(parse.GetValue(search)!).Count),
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
