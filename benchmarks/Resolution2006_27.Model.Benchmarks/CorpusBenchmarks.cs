using BenchmarkDotNet.Attributes;

namespace Resolution2006_27.Model.Benchmarks;

/// <summary>
/// Parsing a corpus of 1, 10, 100 and 1,000 resolutions: the seed renumbered, so every document is a
/// real resolution's size and shape. Throughput, and how time grows with the corpus.
/// </summary>
[MemoryDiagnoser]
public class CorpusBenchmarks
{
    private string[] texts = [];

    [Params(1, 10, 100, 1000)]
    public int Documents { get; set; }

    [GlobalSetup]
    public void Setup() =>
        texts = [.. Enumerable.Range(1, Documents).Select(i => Resolutions.SeedText.Replace("2006/27", $"2006/{i}", StringComparison.Ordinal))];

    [Benchmark(Description = "parse a corpus")]
    public int ParseCorpus() => texts.Sum(t => Resolutions.FromString(t).OperativeParagraphs.Count);
}
