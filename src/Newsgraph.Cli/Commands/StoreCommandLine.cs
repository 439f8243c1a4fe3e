using System.CommandLine;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Newsgraph.Store;

namespace Newsgraph.Cli.Commands;

/// <summary>What the store commands share: the --store and --format options, opening the store, and JSON output.</summary>
internal static class StoreCommandLine
{
    public static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static Option<string?> StoreOption() => new("--store")
    {
        Description = $"The store: an SQLite file, or PostgreSQL as postgres://user@host/db or Host=...;Database=... (default: ${StoreLocation.EnvironmentVariable}, else {StoreLocation.DefaultFile} here).",
    };

    public static Option<string> FormatOption()
    {
        var format = new Option<string>("--format") { Description = "table (for reading in a terminal) or json.", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json");
        return format;
    }

    /// <summary>Opens the store for a query: a missing SQLite file is an error here, not an empty store to create.</summary>
    public static ArticleStore? OpenExisting(string command, string? spec)
    {
        StoreLocation location;
        try
        {
            location = StoreLocation.Resolve(spec);
        }
        catch (StoreException e)
        {
            Console.Error.WriteLine($"newsgraph {command}: {e.Message}");
            return null;
        }

        if (location.Backend == StoreBackend.Sqlite && !File.Exists(location.ConnectionString))
        {
            Console.Error.WriteLine($"newsgraph {command}: {location.Display}: no store there (create one with newsgraph ingest, or name one with --store).");
            return null;
        }

        return Open(command, location);
    }

    public static ArticleStore? Open(string command, StoreLocation location)
    {
        try
        {
            return ArticleStore.Open(location);
        }
        catch (StoreException e)
        {
            Console.Error.WriteLine($"newsgraph {command}: {e.Message}");
            return null;
        }
    }

    public static bool TryDate(string command, string option, string? text, out DateOnly? date)
    {
        date = null;
        if (text is null)
        {
            return true;
        }

        if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            Console.Error.WriteLine($"newsgraph {command}: {option} must be a date as YYYY-MM-DD, not '{text}'.");
            return false;
        }

        date = parsed;
        return true;
    }

    /// <summary>A table cell of plain text (never read as Spectre markup, so brackets in quotes are safe).</summary>
    public static Spectre.Console.Text Cell(string text) => new(text);

    public static void WriteJson<T>(T value)
    {
        Console.Out.Write(JsonSerializer.Serialize(value, Json));
        Console.Out.Write('\n');
    }
}
