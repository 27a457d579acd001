// Plain loops over the development corpus, for what a BenchmarkDotNet run measures too coarsely on a shared machine:
// comparing two builds by alternating them, and a corpus loaded on one thread against two. Run from the repository
// root, with ../shared beside it:
//   dotnet run -c Release --project docs/measure/loop -- parse 12   # best of 12 parses of every file: ms, MB/s, MB allocated
//   dotnet run -c Release --project docs/measure/loop -- load 12    # ResolutionCorpus.Load, warmed up, then 1 and 2 threads alternating: medians
//   dotnet run -c Release --project docs/measure/loop -- read 12    # ResolutionCorpus.Read, nothing kept (as --corpus): 1 and 2 threads, time and CPU
//   dotnet run -c Release --project docs/measure/loop -- side 40    # the parse beside its floors, in turn in one process: the ratios of each round
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

if (mode is "load" or "read")
{
    // A load keeps every model, as ResolutionCorpus.Load does; a read lets each go once enumerated, as --corpus does.
    // Each round: the time, how long the garbage collector paused the program, and the process's CPU time (the
    // collection of the previous round's models comes before, and counts in none).
    using var collections = new GcEvents();
    (double Time, double Paused, double Cpu, long Faults, string Collections) Round(int threads, bool measured = true)
    {
        GC.Collect();
        Thread.Sleep(measured ? 500 : 0); // the runtime hands its events to a listener in batches: those of the collection above first
        collections.Clear();
        var pause = GC.GetTotalPauseDuration();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var faults = PageFaults();
        var clock = Stopwatch.StartNew();
        var count = mode == "load"
            ? folders.Sum(f => ResolutionCorpus.Load(Path.Combine(dev, f), parallelism: threads).Resolutions.Count)
            : folders.Sum(f => ResolutionCorpus.Read(Path.Combine(dev, f), parallelism: threads).Count(file => file.Resolution is not null));
        GC.KeepAlive(count);
        var time = clock.Elapsed.TotalMilliseconds;
        faults = PageFaults() - faults;
        var (paused, used) = ((GC.GetTotalPauseDuration() - pause).TotalMilliseconds, (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds);
        Thread.Sleep(measured ? 500 : 0); // and the round's own, before they are counted
        return (time, paused, used, faults, collections.Summary());
    }
    // Warm up until the JIT is done: tiered compilation moves the parser's methods to optimized code over some fifteen
    // to twenty-five loads (with dynamic PGO, the default), and its background thread takes most of a second core meanwhile, which a
    // load on one thread gets for free and one on two threads has to share. Alternating rounds taken before then
    // measured the JIT, not the parser.
    var warmups = 0;
    for (long before = -1; warmups < 60 && System.Runtime.JitInfo.GetCompiledMethodCount() != before; warmups++)
    {
        before = System.Runtime.JitInfo.GetCompiledMethodCount();
        Round(1 + warmups % 2, measured: false);
        Thread.Sleep(300); // the JIT's background thread promotes methods after 100 ms without new ones
    }
    var results = new Dictionary<int, List<(double Time, double Paused, double Cpu, long Faults, string Collections)>> { [1] = [], [2] = [] };
    for (var round = 0; round < rounds; round++)
    {
        foreach (var threads in new[] { 1, 2 })
        {
            results[threads].Add(Round(threads));
        }
    }
    var median = results.ToDictionary(r => r.Key, r => r.Value.OrderBy(x => x.Time).ElementAt(r.Value.Count / 2));
    var what = mode == "load" ? "ResolutionCorpus.Load" : "ResolutionCorpus.Read (nothing kept)";
    Console.WriteLine($"{what} of corpus-dev after {warmups} rounds to warm up: 1 thread {median[1].Time:F0} ms, 2 threads {median[2].Time:F0} ms, speed-up {median[1].Time / median[2].Time:F2} x (medians of {rounds})");
    foreach (var threads in new[] { 1, 2 })
    {
        Console.WriteLine($"  {threads} thread{(threads == 1 ? "" : "s")}, the median round: CPU {median[threads].Cpu:F0} ms, paused {median[threads].Paused:F0} ms, {median[threads].Faults} page faults; {median[threads].Collections}");
    }
    return 0;
}

var texts = folders.SelectMany(f => Directory.GetFiles(Path.Combine(dev, f), "*.txt")).Order(StringComparer.Ordinal)
    .Select(f => (Name: Path.GetFileName(f), Text: File.ReadAllText(f))).ToList();
var megabytes = texts.Sum(t => (long)Encoding.UTF8.GetByteCount(t.Text)) / 1e6;

if (mode == "side")
{
    // RealCorpusBenchmarks' three measures, taken in turn in one process, round after round (in a rotating order): on a
    // machine whose speed drifts over seconds, as this shared one's does, a run of one benchmark after another compares
    // the parse with a floor measured at another speed; within a round the three see the same machine. Each round's
    // ratios, then their medians and quartiles.
    var exports = texts.Select(t => Resolution2006_27.Model.Serialization.ModelJson.Serialize(
        ResolutionParser.ParseWithWarnings(t.Text, ParserOptions.Default with { SourceName = t.Name }).Resolution, indented: false)).ToList();
    var measures = new (string Name, Func<int> Run)[]
    {
        ("JsonDocument.Parse of every export (the floor)", () => exports.Sum(e => { using var d = System.Text.Json.JsonDocument.Parse(e); return d.RootElement.GetProperty("operativeParagraphs").GetArrayLength(); })),
        ("deserialize every export into the model", () => exports.Sum(e => Resolution2006_27.Model.Serialization.ModelJson.Deserialize(e).OperativeParagraphs.Count)),
        ("parse every printed text into the model", () => texts.Sum(t => ResolutionParser.ParseWithWarnings(t.Text, ParserOptions.Default with { SourceName = t.Name }).Resolution.OperativeParagraphs.Count)),
    };
    var warm = Math.Max(20, rounds / 2);
    var times = measures.Select(_ => new List<double>()).ToArray();
    for (var round = 0; round < warm + rounds; round++)
    {
        for (var k = 0; k < measures.Length; k++)
        {
            var m = (round + k) % measures.Length;
            var clock = Stopwatch.StartNew();
            GC.KeepAlive(measures[m].Run());
            if (round >= warm)
            {
                times[m].Add(clock.Elapsed.TotalMilliseconds);
            }
        }
    }
    static (double Q1, double Median, double Q3) Quartiles(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return (sorted[sorted.Length / 4], sorted[sorted.Length / 2], sorted[3 * sorted.Length / 4]);
    }
    Console.WriteLine($"{texts.Count} files ({megabytes:F2} MB of text, {exports.Sum(e => (long)Encoding.UTF8.GetByteCount(e)) / 1e6:F2} MB of export), {rounds} rounds after {warm} to warm up:");
    for (var m = 0; m < measures.Length; m++)
    {
        var (q1, median, q3) = Quartiles(times[m]);
        Console.WriteLine($"  {measures[m].Name}: median {median:F1} ms (quartiles {q1:F1}-{q3:F1})");
    }
    foreach (var (over, name) in new[] { (0, "the floor"), (1, "deserializing") })
    {
        var (q1, median, q3) = Quartiles(times[2].Zip(times[over], (parse, floor) => parse / floor));
        Console.WriteLine($"  parse against {name}, round by round: median {median:F2} x (quartiles {q1:F2}-{q3:F2})");
    }
    return 0;
}
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

// The minor page faults of this process so far (Linux: /proc/self/stat, tenth field), or 0 elsewhere. A heap that grows
// to hold a loaded corpus takes a fault for every page it touches first, and a fault is dear on a virtual machine.
static long PageFaults() =>
    File.Exists("/proc/self/stat") && File.ReadAllText("/proc/self/stat") is var stat
        ? long.Parse(stat[(stat.LastIndexOf(')') + 2)..].Split(' ')[7], System.Globalization.CultureInfo.InvariantCulture)
        : 0;
