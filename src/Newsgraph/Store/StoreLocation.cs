using Npgsql;

namespace Newsgraph.Store;

internal enum StoreBackend
{
    Sqlite,
    Postgres,
}

/// <summary>Where a store lives: an SQLite file, or a PostgreSQL database named by a connection string or URI.</summary>
internal sealed record StoreLocation(StoreBackend Backend, string ConnectionString, string Display)
{
    /// <summary>The environment variable that names the store when no <c>--store</c> is given.</summary>
    public const string EnvironmentVariable = "NEWSGRAPH_STORE";

    public const string DefaultFile = "newsgraph.db";

    /// <summary>
    /// Reads <paramref name="spec"/>, else NEWSGRAPH_STORE, else newsgraph.db in the current folder. A postgres:// or
    /// postgresql:// URI or an Npgsql connection string (Host=...) selects PostgreSQL; anything else is an SQLite file.
    /// </summary>
    public static StoreLocation Resolve(string? spec)
    {
        if (string.IsNullOrWhiteSpace(spec))
        {
            spec = Environment.GetEnvironmentVariable(EnvironmentVariable);
        }

        return Parse(string.IsNullOrWhiteSpace(spec) ? DefaultFile : spec.Trim());
    }

    public static StoreLocation Parse(string spec)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(spec);
        if (spec.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase) || spec.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase))
        {
            var builder = FromUri(spec);
            return new StoreLocation(StoreBackend.Postgres, builder.ConnectionString, Describe(builder));
        }

        if (spec.Contains("host=", StringComparison.OrdinalIgnoreCase) && spec.Contains('='))
        {
            NpgsqlConnectionStringBuilder builder;
            try
            {
                builder = new NpgsqlConnectionStringBuilder(spec);
            }
            catch (ArgumentException e)
            {
                throw new StoreException($"'{spec}' is not a valid PostgreSQL connection string: {e.Message}");
            }

            return new StoreLocation(StoreBackend.Postgres, builder.ConnectionString, Describe(builder));
        }

        var path = spec.StartsWith("sqlite:", StringComparison.OrdinalIgnoreCase) ? spec["sqlite:".Length..] : spec;
        return new StoreLocation(StoreBackend.Sqlite, Path.GetFullPath(path), path);
    }

    private static NpgsqlConnectionStringBuilder FromUri(string spec)
    {
        if (!Uri.TryCreate(spec, UriKind.Absolute, out var uri) || string.IsNullOrEmpty(uri.Host))
        {
            throw new StoreException($"'{spec}' is not a valid PostgreSQL URI (postgres://user:password@host:port/database).");
        }

        var builder = new NpgsqlConnectionStringBuilder { Host = uri.Host, Port = uri.IsDefaultPort || uri.Port < 0 ? 5432 : uri.Port };
        var database = Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/'));
        if (database.Length > 0)
        {
            builder.Database = database;
        }

        if (uri.UserInfo.Length > 0)
        {
            var parts = uri.UserInfo.Split(':', 2);
            builder.Username = Uri.UnescapeDataString(parts[0]);
            if (parts.Length == 2)
            {
                builder.Password = Uri.UnescapeDataString(parts[1]);
            }
        }

        foreach (var pair in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var kv = pair.Split('=', 2);
            var key = Uri.UnescapeDataString(kv[0]);
            var value = kv.Length == 2 ? Uri.UnescapeDataString(kv[1]) : "";
            try
            {
                builder[key == "sslmode" ? "SSL Mode" : key] = value;
            }
            catch (ArgumentException)
            {
                throw new StoreException($"'{spec}': unknown connection parameter '{key}'.");
            }
        }

        return builder;
    }

    private static string Describe(NpgsqlConnectionStringBuilder builder) =>
        $"postgres://{builder.Username}@{builder.Host}:{builder.Port}/{builder.Database}";
}

/// <summary>A store that cannot be opened or used; the message names the store and what is wrong.</summary>
internal sealed class StoreException : Exception
{
    public StoreException()
    {
    }

    public StoreException(string message)
        : base(message)
    {
    }

    public StoreException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
