using Resolution2006_27.Model.Collections;
using Resolution2006_27.Model.Corpus;
using Resolution2006_27.Model.Diagnostics;

namespace Resolution2006_27.Model.Tests.Corpus;

/// <summary>
/// The streaming reader behind <see cref="ResolutionCorpus.Read"/>, driven with a reading function of the test's own:
/// files come in order, no more than eight per thread are read ahead of the one taken, a failure surfaces at its own
/// file, and a reader that stops early leaves nothing reading.
/// </summary>
public class CorpusFilesTests
{
    private static readonly IReadOnlyList<string> Paths = [.. Enumerable.Range(0, 100).Select(i => $"{i:D3}.txt")];

    /// <summary>A reading function that counts its calls and can be told to fail at one path.</summary>
    private sealed class Reader(string? failAt = null)
    {
        private int calls;

        public int Calls => Volatile.Read(ref calls);

        public CorpusFile Read(string path)
        {
            Interlocked.Increment(ref calls);
            return path == failAt ? throw new InvalidOperationException("failed at " + path) : new CorpusFile(path, null, ValueList<Diagnostic>.Empty);
        }

        /// <summary>The number of calls once no more come (they stop at the window; 5 s is far more than they take).</summary>
        public int Settled()
        {
            var seen = -1;
            var deadline = Environment.TickCount64 + 5000;
            while (Environment.TickCount64 < deadline)
            {
                var now = Calls;
                if (now == seen)
                {
                    return now;
                }
                seen = now;
                Thread.Sleep(100);
            }
            return Calls;
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(4)]
    public void FilesComeInOrder_EachReadOnce(int parallelism)
    {
        var reader = new Reader();
        var files = new CorpusFiles(Paths, reader.Read, parallelism);
        Assert.Equal(Paths.Count, files.Count);
        Assert.Equal(Paths, files.Select(f => f.Name));
        Assert.Equal(Paths.Count, reader.Calls);
    }

    [Theory]
    [InlineData(1, 9)] // the reader's own thread reads ahead too: the file taken and eight more
    [InlineData(2, 17)]
    [InlineData(4, 33)]
    public void NoMoreThanEightFilesPerThread_AreReadAheadOfTheOneTaken(int parallelism, int readWhenFirstIsTaken)
    {
        var reader = new Reader();
        using var files = new CorpusFiles(Paths, reader.Read, parallelism).GetEnumerator();
        Assert.True(files.MoveNext());
        Assert.Equal("000.txt", files.Current.Name);
        Assert.InRange(reader.Settled(), 1, readWhenFirstIsTaken);
        if (parallelism > 1)
        {
            // Workers fill the window while the reader holds its file: exactly up to it, never past it.
            Assert.Equal(readWhenFirstIsTaken, reader.Settled());
        }
        Assert.True(files.MoveNext());
        Assert.InRange(reader.Settled(), 2, readWhenFirstIsTaken + 1);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    public void AFailure_SurfacesAtItsOwnFile_AfterEveryFileBeforeIt(int parallelism)
    {
        var reader = new Reader(failAt: "005.txt");
        var taken = new List<string>();
        var failure = Assert.Throws<InvalidOperationException>(() =>
        {
            foreach (var file in new CorpusFiles(Paths, reader.Read, parallelism))
            {
                taken.Add(file.Name);
            }
        });
        Assert.Equal("failed at 005.txt", failure.Message);
        Assert.Equal(Paths.Take(5), taken);
    }

    [Fact]
    public void AReaderThatStopsEarly_LeavesNothingReading()
    {
        var reader = new Reader();
        var files = new CorpusFiles(Paths, reader.Read, parallelism: 4);
        Assert.Equal("000.txt", files.First().Name); // First() disposes the enumerator: the workers are stopped
        var after = reader.Calls;
        Thread.Sleep(300);
        Assert.Equal(after, reader.Calls);
        Assert.True(after < Paths.Count);
    }
}
