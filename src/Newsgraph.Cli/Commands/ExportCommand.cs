using System.CommandLine;
using System.Text;
using Newsgraph.Export;

namespace Newsgraph.Cli.Commands;

/// <summary><c>newsgraph export --format parquet|jsonl|gkg --out DIR</c>: the store's tables for other tools.</summary>
internal static class ExportCommand
{
    public static Command Create()
    {
        var format = new Option<string>("--format") { Description = "parquet or jsonl (one file per table), or gkg (a GDELT GKG 2.1 TSV of one record per article).", Required = true };
        format.AcceptOnlyFromAmong("parquet", "jsonl", "gkg");
        var output = new Option<string>("--out") { Description = "The folder to write into (created when missing).", Required = true };
        var store = StoreCommandLine.StoreOption();
        var command = new Command("export", "Export the store as Parquet, JSON Lines or GDELT GKG.") { format, output, store };
        command.SetAction(async (parse, cancellation) =>
        {
            using var opened = StoreCommandLine.OpenExisting("export", parse.GetValue(store));
            if (opened is null)
            {
                return ExitCodes.BadInput;
            }

            var folder = parse.GetValue(output)!;
            try
            {
                Directory.CreateDirectory(folder);
                if (parse.GetValue(format) == "gkg")
                {
                    var path = Path.Combine(folder, "articles.gkg.tsv");
                    using var writer = new StreamWriter(path, append: false, new UTF8Encoding(false));
                    var rows = GkgWriter.Write(opened, writer);
                    Console.Error.WriteLine($"newsgraph export: {path}: {rows:N0} records");
                    return ExitCodes.Success;
                }

                var kind = parse.GetValue(format) == "parquet" ? ExportFormat.Parquet : ExportFormat.Jsonl;
                foreach (var (file, rows) in await TableExporter.ExportAsync(opened, kind, folder, cancellation).ConfigureAwait(false))
                {
                    Console.Error.WriteLine($"newsgraph export: {file}: {rows:N0} rows");
                }

                return ExitCodes.Success;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                Console.Error.WriteLine($"newsgraph export: cannot write to {folder}: {e.Message}");
                return ExitCodes.BadInput;
            }
        });
        return command;
    }
}
