using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Json.Schema;
using Resolution2006_27.Model.Schema;
using Resolution2006_27.Model.Serialization;
using Resolution2006_27.Model.Validation;

namespace Resolution2006_27.Model.Benchmarks;

/// <summary>The full validator (input, syntax, schema, rules) against schema-only validation with JsonSchema.Net (the floor).</summary>
[MemoryDiagnoser]
public class ValidationBenchmarks
{
    private readonly string export = ModelJson.Serialize(Resolutions.E2006_27);
    private readonly JsonSchema schema = JsonSchema.FromText(ModelSchema.Text, new BuildOptions { SchemaRegistry = new SchemaRegistry() });

    [Benchmark(Baseline = true, Description = "floor: JsonSchema.Net schema only")]
    public bool SchemaOnly()
    {
        using var document = JsonDocument.Parse(export);
        return schema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.Flag }).IsValid;
    }

    [Benchmark(Description = "ResolutionValidator: input, syntax, schema, rules")]
    public bool FullValidation() => ResolutionValidator.Validate(export).IsValid;
}
