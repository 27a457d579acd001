using BenchmarkDotNet.Attributes;

namespace Resolution2006_27.Model.Benchmarks;

/// <summary>
/// Printed shapes each repeated thousands of times, at 1x, 2x and 4x their length, as <see cref="GrowthBenchmarks"/>
/// reads the hostile cases: a linear reading shows 2x and 4x. Each cost its length for every repetition until
/// the seventeenth session (docs/performance.md, "Growth with hostile input"): a run of blanks (the fold searched
/// the rest of the line for each blank), items out of sequence (each read as text of the item above, which was
/// folded whole again), blocks in lower case (each the rest of the paragraph above, joined by copying every line
/// joined before), footnote markers in one clause (each one's words ran back to the clause's start), and a line
/// of symbols' numbers without a blank ("a/DEC.1,a/DEC.1,...": each number's symbol was read back to the last blank).
/// </summary>
[MemoryDiagnoser]
public class HostileShapeBenchmarks
{
    private const string Head = "The Economic and Social Council,\n\nRecalling its resolutions,\n\n1. Urges ";
    private string text = "";

    /// <summary>1, 2 or 4 times the base length, 100,000 characters.</summary>
    [Params(1, 2, 4)]
    public int Scale { get; set; }

    /// <summary>The shape repeated.</summary>
    [Params("blanks", "items", "lower", "markers", "symbols")]
    public string Shape { get; set; } = "blanks";

    [GlobalSetup]
    public void Setup()
    {
        var n = 100_000 * Scale;
        text = Shape switch
        {
            "blanks" => Head + new string(' ', n) + "x;",
            "items" => Head + "x:\n\n" + string.Concat(Enumerable.Range(0, n / 8).Select(i => $"({(char)('a' + (i % 26))}) y;\n\n")),
            "lower" => Head + "x\n\n" + string.Concat(Enumerable.Repeat("and so on\n\n", n / 11)),
            "symbols" => Head + string.Concat(Enumerable.Repeat("a/DEC.1,", n / 8)) + ";",
            _ => Head + string.Concat(Enumerable.Repeat("word1 ", n / 6)) + ";",
        };
    }

    [Benchmark(Description = "parse: 100k x Scale characters of one shape")]
    public int Parse() => Resolutions.FromString(text).OperativeParagraphs.Count;
}
