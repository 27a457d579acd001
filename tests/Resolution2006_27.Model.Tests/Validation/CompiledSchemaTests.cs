using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using Resolution2006_27.Model.Schema;
using Resolution2006_27.Model.Serialization;
using Resolution2006_27.Model.Validation;

namespace Resolution2006_27.Model.Tests.Validation;

/// <summary>
/// The compiled schema gives JsonSchema.Net's verdict and problems: held on the conformance cases, on the exports of
/// the corpus, and on thousands of one-value changes to the canonical export. Where JsonSchema.Net departs from
/// draft 2020-12 (its "$" also matches before a final line feed, as .NET's does), the conformance case and Ajv decide.
/// </summary>
public class CompiledSchemaTests
{
    private static readonly JsonSchema Reference = JsonSchema.FromText(ModelSchema.Text, new BuildOptions { SchemaRegistry = new SchemaRegistry() });
    private static readonly CompiledSchema Compiled = CompiledSchema.Compile(JsonNode.Parse(ModelSchema.Text)!)
        ?? throw new InvalidOperationException("The published schema uses a keyword the compiled checks do not know.");

    // Conformance cases on which JsonSchema.Net reads the schema otherwise than draft 2020-12 (and Ajv) do.
    private static readonly HashSet<string> JsonSchemaNetDeparts = ["047-id-with-a-final-line-feed.json"];

    private int compared; // rejected documents judged; every 60th has its problems compared

    private static bool ReferenceSaysValid(JsonElement instance) =>
        Reference.Evaluate(instance, new EvaluationOptions { OutputFormat = OutputFormat.Flag, RequireFormatValidation = true }).IsValid;

    // The compiled schema's verdict on one literal, and JsonSchema.Net's on the same schema, both as expected.
    private static void Judged(string schema, string literal, bool valid)
    {
        using var document = JsonDocument.Parse(literal);
        Assert.Equal(valid, CompiledSchema.Compile(JsonNode.Parse(schema)!)!.IsValid(document.RootElement));
        Assert.Equal(valid, JsonSchema.FromText(schema).Evaluate(document.RootElement).IsValid);
    }

    [Fact]
    public void CompilesThePublishedSchema() => Assert.NotNull(CompiledSchema.Compile(JsonNode.Parse(ModelSchema.Text)!));

    [Theory]
    [InlineData("""{ "type": "object", "oneOf": [{ "type": "object" }] }""")]
    [InlineData("""{ "$ref": "https://example.org/other.json" }""")]
    [InlineData("""{ "type": "string", "format": "email" }""")]
    [InlineData("""{ "type": "string", "pattern": "^a.b$" }""")]
    [InlineData("""{ "type": "string", "pattern": "^\\d+$" }""")]
    [InlineData("""{ "type": "date" }""")]
    [InlineData("""{ "type": ["string", "date"] }""")]
    [InlineData("""{ "type": "object", "properties": { "a": { "type": "string" }, "b": { "oneOf": [{ "type": "object" }] } } }""")]
    [InlineData("""{ "type": "object", "required": ["a", 1] }""")]
    public void RefusesASchemaWithWhatItDoesNotKnow(string schema) => Assert.Null(CompiledSchema.Compile(JsonNode.Parse(schema)!));

    [Theory]
    // Bounds of both signs: a number is compared by its sign first (0.5 > -1, -0.5 < 1).
    [InlineData("0.5", true)]
    [InlineData("-0.5", true)]
    [InlineData("1.5", false)]
    [InlineData("-1.5", false)]
    public void ComparesNumbersOfEitherSignWithBoundsOfBoth(string literal, bool within) =>
        Judged("""{ "type": "number", "minimum": -1, "maximum": 1 }""", literal, within);

    [Theory]
    [InlineData("null", true)]
    [InlineData("\"a\"", true)]
    [InlineData("\"b\"", false)]
    [InlineData("1", false)]
    public void AcceptsTheValuesOfAnEnumThatHoldsNull(string literal, bool valid)
    {
        Judged("""{ "enum": [null, "a"] }""", literal, valid);
    }

    [Theory]
    [InlineData("1", true)]
    [InlineData("1.0", true)]
    [InlineData("1e2", true)]
    [InlineData("1E+20", true)]
    [InlineData("-0.0", true)]
    [InlineData("1.5", false)]
    [InlineData("1e-1", false)]
    [InlineData("12.5e1", true)]
    [InlineData("1e400", true)]
    public void ReadsAnIntegerFromItsLiteral(string literal, bool integer)
    {
        var schema = CompiledSchema.Compile(JsonNode.Parse("""{ "type": "integer" }""")!)!;
        using var document = JsonDocument.Parse(literal);
        Assert.Equal(integer, schema.IsValid(document.RootElement));
    }

    [Theory]
    [InlineData("2147483647", true)]
    [InlineData("2147483647.0", true)]
    [InlineData("2147483647.5", false)]
    [InlineData("2147483648", false)]
    [InlineData("21474836470e-1", true)]
    [InlineData("1e400", false)]
    [InlineData("0", true)]
    [InlineData("-0.000001", false)]
    [InlineData("-1e-400", false)]
    public void ComparesANumberWithItsBoundsExactly(string literal, bool within)
    {
        var schema = CompiledSchema.Compile(JsonNode.Parse("""{ "type": "number", "minimum": 0, "maximum": 2147483647 }""")!)!;
        using var document = JsonDocument.Parse(literal);
        Assert.Equal(within, schema.IsValid(document.RootElement));
        var problems = schema.Problems(document.RootElement, 10);
        Assert.Equal(within, problems.Count == 0);
    }

    [Theory]
    // Below zero the larger magnitude is the smaller number: -1e400 < -5.5 < -5 <= -4.5 <= -1 < -0.5.
    [InlineData("-1e400", false)]
    [InlineData("-5.5", false)]
    [InlineData("-5.0", true)]
    [InlineData("-4.5", true)]
    [InlineData("-1e0", true)]
    [InlineData("-0.5", false)]
    [InlineData("1.5", false)]
    public void ComparesANegativeNumberWithNegativeBoundsExactly(string literal, bool within)
    {
        Judged("""{ "type": "number", "minimum": -5, "maximum": -1 }""", literal, within);
    }

    [Theory]
    [InlineData("abc", true)]
    [InlineData("abc\n", false)]
    [InlineData("ab\nc", false)]
    [InlineData("\nabc", false)]
    public void ReadsDollarAsTheEndOfTheString(string text, bool valid)
    {
        // ECMA-262 (what JSON Schema names) ends a match at "$" only at the end: "abc\n" does not match "^[a-z]+$".
        var schema = CompiledSchema.Compile(JsonNode.Parse("""{ "type": "string", "pattern": "^[a-z]+$" }""")!)!;
        using var document = JsonDocument.Parse(JsonSerializer.Serialize(text));
        Assert.Equal(valid, schema.IsValid(document.RootElement));
        Assert.Equal(valid ? [] : [("", "pattern")], schema.Problems(document.RootElement, 10));
    }

    [Fact]
    public void AgreesOnEveryConformanceCase()
    {
        var cases = Directory.GetFiles(Path.Combine(TestData.RepoRoot, "schema", "tests", "cases"), "*.json");
        Assert.All(JsonSchemaNetDeparts, name => Assert.Contains(cases, file => Path.GetFileName(file) == name));
        var accepted = 0;
        foreach (var file in cases)
        {
            JsonDocument document;
            try
            {
                document = JsonDocument.Parse(File.ReadAllBytes(file));
            }
            catch (JsonException)
            {
                continue; // not JSON: decided before the schema
            }
            using (document)
            {
                if (JsonSchemaNetDeparts.Contains(Path.GetFileName(file)))
                {
                    continue; // decided by the manifest and Ajv (ConformanceTests, schema/tests/ajv)
                }
                var valid = Compiled.IsValid(document.RootElement);
                Assert.True(valid == ReferenceSaysValid(document.RootElement), $"{Path.GetFileName(file)}: the compiled schema says valid {valid}, JsonSchema.Net does not");
                accepted += valid ? 1 : 0;
                Assert.Equal(ReferenceProblems(document.RootElement), Compiled.Problems(document.RootElement, int.MaxValue).Order());
            }
        }
        Assert.True(accepted >= 5, $"the fast path accepted only {accepted} cases");
    }

    [Fact]
    public void AcceptsEveryExportOfTheCorpus()
    {
        foreach (var resolution in new[] { Fresh.Seed(), Resolutions.FromString(TestData.CorpusText("E-RES-2015-23.txt")), Resolutions.FromString(TestData.CorpusText("A-RES-70-179.txt")) })
        {
            using var document = JsonDocument.Parse(ModelJson.Serialize(resolution));
            Assert.True(Compiled.IsValid(document.RootElement), resolution.Symbol);
        }
    }

    [Fact]
    public void AgreesWithJsonSchemaNet_OneValueChangedAnywhere()
    {
        // Every value of the export (a sample of the many paragraphs), replaced by each of a set of wrong values,
        // a property dropped or one added: the compiled schema accepts such a document where JsonSchema.Net does.
        // "a\n" is the line feed JsonSchema.Net reads otherwise: a document with it is held to one direction only.
        var export = JsonNode.Parse(ModelJson.Serialize(Fresh.Seed()))!;
        var pointers = new List<string>();
        Collect(export, "", pointers);
        JsonNode?[] replacements = [null, 0, -1, 1.5, 1e20, 2147483648, 7.0, "", "x", "2006-02-30", "a\n", true, new JsonArray(), new JsonObject()];
        var tried = 0;
        var rejected = 0;
        foreach (var pointer in pointers.Where((_, i) => i % Cases.ChangedExportStride == 0))
        {
            foreach (var replacement in replacements)
            {
                tried++;
                var departs = replacement is JsonValue text && text.TryGetValue<string>(out var s) && s.Contains('\n', StringComparison.Ordinal);
                rejected += Judge(Replace(export, pointer, replacement?.DeepClone()), departs) ? 0 : 1;
            }
            tried++;
            rejected += Judge(Remove(export, pointer), departs: false) ? 0 : 1;
        }
        Assert.True(tried > Cases.ChangedExports, $"{tried} documents");
        Assert.True(rejected > tried / 2, $"only {rejected} of {tried} changed documents were rejected: the changes do not test much");
        Assert.True(compared > 60, $"only {compared / 60 + 1} lists of problems compared with JsonSchema.Net's");
    }

    // JsonSchema.Net's problems, each its instance pointer and keyword, as the validator reads them.
    private static List<(string Pointer, string Keyword)> ReferenceProblems(JsonElement instance) =>
        [.. (Reference.Evaluate(instance, new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true }).Details ?? [])
            .SelectMany(d => (d.Errors ?? new Dictionary<string, string>()).Select(e =>
                (d.InstanceLocation.ToString(), e.Key.Length > 0 ? e.Key : d.EvaluationPath.ToString().Split('/')[^1])))
            .Order()];

    // True when the compiled schema accepted the document. JsonSchema.Net must give the same verdict; when the document
    // is rejected, every 60th list of problems is compared with JsonSchema.Net's (its full output costs about 200 ms a
    // document here). A document where JsonSchema.Net departs from the draft may only be accepted where it accepts.
    private bool Judge(JsonNode document, bool departs)
    {
        using var parsed = JsonDocument.Parse(document.ToJsonString());
        var valid = Compiled.IsValid(parsed.RootElement);
        var problems = Compiled.Problems(parsed.RootElement, int.MaxValue);
        Assert.True(valid == (problems.Count == 0), "the verdict and the problems disagree");
        if (departs ? valid && !ReferenceSaysValid(parsed.RootElement) : valid != ReferenceSaysValid(parsed.RootElement))
        {
            Assert.Fail($"the compiled schema says valid {valid}, JsonSchema.Net does not: {document.ToJsonString()[..Math.Min(200, document.ToJsonString().Length)]}");
        }
        if (!valid && !departs && compared++ % 60 == 0)
        {
            Assert.Equal(ReferenceProblems(parsed.RootElement), problems.Order());
        }
        return valid;
    }

    private static void Collect(JsonNode? node, string pointer, List<string> pointers)
    {
        if (pointer.Length > 0)
        {
            pointers.Add(pointer);
        }
        switch (node)
        {
            case JsonObject obj:
                foreach (var (name, child) in obj)
                {
                    Collect(child, $"{pointer}/{name}", pointers);
                }
                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    Collect(array[i], $"{pointer}/{i}", pointers);
                }
                break;
        }
    }

    private static JsonNode Replace(JsonNode root, string pointer, JsonNode? value) => Change(root, pointer, (parent, key) =>
    {
        if (parent is JsonObject obj)
        {
            obj[key] = value;
        }
        else
        {
            ((JsonArray)parent)[int.Parse(key, System.Globalization.CultureInfo.InvariantCulture)] = value;
        }
    });

    private static JsonNode Remove(JsonNode root, string pointer) => Change(root, pointer, (parent, key) =>
    {
        if (parent is JsonObject obj)
        {
            obj.Remove(key);
            obj["unknownProperty"] = 1;
        }
        else
        {
            ((JsonArray)parent).RemoveAt(int.Parse(key, System.Globalization.CultureInfo.InvariantCulture));
        }
    });

    private static JsonNode Change(JsonNode root, string pointer, Action<JsonNode, string> change)
    {
        var copy = root.DeepClone();
        var segments = pointer.Split('/')[1..];
        var parent = copy;
        foreach (var segment in segments[..^1])
        {
            parent = parent is JsonObject obj ? obj[segment]! : parent[int.Parse(segment, System.Globalization.CultureInfo.InvariantCulture)]!;
        }
        change(parent, segments[^1]);
        return copy;
    }
}
