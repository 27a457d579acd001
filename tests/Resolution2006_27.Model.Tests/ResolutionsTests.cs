using Resolution2006_27.Model.Phrases;
using Resolution2006_27.Model.Parts;
using Resolution2006_27.Model.Serialization;

namespace Resolution2006_27.Model.Tests;

/// <summary>The entry points that load a resolution, with the options a caller gives them.</summary>
public sealed class ResolutionsTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("resolutions-").FullName;

    // OP3 opens with "Invites", an encouraging verb unless the lexicon says otherwise.
    private static ParserOptions Stronger => ParserOptions.Default with { Lexicon = VerbLexicon.Default.WithStrength("invite", Strength.Requesting) };

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private string Write(string name, string text)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, text);
        return path;
    }

    private static Strength Op3(Resolution r) => ((OperativeParagraph)r.FindPart("OP3")!).Phrase!.Strength;

    [Fact]
    public void FromFile_ParsesTextWithTheOptionsGiven()
    {
        var path = Write("e-res-2006-27.txt", TestData.SeedText);
        Assert.Equal(Strength.Encouraging, Op3(Resolutions.ReadFile(path).Resolution));
        Assert.Equal(Strength.Requesting, Op3(Resolutions.ReadFile(path, Stronger).Resolution));
        Assert.Equal("e-res-2006-27.txt", Resolutions.ReadFile(path).Resolution.Source.Name);
    }

    [Fact]
    public void FromStream_ParsesWithTheOptionsGiven() =>
        Assert.Equal(Strength.Requesting, Op3(Resolutions.FromStream(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(TestData.SeedText)), Stronger)));

    [Theory]
    [InlineData("")]
    [InlineData(" \n\t ")]
    public void FromFile_OfAnEmptyFileIsAParseError(string text) =>
        Assert.Throws<ResolutionParseException>(() => Resolutions.ReadFile(Write("empty.txt", text)));

    [Fact]
    public void FromFile_OfAnInvalidExportNamesItsFirstProblem()
    {
        var json = ModelJson.Serialize(Resolutions.E2006_27, indented: false).Replace("\"symbol\":\"E/RES/2006/27\"", "\"symbol\":27", StringComparison.Ordinal);
        var error = Assert.Throws<ResolutionParseException>(() => Resolutions.ReadFile(Write("broken.json", json)));
        Assert.Equal("Invalid JSON export: /symbol: type: expected a value of type \"string\", found the number 27", error.Message.Split(" (line")[0]);
        Assert.Equal((1, 2), (error.Line, error.Column));   // where the member "symbol" starts, after the opening brace
    }

    [Fact]
    public void FromFile_OfAnInvalidExport_NamesTheFirstProblemInTheDocument_AsValidateDoes()
    {
        // Two bad values, "symbol" moved after "title": the schema lists symbol first, the file has title first.
        // A file is refused with its first problem where it is written, the one `validate` tells first.
        var export = System.Text.Json.Nodes.JsonNode.Parse(ModelJson.Serialize(Resolutions.E2006_27))!.AsObject();
        export.Remove("symbol");
        export["title"] = 28;
        export["symbol"] = 27;
        var json = export.ToJsonString();
        var error = Assert.Throws<ResolutionParseException>(() => Resolutions.ReadFile(Write("moved.json", json)));
        var first = Model.Validation.ResolutionValidator.Validate(json).Diagnostics[0];
        Assert.StartsWith("/title: type:", first.Message, StringComparison.Ordinal);
        Assert.Equal("Invalid JSON export: " + first.Message, error.Diagnostic.Message);
        Assert.Equal(first.Span, error.Diagnostic.Span);
    }

    [Fact]
    public void FromFile_OfJsonThatIsNoExport_IsRefusedWithItsFirstProblem()
    {
        // A corpus folder's other JSON, such as the development corpus's labels: an object of hundreds of entries,
        // none a property of an export. Refused at its opening brace for the properties an export must have.
        var labels = "{\n" + string.Join(",\n", Enumerable.Range(1, 400).Select(i => $"\"A_RES_{i}\": {{\"op\": {i % 7}, \"verbs\": [\"requests\"]}}")) + "\n}";
        var error = Assert.Throws<ResolutionParseException>(() => Resolutions.ReadFile(Write("labels.json", labels)));
        Assert.StartsWith("Invalid JSON export: /: required: expected the properties \"symbol\", \"number\"", error.Diagnostic.Message, StringComparison.Ordinal);
        Assert.Equal((1, 1), (error.Line, error.Column));
        Assert.Equal(Model.Validation.ResolutionValidator.Validate(labels).Diagnostics[0].Message, error.Diagnostic.Message["Invalid JSON export: ".Length..]);
    }

    [Fact]
    public void Find_OfAnUnknownIdIsNull()
    {
        Assert.Null(Resolutions.E2006_27.FindActor("nobody"));
        Assert.Null(Resolutions.E2006_27.FindInstrument("nothing"));
        Assert.Null(Resolutions.E2006_27.FindPart("OP99"));
    }

    [Fact]
    public void EntryPoints_RefuseNull()
    {
        Assert.Throws<ArgumentNullException>(() => Resolutions.ReadFile(null!));
        Assert.Equal("stream", Assert.Throws<ArgumentNullException>(() => Resolutions.FromStream(null!)).ParamName);
        Assert.Throws<ArgumentNullException>(() => Resolutions.E2006_27.FindPart(null!));
    }

    [Fact]
    public void FromFile_IsReadFilesResolution_AsFromStringIsTheParsersResolution()
    {
        var path = Path.Combine(TestData.SharedPath, "corpus", "E-RES-2015-23.txt");
        Assert.Equal(Resolutions.ReadFile(path).Resolution, Resolutions.FromFile(path));
        Assert.Equal(Resolutions.FromString(File.ReadAllText(path), ParserOptions.Default with { SourceName = "E-RES-2015-23.txt" }), Resolutions.FromFile(path));
    }
}
