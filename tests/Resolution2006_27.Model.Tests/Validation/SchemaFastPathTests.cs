using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using Resolution2006_27.Model.Schema;
using Resolution2006_27.Model.Serialization;
using Resolution2006_27.Model.Validation;

namespace Resolution2006_27.Model.Tests.Validation;

/// <summary>
/// The compiled fast path may only ever say "valid" where JsonSchema.Net says valid: held on the conformance
/// cases, on the exports of the corpus, and on thousands of one-value changes to the canonical export.
/// </summary>
public class SchemaFastPathTests
{
    private static readonly JsonSchema Reference = JsonSchema.FromText(ModelSchema.Text, new BuildOptions { SchemaRegistry = new SchemaRegistry() });
    private static readonly SchemaFastPath Fast = SchemaFastPath.Compile(JsonNode.Parse(ModelSchema.Text)!)
        ?? throw new InvalidOperationException("The published schema uses a keyword the fast path does not know.");

    private static int ToldWithoutJsonSchemaNet;

    private static bool ReferenceSaysValid(JsonElement instance) =>
        Reference.Evaluate(instance, new EvaluationOptions { OutputFormat = OutputFormat.Flag, RequireFormatValidation = true }).IsValid;

    [Fact]
    public void CompilesThePublishedSchema() => Assert.NotNull(SchemaFastPath.Compile(JsonNode.Parse(ModelSchema.Text)!));

    [Fact]
    public void LeavesASchemaWithAKeywordItDoesNotKnowToJsonSchemaNet()
    {
        Assert.Null(SchemaFastPath.Compile(JsonNode.Parse("""{ "type": "object", "oneOf": [{ "type": "object" }] }""")!));
        Assert.Null(SchemaFastPath.Compile(JsonNode.Parse("""{ "$ref": "https://example.org/other.json" }""")!));
        Assert.Null(SchemaFastPath.Compile(JsonNode.Parse("""{ "type": "string", "format": "email" }""")!));
    }

    [Fact]
    public void AgreesOnEveryConformanceCase()
    {
        var cases = Directory.GetFiles(Path.Combine(TestData.RepoRoot, "schema", "tests", "cases"), "*.json");
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
                if (Fast.IsCertainlyValid(document.RootElement))
                {
                    accepted++;
                    Assert.True(ReferenceSaysValid(document.RootElement), $"{Path.GetFileName(file)}: the fast path says valid, JsonSchema.Net does not");
                }
                else if (Fast.Problems(document.RootElement, int.MaxValue) is { } told)
                {
                    Assert.Equal(ReferenceProblems(document.RootElement), told.Order());
                }
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
            Assert.True(Fast.IsCertainlyValid(document.RootElement), resolution.Symbol);
        }
    }

    [Fact]
    public void NeverAcceptsWhatJsonSchemaNetRejects_OneValueChangedAnywhere()
    {
        // Every value of the export (a sample of the many paragraphs), replaced by each of a set of wrong values,
        // a property dropped or one added: the fast path accepts such a document only where JsonSchema.Net does.
        var export = JsonNode.Parse(ModelJson.Serialize(Fresh.Seed()))!;
        var pointers = new List<string>();
        Collect(export, "", pointers);
        JsonNode?[] replacements = [null, 0, -1, 1.5, 1e20, "", "x", "2006-02-30", "a\n", true, new JsonArray(), new JsonObject()];
        var tried = 0;
        var rejected = 0;
        foreach (var pointer in pointers.Where((_, i) => i % Cases.ChangedExportStride == 0))
        {
            foreach (var replacement in replacements)
            {
                tried++;
                rejected += Judge(Replace(export, pointer, replacement?.DeepClone())) ? 0 : 1;
            }
            tried++;
            rejected += Judge(Remove(export, pointer)) ? 0 : 1;
        }
        Assert.True(tried > Cases.ChangedExports, $"{tried} documents");
        Assert.True(rejected > tried / 2, $"only {rejected} of {tried} changed documents were rejected: the changes do not test much");
        Assert.True(ToldWithoutJsonSchemaNet > rejected * 3 / 4, $"the fast path told the problems of only {ToldWithoutJsonSchemaNet} of {rejected} rejected documents");
    }

    // JsonSchema.Net's problems, each its instance pointer and keyword, as the validator reads them.
    private static List<(string Pointer, string Keyword)> ReferenceProblems(JsonElement instance) =>
        [.. (Reference.Evaluate(instance, new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true }).Details ?? [])
            .SelectMany(d => (d.Errors ?? new Dictionary<string, string>()).Select(e =>
                (d.InstanceLocation.ToString(), e.Key.Length > 0 ? e.Key : d.EvaluationPath.ToString().Split('/')[^1])))
            .Order()];

    // True when the fast path accepted the document (and so JsonSchema.Net must). When it rejects one, the problems
    // it tells are JsonSchema.Net's, the same pointers and keywords, or it says it cannot tell.
    private static bool Judge(JsonNode document)
    {
        using var parsed = JsonDocument.Parse(document.ToJsonString());
        if (!Fast.IsCertainlyValid(parsed.RootElement))
        {
            if (Fast.Problems(parsed.RootElement, int.MaxValue) is { } told)
            {
                // JsonSchema.Net's full output costs about 200 ms a document here: every 60th is compared (more than 50), beside every conformance case.
                if (ToldWithoutJsonSchemaNet++ % 60 == 0)
                {
                    Assert.Equal(ReferenceProblems(parsed.RootElement), told.Order());
                }
            }
            return false;
        }
        Assert.True(ReferenceSaysValid(parsed.RootElement), $"the fast path accepts what JsonSchema.Net rejects: {document.ToJsonString()[..Math.Min(200, document.ToJsonString().Length)]}");
        return true;
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
