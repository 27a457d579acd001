using Parquet;
using Parquet.Schema;

namespace Resolution2006_27.Model.Dataset;

/// <summary>
/// Writes one table's rows to one Parquet file in row groups of <see cref="RowGroupSize"/>: memory holds one row
/// group, whatever the corpus. Parquet.Net's low-level writer, column by column, with Parquet's own types.
/// </summary>
internal sealed class ParquetTableWriter<TRow> : IDisposable
{
    /// <summary>Rows per row group: large enough for engines to read well, small enough to keep memory flat.</summary>
    public const int RowGroupSize = 16_384;

    private readonly TableSpec<TRow> spec;
    private readonly Stream stream;
    private readonly ParquetWriter writer;
    private readonly Field[] fields;
    // The row group being filled, column by column: the values are taken from a row as it is added, so a row group
    // holds its values and never the resolutions they came from.
    private readonly List<object?>[] buffer;

    public ParquetTableWriter(TableSpec<TRow> spec, string path, IReadOnlyDictionary<string, string> metadata)
    {
        this.spec = spec;
        fields = [.. spec.Table.Columns.Select(FieldOf)];
        buffer = [.. fields.Select(_ => new List<object?>())];
        stream = File.Create(path);
        writer = ParquetWriter.CreateAsync(new ParquetSchema(fields), stream).GetAwaiter().GetResult();
        writer.CustomMetadata = metadata;
    }

    public long Rows { get; private set; }

    public void Add(TRow row)
    {
        for (var c = 0; c < buffer.Length; c++)
        {
            var value = spec.Getters[c](row);
            // A list is copied: a lazy sequence would keep its source alive until the row group is written.
            buffer[c].Add(value is IEnumerable<string> items ? items.ToArray() : value);
        }
        Rows++;
        if (buffer[0].Count >= RowGroupSize)
        {
            Flush();
        }
    }

    private static Field FieldOf(DatasetColumn column) => column.Type switch
    {
        DatasetColumnType.String => new DataField<string>(column.Name),
        DatasetColumnType.Int32 => new DataField<int>(column.Name),
        DatasetColumnType.NullableInt32 => new DataField<int?>(column.Name),
        DatasetColumnType.Boolean => new DataField<bool>(column.Name),
        DatasetColumnType.Date => new DataField<DateOnly?>(column.Name),
        // Required elements: an empty list is then written as one null at repetition level 0, which Parquet.Net
        // records as "the list is there and has no element" (the only way its low-level API says so).
        DatasetColumnType.StringList => new ListField(column.Name, new DataField<string>("element", false)),
        _ => throw new ArgumentOutOfRangeException(nameof(column)),
    };

    private void Flush()
    {
        if (buffer[0].Count == 0)
        {
            return;
        }
        using var group = writer.CreateRowGroup();
        for (var c = 0; c < fields.Length; c++)
        {
            WriteColumn(group, spec.Table.Columns[c].Type, fields[c], buffer[c]).GetAwaiter().GetResult();
            buffer[c].Clear();
        }
    }

    private static Task WriteColumn(ParquetRowGroupWriter group, DatasetColumnType type, Field field, List<object?> column)
    {
        switch (type)
        {
            case DatasetColumnType.String:
                return group.WriteAsync((DataField)field, [.. column.Select(v => (string?)v)!], null);
            case DatasetColumnType.Int32:
                return group.WriteAsync<int>((DataField)field, column.Select(v => (int)v!).ToArray().AsMemory(), null, null, default);
            case DatasetColumnType.NullableInt32:
                return group.WriteAsync<int>((DataField)field, column.Select(v => (int?)v).ToArray().AsMemory(), null, null, default);
            case DatasetColumnType.Boolean:
                return group.WriteAsync<bool>((DataField)field, column.Select(v => (bool)v!).ToArray().AsMemory(), null, null, default);
            case DatasetColumnType.Date:
                return group.WriteAsync<DateOnly>((DataField)field, column.Select(v => (DateOnly?)v).ToArray().AsMemory(), null, null, default);
            default:
                var values = new List<string?>();
                var levels = new List<int>();
                foreach (var cell in column)
                {
                    var items = (IEnumerable<string>?)cell ?? [];
                    var first = true;
                    foreach (var item in items)
                    {
                        values.Add(item);
                        levels.Add(first ? 0 : 1);
                        first = false;
                    }
                    if (first)
                    {
                        values.Add(null);
                        levels.Add(0);
                    }
                }
                return group.WriteAsync((DataField)((ListField)field).Item, values!, levels.ToArray().AsMemory());
        }
    }

    public void Dispose()
    {
        Flush();
        writer.DisposeAsync().AsTask().GetAwaiter().GetResult();
        stream.Dispose();
    }
}
