using Resolution2006_27.Model.Diagnostics;
using Resolution2006_27.Model.Corpus;
using Resolution2006_27.Model.Queries;
using Resolution2006_27.Model.Registry;
using Resolution2006_27.Model.Serialization;

namespace Resolution2006_27.Model.Tests.Corpus;

/// <summary>A folder of resolutions in every form the library reads, queried as one.</summary>
public sealed class CorpusTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("corpus-").FullName;

    public CorpusTests()
    {
        File.Copy(Path.Combine(TestData.SharedPath, "corpus", "E-RES-2015-23.txt"), Path.Combine(folder, "E-RES-2015-23.txt"));
        File.WriteAllText(Path.Combine(folder, "e-res-2006-27.json"), ModelJson.Serialize(Fresh.Seed()));
        var assembly = Resolutions.FromString(TestData.CorpusText("A-RES-70-179.txt"));
        File.WriteAllText(Path.Combine(folder, "a-res-70-179.xml"), Model.AkomaNtoso.AkomaNtosoXml.ExportText(assembly));
        File.WriteAllText(Path.Combine(folder, "zz-copy-of-2006-27.txt"), TestData.SeedText);
        File.WriteAllText(Path.Combine(folder, "broken.txt"), "not a resolution");
        File.WriteAllText(Path.Combine(folder, "notes.md"), "not read: another extension");
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void Load_ReadsTextJsonAndAkomaNtoso()
    {
        var corpus = ResolutionCorpus.Load(folder);
        // File-name order, ordinal: "E-RES-2015-23.txt", "a-res-70-179.xml", "e-res-2006-27.json".
        Assert.Equal(["E/RES/2015/23", "A/RES/70/179", "E/RES/2006/27"], corpus.Resolutions.Select(r => r.Symbol));
        Assert.Equal(Fresh.Seed(), corpus.FindBySymbol("E/RES/2006/27"));
    }

    [Fact]
    public void Load_LeavesOutWhatItCannotReadAndSaysWhy()
    {
        var corpus = ResolutionCorpus.Load(folder);
        var problems = corpus.Diagnostics.Where(p => p.Severity == DiagnosticSeverity.Error).ToList();
        Assert.Equal(["broken.txt", "zz-copy-of-2006-27.txt"], problems.Select(p => p.Source));
        Assert.Equal(["broken.txt", "zz-copy-of-2006-27.txt"], corpus.LeftOut);
        Assert.Equal([DiagnosticIds.NotAResolution, DiagnosticIds.CorpusFile], problems.Select(p => p.Id));
        Assert.Contains("No enacting formula", problems[0].Message, StringComparison.Ordinal);
        Assert.Contains("E/RES/2006/27 is already loaded from e-res-2006-27.json", problems[1].Message, StringComparison.Ordinal);
        // Read marks the duplicate itself: read (it has its resolution), left out, the file kept named.
        var twin = Assert.Single(ResolutionCorpus.Read(folder), f => f.DuplicateOf is not null);
        Assert.Equal(("zz-copy-of-2006-27.txt", "e-res-2006-27.json"), (twin.Name, twin.DuplicateOf));
        Assert.NotNull(twin.Resolution);
    }

    [Fact]
    public void Read_OfAFileThatCannotBeOpened_LeavesItOutWithTheSystemsReason()
    {
        // A link to nothing is listed as a file and cannot be opened: the I/O error, at the file's start, in its name.
        var link = Path.Combine(folder, "b-missing.txt");
        File.CreateSymbolicLink(link, Path.Combine(folder, "no-such-folder", "x.txt"));
        var file = Assert.Single(ResolutionCorpus.Read(folder), f => f.Name == "b-missing.txt");
        Assert.Null(file.Resolution);
        var d = Assert.Single(file.Diagnostics);
        Assert.Equal((DiagnosticIds.CorpusFile, DiagnosticSeverity.Error, "b-missing.txt", 1, 1), (d.Id, d.Severity, d.Source, d.Line, d.Column));
        Assert.Equal($"Could not find file '{link}'.", d.Message);
        Assert.Contains("b-missing.txt", ResolutionCorpus.Load(folder).LeftOut);
    }

    [Fact]
    public void Load_ReportsProgressForEveryFile()
    {
        var seen = new List<CorpusProgress>();
        ResolutionCorpus.Load(folder, progress: new SynchronousProgress(seen.Add));
        Assert.Equal([1, 2, 3, 4, 5], seen.Select(p => p.Done));
        Assert.All(seen, p => Assert.Equal(5, p.Total));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(7)]
    public void Load_GivesTheSameCorpusOnAnyNumberOfThreads(int parallelism)
    {
        var one = ResolutionCorpus.Load(folder, parallelism: 1);
        var many = ResolutionCorpus.Load(folder, parallelism: parallelism);
        Assert.Equal(one.Resolutions, many.Resolutions);
        Assert.Equal(one.Diagnostics, many.Diagnostics);
    }

    [Fact]
    public void Read_StreamsFilesInNameOrderWhateverFinishesFirst()
    {
        // Thirty files, the early ones the longest to parse (2006/27 is several times 2015/23's size, a broken
        // file is refused at once): parsed on four threads, they still come in file-name order.
        var many = Directory.CreateTempSubdirectory("corpus-order-").FullName;
        try
        {
            var names = new List<string>();
            for (var i = 0; i < 30; i++)
            {
                var name = $"{i:D2}-{(i % 3 == 0 ? "seed" : i % 3 == 1 ? "broken" : "other")}.txt";
                File.WriteAllText(Path.Combine(many, name), i % 3 == 0 ? TestData.SeedText.Replace("2006/27", $"2006/{100 + i}", StringComparison.Ordinal) : i % 3 == 1 ? "not a resolution" : TestData.CorpusText("E-RES-2015-23.txt").Replace("2015/23", $"2015/{100 + i}", StringComparison.Ordinal));
                names.Add(name);
            }
            var files = ResolutionCorpus.Read(many, parallelism: 4);
            Assert.Equal(30, files.Count);
            var read = files.ToList();
            Assert.Equal(names, read.Select(f => f.Name));
            Assert.All(read.Where((_, i) => i % 3 == 1), f => Assert.Null(f.Resolution));
            Assert.Equal(Enumerable.Range(0, 30).Where(i => i % 3 != 1).Select(i => i % 3 == 0 ? $"E/RES/2006/{100 + i}" : $"E/RES/2015/{100 + i}"), read.Where(f => f.Resolution is not null).Select(f => f.Resolution!.Symbol));
            // A reader may stop early: the files after it are not all read, and nothing is left running.
            Assert.Equal("00-seed.txt", files.First().Name);
        }
        finally
        {
            Directory.Delete(many, recursive: true);
        }
    }

    [Fact]
    public void Read_RefusesNoThreads() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => ResolutionCorpus.Read(folder, parallelism: 0));

    [Fact]
    public void Asks_AcrossTheCorpusToUnodc()
    {
        // 2006/27: OP14-16 (3). E/RES/2015/23: OP6, OP7, OP8 twice ("Encourages UNODC" and "in this regard
        // invites the Office"), OP9 (5). A/RES/70/179: OP8, OP10, OP16 (3). Total 11.
        var asks = ResolutionCorpus.Load(folder).Asks().AddressedTo("unodc").ToList();
        Assert.Equal(11, asks.Count);
        Assert.Equal(3, asks.Count(a => a.Symbol == "A/RES/70/179"));
        Assert.Equal(5, asks.Count(a => a.Symbol == "E/RES/2015/23"));
    }

    [Fact]
    public void CitationRows_OfALoadedResolutionNameIt()
    {
        // A/RES/70/179 PP11: "Economic and Social Council resolution 2015/23 of 21 July 2015".
        var row = Assert.Single(ResolutionCorpus.Load(folder).CitationRows(), r => r.LoadedSymbol is not null);
        Assert.Equal(("A/RES/70/179", "PP11", "E/RES/2015/23"), (row.Symbol, row.Part.Short, row.LoadedSymbol));
    }

    [Fact]
    public void Constructor_KeepsTheFirstOfTwoWithTheSameSymbol()
    {
        var first = Fresh.Seed();
        var second = first with { DataVersion = "another" };
        var corpus = new ResolutionCorpus([first, second]);
        Assert.Empty(corpus.Diagnostics);
        Assert.Equal([first, second], corpus.Resolutions);
        Assert.Same(first, corpus.FindBySymbol("E/RES/2006/27"));
        Assert.Null(corpus.FindBySymbol("E/RES/2006/28"));
        Assert.Throws<ArgumentNullException>(() => new ResolutionCorpus(null!));
        Assert.Throws<ArgumentNullException>(() => ResolutionCorpus.Load(null!));
    }

    [Fact]
    public void Load_KeepsAResolutionReadWithWarningsAndNamesThem()
    {
        var other = Directory.CreateTempSubdirectory("corpus-warned-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(other, "with-annex.txt"), TestData.SeedText + AnnexTests.Annex);
            var corpus = ResolutionCorpus.Load(other);
            Assert.Single(corpus.Resolutions);
            var problem = Assert.Single(corpus.Diagnostics);
            Assert.Equal("with-annex.txt", problem.Source);
            Assert.Equal((DiagnosticIds.AnnexNumbering, DiagnosticSeverity.Warning), (problem.Id, problem.Severity));
            Assert.Contains("Annex paragraph 4 where 3 was due", problem.Message, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(other, recursive: true);
        }
    }

    [Fact]
    public void Load_OfAMissingFolderSaysSo()
    {
        var missing = Path.Combine(folder, "nowhere");
        Assert.Equal($"No folder at '{missing}'.", Assert.Throws<DirectoryNotFoundException>(() => ResolutionCorpus.Load(missing)).Message);
    }

    [Fact]
    public void Merge_AddsTheExtensionsActorsAndInstruments()
    {
        using var stream = File.OpenRead(Path.Combine(TestData.RepoRoot, "docs", "registry-extension.example.json"));
        var merged = ReferenceRegistry.Default.Merge(ReferenceRegistry.FromStream(stream));
        Assert.Equal($"{ReferenceRegistry.Default.DataVersion}+example.1", merged.DataVersion);
        Assert.Equal(ReferenceRegistry.Default.Actors.Count + 1, merged.Actors.Count);
        var text = TestData.SeedText.Replace("Requests the Secretary-General", "Requests the UNODC Regional Office for West and Central Africa", StringComparison.Ordinal);
        var r = Resolutions.FromString(text, ParserOptions.Default with { Registry = merged });
        Assert.Equal("unodc-regional-office-west-africa", r.OperativeParagraphs[17].Addressees[0].ActorId);
        Assert.Contains(r.Mandates(), m => m.Ask.Actor.Id == "unodc-regional-office-west-africa");
    }

    /// <summary>Reports on the calling thread, so the test sees every report before Load returns.</summary>
    private sealed class SynchronousProgress(Action<CorpusProgress> report) : IProgress<CorpusProgress>
    {
        public void Report(CorpusProgress value) => report(value);
    }
}
