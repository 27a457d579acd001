using Resolution2006_27.Model.Corpus;
using Resolution2006_27.Model.Dataset;
using Resolution2006_27.Model.Queries;

namespace Resolution2006_27.Model.Tests.Dataset;

/// <summary>
/// The dataset of the 550 resolutions of the development corpus, written once and read back by a real engine
/// (DuckDB): its tables have the documented columns and types, and counts and joins in SQL give what the
/// library's own queries give.
/// </summary>
public sealed class DatasetTests : IClassFixture<DatasetTests.Written>
{
    /// <summary>The dataset, written once for the class, and the resolutions it was written from.</summary>
    public sealed class Written : IDisposable
    {
        public Written()
        {
            var dev = Path.Combine(TestData.SharedPath, "corpus-dev");
            var files = ResolutionCorpus.Read(Chosen(Path.Combine(dev, "eosg"))).Concat(ResolutionCorpus.Read(Chosen(Path.Combine(dev, "unsc")))).ToList();
            Resolutions = [.. files.Where(f => f.DuplicateOf is null).Select(f => f.Resolution).OfType<Resolution>()];
            Summary = DatasetWriter.Write(files, Folder);
        }

        public string Folder { get; } = Path.Combine(Path.GetTempPath(), $"res2006-dataset-{Guid.NewGuid():N}");

        /// <summary>The whole development corpus: 550 resolutions (551 files, one a twin of another).</summary>
        public int Expected => Cases.DevCorpusStride == 1 ? 550 : Resolutions.Count;

        private string Copies => Folder + "-input";

        /// <summary>
        /// The folder itself, or in a mutation run (<see cref="Cases.DevCorpusStride"/>) a copy of every tenth file and
        /// of those the facts below are read off: S/RES/818 (1993) and the texts that cite the Trafficking Protocol.
        /// </summary>
        private string Chosen(string folder)
        {
            if (Cases.DevCorpusStride == 1)
            {
                return folder;
            }
            var copy = Path.Combine(Copies, Path.GetFileName(folder));
            Directory.CreateDirectory(copy);
            var names = Directory.GetFiles(folder).Order(StringComparer.Ordinal).ToList();
            for (var i = 0; i < names.Count; i++)
            {
                if (i % Cases.DevCorpusStride == 0 || Path.GetFileName(names[i]) == "S_RES_0818_1993.txt"
                    || File.ReadAllText(names[i]).Contains("Trafficking in Persons", StringComparison.Ordinal))
                {
                    File.Copy(names[i], Path.Combine(copy, Path.GetFileName(names[i])));
                }
            }
            return copy;
        }

        public List<Resolution> Resolutions { get; }

        public DatasetSummary Summary { get; }

        public void Dispose()
        {
            Directory.Delete(Folder, recursive: true);
            if (Directory.Exists(Copies))
            {
                Directory.Delete(Copies, recursive: true);
            }
        }
    }

    private readonly Written written;

    public DatasetTests(Written written) => this.written = written;

    private List<object?[]> Query(string sql) => DuckDb.Query(written.Folder, sql);

    private static string DuckType(DatasetColumnType type) => type switch
    {
        DatasetColumnType.String => "VARCHAR",
        DatasetColumnType.Int32 or DatasetColumnType.NullableInt32 => "INTEGER",
        DatasetColumnType.Boolean => "BOOLEAN",
        DatasetColumnType.Date => "DATE",
        _ => "VARCHAR[]",
    };

    [Fact]
    public void EveryTable_HasTheDocumentedColumnsAndTypes()
    {
        Assert.Equal(DatasetSchema.Tables.Select(t => t.Name + ".parquet").Order(), Directory.GetFiles(written.Folder).Select(Path.GetFileName).Order());
        foreach (var table in DatasetSchema.Tables)
        {
            var described = Query($"DESCRIBE SELECT * FROM '{table.Name}.parquet'").Select(r => ((string)r[0]!, (string)r[1]!));
            Assert.Equal(table.Columns.Select(c => (c.Name, DuckType(c.Type))), described);
        }
    }

    [Fact]
    public void EveryResolutionIsARow_AndRowCountsAreTheLibrarys()
    {
        Assert.Equal(written.Expected, written.Summary.Resolutions);
        Assert.Equal((long)written.Expected, Query("SELECT count(*) FROM 'resolutions.parquet'")[0][0]);
        Assert.Equal((long)written.Resolutions.Sum(r => r.Asks().Count()), Query("SELECT count(*) FROM 'asks.parquet'")[0][0]);
        Assert.Equal((long)written.Resolutions.Sum(r => r.Parts.Count()), Query("SELECT count(*) FROM 'parts.parquet'")[0][0]);
        Assert.Equal((long)written.Resolutions.Sum(r => r.Parts.Sum(p => p.Citations.Count)), Query("SELECT count(*) FROM 'citations.parquet'")[0][0]);
    }

    [Fact]
    public void AsksToUnodcByResolution_AreTheLibrarysQuery()
    {
        var expected = written.Resolutions.SelectMany(r => r.Asks()).Where(a => a.Addressee.ActorId == "unodc")
            .GroupBy(a => a.Symbol).Select(g => (g.Key, (long)g.Count())).Order();
        var actual = Query("SELECT symbol, count(*) FROM 'asks.parquet' WHERE addressee_id = 'unodc' GROUP BY symbol ORDER BY symbol")
            .Select(r => ((string)r[0]!, (long)r[1]!));
        Assert.NotEmpty(expected);
        Assert.Equal(expected, actual.Order());
    }

    [Fact]
    public void CitationsOfTheProtocolByPinpoint_AreTheLibrarys_WithThePathAsAList()
    {
        var citations = written.Resolutions.SelectMany(r => r.Parts.SelectMany(p => p.Citations)).Where(c => c.InstrumentId == "trafficking-protocol").ToList();
        Assert.NotEmpty(citations);
        var expected = citations.GroupBy(c => c.Pinpoint?.Text ?? "").Select(g => (g.Key, (long)g.Count())).Order();
        var actual = Query("SELECT coalesce(pinpoint, ''), count(*) FROM 'citations.parquet' WHERE instrument_id = 'trafficking-protocol' GROUP BY 1")
            .Select(r => ((string)r[0]!, (long)r[1]!));
        Assert.Equal(expected, actual.Order());
        // The path is a list: as long as the library's, and empty (not null) where there is no pinpoint.
        var lengths = Query("SELECT len(pinpoint_path), pinpoint IS NULL FROM 'citations.parquet' WHERE instrument_id = 'trafficking-protocol'")
            .Select(r => (Convert.ToInt32(r[0], System.Globalization.CultureInfo.InvariantCulture), (bool)r[1]!)).Order();
        Assert.Equal(citations.Select(c => (c.Pinpoint?.Path.Count ?? 0, c.Pinpoint is null)).Order(), lengths);
    }

    [Fact]
    public void Keys_Join()
    {
        // Every ask with an actor joins one actor; every part, citation and ask joins its resolution; every citation its instrument.
        Assert.Equal(0L, Query("SELECT count(*) FROM 'asks.parquet' a LEFT JOIN 'actors.parquet' x ON a.addressee_id = x.actor_id WHERE a.addressee_id IS NOT NULL AND x.actor_id IS NULL")[0][0]);
        Assert.Equal(0L, Query("SELECT count(*) FROM 'parts.parquet' p ANTI JOIN 'resolutions.parquet' r USING (symbol)")[0][0]);
        Assert.Equal(0L, Query("SELECT count(*) FROM 'citations.parquet' c ANTI JOIN 'instruments.parquet' i USING (instrument_id)")[0][0]);
        Assert.Equal(0L, Query("SELECT count(*) FROM 'asks.parquet' a ANTI JOIN 'parts.parquet' p USING (symbol, part_id)")[0][0]);
        // Keys are keys: no two rows share one.
        foreach (var table in DatasetSchema.Tables.Where(t => t.Name != "diagnostics"))
        {
            var key = string.Join(", ", table.Key);
            Assert.Equal(0L, Query($"SELECT count(*) FROM (SELECT {key} FROM '{table.Name}.parquet' GROUP BY {key} HAVING count(*) > 1)")[0][0]);
        }
    }

    [Fact]
    public void AStateAsked_IsFoundByItsIsoCode()
    {
        // S/RES/818 (1993) asks Mozambique in paragraphs 2, 4, 5, 8 and 10 (read off the text).
        var parts = Query("SELECT a.part_id FROM 'asks.parquet' a JOIN 'actors.parquet' x ON a.addressee_id = x.actor_id WHERE x.iso_alpha3 = 'MOZ' ORDER BY a.paragraph")
            .Select(r => (string)r[0]!);
        Assert.Equal(["OP2", "OP4", "OP5", "OP8", "OP10"], parts);
    }

    [Fact]
    public void Write_LeavesNothingWhenItFails_AndKeepsAnExistingFolder()
    {
        var target = Path.Combine(Path.GetTempPath(), $"res2006-dataset-{Guid.NewGuid():N}");
        IEnumerable<CorpusFile> Failing()
        {
            yield return new CorpusFile("x.txt", Fresh.Seed(), Model.Collections.ValueList<Model.Diagnostics.Diagnostic>.Empty);
            throw new IOException("the disk is full");
        }
        Assert.Throws<IOException>(() => DatasetWriter.Write(Failing(), target));
        Assert.False(Directory.Exists(target));
        Assert.Empty(Directory.GetDirectories(Path.GetTempPath(), $".{Path.GetFileName(target)}*"));

        Directory.CreateDirectory(target);
        try
        {
            Assert.Throws<IOException>(() => DatasetWriter.Write([Fresh.Seed()], target));
            Assert.Empty(Directory.GetFiles(target));
            DatasetWriter.Write([Fresh.Seed()], target, overwrite: true);
            Assert.Equal(DatasetSchema.Tables.Count, Directory.GetFiles(target).Length);
        }
        finally
        {
            Directory.Delete(target, recursive: true);
        }
    }
}
