// The dataset writer on the development corpus repeated N times under distinct symbols (each copy's symbol gets
// "#k"): time and peak memory, to show time linear in the corpus and memory flat. The texts are parsed once; the
// measurement is of writing, as a corpus streams through it. Run from the repository root:
//   dotnet run -c Release --project docs/measure/dataset -- 1
//   dotnet run -c Release --project docs/measure/dataset -- 40
using System.Diagnostics;
using Resolution2006_27.Model.Corpus;
using Resolution2006_27.Model.Dataset;

var copies = args.Length > 0 ? int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 1;
var dev = Path.Combine("..", "shared", "corpus-dev");
var files = ResolutionCorpus.Read(Path.Combine(dev, "eosg")).Concat(ResolutionCorpus.Read(Path.Combine(dev, "unsc")))
    .Where(f => f.Resolution is not null && f.DuplicateOf is null).ToList();
// The live heap after a full collection, every 1,000 resolutions: what the writer keeps, not what the GC has yet to free.
var liveMax = 0L;
var count = 0;
IEnumerable<CorpusFile> Repeated()
{
    for (var k = 0; k < copies; k++)
    {
        foreach (var f in files)
        {
            if (++count % 1000 == 0)
            {
                liveMax = Math.Max(liveMax, GC.GetTotalMemory(forceFullCollection: true));
                if (Environment.GetEnvironmentVariable("TRACE_LIVE") is not null) Console.Error.WriteLine($"{count}: {GC.GetTotalMemory(false) / 1e6:F0} MB");
            }
            yield return k == 0 ? f : f with { Resolution = f.Resolution! with { Symbol = $"{f.Resolution!.Symbol}#{k}" } };
        }
    }
}
var before = GC.GetTotalMemory(forceFullCollection: true);
var target = Path.Combine(Path.GetTempPath(), $"res2006-dataset-measure-{Guid.NewGuid():N}");
var peak = 0L;
using var timer = new Timer(_ => peak = Math.Max(peak, Process.GetCurrentProcess().PrivateMemorySize64), null, 0, 20);
var watch = Stopwatch.StartNew();
var summary = DatasetWriter.Write(Repeated(), target);
watch.Stop();
var bytes = Directory.GetFiles(target).Sum(f => new FileInfo(f).Length);
Console.WriteLine($"{copies} x corpus-dev: {summary.Resolutions} resolutions, {summary.Rows.Sum(r => r.Value)} rows, {bytes / 1e6:F1} MB of Parquet in {watch.Elapsed.TotalSeconds:F2} s; live heap at most {liveMax / 1e6:F0} MB, {before / 1e6:F0} MB of it the parsed corpus held for the copies; peak private memory {peak / 1e6:F0} MB");
Directory.Delete(target, recursive: true);
