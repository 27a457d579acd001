using BenchmarkDotNet.Attributes;

namespace Resolution2006_27.Model.Benchmarks;

/// <summary>
/// <see cref="ParallelCorpusBenchmarks"/> in a process that runs the server GC, as an application that loads
/// corpora on several cores should (ASP.NET Core does by default): the collector then works on every core,
/// where the workstation GC collects on one while the parsing threads wait.
/// </summary>
[GcServer(true)]
public class ParallelCorpusServerGcBenchmarks : ParallelCorpusBenchmarks;
