using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Newsgraph.Output;
using Newsgraph.Reading;

namespace Newsgraph.Cli.Commands;

/// <summary><c>newsgraph analyze FILE...</c>: one JSON object per article (CONTRACT.md section 1).</summary>
internal static class AnalyzeCommand
{
    public static Command Create()
    {
        var files = new Argument<string[]>("FILE") { Description = "Articles to analyse (plain text, HTML, feeds, gzipped or not); - reads standard input.", Arity = ArgumentArity.OneOrMore };
        files.Validators.Add(result =>
        {
            foreach (var value in result.Tokens.Select(token => token.Value).Where(value => value.StartsWith('-') && value != "-"))
            {
                result.AddError($"Unrecognized option '{value}'.");
            }
        });
        var format = new Option<string>("--format") { Description = "json (an indented object per article) or jsonl (one object a line; the default with several inputs).", DefaultValueFactory = _ => "json" };
        format.AcceptOnlyFromAmong("json", "jsonl");
        var published = new Option<string?>("--published") { Description = "Publication date (YYYY-MM-DD) for inputs that carry none." };
        var noHeadline = new Option<bool>("--no-headline") { Description = "The text starts with the body: its first line is not a headline." };
        var outputDir = new Option<string?>("--output-dir") { Description = "Write each article's JSON to DIR/<input name>.json instead of standard output." };

        var command = new Command("analyze", "Find the entities, quotes, dates, counts and sources of articles.")
        {
            files, format, published, noHeadline, outputDir,
        };
        command.SetAction(parse =>
        {
            DateOnly? date = null;
            if (parse.GetValue(published) is { } text)
            {
                if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
                {
                    Console.Error.WriteLine($"newsgraph analyze: --published must be a date as YYYY-MM-DD, not '{text}'.");
                    return ExitCodes.BadUsage;
                }

                date = parsed;
            }

            var options = new ReadOptions { HasHeadline = !parse.GetValue(noHeadline), Published = date };
            var inputs = parse.GetValue(files) ?? [];
            var lines = parse.GetValue(format) == "jsonl" || inputs.Length > 1;
            return Run(inputs, options, lines, parse.GetValue(outputDir));
        });
        return command;
    }

    private static int Run(string[] inputs, ReadOptions options, bool lines, string? outputDir)
    {
        var analyzer = new Analyzer();
        var exit = ExitCodes.Success;
        using var stdout = Console.OpenStandardOutput();
        if (outputDir is not null)
        {
            Directory.CreateDirectory(outputDir);
        }

        foreach (var input in inputs)
        {
            var results = input == "-"
                ? ArticleReader.ReadEach(ReadStandardInput(), "standard input", options)
                : ArticleReader.ReadEachFile(input, options);
            FileStream? file = null;
            try
            {
                foreach (var result in results)
                {
                    if (!result.Succeeded)
                    {
                        Console.Error.WriteLine("newsgraph analyze: " + result.Error.Message);
                        exit = ExitCodes.BadInput;
                        continue;
                    }

                    if (outputDir is not null && file is null)
                    {
                        var path = Path.Combine(outputDir, Path.GetFileNameWithoutExtension(input == "-" ? "stdin" : input) + ".json");
                        try
                        {
                            file = File.Create(path);
                        }
                        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                        {
                            Console.Error.WriteLine($"newsgraph analyze: {input}: cannot write {path}: {e.Message}");
                            exit = ExitCodes.BadInput;
                            break;
                        }
                    }

                    Stream target = file ?? (Stream)stdout;
                    Document analysed;
                    try
                    {
                        analysed = analyzer.Analyze(result.Document);
                    }
                    catch (Exception e) when (e is not OutOfMemoryException)
                    {
                        // A fault in one component must not end the batch or print a stack trace: name the article and go on.
                        Console.Error.WriteLine($"newsgraph analyze: {result.Document.Info.Origin ?? input}: analysis failed ({e.GetType().Name}: {e.Message})");
                        exit = ExitCodes.BadInput;
                        continue;
                    }

                    using (var writer = new Utf8JsonWriter(target, new JsonWriterOptions { Indented = !lines, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
                    {
                        ArticleJson.Write(writer, analysed);
                    }

                    target.Write("\n"u8);
                }
            }
            finally
            {
                file?.Dispose();
            }
        }

        stdout.Flush();
        return exit;
    }

    private static byte[] ReadStandardInput()
    {
        using var stdin = Console.OpenStandardInput();
        using var buffer = new MemoryStream();
        stdin.CopyTo(buffer);
        return buffer.ToArray();
    }
}
