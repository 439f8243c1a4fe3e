using System.CommandLine;
using System.Data.Common;
using System.Runtime.InteropServices;
using Newsgraph.Reading;
using Newsgraph.Store;
using Spectre.Console;

namespace Newsgraph.Cli.Commands;

/// <summary><c>newsgraph ingest PATH...</c>: analyse files and folders into the store, resuming where a previous run stopped.</summary>
internal static class IngestCommand
{
    /// <summary>How often the progress bar is redrawn: smooth to the eye, negligible next to analysis.</summary>
    private static readonly TimeSpan RefreshInterval = TimeSpan.FromMilliseconds(250);

    public static Command Create()
    {
        var paths = new Argument<string[]>("PATH") { Description = "Files and folders (walked recursively) of articles.", Arity = ArgumentArity.OneOrMore };
        var store = StoreCommandLine.StoreOption();
        var published = new Option<string?>("--published") { Description = "Publication date (YYYY-MM-DD) for inputs that carry none." };
        var noHeadline = new Option<bool>("--no-headline") { Description = "Plain-text files start with the body: their first line is not a headline." };
        var workers = new Option<int>("--workers") { Description = "Analysis threads (default: one per core).", DefaultValueFactory = _ => Environment.ProcessorCount };

        var command = new Command("ingest", "Analyse articles into the store: parallel, resumable, skipping what is stored already.")
        {
            paths, store, published, noHeadline, workers,
        };
        command.SetAction(async (parse, cancellation) =>
        {
            if (!StoreCommandLine.TryDate("ingest", "--published", parse.GetValue(published), out var date))
            {
                return ExitCodes.BadUsage;
            }

            if (parse.GetValue(workers) < 1)
            {
                Console.Error.WriteLine("newsgraph ingest: --workers must be at least 1.");
                return ExitCodes.BadUsage;
            }

            StoreLocation location;
            try
            {
                location = StoreLocation.Resolve(parse.GetValue(store));
            }
            catch (StoreException e)
            {
                Console.Error.WriteLine("newsgraph ingest: " + e.Message);
                return ExitCodes.BadUsage;
            }

            using var opened = StoreCommandLine.Open("ingest", location);
            if (opened is null)
            {
                return ExitCodes.BadInput;
            }

            var options = new IngestOptions
            {
                Read = new ReadOptions { HasHeadline = !parse.GetValue(noHeadline), Published = date },
                Workers = parse.GetValue(workers),
            };
            return await RunAsync(new Ingester(opened, options), parse.GetValue(paths) ?? [], location, cancellation).ConfigureAwait(false);
        });
        return command;
    }

    private static async Task<int> RunAsync(Ingester ingester, string[] paths, StoreLocation location, CancellationToken cancellation)
    {
        // Ctrl+C or a polite kill stops the ingest between transactions, so the summary says what was stored and how to resume.
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        void Stop(PosixSignalContext context)
        {
            context.Cancel = true;
            stop.Cancel();
        }

        using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
        using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
        cancellation = stop.Token;
        var interactive = !Console.IsErrorRedirected;
        var errors = new List<string>();
        void OnError(InputException e)
        {
            var line = "newsgraph ingest: " + e.Message;
            if (interactive)
            {
                lock (errors)
                {
                    errors.Add(line);
                }
            }
            else
            {
                Console.Error.WriteLine(line);
            }
        }

        var run = ingester.RunAsync(paths, OnError, cancellation);
        var interrupted = false;
        try
        {
            if (interactive)
            {
                var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
                await console.Progress()
                    .Columns(new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new RemainingTimeColumn())
                    .StartAsync(async context =>
                    {
                        var task = context.AddTask("reading", maxValue: 1);
                        while (true)
                        {
                            var p = ingester.Progress;
                            task.MaxValue = Math.Max(1, p.Files);
                            task.Value = p.FilesDone;
                            task.Description = $"{p.Stored:N0} stored, {p.Duplicates:N0} already there, [{(p.Errors > 0 ? "red" : "default")}]{p.Errors:N0} errors[/], {p.ArticlesPerSecond:N0} articles/s";
                            if (run.IsCompleted)
                            {
                                break;
                            }

                            await Task.WhenAny(run, Task.Delay(RefreshInterval, CancellationToken.None)).ConfigureAwait(false);
                        }
                    }).ConfigureAwait(false);
            }

            await run.ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            interrupted = true;
        }
        catch (DbException e)
        {
            Console.Error.WriteLine($"newsgraph ingest: {location.Display}: the store failed ({e.Message}); what was committed before stays, and a rerun resumes.");
            return ExitCodes.BadInput;
        }

        foreach (var line in errors)
        {
            Console.Error.WriteLine(line);
        }

        var s = ingester.Progress;
        Console.Error.WriteLine(
            $"newsgraph ingest: {(interrupted ? "interrupted after" : "read")} {s.FilesDone:N0} of {s.Files:N0} files ({s.FilesUnchanged:N0} unchanged since the last run) into {location.Display}: " +
            $"{s.Stored:N0} articles stored, {s.Duplicates:N0} already stored, {s.Errors:N0} errors, in {s.Elapsed.TotalSeconds:N1} s " +
            $"({s.ArticlesPerSecond:N0} articles/s, {s.MegabytesPerSecond:N2} MB/s).{(interrupted ? " Run the same command again to resume." : "")}");
        return interrupted ? ExitCodes.Interrupted : s.Errors > 0 ? ExitCodes.BadInput : ExitCodes.Success;
    }
}
