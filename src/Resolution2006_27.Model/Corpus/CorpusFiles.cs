using System.Collections;

namespace Resolution2006_27.Model.Corpus;

/// <summary>
/// The files of a corpus, read as they are enumerated: each enumeration parses the files again, on several
/// threads, a bounded window ahead of the reader, and yields them in file-name order.
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
        if (parallelism == 1)
        {
            foreach (var path in paths)
            {
                yield return read(path);
            }
            yield break;
        }
        // A window of eight files per thread: files differ in length by a hundred times, and a long one at the head
        // of a short window would leave the other threads idle; memory holds no more than the window, however
        // long the corpus.
        var window = new Queue<Task<CorpusFile>>();
        using var gate = new SemaphoreSlim(parallelism); // no more than `parallelism` parse at once
        var next = 0;
        try
        {
            while (next < paths.Count || window.Count > 0)
            {
                while (next < paths.Count && window.Count < parallelism * 8)
                {
                    var path = paths[next++];
                    window.Enqueue(Task.Run(() =>
                    {
                        gate.Wait();
                        try
                        {
                            return read(path);
                        }
                        finally
                        {
                            gate.Release();
                        }
                    }));
                }
                yield return window.Dequeue().GetAwaiter().GetResult();
            }
        }
        finally
        {
            // A reader that stops early leaves no parse running behind it.
            Task.WaitAll([.. window]);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
