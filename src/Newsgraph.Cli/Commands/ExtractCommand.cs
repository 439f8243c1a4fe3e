using System.CommandLine;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Newsgraph.Reading;

namespace Newsgraph.Cli.Commands;

/// <summary>
/// <c>newsgraph extract FILE...</c>: what the readers take from each input (title, byline, date, address, body), without
/// analysis. <c>--format benchmark</c> writes the article-extraction benchmark's prediction file: one object keyed by file name.
/// </summary>
internal static class ExtractCommand
{
    public static Command Create()
    {
        var files = new Argument<string[]>("FILE") { Description = "Inputs: HTML pages, feeds, WARC files, JSON Lines, plain text, gzipped or not.", Arity = ArgumentArity.OneOrMore };
        var format = new Option<string>("--format") { Description = "jsonl (one object per article), text (the bodies), or benchmark (one object: file key -> {articleBody, ...}).", DefaultValueFactory = _ => "jsonl" };
        format.AcceptOnlyFromAmong("jsonl", "json", "text", "benchmark");
        var command = new Command("extract", "Print the title, byline, date, address and body text the readers find in each input.") { files, format };
        command.SetAction(parse => Run(parse.GetValue(files) ?? [], parse.GetValue(format) ?? "jsonl"));
        return command;
    }

    private static int Run(string[] inputs, string format)
    {
        var exit = ExitCodes.Success;
        using var stdout = Console.OpenStandardOutput();
        using var writer = new Utf8JsonWriter(stdout, new JsonWriterOptions { Indented = format == "benchmark", Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        if (format == "benchmark")
        {
            writer.WriteStartObject();
        }

        foreach (var input in inputs)
        {
            foreach (var result in ArticleReader.ReadEachFile(input))
            {
                if (!result.Succeeded)
                {
                    Console.Error.WriteLine("newsgraph extract: " + result.Error.Message);
                    exit = ExitCodes.BadInput;
                    continue;
                }

                var document = result.Document;
                switch (format)
                {
                    case "text":
                        writer.Flush();
                        stdout.Write(System.Text.Encoding.UTF8.GetBytes(document.Text + "\n\n"));
                        break;
                    case "benchmark":
                        writer.WritePropertyName(Key(input));
                        WriteArticle(writer, document, "articleBody");
                        break;
                    default:
                        WriteArticle(writer, document, "text");
                        writer.Flush();
                        writer.Reset();
                        stdout.Write("\n"u8);
                        break;
                }
            }
        }

        if (format == "benchmark")
        {
            writer.WriteEndObject();
            writer.Flush();
            stdout.Write("\n"u8);
        }

        writer.Flush();
        return exit;
    }

    private static void WriteArticle(Utf8JsonWriter writer, Document document, string bodyName)
    {
        var info = document.Info;
        writer.WriteStartObject();
        writer.WriteString("origin", info.Origin);
        writer.WriteString("title", info.Title);
        writer.WriteString("byline", info.Byline);
        writer.WriteString("published", info.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        writer.WriteString("url", info.Url);
        writer.WriteString(bodyName, document.Text);
        writer.WriteEndObject();
    }

    /// <summary>The benchmark's page key: the file name without .gz and .html.</summary>
    private static string Key(string path)
    {
        var name = Path.GetFileName(path);
        foreach (var suffix in new[] { ".gz", ".html", ".htm" })
        {
            if (name.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
            {
                name = name[..^suffix.Length];
            }
        }

        return name;
    }
}
