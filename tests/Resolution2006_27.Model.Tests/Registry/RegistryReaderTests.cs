using System.Text;
using System.Text.Json;
using Resolution2006_27.Model.Registry;

namespace Resolution2006_27.Model.Tests.Registry;

/// <summary>
/// The registry reader on the repository's registry file with one fault each: it refuses with a message
/// that names the JSON path and says what it expected and found. The paths are read off the file.
/// </summary>
public class RegistryReaderTests
{
    private static readonly string File = System.IO.File.ReadAllText(Path.Combine(TestData.RepoRoot, "src", "Resolution2006_27.Model", "Data", "registry.json"));

    public static TheoryData<string, string, string> Faults() => new()
    {
        { "\"dataVersion\": \"2026.5\"", "\"dataVersion\": null", "$.dataVersion: expected a string, found null" },
        { "\"dataVersion\": \"2026.5\",", "\"dataVersion\": \"2026.5\", \"extra\": 1,", "$: unknown property \"extra\"; expected dataVersion, actors, instruments, footnotes" },
        { "\"kind\": \"unOrgan\"", "\"kind\": \"organ\"", "$.actors[0].kind: \"organ\" is not a ActorKind" },
        { "\"ECOSOC\"", "7", "$.actors[0].aliases[1]: expected a string, found number" },
        { "\"shortForms\": []", "\"shortForms\": \"none\"", "$.actors[2].shortForms: expected an array, found string" },
        { "\"parentId\": null,", "", "$.actors[0]: the property \"parentId\" is missing" },
        { "\"verified\": false", "\"verified\": 0", "$.actors[0].provenance.verified: expected a boolean, found number" },
        { "\"note\": null", "\"note\": []", "$.actors[0].provenance.note: expected a string, found array" },
        { "\"entryIntoForce\": \"2003-09-29\"", "\"entryIntoForce\": \"29 September 2003\"", "$.instruments[0].entryIntoForce: expected a date yyyy-mm-dd, found \"29 September 2003\"" },
        { "\"volume\": 2225", "\"volume\": \"2225\"", "$.instruments[0].treatySeries.volume: expected a 32-bit integer, found string" },
        { "\"page\": 209", "\"page\": 2.5", "$.instruments[0].treatySeries.page: expected a 32-bit integer, found number" },
        { "\"confidence\": \"high\"", "\"confidence\": \"certain\"", "$.footnotes[0].body.confidence: \"certain\" is not a Confidence" },
        { "\"resolution\": \"E/RES/2006/27\"", "\"resolution\": {}", "$.footnotes[0].resolution: expected a string, found object" },
        { "\"id\": \"ecosoc\",", "\"id\": \"ecosoc\", \"x\": 1,", "$.actors[0]: unknown property \"x\"; expected id, name, kind, aliases, shortForms, parentId, provenance, state" },
        { "\"id\": \"untoc\",", "\"id\": \"untoc\", \"x\": 1,", "$.instruments[0]: unknown property \"x\"; expected id, shortName, title, kind, aliases, shortForms, parentId, adopted, entryIntoForce, treatySeries, documentSymbol, provenance" },
        { "\"volume\": 2225,", "\"volume\": 2225, \"x\": 1,", "$.instruments[0].treatySeries: unknown property \"x\"; expected volume, page, number" },
        { "\"verified\": false,", "\"verified\": false, \"x\": 1,", "$.actors[0].provenance: unknown property \"x\"; expected source, verified, note" },
        { "\"resolution\": \"E/RES/2006/27\",", "\"resolution\": \"E/RES/2006/27\", \"x\": 1,", "$.footnotes[0]: unknown property \"x\"; expected resolution, number, body" },
        { "\"confidence\": \"high\",", "\"confidence\": \"high\", \"x\": 1,", "$.footnotes[0].body: unknown property \"x\"; expected text, confidence, alternative, provenance" },
    };

    [Theory]
    [MemberData(nameof(Faults))]
    public void FromStream_NamesThePathOfTheFault(string from, string to, string message)
    {
        var broken = TestData.ReplaceFirst(File, from, to);
        var error = Assert.Throws<JsonException>(() => ReferenceRegistry.FromStream(new MemoryStream(Encoding.UTF8.GetBytes(broken))));
        Assert.Equal(message, error.Message);
    }

    [Theory]
    [InlineData("[]", "$: expected an object, found array")]
    [InlineData("{\"dataVersion\":\"1\",\"actors\":[],\"instruments\":[],\"footnotes\":[{\"resolution\":\"x\",\"number\":1,\"body\":null}]}", "$.footnotes[0].body: expected an object, found null")]
    public void FromStream_RefusesTheWrongKindOfValue(string json, string message) =>
        Assert.Equal(message, Assert.Throws<JsonException>(() => ReferenceRegistry.FromStream(new MemoryStream(Encoding.UTF8.GetBytes(json)))).Message);

    [Fact]
    public void FromStream_NamesAPathTwoObjectsDeepInAFootnote() => Assert.Equal(
        "$.footnotes[0].body.provenance.verified: expected a boolean, found string",
        Assert.Throws<JsonException>(() => ReferenceRegistry.FromStream(new MemoryStream(Encoding.UTF8.GetBytes(
            "{\"dataVersion\":\"1\",\"actors\":[],\"instruments\":[],\"footnotes\":[{\"resolution\":\"x\",\"number\":1,\"body\":" +
            "{\"text\":\"t\",\"confidence\":\"high\",\"alternative\":null,\"provenance\":{\"source\":\"s\",\"verified\":\"yes\",\"note\":null}}}]}")))).Message);

    [Fact]
    public void FromStream_ReadsAStreamThatDoesNotKnowItsLength()
    {
        // The file is several times the first buffer a stream of unknown length gets: it grows, and nothing is lost.
        var bytes = Encoding.UTF8.GetBytes(File);
        Assert.True(bytes.Length > 64 * 1024);
        Assert.Equal(ReferenceRegistry.FromStream(new MemoryStream(bytes)), ReferenceRegistry.FromStream(new OneWayStream(new MemoryStream(bytes))));
    }

    [Fact]
    public void FromStream_ReadsFromWhereASeekableStreamStands()
    {
        var bytes = Encoding.UTF8.GetBytes("garbage" + File);
        var stream = new MemoryStream(bytes) { Position = 7 };
        Assert.Equal(ReferenceRegistry.FromStream(new MemoryStream(Encoding.UTF8.GetBytes(File))), ReferenceRegistry.FromStream(stream));
    }

    [Fact]
    public void FromStream_StopsAtTheLargestReadOnAnEndlessStream()
    {
        var endless = new EndlessStream();
        var error = Assert.Throws<JsonException>(() => ReferenceRegistry.FromStream(endless));
        Assert.Equal($"$: the registry is larger than {ReferenceRegistry.MaxBytes} bytes, the largest read (ReferenceRegistry.MaxBytes)", error.Message);
        Assert.True(endless.BytesRead < ReferenceRegistry.MaxBytes + 64 * 1024, $"{endless.BytesRead} bytes read");
    }

    [Fact]
    public void FromStream_RefusesDuplicateProperties() =>
        Assert.ThrowsAny<JsonException>(() => ReferenceRegistry.FromStream(new MemoryStream(Encoding.UTF8.GetBytes(File.Replace("\"dataVersion\": \"2026.5\",", "\"dataVersion\": \"2026.5\", \"dataVersion\": \"2026.5\",", StringComparison.Ordinal)))));

    [Fact]
    public void FromStream_ReadsTheFileAsWritten()
    {
        var registry = ReferenceRegistry.FromStream(new MemoryStream(Encoding.UTF8.GetBytes(File)));
        var protocol = registry.FindInstrument("trafficking-protocol")!;
        Assert.Equal("2026.5", registry.DataVersion);
        Assert.Equal(new Model.Citations.TreatySeriesReference(2237, 319, 39574), protocol.TreatySeries);
        Assert.Equal(new DateOnly(2003, 12, 25), protocol.EntryIntoForce);
        Assert.Equal("untoc", protocol.ParentId);
        Assert.Equal(["ECOSOC"], registry.FindActor("ecosoc")!.Aliases.Skip(1));
        Assert.Equal(["the Council"], registry.FindActor("ecosoc")!.ShortForms);
        Assert.Equal(Confidence.High, registry.Footnotes[0].Body.Confidence);
        Assert.Equal("General Assembly resolution 40/34, annex.", registry.Footnotes[0].Body.Text);
    }

    [Theory]
    [InlineData("s", false, "n", true)]
    [InlineData("s", true, "n", false)]
    [InlineData("t", false, "n", false)]
    [InlineData("s", false, "m", false)]
    [InlineData("s", false, null, false)]
    public void FromStream_KeepsOneProvenanceForARunOfEqualOnes(string source, bool verified, string? note, bool same)
    {
        // The States' list repeats one provenance for every State: read once, it is one object in memory.
        static string Actor(string id, string provenance) =>
            $"{{\"id\": \"{id}\", \"name\": \"{id}\", \"kind\": \"unOrgan\", \"aliases\": [], \"shortForms\": [], \"parentId\": null, \"provenance\": {provenance}}}";
        var second = JsonSerializer.Serialize(new Dictionary<string, object?> { ["source"] = source, ["verified"] = verified, ["note"] = note });
        var json = $"{{\"dataVersion\": \"1\", \"actors\": [{Actor("a", "{\"source\": \"s\", \"verified\": false, \"note\": \"n\"}")}, {Actor("b", second)}], \"instruments\": [], \"footnotes\": []}}";
        var registry = ReferenceRegistry.FromStream(new MemoryStream(Encoding.UTF8.GetBytes(json)));
        var (a, b) = (registry.FindActor("a")!.Provenance, registry.FindActor("b")!.Provenance);
        Assert.Equal(new Provenance("s", false, "n"), a);
        Assert.Equal(new Provenance(source, verified, note), b);
        Assert.Equal(same, ReferenceEquals(a, b));
    }

    [Theory]
    [InlineData("\"id\": \"unodc\",", "\"id\": \"ecosoc\",", "$.actors[9].id: \"ecosoc\" is already the id of $.actors[0]")]
    [InlineData("\"id\": \"crc\",", "\"id\": \"untoc\",", "$.instruments[3].id: \"untoc\" is already the id of $.instruments[0]")]
    public void FromStream_RefusesAnIdGivenTwiceInOneList(string from, string to, string message) =>
        Assert.Equal(message, Assert.Throws<JsonException>(() => ReferenceRegistry.FromStream(new MemoryStream(Encoding.UTF8.GetBytes(
            File.Replace(from, to, StringComparison.Ordinal))))).Message);

    [Fact]
    public void ReadActors_OfAListOfActors_RefusesAnIdGivenTwice()
    {
        // The embedded states.json's shape, {"actors": [...]}, with one actor twice.
        const string Actor = "{\"id\": \"x\", \"name\": \"X\", \"kind\": \"unOrgan\", \"aliases\": [\"X\"], \"shortForms\": [], \"parentId\": null, \"provenance\": {\"source\": \"s\", \"verified\": true, \"note\": null}}";
        var json = $"{{\"actors\": [{Actor}, {Actor}]}}";
        Assert.Equal("$.actors[1].id: \"x\" is already the id of $.actors[0]",
            Assert.Throws<JsonException>(() => RegistryReader.ReadActors(new MemoryStream(Encoding.UTF8.GetBytes(json)))).Message);
    }

    // Afghanistan's facts as states.json prints them.
    private const string GoodState = "{\"alpha3\": \"AFG\", \"m49\": \"004\", \"formalName\": \"Islamic Republic of Afghanistan\", \"status\": \"member\", \"printedName\": \"Afghanistan\", \"demonym\": \"Afghan\", \"formerNames\": [], \"succeededBy\": null}";

    /// <summary>A registry of one actor, Afghanistan, of <paramref name="kind"/>, with <paramref name="state"/> as its facts or none.</summary>
    private static MemoryStream OneActor(string kind, string? state) => new(Encoding.UTF8.GetBytes(
        "{\"dataVersion\": \"1\", \"actors\": [{\"id\": \"afghanistan\", \"name\": \"Afghanistan\", \"kind\": \"" + kind
        + "\", \"aliases\": [\"Afghanistan\"], \"shortForms\": [], \"parentId\": null, \"provenance\": {\"source\": \"s\", \"verified\": true, \"note\": null}"
        + (state is null ? "" : ", \"state\": " + state) + "}], \"instruments\": [], \"footnotes\": []}"));

    [Theory]
    [InlineData("state", "\"AFG\"", "\"Afg\"", "$.actors[0].state.alpha3: expected three capital letters (ISO 3166-1 alpha-3), found \"Afg\"")]
    [InlineData("state", "\"AFG\"", "\"AFGH\"", "$.actors[0].state.alpha3: expected three capital letters (ISO 3166-1 alpha-3), found \"AFGH\"")]
    [InlineData("state", "\"004\"", "\"4\"", "$.actors[0].state.m49: expected three digits (UN M49), found \"4\"")]
    [InlineData("state", "\"004\"", "\"O04\"", "$.actors[0].state.m49: expected three digits (UN M49), found \"O04\"")]
    [InlineData("unOrgan", "", "", "$.actors[0]: an actor has \"state\" facts exactly when its kind is \"state\"")]
    public void FromStream_RefusesAStatesFactsThatAreNotWellFormed(string kind, string from, string to, string message)
    {
        var facts = from.Length == 0 ? GoodState : GoodState.Replace(from, to, StringComparison.Ordinal);
        Assert.Equal(message, Assert.Throws<JsonException>(() => ReferenceRegistry.FromStream(OneActor(kind, facts))).Message);
    }

    [Fact]
    public void FromStream_RefusesAStateWithoutItsFacts() =>
        Assert.Equal("$.actors[0]: an actor has \"state\" facts exactly when its kind is \"state\"",
            Assert.Throws<JsonException>(() => ReferenceRegistry.FromStream(OneActor("state", null))).Message);

    [Fact]
    public void FromStream_ReadsAStateWhoseFactsAreWellFormed()
    {
        var state = ReferenceRegistry.FromStream(OneActor("state", GoodState)).FindActor("afghanistan")!.State!;
        Assert.Equal(("AFG", "004", "Afghan"), (state.Alpha3, state.M49, state.Demonym));
    }

    [Fact]
    public void Parse_ReadsWithAnActorThatHasAnInstrumentsId()
    {
        // Actors and instruments are looked up apart, so a merged registry may give both one id; the parse reads on.
        var registry = ReferenceRegistry.Default.Merge(new ReferenceRegistry("x", [ReferenceRegistry.Default.FindActor("unodc")! with { Id = "untoc", Aliases = ["Xyz Organization"] }], [], []));
        var resolution = Resolutions.FromString(Resolutions.SeedText, ParserOptions.Default with { Registry = registry });
        Assert.Equal(Resolutions.E2006_27.OperativeParagraphs.Count, resolution.OperativeParagraphs.Count);
        Assert.Contains(resolution.Instruments, i => i.Id == "untoc");
    }

    [Fact]
    public void FromStream_ReadsAMissingPageAsNull()
    {
        var registry = ReferenceRegistry.FromStream(new MemoryStream(Encoding.UTF8.GetBytes(File.Replace("\"page\": 209", "\"page\": null", StringComparison.Ordinal))));
        Assert.Equal(new Model.Citations.TreatySeriesReference(2225, null, 39574), registry.FindInstrument("untoc")!.TreatySeries);
    }

    [Fact]
    public void Merge_ReplacesEntriesWithTheSameIdAndAddsTheRest()
    {
        var baseRegistry = ReferenceRegistry.Default;
        var renamed = baseRegistry.FindActor("ecosoc")! with { Name = "The Council" };
        var added = baseRegistry.FindInstrument("untoc")! with { Id = "another-convention" };
        var extension = new ReferenceRegistry("x.1", [renamed], [added, baseRegistry.FindInstrument("crc")! with { Title = "CRC" }], [baseRegistry.Footnotes[0]]);
        var merged = baseRegistry.Merge(extension);
        Assert.Equal($"{baseRegistry.DataVersion}+x.1", merged.DataVersion);
        Assert.Equal(baseRegistry.Actors.Count, merged.Actors.Count);
        Assert.Equal("The Council", merged.FindActor("ecosoc")!.Name);
        Assert.Equal(baseRegistry.Instruments.Count + 1, merged.Instruments.Count);
        Assert.Equal("CRC", merged.FindInstrument("crc")!.Title);
        Assert.Equal(baseRegistry.Footnotes.Count + 1, merged.Footnotes.Count);
    }

    [Fact]
    public void WithInstrument_AddsItLast()
    {
        var added = ReferenceRegistry.Default.FindInstrument("untoc")! with { Id = "new-one" };
        var registry = ReferenceRegistry.Default.WithInstrument(added);
        Assert.Equal(added, registry.Instruments[^1]);
        Assert.Equal(ReferenceRegistry.Default.Instruments, registry.Instruments.Take(ReferenceRegistry.Default.Instruments.Count));
    }
}
