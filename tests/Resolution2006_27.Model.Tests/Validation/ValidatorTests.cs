using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Resolution2006_27.Model.Serialization;
using Resolution2006_27.Model.Validation;

namespace Resolution2006_27.Model.Tests.Validation;

/// <summary>The validator on good exports and on every kind of hostile input the issue names.</summary>
public class ValidatorTests
{
    private readonly Lazy<string> Exported = new(() => ModelJson.Serialize(Fresh.Seed(), indented: false));

    private string Export => Exported.Value;

    private static ValidationProblem Single(ValidationReport report, ProblemLayer layer, string rule)
    {
        Assert.False(report.IsValid);
        var problem = Assert.Single(report.Problems);
        Assert.Equal(layer, problem.Layer);
        Assert.Equal(rule, problem.Rule);
        return problem;
    }

    [Fact]
    public void Validate_OfTheExportIsValidAndGivesTheModel()
    {
        var report = ResolutionValidator.Validate(Export);
        Assert.True(report.IsValid, string.Join("\n", report.Problems));
        Assert.Equal(Fresh.Seed(), report.Resolution);
    }

    [Fact]
    public void Validate_OfMalformedJsonGivesLineAndColumn()
    {
        var problem = Single(ResolutionValidator.Validate("{\n  \"symbol\": \"E/RES/2006/27\",\n  \"number\": }"), ProblemLayer.Syntax, "syntax");
        Assert.Equal((3, 13), (problem.Line, problem.Column));
        Assert.Equal("", problem.Pointer);
    }

    [Fact]
    public void Validate_OfDeepNestingStopsAtTheLimitWithoutRecursion()
    {
        var deep = new string('[', 100_000) + new string(']', 100_000);
        var problem = Single(ResolutionValidator.Validate(deep), ProblemLayer.Syntax, "max-depth");
        Assert.Contains("64 levels", problem.Expected, StringComparison.Ordinal);
        Assert.Equal(1, problem.Line);
    }

    [Fact]
    public void Validate_OfInputOverTheSizeLimitReadsNoFurther()
    {
        var problem = Single(ResolutionValidator.Validate(Export, new ValidatorOptions(MaxBytes: 1000)), ProblemLayer.Input, "max-bytes");
        Assert.Contains("1000 bytes", problem.Expected, StringComparison.Ordinal);
        using var endless = new EndlessStream();
        Single(ResolutionValidator.Validate(endless), ProblemLayer.Input, "max-bytes");
        Assert.True(endless.Position <= ValidatorOptions.Default.MaxBytes + 81920, $"read {endless.Position} bytes");
    }

    [Fact]
    public void Validate_OfInvalidUtf8SaysWhichByte()
    {
        var bytes = Encoding.UTF8.GetBytes("{\n  \"symbol\": \"E/RES/2006/27\"}").ToList();
        bytes.Insert(15, 0xC3);
        bytes.Insert(16, 0x28);
        var problem = Single(ResolutionValidator.Validate(new MemoryStream([.. bytes])), ProblemLayer.Input, "utf-8");
        Assert.Equal((2, 14), (problem.Line, problem.Column));
        Assert.Equal(("", "UTF-8 text", "the invalid byte 0xC3 at byte 15"), (problem.Pointer, problem.Expected, problem.Found));
    }

    [Fact]
    public void Validate_RefusesNull()
    {
        Assert.Throws<ArgumentNullException>(() => ResolutionValidator.Validate((string)null!));
        Assert.Throws<ArgumentNullException>(() => ResolutionValidator.Validate((Stream)null!));
        Assert.Throws<ArgumentNullException>(() => ResolutionValidator.ValidateFile(null!));
    }

    [Fact]
    public void Validate_ParsesNestingDeeperThanTheDefaultWhenTheLimitAllowsIt()
    {
        // 80 levels: over System.Text.Json's default of 64, within the 100 given. The schema then refuses an array.
        var deep = new string('[', 80) + new string(']', 80);
        var problem = Assert.Single(ResolutionValidator.Validate(deep, new ValidatorOptions(MaxDepth: 100)).Problems);
        Assert.Equal((ProblemLayer.Schema, "", "type"), (problem.Layer, problem.Pointer, problem.Rule));
    }

    [Fact]
    public void Validate_OfADuplicatePropertyNamesBoth()
    {
        var json = Export.Insert(1, "\"number\":\"2006/28\",");
        var problem = Single(ResolutionValidator.Validate(json), ProblemLayer.Syntax, "duplicate-property");
        Assert.Equal("/number", problem.Pointer);
        Assert.Contains("first \"number\" at line 1", problem.Expected, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{/* comment */}", "comment")]
    [InlineData("{\"symbol\": \"x\",}", "trailing comma")]
    [InlineData("[1,2,]", "trailing comma in an array")]
    [InlineData("{\"a\": 1} {\"b\": 2}", "two documents")]
    [InlineData("{\"a\": NaN}", "NaN")]
    public void Validate_OfJsonExtensionsIsASyntaxProblem(string json, string what) =>
        Assert.True(Single(ResolutionValidator.Validate(json), ProblemLayer.Syntax, "syntax").Line == 1, what);

    [Theory]
    [InlineData("\"line\":289", "\"line\":1e400", "/conclusions/meeting/span/line", "maximum")]
    [InlineData("\"line\":289", "\"line\":99999999999", "/conclusions/meeting/span/line", "maximum")]
    [InlineData("\"line\":289", "\"line\":1.5", "/conclusions/meeting/span/line", "type")]
    [InlineData("\"class\":\"directive\"", "\"class\":\"imperative\"", "/operativeParagraphs/0/phrase/class", "enum")]
    [InlineData("\"symbol\":\"E/RES/2006/27\"", "\"symbol\":27", "/symbol", "type")]
    [InlineData("\"symbol\":\"E/RES/2006/27\",", "", "", "required")]
    public void Validate_OfAValueTheSchemaRejectsSaysWhereAndWhat(string from, string to, string pointer, string rule)
    {
        var report = ResolutionValidator.Validate(TestData.ReplaceFirst(Export, from, to));
        var problem = Assert.Single(report.Problems, p => p.Pointer == pointer && p.Rule == rule);
        Assert.Equal(ProblemLayer.Schema, problem.Layer);
        Assert.NotEmpty(problem.Expected);
        Assert.NotEmpty(problem.Found);
    }

    // Read off the published schema: symbol is a string with a pattern, adoptionDate a string of format
    // "date", span lines at least 1 and 32-bit, the root closed to other properties.
    [Theory]
    [InlineData("\"symbol\":\"E/RES/2006/27\"", "\"symbol\":27", "/symbol", "type", "a value of type \"string\"", "the number 27")]
    [InlineData("\"adoptionDate\":\"2006-07-27\"", "\"adoptionDate\":[]", "/adoptionDate", "type", "a value of type \"string\", \"null\"", "an array of 0 items")]
    [InlineData("\"adoptionDate\":\"2006-07-27\"", "\"adoptionDate\":{}", "/adoptionDate", "type", "a value of type \"string\", \"null\"", "an object")]
    [InlineData("\"adoptionDate\":\"2006-07-27\"", "\"adoptionDate\":true", "/adoptionDate", "type", "a value of type \"string\", \"null\"", "the boolean true")]
    [InlineData("\"symbol\":\"E/RES/2006/27\"", "\"symbol\":null", "/symbol", "type", "a value of type \"string\"", "null")]
    [InlineData("\"adoptionDate\":\"2006-07-27\"", "\"adoptionDate\":\"2006-13-45\"", "/adoptionDate", "format", "a string in the format \"date\"", "\"2006-13-45\"")]
    [InlineData("\"line\":289", "\"line\":0", "/conclusions/meeting/span/line", "minimum", "a number at least 1", "0")]
    [InlineData("\"line\":289", "\"line\":99999999999", "/conclusions/meeting/span/line", "maximum", "a number at most 2147483647", "99999999999")]
    [InlineData("\"line\":289", "\"line\":\"289\"", "/conclusions/meeting/span/line", "type", "a value of type \"integer\"", "the string \"289\"")]
    [InlineData("\"symbol\":\"E/RES/2006/27\"", "\"symbol\":\"e/res/2006/27\"", "/symbol", "pattern", "a string matching ^([A-Z]+(/[A-Za-z0-9.-]+)+( [A-H])?( \\(([0-9]{4}|[IVXLC]+)\\))?( [A-H])?)?$", "\"e/res/2006/27\"")]
    [InlineData("\"symbol\":\"E/RES/2006/27\",", "\"symbol\":\"E/RES/2006/27\",\"extra\":1,", "/extra", "additionalProperties", null, "a property \"extra\"")]
    [InlineData("\"symbol\":\"E/RES/2006/27\",", "", "", "required", null, "no property \"symbol\"")]
    [InlineData("\"symbol\":\"E/RES/2006/27\",", "\"symbol\":\"E/RES/2006/27\",\"x/y~z\":1,", "/x~1y~0z", "additionalProperties", null, "a property \"x/y~z\"")]
    public void Validate_OfAValueTheSchemaRejectsSaysExactlyWhatWasExpectedAndFound(string from, string to, string pointer, string rule, string? expected, string found)
    {
        var problem = Assert.Single(ResolutionValidator.Validate(TestData.ReplaceFirst(Export, from, to)).Problems);
        Assert.Equal((ProblemLayer.Schema, pointer, rule, found), (problem.Layer, problem.Pointer, problem.Rule, problem.Found));
        Assert.Equal(expected ?? problem.Expected, problem.Expected);
        if (rule is "required" or "additionalProperties")
        {
            // The root's properties, in their order: "symbol", "number", "organId", ...
            Assert.StartsWith(rule == "required" ? "the properties \"symbol\", \"number\", \"organId\"" : "only the properties \"symbol\", \"number\", \"organId\"", problem.Expected, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Validate_ReportsEveryProblemAsADiagnosticWithItsDataAndOffset()
    {
        var indented = ModelJson.Serialize(Fresh.Seed(), indented: true);
        var report = ResolutionValidator.Validate(indented.Replace("\"number\": 3,", "\"number\": 1,", StringComparison.Ordinal));
        Assert.Equal(report.Problems.Count, report.Diagnostics.Count);
        var problem = report.Problems.First(p => p.Rule == "rising-numbering");
        var d = report.Diagnostics[report.Problems.ToList().IndexOf(problem)];
        Assert.Equal((Model.Diagnostics.DiagnosticIds.InvalidExport, Model.Diagnostics.DiagnosticSeverity.Error), (d.Id, d.Severity));
        Assert.Equal((problem.Line, problem.Column), (d.Line, d.Column));
        Assert.Equal(("/operativeParagraphs/2/number", "rising-numbering", "a number above 2", "1", "rules"),
            (d.DataValue("pointer"), d.DataValue("rule"), d.DataValue("expected"), d.DataValue("found"), d.DataValue("layer")));
        Assert.StartsWith("\"number\": 1,", indented.Replace("\"number\": 3,", "\"number\": 1,", StringComparison.Ordinal)[d.Offset..], StringComparison.Ordinal);
        Assert.Equal("/operativeParagraphs/2/number: rising-numbering: expected a number above 2, found 1", d.Message);
    }

    [Fact]
    public void Validate_ClipsALongValueItQuotes()
    {
        var symbol = new string('x', 100);
        var problem = Assert.Single(ResolutionValidator.Validate(Export.Replace("\"symbol\":\"E/RES/2006/27\"", $"\"symbol\":\"{symbol}\"", StringComparison.Ordinal)).Problems);
        Assert.Equal("pattern", problem.Rule);
        Assert.Equal("\"" + new string('x', 76) + "...", problem.Found);
        Assert.StartsWith("a string matching ^([A-Z]+(/", problem.Expected, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_QuotesAValueOfEightyCharactersWhole()
    {
        var symbol = new string('x', 78);
        var problem = Assert.Single(ResolutionValidator.Validate(Export.Replace("\"symbol\":\"E/RES/2006/27\"", $"\"symbol\":\"{symbol}\"", StringComparison.Ordinal)).Problems);
        Assert.Equal($"\"{symbol}\"", problem.Found);
    }

    [Fact]
    public void Validate_PointsAtTheOffendingItemOfAnArray()
    {
        // The first item of the first footnote's partIds made a number: the problem stands at that item, not at "partIds".
        var indented = ModelJson.Serialize(Fresh.Seed(), indented: true);
        var first = Fresh.Seed().Footnotes[0].PartIds[0];
        var broken = TestData.ReplaceFirst(indented, $"\"partIds\": [\n        \"{first}\"", "\"partIds\": [\n        12345");
        var problem = Assert.Single(ResolutionValidator.Validate(broken).Problems);
        Assert.Equal(("/footnotes/0/partIds/0", "type"), (problem.Pointer, problem.Rule));
        Assert.StartsWith("12345", broken.Split('\n')[problem.Line - 1][(problem.Column - 1)..], StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_CountsColumnsInCharactersNotBytes()
    {
        // "é" is two bytes of UTF-8 and one character: the second "é" starts in column 10.
        var problem = Single(ResolutionValidator.Validate("{\"é\": 1, \"é\": 2}"), ProblemLayer.Syntax, "duplicate-property");
        Assert.Equal((1, 10), (problem.Line, problem.Column));
    }

    [Fact]
    public void Validate_HonoursTheDepthLimitGiven()
    {
        var problem = Single(ResolutionValidator.Validate("[[[[[1]]]]]", new ValidatorOptions(MaxDepth: 4)), ProblemLayer.Syntax, "max-depth");
        Assert.Equal(("nesting at most 4 levels deep (ValidatorOptions.MaxDepth)", "deeper nesting"), (problem.Expected, problem.Found));
    }

    [Fact]
    public void Validate_OfBrokenJsonAtTheDepthLimitIsASyntaxProblem() =>
        Single(ResolutionValidator.Validate("[[[1,]]]", new ValidatorOptions(MaxDepth: 4)), ProblemLayer.Syntax, "syntax");

    [Theory]
    [InlineData(null, "")]
    [InlineData("$", "")]
    [InlineData("$.operativeParagraphs[2].number", "/operativeParagraphs/2/number")]
    [InlineData("$['a/b~c'][0]", "/a~1b~0c/0")]
    public void PointerOf_TurnsAJsonPathIntoAPointer(string? path, string pointer) =>
        Assert.Equal(pointer, ResolutionValidator.PointerOf(path));

    [Fact]
    public void Validate_OfBrokenJsonPointsIntoTheInnermostOpenValue()
    {
        // Line 3 is `    "b": [1, }`: the brace that breaks it stands in column 14.
        var problem = Single(ResolutionValidator.Validate("{\n  \"a\": {\n    \"b\": [1, }\n}"), ProblemLayer.Syntax, "syntax");
        Assert.Equal(("/a/b", 3, 14), (problem.Pointer, problem.Line, problem.Column));
        Assert.Equal("well-formed JSON (RFC 8259), without comments or trailing commas", problem.Expected);
        Assert.DoesNotContain("LineNumber", problem.Found, StringComparison.Ordinal);
        Assert.NotEmpty(problem.Found);
    }

    [Fact]
    public void Validate_EscapesSlashAndTildeInThePointerOfADuplicate()
    {
        var problem = Single(ResolutionValidator.Validate("{\"a/b~c\": 1,\n \"a/b~c\": 2}"), ProblemLayer.Syntax, "duplicate-property");
        Assert.Equal(("/a~1b~0c", 2, 2), (problem.Pointer, problem.Line, problem.Column));
        Assert.Equal("property names unique within an object (first \"a/b~c\" at line 1)", problem.Expected);
        Assert.Equal("\"a/b~c\" again", problem.Found);
    }

    [Fact]
    public void Validate_TellsProblemsInDocumentOrder()
    {
        // Three schema problems, planted early, late and in between; the schema walk meets them in another order.
        var indented = ModelJson.Serialize(Fresh.Seed(), indented: true);
        var broken = TestData.ReplaceFirst(indented, "\"symbol\": \"E/RES/2006/27\"", "\"symbol\": 3");
        broken = TestData.ReplaceFirst(broken, "\"operativeParagraphs\": [", "\"operativeParagraphs\": [ 5,");
        broken = TestData.ReplaceFirst(broken, "\"preamble\": {", "\"preamble\": { \"extra\": 1,");
        var problems = ResolutionValidator.Validate(broken).Problems;
        Assert.Equal(3, problems.Count);
        Assert.Equal(problems.OrderBy(p => p.Line).ThenBy(p => p.Column), problems);
        Assert.Equal(["/symbol", "/preamble/extra", "/operativeParagraphs/0"], problems.Select(p => p.Pointer));
    }

    [Fact]
    public void Validate_SaysWhatWasExpectedAndFound()
    {
        var report = ResolutionValidator.Validate(Export.Replace("\"class\":\"directive\"", "\"class\":\"imperative\"", StringComparison.Ordinal));
        var problem = report.Problems[0];
        Assert.Equal("one of \"directive\", \"deciding\", \"evaluative\", \"observing\", \"reinforcing\", \"unknown\"", problem.Expected);
        Assert.Equal("\"imperative\"", problem.Found);
    }

    [Fact]
    public void ValidateFile_OfAMissingFileIsAnInputProblem()
    {
        var problem = Single(ResolutionValidator.ValidateFile("/nonexistent/export.json"), ProblemLayer.Input, "readable-file");
        Assert.Equal(("", "a readable file"), (problem.Pointer, problem.Expected));
        Assert.StartsWith("DirectoryNotFoundException: ", problem.Found, StringComparison.Ordinal); // /nonexistent is no folder
        Assert.Contains("/nonexistent/export.json", problem.Found, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\t ")]
    public void Validate_OfAnEmptyInputSaysSo(string json) =>
        Assert.Equal("an empty input", Single(ResolutionValidator.Validate(json), ProblemLayer.Input, "not-empty").Found);

    [Fact]
    public void Validate_AcceptsAByteOrderMark() =>
        Assert.True(ResolutionValidator.Validate(new MemoryStream([.. Encoding.UTF8.Preamble, .. Encoding.UTF8.GetBytes(Export)])).IsValid);

    [Fact]
    public void Validate_PointsLineAndColumnAtTheOffendingValue()
    {
        var indented = ModelJson.Serialize(Fresh.Seed(), indented: true);
        var report = ResolutionValidator.Validate(indented.Replace("\"number\": 3,", "\"number\": 1,", StringComparison.Ordinal));
        var problem = Assert.Single(report.Problems, p => p.Rule == "rising-numbering" && p.Pointer == "/operativeParagraphs/2/number");
        var lines = indented.Split('\n');
        Assert.StartsWith("\"number\": 3,", lines[problem.Line - 1][(problem.Column - 1)..], StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_ChecksSpansAgainstTheSeed()
    {
        // Retyping a word of the adopted text is caught: the span no longer agrees with the seed.
        var report = ResolutionValidator.Validate(Export.Replace("Urges Member States that have not done so", "Begs Member States that have not done so", StringComparison.Ordinal));
        Assert.Contains(report.Problems, p => p.Rule == "span-agrees" && p.Pointer == "/operativeParagraphs/0/span");
    }

    [Fact]
    public void Validate_ReportsAtMostTheProblemLimit()
    {
        var json = Export.Replace("\"class\":\"directive\"", "\"class\":\"x\"", StringComparison.Ordinal);
        var report = ResolutionValidator.Validate(json, new ValidatorOptions(MaxProblems: 5));
        Assert.Equal(6, report.Problems.Count);
        Assert.Equal("max-problems", report.Problems[^1].Rule);
        Assert.Equal(("", 1, 1, "at most 5 problems reported (ValidatorOptions.MaxProblems)", "more"),
            (report.Problems[^1].Pointer, report.Problems[^1].Line, report.Problems[^1].Column, report.Problems[^1].Expected, report.Problems[^1].Found));
        Assert.Equal(ProblemLayer.Schema, report.Problems[^1].Layer);
    }

    [Fact]
    public void Validate_OfAMillionBadItems_TellsTheFirstInOrderAndStops()
    {
        // A hostile export (issue 16): furniture of a million numbers. The first problems found are told, in
        // document order, each at its own line and column, then one more says there were more.
        Assert.Contains("\"furniture\":[]", Export, StringComparison.Ordinal);
        var json = Export.Replace("\"furniture\":[]", "\"furniture\":[" + string.Join(",", Enumerable.Repeat("1", 1_000_000)) + "]", StringComparison.Ordinal);
        var report = ResolutionValidator.Validate(json, new ValidatorOptions(MaxProblems: 3));
        Assert.Equal(["/furniture/0", "/furniture/1", "/furniture/2", ""], report.Problems.Select(p => p.Pointer));
        Assert.Equal(["type", "type", "type", "max-problems"], report.Problems.Select(p => p.Rule));
        var column = json.IndexOf("\"furniture\":[", StringComparison.Ordinal) + "\"furniture\":[".Length + 1;
        Assert.Equal([(1, column), (1, column + 2), (1, column + 4)], report.Problems.Take(3).Select(p => (p.Line, p.Column)));
    }

    [Fact]
    public void Validate_OfHalfAMillionUnknownProperties_TellsTheFirstAndAllocatesForWhatItTells()
    {
        // The same hostile export with the million in an object instead of an array: 500,000 properties the schema
        // does not know, before the export's own. The first three are told at their places; and memory follows what
        // is told: the schema's walk stops at the limit inside an object too, and placing three problems reads the
        // path to them, not the document (a pointer and a position for each of the 500,000 names came to 35 bytes
        // allocated per byte of input; now under 10, of which the input's own copies, UTF-8 and decoded, are 3).
        var unknown = new StringBuilder("{");
        for (var i = 0; i < 500_000; i++)
        {
            unknown.Append("\"zz").Append(i).Append("\":1,");
        }
        var json = unknown.Append(Export.AsSpan(1)).ToString();
        var before = GC.GetAllocatedBytesForCurrentThread();
        var report = ResolutionValidator.Validate(json, new ValidatorOptions(MaxProblems: 3));
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Equal(["/zz0", "/zz1", "/zz2", ""], report.Problems.Select(p => p.Pointer));
        Assert.Equal(["additionalProperties", "additionalProperties", "additionalProperties", "max-problems"], report.Problems.Select(p => p.Rule));
        Assert.Equal([(1, 2), (1, 10), (1, 18)], report.Problems.Take(3).Select(p => (p.Line, p.Column))); // {"zz0":1,"zz1":1,
        var bytes = Encoding.UTF8.GetByteCount(json);
        Assert.True(allocated < 15L * bytes, $"{allocated:N0} bytes allocated for {bytes:N0} bytes of input");
    }

    [Fact]
    public void Validate_OfExactlyTheProblemLimitAddsNoMore()
    {
        var json = Export.Replace("\"class\":\"directive\"", "\"class\":\"x\"", StringComparison.Ordinal);
        var all = ResolutionValidator.Validate(json).Problems.Count;
        var report = ResolutionValidator.Validate(json, new ValidatorOptions(MaxProblems: all));
        Assert.Equal(all, report.Problems.Count);
        Assert.DoesNotContain(report.Problems, p => p.Rule == "max-problems");
    }

    [Fact]
    public void Validate_OfInputOfExactlyTheSizeLimitIsRead()
    {
        var bytes = Encoding.UTF8.GetByteCount(Export);
        Assert.True(ResolutionValidator.Validate(Export, new ValidatorOptions(MaxBytes: bytes)).IsValid);
        var problem = Single(ResolutionValidator.Validate(Export, new ValidatorOptions(MaxBytes: bytes - 1)), ProblemLayer.Input, "max-bytes");
        Assert.Equal(($"at most {bytes - 1} bytes (ValidatorOptions.MaxBytes)", $"more than {bytes - 1} bytes"), (problem.Expected, problem.Found));
    }

    [Property(MaxTest = Cases.DamagedExports, Arbitrary = [typeof(Damage)])]
    public bool Validate_OfDamagedExportsNeverThrowsAndExplainsEveryFailure(byte[] bytes)
    {
        var report = ResolutionValidator.Validate(new MemoryStream(bytes));
        return report.IsValid ? report.Resolution is not null : report.Problems.All(p => p.Line >= 1 && p.Column >= 1 && p.Expected.Length > 0);
    }

    /// <summary>The export with bytes overwritten, deleted or duplicated at random.</summary>
    public static class Damage
    {
        // Only the input the damage starts from, for the generator (which FsCheck calls statically): whatever
        // serializer made it, the validator under test must read the damaged bytes without a crash.
        private static readonly Lazy<string> Exported = new(() => ModelJson.Serialize(Fresh.Seed(), indented: false));

        private static string Export => Exported.Value;

        public static Arbitrary<byte[]> Bytes() =>
            (from op in Gen.Choose(0, 2)
             from at in Gen.Choose(0, Export.Length - 1)
             from length in Gen.Choose(1, 40)
             from value in Gen.Choose(0, 255)
             select Apply(op, at, length, (byte)value)).ToArbitrary();

        private static byte[] Apply(int op, int at, int length, byte value)
        {
            var bytes = Encoding.UTF8.GetBytes(Export).ToList();
            length = Math.Min(length, bytes.Count - at);
            switch (op)
            {
                case 0: for (var i = at; i < at + length; i++) { bytes[i] = value; } break;
                case 1: bytes.RemoveRange(at, length); break;
                default: bytes.InsertRange(at, bytes.GetRange(at, length)); break;
            }
            return [.. bytes];
        }
    }

    [Fact]
    public void Validate_OfBytesThatAreNotUtf8_PlacesTheProblemByLineAndColumnOnly()
    {
        // A byte 0xFF inside the symbol's string, on the export's second line: no character offset can be counted
        // through it, so the diagnostic's offset is the file's start and its line and column say where.
        var text = ModelJson.Serialize(Fresh.Seed(), indented: true);
        var bytes = System.Text.Encoding.UTF8.GetBytes(text).ToList();
        var at = text.IndexOf("E/RES/2006/27", StringComparison.Ordinal);
        Assert.Equal(2, text[..at].Count(c => c == '\n') + 1);
        bytes.Insert(at, 0xFF);
        var report = ResolutionValidator.Validate(new MemoryStream([.. bytes]));
        Assert.False(report.IsValid);
        var problem = report.Problems[0];
        Assert.Equal((ProblemLayer.Input, "utf-8", 2), (problem.Layer, problem.Rule, problem.Line));
        Assert.Equal(0, report.Diagnostics[0].Offset);
        Assert.Equal((problem.Line, problem.Column), (report.Diagnostics[0].Line, report.Diagnostics[0].Column));
    }
}
