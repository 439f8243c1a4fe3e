using System.Data.Common;
using System.Globalization;
using System.Reflection;

namespace Newsgraph.Store;

/// <summary>
/// Brings a store's schema up to date: the embedded scripts Migrations/&lt;dialect&gt;/NNN_name.sql run in order, each in
/// its own transaction with the row that records it in schema_version, so a store is never left between two versions.
/// </summary>
internal static class Migrator
{
    private const string Prefix = "Newsgraph.Store.Migrations.";

    public static IReadOnlyList<Migration> Migrations(SqlDialect dialect)
    {
        var assembly = Assembly.GetExecutingAssembly();
        var list = new List<Migration>();
        foreach (var name in assembly.GetManifestResourceNames())
        {
            if (!name.StartsWith(Prefix, StringComparison.Ordinal))
            {
                continue;
            }

            var rest = name[Prefix.Length..].Replace('\\', '/');
            var slash = rest.IndexOf('/', StringComparison.Ordinal);
            if (slash < 0 || rest[..slash] != dialect.MigrationFolder)
            {
                continue;
            }

            var file = rest[(slash + 1)..];
            var underscore = file.IndexOf('_', StringComparison.Ordinal);
            if (underscore <= 0 || !int.TryParse(file[..underscore], NumberStyles.None, CultureInfo.InvariantCulture, out var version))
            {
                throw new InvalidOperationException($"Migration '{name}' is not named NNN_description.sql.");
            }

            using var stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream);
            list.Add(new Migration(version, file, reader.ReadToEnd()));
        }

        list.Sort((a, b) => a.Version.CompareTo(b.Version));
        for (var i = 0; i < list.Count; i++)
        {
            if (list[i].Version != i + 1)
            {
                throw new InvalidOperationException($"Migrations of {dialect.MigrationFolder} must be numbered 1, 2, 3...; found {list[i].Name} at place {i + 1}.");
            }
        }

        return list;
    }

    /// <summary>Applies every migration above the store's version (up to <paramref name="upTo"/> when given) and returns the version reached.</summary>
    public static int Migrate(DbConnection connection, SqlDialect dialect, int? upTo = null)
    {
        using (var create = Sql.Command(connection, "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied TEXT NOT NULL)"))
        {
            create.ExecuteNonQuery();
        }

        var current = CurrentVersion(connection);
        var migrations = Migrations(dialect);
        if (current > migrations.Count)
        {
            throw new StoreException($"the store has schema version {current}, newer than this Newsgraph knows ({migrations.Count}): update Newsgraph.");
        }

        foreach (var migration in migrations.Where(m => m.Version > current && m.Version <= (upTo ?? int.MaxValue)))
        {
            using var transaction = connection.BeginTransaction();
            using (var command = Sql.Command(connection, migration.Script, transaction))
            {
                command.ExecuteNonQuery();
            }

            using (var record = Sql.Command(connection, "INSERT INTO schema_version (version, name, applied) VALUES (@version, @name, @applied)", transaction))
            {
                Sql.Add(record, "version", migration.Version);
                Sql.Add(record, "name", migration.Name);
                Sql.Add(record, "applied", DateTime.UtcNow.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture));
                record.ExecuteNonQuery();
            }

            transaction.Commit();
            current = migration.Version;
        }

        return current;
    }

    public static int CurrentVersion(DbConnection connection)
    {
        using var command = Sql.Command(connection, "SELECT coalesce(max(version), 0) FROM schema_version");
        return Convert.ToInt32(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }
}

internal sealed record Migration(int Version, string Name, string Script);
