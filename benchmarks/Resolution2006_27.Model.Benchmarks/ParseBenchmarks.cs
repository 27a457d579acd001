using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Resolution2006_27.Model.Serialization;

namespace Resolution2006_27.Model.Benchmarks;

/// <summary>Building the model from the adopted text, against reading already-structured data (the floor).</summary>
[MemoryDiagnoser]
public class ParseBenchmarks
{
    private readonly string seed = Resolutions.SeedText;
    private readonly string export = ModelJson.Serialize(Resolutions.E2006_27, indented: false);

    [Benchmark(Baseline = true, Description = "floor: JsonDocument.Parse of the export")]
    public int JsonDocumentParse()
    {
        using var document = JsonDocument.Parse(export);
        return document.RootElement.GetArrayLength("operativeParagraphs");
    }

    [Benchmark(Description = "deserialize the export into the model")]
    public Resolution DeserializeExport() => ModelJson.Deserialize(export);

    [Benchmark(Description = "parse the adopted text into the model")]
    public Resolution ParseSeed() => Resolutions.FromString(seed);
}

internal static class JsonElementExtensions
{
    public static int GetArrayLength(this JsonElement element, string property) => element.GetProperty(property).GetArrayLength();
}
