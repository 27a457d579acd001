using System.Text.RegularExpressions;
using BenchmarkDotNet.Attributes;

namespace Resolution2006_27.Model.Benchmarks;

/// <summary>
/// The control for <see cref="ParallelCorpusBenchmarks"/>: what a second core gives on this machine to work that
/// reads the same texts and builds nothing (one regular expression counted over each file, no model, almost no
/// allocation). A parse's speed-up is judged beside it: where the control itself stays under the floor of
/// 1.7 times, the machine, not the parser, sets the ceiling.
/// </summary>
public class ParallelControlBenchmarks
{
    private static readonly Regex Titles = new(@"\b[A-Z][a-z]+ (?:of|on|for) the [A-Z]\w+", RegexOptions.CultureInvariant);

    private string[] texts = [];

    [Params(1, 2)]
    public int Threads { get; set; }

    [GlobalSetup]
    public void Setup() =>
        texts = [.. new[] { "eosg", "unsc" }.SelectMany(f => Directory.EnumerateFiles(Path.Combine(SharedData.CorpusDev, f), "*.txt")).Order(StringComparer.Ordinal).Select(File.ReadAllText)];

    [Benchmark(Description = "control: a pattern counted over every text of corpus-dev, three times")]
    public int Scan()
    {
        var total = 0;
        Parallel.ForEach(texts, new ParallelOptions { MaxDegreeOfParallelism = Threads }, text =>
        {
            var n = Titles.Count(text) + Titles.Count(text) + Titles.Count(text);
            Interlocked.Add(ref total, n);
        });
        return total;
    }
}
