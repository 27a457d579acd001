// Plain loops over the development corpus, for what a BenchmarkDotNet run measures too coarsely on a shared machine:
// comparing two builds by alternating them, and a corpus loaded on one thread against two. Run from the repository
// root, with ../shared beside it:
//   dotnet run -c Release --project docs/measure/loop -- parse 12   # best of 12 parses of every file: ms, MB/s, MB allocated
//   dotnet run -c Release --project docs/measure/loop -- load 12    # ResolutionCorpus.Load, warmed up, then 1 and 2 threads alternating: medians
// Set DOTNET_gcServer=1 for the server garbage collector. Not part of the solution or CI.
using System.Diagnostics;
using System.Text;
using Resolution2006_27.Model;
using Resolution2006_27.Model.Corpus;
using Resolution2006_27.Model.Parsing;

var dev = Path.Combine("..", "shared", "corpus-dev");
if (!Directory.Exists(dev))
{
    Console.Error.WriteLine($"No {dev}: run from the repository root, with ../shared beside it.");
    return 2;
}
var mode = args.Length > 0 ? args[0] : "parse";
var rounds = args.Length > 1 && int.TryParse(args[1], out var n) && n > 0 ? n : 12;
string[] folders = ["eosg", "unsc"];

if (mode == "load")
{
    // The time of a load, and how long the garbage collector paused the program during it (the collection of the
    // previous load's models comes before, and counts in neither).
    (double Time, double Paused) LoadAll(int threads)
    {
        GC.Collect();
        var pause = GC.GetTotalPauseDuration();
        var clock = Stopwatch.StartNew();
        var count = folders.Sum(f => ResolutionCorpus.Load(Path.Combine(dev, f), parallelism: threads).Resolutions.Count);
        GC.KeepAlive(count);
        return (clock.Elapsed.TotalMilliseconds, (GC.GetTotalPauseDuration() - pause).TotalMilliseconds);
    }
    // Warm up until the JIT is done: tiered compilation moves the parser's methods to optimized code over some fifteen
    // to twenty-five loads (with dynamic PGO, the default), and its background thread takes most of a second core meanwhile, which a
    // load on one thread gets for free and one on two threads has to share. Alternating rounds taken before then
    // measured the JIT, not the parser.
    var warmups = 0;
    for (long before = -1; warmups < 60 && System.Runtime.JitInfo.GetCompiledMethodCount() != before; warmups++)
    {
        before = System.Runtime.JitInfo.GetCompiledMethodCount();
        LoadAll(1 + warmups % 2);
        Thread.Sleep(300); // the JIT's background thread promotes methods after 100 ms without new ones
    }
    var times = new Dictionary<int, List<double>> { [1] = [], [2] = [] };
    var paused = new Dictionary<int, List<double>> { [1] = [], [2] = [] };
    for (var round = 0; round < rounds; round++)
    {
        foreach (var threads in new[] { 1, 2 })
        {
            var (time, pause) = LoadAll(threads);
            times[threads].Add(time);
            paused[threads].Add(pause);
        }
    }
    static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);
    Console.WriteLine($"ResolutionCorpus.Load of corpus-dev after {warmups} loads to warm up: 1 thread {Median(times[1]):F0} ms, 2 threads {Median(times[2]):F0} ms, speed-up {Median(times[1]) / Median(times[2]):F2} x (medians of {rounds}); the garbage collector paused the program {Median(paused[1]):F0} and {Median(paused[2]):F0} ms of them");
    return 0;
}

var texts = folders.SelectMany(f => Directory.GetFiles(Path.Combine(dev, f), "*.txt")).Order(StringComparer.Ordinal)
    .Select(f => (Name: Path.GetFileName(f), Text: File.ReadAllText(f))).ToList();
var megabytes = texts.Sum(t => (long)Encoding.UTF8.GetByteCount(t.Text)) / 1e6;
var best = double.MaxValue;
long allocated = 0;
for (var round = 0; round < rounds; round++)
{
    var before = GC.GetTotalAllocatedBytes(precise: true);
    var clock = Stopwatch.StartNew();
    foreach (var (name, text) in texts)
    {
        try
        {
            ResolutionParser.ParseWithWarnings(text, ParserOptions.Default with { SourceName = name });
        }
        catch (ResolutionParseException)
        {
            // A file that gives no model takes its time all the same.
        }
    }
    best = Math.Min(best, clock.Elapsed.TotalMilliseconds);
    allocated = GC.GetTotalAllocatedBytes(precise: true) - before;
}
Console.WriteLine($"parse {texts.Count} files ({megabytes:F2} MB): best of {rounds} {best:F0} ms, {megabytes / best * 1000:F1} MB/s, {allocated / 1e6:F0} MB allocated");
return 0;
