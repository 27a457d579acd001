using System.Text.Json;
using System.Text.Json.Nodes;
using BenchmarkDotNet.Attributes;
using Json.Schema;
using Resolution2006_27.Model.Schema;
using Resolution2006_27.Model.Serialization;
using Resolution2006_27.Model.Validation;

namespace Resolution2006_27.Model.Benchmarks;

/// <summary>
/// The full validator (input, syntax, schema, rules) on the canonical export, with its layers measured apart:
/// the schema layer (the compiled schema, and JsonSchema.Net alone, which the library used before it) and the model's rules.
/// Ajv on the same file and schema is measured by docs/measure/ajv.mjs (node), the floor of the issue.
/// </summary>
[MemoryDiagnoser]
public class ValidationBenchmarks
{
    private readonly string export = ModelJson.Serialize(Resolutions.E2006_27);
    private readonly JsonSchema schema = JsonSchema.FromText(ModelSchema.Text, new BuildOptions { SchemaRegistry = new SchemaRegistry() });
    private readonly Model.Validation.CompiledSchema compiled = Model.Validation.CompiledSchema.Compile(JsonNode.Parse(ModelSchema.Text)!)!;
    private readonly Resolution model = Resolutions.E2006_27;
    private readonly string seed = Resolutions.SeedText;

    [Benchmark(Baseline = true, Description = "JsonSchema.Net, schema only (parse and evaluate)")]
    public bool JsonSchemaNet()
    {
        using var document = JsonDocument.Parse(export);
        return schema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.Flag }).IsValid;
    }

    [Benchmark(Description = "schema layer: the compiled schema (parse and evaluate)")]
    public bool Compiled()
    {
        using var document = JsonDocument.Parse(export);
        return compiled.IsValid(document.RootElement);
    }

    [Benchmark(Description = "rules layer: the model's rules and spans against the seed")]
    public int Rules() => model.Validate(seed).Count;

    [Benchmark(Description = "ResolutionValidator: input, syntax, schema, rules")]
    public bool FullValidation() => ResolutionValidator.Validate(export).IsValid;
}
