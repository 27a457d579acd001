using System.Collections;
using System.Runtime.ExceptionServices;
using Resolution2006_27.Model.Diagnostics;

namespace Resolution2006_27.Model.Corpus;

/// <summary>
/// The files of a corpus, read as they are enumerated: each enumeration parses the files again, on several
/// threads, a bounded window ahead of the reader, and yields them in file-name order. The same resolution twice
/// is kept from the first file in that order; a later one is marked <see cref="CorpusFile.DuplicateOf"/>.
/// </summary>
public sealed class CorpusFiles : IReadOnlyCollection<CorpusFile>
{
    private readonly IReadOnlyList<string> paths;
    private readonly Func<string, CorpusFile> read;
    private readonly int parallelism;

    internal CorpusFiles(IReadOnlyList<string> paths, Func<string, CorpusFile> read, int parallelism)
    {
        this.paths = paths;
        this.read = read;
        this.parallelism = parallelism;
    }

    /// <summary>How many files there are to read.</summary>
    public int Count => paths.Count;

    /// <summary>Reads the files, in name order.</summary>
    /// <returns>Each file as it is read; the files after it are being parsed meanwhile.</returns>
    public IEnumerator<CorpusFile> GetEnumerator()
    {
        var run = new Run(paths, read, parallelism);
        var bySymbol = new Dictionary<string, string>(StringComparer.Ordinal);
        try
        {
            for (var i = 0; i < paths.Count; i++)
            {
                var file = run.Take(i);
                if (file.Resolution is { } resolution && !bySymbol.TryAdd(resolution.Symbol, file.Name))
                {
                    var kept = bySymbol[resolution.Symbol];
                    file = file with
                    {
                        DuplicateOf = kept,
                        Diagnostics = [new Diagnostic(DiagnosticIds.CorpusFile, DiagnosticSeverity.Error, $"{resolution.Symbol} is already loaded from {kept}: left out", ResolutionCorpus.FileStart) { Source = file.Name }],
                    };
                }
                yield return file;
            }
        }
        finally
        {
            run.Stop(); // a reader that stops early leaves no parse running behind it
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>
    /// One enumeration. Files are claimed in name order by <c>parallelism - 1</c> workers and by the reader
    /// itself, which parses the next unclaimed file rather than wait for the one it needs (a reader that only
    /// waited would spin on a core the parsing needs). No file is claimed more than eight files per thread
    /// ahead of the reader: files differ in length a hundredfold, and memory holds no more than that window.
    /// </summary>
    private sealed class Run
    {
        private readonly IReadOnlyList<string> paths;
        private readonly Func<string, CorpusFile> read;
        private readonly int window;
        private readonly CorpusFile?[] done;
        private readonly ExceptionDispatchInfo?[] failed;
        private readonly Task[] workers;
        private readonly object gate = new();
        private int next;
        private int taken;
        private bool stopped;

        public Run(IReadOnlyList<string> paths, Func<string, CorpusFile> read, int parallelism)
        {
            this.paths = paths;
            this.read = read;
            window = parallelism * 8;
            done = new CorpusFile?[paths.Count];
            failed = new ExceptionDispatchInfo?[paths.Count];
            workers = [.. Enumerable.Range(0, parallelism - 1).Select(_ => Task.Factory.StartNew(Work, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default))];
        }

        /// <summary>The file at <paramref name="index"/>, parsing others meanwhile if it is not done yet.</summary>
        public CorpusFile Take(int index)
        {
            while (true)
            {
                int claimed;
                lock (gate)
                {
                    if (done[index] is { } file)
                    {
                        done[index] = null; // the reader has it now: the window moves on
                        taken = index + 1;
                        Monitor.PulseAll(gate);
                        return file;
                    }
                    failed[index]?.Throw();
                    if (next < paths.Count && next < taken + window)
                    {
                        claimed = next++;
                    }
                    else
                    {
                        Monitor.Wait(gate);
                        continue;
                    }
                }
                Parse(claimed);
            }
        }

        public void Stop()
        {
            lock (gate)
            {
                stopped = true;
                Monitor.PulseAll(gate);
            }
            Task.WaitAll(workers);
        }

        private void Work()
        {
            while (true)
            {
                int claimed;
                lock (gate)
                {
                    while (!stopped && next < paths.Count && next >= taken + window)
                    {
                        Monitor.Wait(gate);
                    }
                    if (stopped || next >= paths.Count)
                    {
                        return;
                    }
                    claimed = next++;
                }
                Parse(claimed);
            }
        }

        private void Parse(int index)
        {
            CorpusFile? file = null;
            ExceptionDispatchInfo? failure = null;
            try
            {
                file = read(paths[index]);
            }
            catch (Exception e)
            {
                failure = ExceptionDispatchInfo.Capture(e); // told to the reader when it reaches this file
            }
            lock (gate)
            {
                done[index] = file;
                failed[index] = failure;
                Monitor.PulseAll(gate);
            }
        }
    }
}
