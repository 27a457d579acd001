using System.Globalization;
using Resolution2006_27.Model.Dataset;

namespace Resolution2006_27.Model.Tests.Dataset;

/// <summary>
/// One table written row by row: row groups of <see cref="ParquetTableWriter{TRow}.RowGroupSize"/> rows, the last one
/// short, none empty; every column type read back by DuckDB as written, an empty list as an empty list.
/// </summary>
public sealed class ParquetTableWriterTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("res2006-parquet-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private static readonly TableSpec<int> Numbers = new TableSpec<int>("numbers", "one number", "n")
        .Column("n", DatasetColumnType.Int32, "the number", n => n)
        .Column("text", DatasetColumnType.String, "its digits, or null for multiples of 7", n => n % 7 == 0 ? null : n.ToString(CultureInfo.InvariantCulture))
        .Column("maybe", DatasetColumnType.NullableInt32, "the number over 3 where it divides, else null", n => n % 3 == 0 ? n / 3 : null)
        .Column("even", DatasetColumnType.Boolean, "whether it is even", n => n % 2 == 0)
        .Column("day", DatasetColumnType.Date, "a day counted from 2000-01-01, null for multiples of 5", n => n % 5 == 0 ? null : new DateOnly(2000, 1, 1).AddDays(n))
        .Column("digits", DatasetColumnType.StringList, "its last digits, none for multiples of 4", n => Enumerable.Range(0, n % 4).Select(i => ((n + i) % 10).ToString(CultureInfo.InvariantCulture)))
        .Column("odd", DatasetColumnType.StringList, "the number for an odd one; no list at all for an even one", n => n % 2 == 1 ? new[] { n.ToString(CultureInfo.InvariantCulture) } : null);

    private string Write(int rows)
    {
        var path = Path.Combine(folder, $"numbers-{rows}.parquet");
        using (var writer = new ParquetTableWriter<int>(Numbers, path, new Dictionary<string, string> { ["k"] = "v" }))
        {
            for (var n = 0; n < rows; n++)
            {
                writer.Add(n);
            }
            Assert.Equal(rows, writer.Rows);
        }
        return Path.GetFileName(path);
    }

    private List<long> RowGroups(string file) =>
        [.. DuckDb.Query(folder, $"SELECT DISTINCT row_group_id, row_group_num_rows FROM parquet_metadata('{file}') ORDER BY 1").Select(r => Convert.ToInt64(r[1], CultureInfo.InvariantCulture))];

    [Theory]
    [InlineData(0, new long[0])]
    [InlineData(1, new long[] { 1 })]
    [InlineData(ParquetTableWriter<int>.RowGroupSize, new long[] { ParquetTableWriter<int>.RowGroupSize })]
    [InlineData(ParquetTableWriter<int>.RowGroupSize + 1, new long[] { ParquetTableWriter<int>.RowGroupSize, 1 })]
    [InlineData(2 * ParquetTableWriter<int>.RowGroupSize, new long[] { ParquetTableWriter<int>.RowGroupSize, ParquetTableWriter<int>.RowGroupSize })]
    public void Rows_GoInGroupsOfTheSize_TheLastShort_NoneEmpty(int rows, long[] groups)
    {
        var file = Write(rows);
        Assert.Equal(groups, RowGroups(file));
        Assert.Equal((long)rows, DuckDb.Query(folder, $"SELECT count(*) FROM '{file}'")[0][0]);
    }

    [Fact]
    public void EveryColumnType_ReadsBackAsWritten_AcrossRowGroups()
    {
        var rows = ParquetTableWriter<int>.RowGroupSize + 30;
        var file = Write(rows);
        var read = DuckDb.Query(folder, $"SELECT n, text, maybe, even, day, digits, odd FROM '{file}' ORDER BY n");
        Assert.Equal(rows, read.Count);
        foreach (var row in read)
        {
            var n = (int)row[0]!;
            Assert.Equal(n % 7 == 0 ? null : n.ToString(CultureInfo.InvariantCulture), row[1]);
            Assert.Equal(n % 3 == 0 ? n / 3 : null, (int?)row[2]);
            Assert.Equal(n % 2 == 0, row[3]);
            Assert.Equal(n % 5 == 0 ? null : new DateOnly(2000, 1, 1).AddDays(n), (DateOnly?)row[4]);
            var digits = DuckDb.Strings(row[5]); // never null: an empty list for none
            Assert.Equal(Enumerable.Range(0, n % 4).Select(i => ((n + i) % 10).ToString(CultureInfo.InvariantCulture)), digits);
            // A getter that gives no list writes an empty one, as the dataset's list columns promise.
            Assert.Equal(n % 2 == 1 ? [n.ToString(CultureInfo.InvariantCulture)] : [], DuckDb.Strings(row[6]));
        }
    }

    [Fact]
    public void AListColumn_IsParquetsThreeLevelList_OfRequiredElements()
    {
        // The LIST convention readers expect: the column, a repeated group, and its items named "element".
        var file = Write(5);
        var schema = DuckDb.Query(folder, $"SELECT name, repetition_type FROM parquet_schema('{file}') WHERE name IN ('digits', 'list', 'element') ORDER BY name")
            .Select(r => ((string)r[0]!, (string?)r[1]));
        Assert.Contains(("element", "REQUIRED"), schema);
        Assert.Contains(schema, c => c.Item1 == "digits");
    }

    [Fact]
    public void AWrittenFile_IsClosed_WhenTheWriterIsDisposed()
    {
        // Nothing of the writer holds the file: it can be opened for writing, alone, at once.
        var file = Path.Combine(folder, Write(3));
        using var alone = new FileStream(file, FileMode.Open, FileAccess.ReadWrite, FileShare.None);
        Assert.True(alone.Length > 0);
    }

    [Fact]
    public void TheMetadataGiven_IsTheFilesKeyValueMetadata()
    {
        var file = Write(3);
        var pairs = DuckDb.Query(folder, $"SELECT decode(key), decode(value) FROM parquet_kv_metadata('{file}') WHERE decode(key) = 'k'");
        Assert.Equal("v", Assert.Single(pairs)[1]);
    }
}
