using System.Runtime.InteropServices;
using System.Text.RegularExpressions;
using BenchmarkDotNet.Attributes;

namespace Resolution2006_27.Model.Benchmarks;

/// <summary>
/// The control for <see cref="ParallelCorpusBenchmarks"/>: what a second core gives on this machine to work that
/// reads the same texts and builds nothing (one regular expression counted over each file, no model, almost no
/// allocation). A parse's speed-up is judged beside it: where the control itself stays under the floor of
/// 1.7 times, the machine, not the parser, sets the ceiling. A second control takes memory the process has not
/// touched before, as a heap does while it grows to hold a loaded corpus: it measures what a page fault costs here
/// and whether two threads take them faster than one.
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

    [Benchmark(Description = "control: 64 MB of fresh memory written a byte a page (16,384 page faults), 1 MB maps")]
    public long FreshPages()
    {
        const int Map = 1 << 20, Page = 4096;
        long written = 0;
        Parallel.For(0, 64, new ParallelOptions { MaxDegreeOfParallelism = Threads }, _ =>
        {
            // An anonymous map of its own each time, unmapped after: malloc would hand back memory already touched.
            var map = OperatingSystem.IsLinux() ? Linux.mmap(0, Map, 3 /* read, write */, 0x22 /* private, anonymous */, -1, 0) : Marshal.AllocHGlobal(Map);
            if (map == -1)
            {
                throw new OutOfMemoryException($"mmap of {Map} bytes failed (errno {Marshal.GetLastPInvokeError()})");
            }
            for (var offset = 0; offset < Map; offset += Page)
            {
                Marshal.WriteByte(map, offset, 1);
            }
            if (OperatingSystem.IsLinux())
            {
                Linux.munmap(map, Map);
            }
            else
            {
                Marshal.FreeHGlobal(map);
            }
            Interlocked.Add(ref written, Map / Page);
        });
        return written;
    }

    private static class Linux
    {
        [DllImport("libc", SetLastError = true)]
        public static extern nint mmap(nint address, nuint length, int protection, int flags, int fd, nint offset);

        [DllImport("libc", SetLastError = true)]
        public static extern int munmap(nint address, nuint length);
    }
}
