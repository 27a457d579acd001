using BenchmarkDotNet.Attributes;
using Resolution2006_27.Model.Corpus;

namespace Resolution2006_27.Model.Benchmarks;

/// <summary>
/// <see cref="ResolutionCorpus.Load"/> of the two folders of the development corpus on one thread (the floor)
/// and on two: the speed-up a second core gives, files read from disk and results in file-name order.
/// </summary>
[MemoryDiagnoser]
public class ParallelCorpusBenchmarks
{
    [Params(1, 2)]
    public int Threads { get; set; }

    [Benchmark(Description = "ResolutionCorpus.Load of corpus-dev (eosg, unsc)")]
    public int Load() =>
        ResolutionCorpus.Load(Path.Combine(SharedData.CorpusDev, "eosg"), parallelism: Threads).Resolutions.Count
        + ResolutionCorpus.Load(Path.Combine(SharedData.CorpusDev, "unsc"), parallelism: Threads).Resolutions.Count;
}
