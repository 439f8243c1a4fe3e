using System.Data.Common;

namespace Newsgraph.Store;

/// <summary>Small helpers over ADO.NET that both providers share.</summary>
internal static class Sql
{
    public static void Add(DbCommand command, string name, object? value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value ?? DBNull.Value;
        command.Parameters.Add(parameter);
    }

    public static DbCommand Command(DbConnection connection, string sql, DbTransaction? transaction = null)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        return command;
    }

    /// <summary>Parameters per statement: under SQLite's limit of 32,766 and PostgreSQL's of 65,535.</summary>
    private const int MaxParameters = 30_000;

    /// <summary>INSERT statements of many rows each (as few as the parameter limit allows), with <paramref name="suffix"/> after the values.</summary>
    public static IEnumerable<DbCommand> MultiRowInserts(DbConnection connection, DbTransaction transaction, string table, string[] columns, List<object?[]> rows, string suffix)
    {
        var perStatement = MaxParameters / columns.Length;
        for (var first = 0; first < rows.Count; first += perStatement)
        {
            var count = Math.Min(perStatement, rows.Count - first);
            var text = new System.Text.StringBuilder($"INSERT INTO {table} ({string.Join(", ", columns)}) VALUES ");
            var command = Command(connection, "", transaction);
            for (var r = 0; r < count; r++)
            {
                text.Append(r == 0 ? "(" : ", (");
                for (var c = 0; c < columns.Length; c++)
                {
                    var name = $"r{r}c{c}";
                    text.Append(c == 0 ? "@" : ", @").Append(name);
                    Add(command, name, rows[first + r][c]);
                }

                text.Append(')');
            }

            command.CommandText = text.Append(suffix).ToString();
            yield return command;
        }
    }

    public static string? String(DbDataReader reader, int column) => reader.IsDBNull(column) ? null : reader.GetString(column);

    public static long? Long(DbDataReader reader, int column) => reader.IsDBNull(column) ? null : Convert.ToInt64(reader.GetValue(column));
}
