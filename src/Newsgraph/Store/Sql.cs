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

    public static string? String(DbDataReader reader, int column) => reader.IsDBNull(column) ? null : reader.GetString(column);

    public static long? Long(DbDataReader reader, int column) => reader.IsDBNull(column) ? null : Convert.ToInt64(reader.GetValue(column));
}
