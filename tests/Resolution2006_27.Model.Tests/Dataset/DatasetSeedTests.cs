using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Resolution2006_27.Model.Collections;
using Resolution2006_27.Model.Corpus;
using Resolution2006_27.Model.Dataset;
using Resolution2006_27.Model.Diagnostics;
using Resolution2006_27.Model.Text;

namespace Resolution2006_27.Model.Tests.Dataset;

/// <summary>
/// The dataset of a small corpus built by hand around the seed, row by row: the values are read off the adopted
/// text (E/RES/2006/27: 20 preambular and 18 operative paragraphs, footnotes 1 to 11, adopted on 27 July 2006), and
/// the files around it are the cases a corpus brings (a second file of the same symbol, a file twinned with another,
/// a file that gave no resolution).
/// </summary>
public sealed class DatasetSeedTests : IClassFixture<DatasetSeedTests.Written>
{
    private static readonly Diagnostic Warning = new("RES0999", DiagnosticSeverity.Warning, "a warning of the first file", new SourceSpan(40, 5, 3, 7));
    private static readonly Diagnostic Error = new("RES0998", DiagnosticSeverity.Error, "no resolution in it", new SourceSpan(0, 1, 1, 1));

    /// <summary>The seed parsed anew and its dataset, written once for the class: no test changes either.</summary>
    public sealed class Written : IDisposable
    {
        public Written()
        {
            Summary = DatasetWriter.Write(
                [
                    new CorpusFile("a.txt", Seed, ValueList.Of(Warning)),
                    new CorpusFile("b.txt", Seed, ValueList.Of(Warning)), // the same symbol again: skipped, its diagnostics too
                    new CorpusFile("c.txt", Seed, ValueList<Diagnostic>.Empty, DuplicateOf: "a.txt"),
                    new CorpusFile("d.txt", null, ValueList.Of(Error)), // no resolution: its diagnostics only
                ],
                Folder);
        }

        public string Folder { get; } = Path.Combine(Path.GetTempPath(), $"res2006-seed-dataset-{Guid.NewGuid():N}");

        public Resolution Seed { get; } = Fresh.Seed();

        public DatasetSummary Summary { get; }

        public void Dispose() => Directory.Delete(Folder, recursive: true);
    }

    private readonly string folder;
    private readonly Resolution seed;
    private readonly DatasetSummary summary;

    public DatasetSeedTests(Written written) => (folder, seed, summary) = (written.Folder, written.Seed, written.Summary);

    private List<object?[]> Query(string sql) => DuckDb.Query(folder, sql);

    private object?[] Single(string sql) => Assert.Single(Query(sql));

    [Fact]
    public void Summary_CountsTheResolutionWritten_TheFilesSkipped_AndEveryTablesRows()
    {
        Assert.Equal((1, 3), (summary.Resolutions, summary.Skipped));
        Assert.Equal(Path.GetFullPath(folder), summary.Directory);
        Assert.Equal(DatasetSchema.Tables.Select(t => t.Name), summary.Rows.Select(r => r.Key));
        foreach (var (table, rows) in summary.Rows)
        {
            Assert.Equal(rows, Single($"SELECT count(*) FROM '{table}.parquet'")[0]);
        }
        Assert.Equal(1L, summary.Rows.Single(r => r.Key == "resolutions").Value);
        Assert.Equal(11L, summary.Rows.Single(r => r.Key == "footnotes").Value);
        Assert.Equal(2L, summary.Rows.Single(r => r.Key == "diagnostics").Value);
    }

    [Fact]
    public void EveryFile_CarriesTheDatasetAndDataVersions()
    {
        foreach (var table in DatasetSchema.Tables)
        {
            var pairs = Query($"SELECT decode(key), decode(value) FROM parquet_kv_metadata('{table.Name}.parquet') WHERE decode(key) LIKE 'res2006.%' ORDER BY 1")
                .Select(r => ((string)r[0]!, (string)r[1]!));
            Assert.Equal([("res2006.dataVersion", seed.DataVersion), ("res2006.datasetVersion", DatasetSchema.Version)], pairs);
        }
    }

    [Fact]
    public void TheResolutionsRow_IsTheSeedsMastheadAndCounts()
    {
        var row = Single("SELECT symbol, number, organ_id, adoption_date, preambular_paragraphs, operative_paragraphs, footnotes, diagnostics, source_name, source_length, source_sha256, data_version, title FROM 'resolutions.parquet'");
        Assert.Equal("E/RES/2006/27", row[0]);
        Assert.Equal("2006/27", row[1]);
        Assert.Equal("ecosoc", row[2]);
        Assert.Equal(new DateOnly(2006, 7, 27), row[3]);
        Assert.Equal((20, 18, 11, 1), ((int)row[4]!, (int)row[5]!, (int)row[6]!, (int)row[7]!));
        Assert.Equal("a.txt", row[8]);
        Assert.Equal(Resolutions.SeedText.Length, (int)row[9]!);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Resolutions.SeedText))), row[10]);
        Assert.Equal(seed.DataVersion, row[11]);
        Assert.StartsWith("Strengthening international cooperation in preventing and combating trafficking in persons", (string)row[12]!, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("PP1", "preambular", null, 1, 13)]
    [InlineData("PP11", "preambular", null, 1, 55)] // indented, with no blank line above it
    [InlineData("PP20", "preambular", null, 1, 109)] // the same
    [InlineData("OP1", "operative", null, 1, 117)]
    [InlineData("OP2(a)", "item", "OP2", 2, 127)]
    [InlineData("OP3(b)(ii)", "item", "OP3(b)", 3, 154)]
    [InlineData("OP18", "operative", null, 1, 283)]
    public void APart_IsItsKindParentLevelAndLine(string part, string kind, string? parent, int level, int line)
    {
        var row = Single($"SELECT kind, parent_id, level, line, section FROM 'parts.parquet' WHERE part_id = '{part}'");
        Assert.Equal((kind, parent, level, line, null), ((string)row[0]!, (string?)row[1], (int)row[2]!, (int)row[3]!, row[4]));
    }

    [Fact]
    public void Addressees_AreNumberedFromOne_WithTheirQuantifierAndQualifier()
    {
        // 1. Urges Member States that have not done so to consider ...; 2. Urges all Member States: ...
        var first = Single("SELECT position, actor_id, text, scope, quantifier, qualifier, lemma FROM 'addressees.parquet' WHERE part_id = 'OP1'");
        Assert.Equal([1, "member-states", "Member States that have not done so", "restricted", null, "that have not done so", "urge"], first);
        var second = Single("SELECT position, actor_id, text, scope, quantifier, qualifier, lemma FROM 'addressees.parquet' WHERE part_id = 'OP2'");
        Assert.Equal([1, "member-states", "all Member States", "all", "all", null, "urge"], second);
    }

    [Fact]
    public void Footnotes_NameEveryPartThatCallsThem()
    {
        // Footnote 6 (the Convention) is called in PP6 and again in OP1; 11 in OP15 and OP16.
        var parts = Query("SELECT number, part_ids FROM 'footnotes.parquet' WHERE number IN (6, 11) ORDER BY number")
            .Select(r => ((int)r[0]!, Joined(r[1])));
        Assert.Equal([(6, "PP6,OP1"), (11, "OP15,OP16")], parts);
        Assert.Equal(Enumerable.Range(1, 11), Query("SELECT number FROM 'footnotes.parquet' ORDER BY number").Select(r => (int)r[0]!));
    }

    [Fact]
    public void Diagnostics_AreTheWrittenFilesOnly_WithTheSymbolWhereThereIsOne()
    {
        var rows = Query("SELECT source_name, symbol, id, severity, message, line, \"column\" FROM 'diagnostics.parquet' ORDER BY source_name")
            .Select(r => string.Join("|", r.Select(v => Convert.ToString(v, CultureInfo.InvariantCulture))));
        Assert.Equal(["a.txt|E/RES/2006/27|RES0999|warning|a warning of the first file|3|7", "d.txt||RES0998|error|no resolution in it|1|1"], rows);
    }

    [Fact]
    public void ActorsAndInstruments_AreThoseTheResolutionNames_EachOnce()
    {
        Assert.Equal(seed.Actors.Select(a => a.Id).Order(StringComparer.Ordinal), Query("SELECT actor_id FROM 'actors.parquet'").Select(r => (string)r[0]!).Order(StringComparer.Ordinal));
        Assert.Equal(seed.Instruments.Select(i => i.Id).Order(StringComparer.Ordinal), Query("SELECT instrument_id FROM 'instruments.parquet'").Select(r => (string)r[0]!).Order(StringComparer.Ordinal));
        var unodc = Single("SELECT name, kind, iso_alpha3, verified FROM 'actors.parquet' WHERE actor_id = 'unodc'");
        // The registry gives its kind editorially, so its facts are not marked verified (registry.json).
        Assert.Equal(["United Nations Office on Drugs and Crime", "unSecretariat", null, false], unodc);
    }

    [Theory]
    [InlineData("PP7", "Recalling also", "recall", "also", "reinforcing", "none", 0)] // DOMAIN.md: recall reinforces; a preambular phrase asks nothing
    [InlineData("OP1", "Urges", "urge", "", "directive", "requesting", 2)] // DOMAIN.md: requests, urges, calls upon > encourages, invites
    [InlineData("OP4", "Also invites", "invite", "Also", "directive", "encouraging", 1)]
    [InlineData("OP16", "Also requests", "request", "Also", "directive", "requesting", 2)]
    [InlineData("OP17", "Encourages", "encourage", "", "directive", "encouraging", 1)]
    public void APhrase_IsItsLemmaAdverbsClassAndStrength(string part, string text, string lemma, string adverbs, string @class, string strength, int rank)
    {
        var row = Single($"SELECT text, lemma, adverbs, class, strength, strength_rank FROM 'phrases.parquet' WHERE part_id = '{part}' AND text_offset = 0");
        Assert.Equal((text, lemma, adverbs, @class, strength, rank), ((string)row[0]!, (string)row[1]!, Joined(row[2]), (string)row[3]!, (string)row[4]!, (int)row[5]!));
    }

    [Fact]
    public void Citations_SayTheirFormAndWhatAShortFormPointsBackTo()
    {
        // PP6: "Recalling the United Nations Convention against Transnational Organized Crime and, in particular, the
        // Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women and Children, supplementing
        // that Convention"; PP7: "General Assembly resolution 58/137 of 22 December 2003".
        var rows = Query("SELECT part_id, instrument_id, form, antecedent_id, pinpoint, len(pinpoint_path) FROM 'citations.parquet' WHERE part_id IN ('PP6', 'PP7') ORDER BY part_id, text_offset")
            .Select(r => string.Join("|", r.Select(v => Convert.ToString(v, CultureInfo.InvariantCulture))));
        Assert.Equal(
            [
                "PP6|untoc|title|||0", "PP6|trafficking-protocol|title|||0", "PP6|untoc|shortForm|preamble__p_6__ref_1||0",
                "PP7|a-res-58-137|symbol|||0",
            ],
            rows);
    }

    [Fact]
    public void Mentions_MarkAShortFormPointingBack()
    {
        // OP16 names the United Nations Office on Drugs and Crime, and later "the Office".
        var rows = Query("SELECT text, is_short_form FROM 'mentions.parquet' WHERE part_id = 'OP16' AND actor_id = 'unodc' ORDER BY text_offset")
            .Select(r => ((string)r[0]!, (bool)r[1]!));
        Assert.Equal([("United Nations Office on Drugs and Crime", false), ("the Office", true)], rows);
    }

    [Fact]
    public void Instruments_CarryTheirTreatySeriesFacts_AndNullsWhereThereAreNone()
    {
        // The Trafficking Protocol: United Nations Treaty Series vol. 2237, registered with the Convention as No. 39574,
        // in force on 25 December 2003. Resolution 58/137 has no treaty facts, only its symbol.
        var protocol = Single("SELECT kind, parent_id, unts_volume, unts_number, entry_into_force, document_symbol FROM 'instruments.parquet' WHERE instrument_id = 'trafficking-protocol'");
        Assert.Equal(["protocol", "untoc", 2237, 39574, new DateOnly(2003, 12, 25), null], protocol);
        var resolution = Single("SELECT kind, parent_id, unts_volume, unts_number, entry_into_force, document_symbol FROM 'instruments.parquet' WHERE instrument_id = 'a-res-58-137'");
        Assert.Equal(["resolution", null, null, null, null, "A/RES/58/137"], resolution);
    }

    [Fact]
    public void Footnotes_SayWhatTheirMarkerFollows()
    {
        // Footnote 6 follows the Convention's title (PP6); 11 follows "the Office" (OP15), which is UNODC.
        var rows = Query("SELECT number, subject_kind, refers_to FROM 'footnotes.parquet' WHERE number IN (6, 11) ORDER BY number")
            .Select(r => ((int)r[0]!, (string)r[1]!, (string?)r[2]));
        Assert.Equal([(6, "instrument", "untoc"), (11, "actor", "unodc")], rows);
        // A body the registry does not give is null, and so is its confidence.
        Assert.Empty(Query("SELECT number FROM 'footnotes.parquet' WHERE (body IS NULL) <> (body_confidence IS NULL)"));
    }

    [Fact]
    public void Write_RefusesNoFilesAndNoFolder_NamingTheArgument()
    {
        Assert.Equal("files", Assert.Throws<ArgumentNullException>(() => DatasetWriter.Write((IEnumerable<CorpusFile>)null!, folder + "-x")).ParamName);
        Assert.Equal("resolutions", Assert.Throws<ArgumentNullException>(() => DatasetWriter.Write((IEnumerable<Resolution>)null!, folder + "-x")).ParamName);
        Assert.Equal("directory", Assert.Throws<ArgumentNullException>(() => DatasetWriter.Write([seed], null!)).ParamName);
        Assert.Equal("directory", Assert.Throws<ArgumentException>(() => DatasetWriter.Write([seed], "")).ParamName);
        Assert.False(Directory.Exists(folder + "-x"));
    }

    private static string Joined(object? list) => string.Join(",", DuckDb.Strings(list));
}
