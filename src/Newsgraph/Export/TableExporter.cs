using System.Data.Common;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Newsgraph.Store;
using Parquet;
using Parquet.Schema;

namespace Newsgraph.Export;

internal enum ExportFormat
{
    Parquet,
    Jsonl,
    Gkg,
}

/// <summary>Writes every table of a store as <c>DIR/table.parquet</c> or <c>DIR/table.jsonl</c>, streaming rows.</summary>
internal static class TableExporter
{
    /// <summary>Rows per Parquet row group: large enough for good compression and scans, small enough to hold in memory.</summary>
    private const int RowGroupRows = 50_000;

    private static readonly JsonWriterOptions JsonOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Exports each table and returns the files written with their row counts.</summary>
    public static async Task<IReadOnlyList<(string File, long Rows)>> ExportAsync(ArticleStore store, ExportFormat format, string folder, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        Directory.CreateDirectory(folder);
        var written = new List<(string, long)>();
        foreach (var table in StoreTables.All)
        {
            var path = Path.Combine(folder, table.Name + (format == ExportFormat.Parquet ? ".parquet" : ".jsonl"));
            var rows = format == ExportFormat.Parquet
                ? await WriteParquetAsync(store, table, path, cancellation).ConfigureAwait(false)
                : WriteJsonl(store, table, path);
            written.Add((path, rows));
        }

        return written;
    }

    private static long WriteJsonl(ArticleStore store, Table table, string path)
    {
        using var command = Sql.Command(store.Connection, StoreTables.Select(table));
        using var reader = command.ExecuteReader();
        using var file = File.Create(path);
        long rows = 0;
        while (reader.Read())
        {
            using (var writer = new Utf8JsonWriter(file, JsonOptions))
            {
                writer.WriteStartObject();
                for (var i = 0; i < table.Columns.Count; i++)
                {
                    var column = table.Columns[i];
                    if (reader.IsDBNull(i))
                    {
                        writer.WriteNull(column.Name);
                        continue;
                    }

                    switch (column.Type)
                    {
                        case ColumnType.String:
                            writer.WriteString(column.Name, reader.GetString(i));
                            break;
                        case ColumnType.Double:
                            writer.WriteNumber(column.Name, Convert.ToDouble(reader.GetValue(i), CultureInfo.InvariantCulture));
                            break;
                        default:
                            writer.WriteNumber(column.Name, Convert.ToInt64(reader.GetValue(i), CultureInfo.InvariantCulture));
                            break;
                    }
                }

                writer.WriteEndObject();
            }

            file.Write("\n"u8);
            rows++;
        }

        return rows;
    }

    private static async Task<long> WriteParquetAsync(ArticleStore store, Table table, string path, CancellationToken cancellation)
    {
        var fields = table.Columns.Select(c => c.Type switch
        {
            ColumnType.Long => (DataField)new DataField<long?>(c.Name),
            ColumnType.Int => new DataField<int?>(c.Name),
            ColumnType.Double => new DataField<double?>(c.Name),
            _ => new DataField<string>(c.Name, true),
        }).ToArray();
        var schema = new ParquetSchema(fields);
        var buffers = table.Columns.Select(c => c.Type switch
        {
            ColumnType.Long => (ColumnBuffer)new ColumnBuffer<long?>(),
            ColumnType.Int => new ColumnBuffer<int?>(),
            ColumnType.Double => new ColumnBuffer<double?>(),
            _ => new ColumnBuffer<string?>(),
        }).ToArray();

        using var command = Sql.Command(store.Connection, StoreTables.Select(table));
        using var reader = command.ExecuteReader();
        await using var file = File.Create(path);
        await using var writer = await ParquetWriter.CreateAsync(schema, file, cancellationToken: cancellation).ConfigureAwait(false);
        long rows = 0;
        var inGroup = 0;
        while (reader.Read())
        {
            for (var i = 0; i < buffers.Length; i++)
            {
                buffers[i].Add(reader, i);
            }

            rows++;
            if (++inGroup == RowGroupRows)
            {
                await FlushAsync(writer, fields, buffers, cancellation).ConfigureAwait(false);
                inGroup = 0;
            }
        }

        // A table with no rows still gets one empty row group, so readers see its schema.
        if (inGroup > 0 || rows == 0)
        {
            await FlushAsync(writer, fields, buffers, cancellation).ConfigureAwait(false);
        }

        return rows;
    }

    private static async Task FlushAsync(ParquetWriter writer, DataField[] fields, ColumnBuffer[] buffers, CancellationToken cancellation)
    {
        using var group = writer.CreateRowGroup();
        for (var i = 0; i < fields.Length; i++)
        {
            await buffers[i].WriteAsync(group, fields[i], cancellation).ConfigureAwait(false);
            buffers[i].Clear();
        }
    }

    private abstract class ColumnBuffer
    {
        public abstract void Add(DbDataReader reader, int column);

        public abstract Task WriteAsync(ParquetRowGroupWriter group, DataField field, CancellationToken cancellation);

        public abstract void Clear();
    }

    private sealed class ColumnBuffer<T> : ColumnBuffer
    {
        private readonly List<T> _values = [];

        public override void Add(DbDataReader reader, int column)
        {
            if (reader.IsDBNull(column))
            {
                _values.Add(default!);
                return;
            }

            var value = reader.GetValue(column);
            object converted = typeof(T) == typeof(string) ? Convert.ToString(value, CultureInfo.InvariantCulture)!
                : typeof(T) == typeof(long?) ? (object)Convert.ToInt64(value, CultureInfo.InvariantCulture)
                : typeof(T) == typeof(int?) ? (object)Convert.ToInt32(value, CultureInfo.InvariantCulture)
                : (object)Convert.ToDouble(value, CultureInfo.InvariantCulture);
            _values.Add((T)converted);
        }

        public override Task WriteAsync(ParquetRowGroupWriter group, DataField field, CancellationToken cancellation) => _values switch
        {
            List<string?> strings => group.WriteAsync(field, (IReadOnlyCollection<string>)strings!),
            List<long?> longs => group.WriteAsync<long>(field, longs.ToArray(), cancellationToken: cancellation),
            List<int?> ints => group.WriteAsync<int>(field, ints.ToArray(), cancellationToken: cancellation),
            List<double?> doubles => group.WriteAsync<double>(field, doubles.ToArray(), cancellationToken: cancellation),
            _ => throw new InvalidOperationException($"No Parquet column for {typeof(T)}."),
        };

        public override void Clear() => _values.Clear();
    }
}
