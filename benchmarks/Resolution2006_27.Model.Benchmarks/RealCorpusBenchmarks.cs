using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Resolution2006_27.Model.Parsing;
using Resolution2006_27.Model.Serialization;

namespace Resolution2006_27.Model.Benchmarks;

/// <summary>
/// The whole development corpus (../shared/corpus-dev, every file that gives a model): parsing the printed
/// texts against reading the same resolutions' JSON exports, the floor being <c>JsonDocument.Parse</c>. On one
/// core; throughput is the corpus's UTF-8 size (printed at set-up) over the mean.
/// </summary>
/// <remarks>
/// BenchmarkDotNet collects the whole heap before every iteration unless run with <c>--noForcedGCs</c>: the runtime then
/// gives back the memory it freed, and an iteration that allocates (the parse, the deserializing) faults it in again,
/// which the floor, allocating nothing, never does. Reading a corpus collects nothing between files: docs/performance.md
/// gives both runs.
/// </remarks>
[MemoryDiagnoser]
public class RealCorpusBenchmarks
{
    private (string Name, string Text)[] texts = [];
    private string[] exports = [];

    [GlobalSetup]
    public void Setup()
    {
        var files = new[] { "eosg", "unsc" }.SelectMany(d => Directory.GetFiles(Path.Combine(SharedData.CorpusDev, d), "*.txt")).Order(StringComparer.Ordinal);
        var read = new List<(string, string)>();
        var written = new List<string>();
        foreach (var file in files)
        {
            var (name, text) = (Path.GetFileName(file), File.ReadAllText(file));
            try
            {
                written.Add(ModelJson.Serialize(ResolutionParser.ParseWithWarnings(text, ParserOptions.Default with { SourceName = name }).Resolution, indented: false));
                read.Add((name, text));
            }
            catch (ResolutionParseException)
            {
                // A file that gives no model is not part of the measure.
            }
        }
        texts = [.. read];
        exports = [.. written];
        Console.WriteLine($"// corpus: {texts.Length} files, {texts.Sum(t => (long)Encoding.UTF8.GetByteCount(t.Text)) / 1e6:F2} MB of text, {exports.Sum(e => (long)Encoding.UTF8.GetByteCount(e)) / 1e6:F2} MB of JSON export");
    }

    [Benchmark(Baseline = true, Description = "floor: JsonDocument.Parse of every export")]
    public int JsonDocumentParse()
    {
        var parts = 0;
        foreach (var export in exports)
        {
            using var document = JsonDocument.Parse(export);
            parts += document.RootElement.GetProperty("operativeParagraphs").GetArrayLength();
        }
        return parts;
    }

    [Benchmark(Description = "deserialize every export into the model")]
    public int DeserializeExports() => exports.Sum(e => ModelJson.Deserialize(e).OperativeParagraphs.Count);

    [Benchmark(Description = "parse every printed text into the model")]
    public int ParseTexts() => texts.Sum(t => ResolutionParser.ParseWithWarnings(t.Text, ParserOptions.Default with { SourceName = t.Name }).Resolution.OperativeParagraphs.Count);
}
