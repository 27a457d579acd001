using System.Text.Json;
using System.Text.Json.Nodes;
using FsCheck.Xunit;
using Resolution2006_27.Model.Schema;
using Resolution2006_27.Model.Serialization;
using Resolution2006_27.Model.Validation;
using Resolution2006_27.Model.Tests.Serialization;

namespace Resolution2006_27.Model.Tests.Schema;

public class SchemaTests
{
    private static readonly string PublishedPath = Path.Combine(TestData.RepoRoot, "schema", "resolution.schema.json");
    private static readonly string ExamplePath = Path.Combine(TestData.RepoRoot, "schema", "examples", "e-res-2006-27.json");

    [Fact]
    public void PublishedSchema_IsWhatTheTypesExport() =>
        Assert.True(
            File.ReadAllText(PublishedPath) == ModelSchema.Export(),
            "schema/resolution.schema.json differs from the export of the model's types. Regenerate it with: " +
            "dotnet run --project src/Resolution2006_27.Cli -- schema --from-types --force --output schema/resolution.schema.json");

    [Fact]
    public void EmbeddedSchema_IsThePublishedFile() => Assert.Equal(File.ReadAllText(PublishedPath), ModelSchema.Text);

    [Fact]
    public void Example_IsTheExportOfTheEmbeddedResolution() =>
        Assert.True(
            File.ReadAllText(ExamplePath) == ModelJson.Serialize(Fresh.Seed()) + "\n",
            "schema/examples/e-res-2006-27.json differs from the export. Regenerate it with: " +
            "dotnet run --project src/Resolution2006_27.Cli -- export --force --output schema/examples/e-res-2006-27.json");

    [Fact]
    public void Example_IsValid()
    {
        var report = ResolutionValidator.ValidateFile(ExamplePath);
        Assert.True(report.IsValid, string.Join("\n", report.Problems));
        Assert.Equal(Fresh.Seed(), report.Resolution);
    }

    [Fact]
    public void Schema_DeclaresDialectAndVersionedId()
    {
        var schema = JsonNode.Parse(ModelSchema.Text)!;
        Assert.Equal("https://json-schema.org/draft/2020-12/schema", (string?)schema["$schema"]);
        Assert.Equal(ModelSchema.Id, (string?)schema["$id"]);
        Assert.EndsWith(":1", ModelSchema.Id, StringComparison.Ordinal);
    }

    [Fact]
    public void Schema_GivesEveryObjectTitleDescriptionRequiredAndNoAdditionalProperties() =>
        Assert.All(Objects(JsonNode.Parse(ModelSchema.Text)!), pair =>
        {
            var (path, node) = pair;
            Assert.False(string.IsNullOrWhiteSpace((string?)node["title"]), $"{path}: title");
            Assert.False(string.IsNullOrWhiteSpace((string?)node["description"]), $"{path}: description");
            Assert.False((bool?)node["additionalProperties"] ?? true, $"{path}: additionalProperties");
            Assert.NotNull(node["required"]);
            Assert.All(((JsonObject)node["properties"]!).Select(p => p), p =>
                Assert.False(string.IsNullOrWhiteSpace((string?)p.Value!["description"]), $"{path}/properties/{p.Key}: description"));
        });

    [Fact]
    public void Schema_DescriptionsAreTheXmlDocsWords()
    {
        var schema = JsonNode.Parse(ModelSchema.Text)!;
        // The masthead's span is where the exporter writes SourceSpan out; later spans refer to it.
        var span = schema["properties"]!["masthead"]!["properties"]!["span"]!["properties"]!["line"]!;
        Assert.Equal("One-based line number of the first character.", (string?)span["description"]);
        Assert.Equal(1, (int?)span["minimum"]);
    }

    [Fact]
    public void Schema_StatesEnumsAsTheirStringValues()
    {
        var phrase = JsonNode.Parse(ModelSchema.Text)!["properties"]!["operativeParagraphs"]!["items"]!["properties"]!["phrase"]!["properties"]!;
        Assert.Equal(["directive", "deciding", "evaluative", "observing", "reinforcing", "unknown"], phrase["class"]!["enum"]!.AsArray().Select(v => (string?)v));
        Assert.Equal("string", (string?)phrase["strength"]!["type"]);
    }

    [Fact]
    public void Schema_StatesIdentifierPatterns()
    {
        var id = JsonNode.Parse(ModelSchema.Text)!["properties"]!["operativeParagraphs"]!["items"]!["properties"]!["id"]!["properties"]!;
        Assert.Equal(IdPatterns.ShortId, (string?)id["short"]!["pattern"]);
        Assert.Equal(IdPatterns.EId, (string?)id["eId"]!["pattern"]);
        Assert.Matches(IdPatterns.EId, "para_3__list_1__point_b__list_1__point_ii");
        Assert.Matches(IdPatterns.ShortId, "OP3(b)(ii)");
        Assert.DoesNotMatch(IdPatterns.ShortId, "OP3b");
    }

    [Fact]
    public void Export_WithoutXmlDocumentationSaysWhatIsMissing() =>
        Assert.Throws<FileNotFoundException>(() => ModelSchema.Export("/nonexistent/Resolution2006_27.Model.xml"));

    [Property(MaxTest = Cases.SchemaValidModels, Arbitrary = [typeof(JsonTests.Models)])]
    public bool Serialize_OfAnyModelIsValidAgainstTheSchema(Resolution model) =>
        ResolutionValidator.Validate(ModelJson.Serialize(model)).Problems.All(p => p.Layer == ProblemLayer.Rules);

    private static IEnumerable<(string Path, JsonObject Node)> Objects(JsonNode node, string path = "")
    {
        if (node is JsonObject obj)
        {
            if (obj["properties"] is JsonObject)
            {
                yield return (path, obj);
            }
            foreach (var (key, child) in obj)
            {
                if (child is not null)
                {
                    foreach (var inner in Objects(child, $"{path}/{key}"))
                    {
                        yield return inner;
                    }
                }
            }
        }
        else if (node is JsonArray array)
        {
            for (var i = 0; i < array.Count; i++)
            {
                foreach (var inner in Objects(array[i]!, $"{path}/{i}"))
                {
                    yield return inner;
                }
            }
        }
    }
}
