using System.Collections.Concurrent;
using Resolution2006_27.Model.Collections;

namespace Resolution2006_27.Model.Text;

/// <summary>
/// One string for each short text the model repeats across resolutions: a phrase ("Requests", "Also
/// requests"), its verb and adverbs, an addressee's words, an actor's mention ("Member States"), a citation's
/// words and id ("resolution 1325 (2000)", "para_3__ref_1"). Over the 550 files of the
/// development corpus these are tens of thousands of strings with a few thousand values; a corpus kept in memory
/// holds each value once (a loaded corpus-dev: 38.9 -> 35.6 MB), and the garbage collector, which copies every
/// string a loading corpus keeps, has that many fewer to copy.
/// </summary>
/// <remarks>
/// Thread-safe: corpora load on several threads. Bounded, so that no input grows it without end: a text longer
/// than the pool's longest is never pooled, and once the pool is full a new value is cut as usual (values are
/// never removed).
/// </remarks>
internal sealed class TextPool
{
    /// <summary>The pool the parser uses: texts of up to 48 characters, at most 8,192 of them.</summary>
    public static TextPool Shared { get; } = new(48, 8192);

    private readonly ConcurrentDictionary<string, string> pool = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> bySpan;

    // The values added (see BoundedPool).
    private int added;

    /// <param name="maxLength">The longest text pooled, in characters.</param>
    /// <param name="maxCount">The most values pooled.</param>
    public TextPool(int maxLength, int maxCount)
    {
        (MaxLength, MaxCount) = (maxLength, maxCount);
        bySpan = pool.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The longest text pooled, in characters.</summary>
    public int MaxLength { get; }

    /// <summary>The most values pooled (a few more may slip in when threads add at once).</summary>
    public int MaxCount { get; }

    /// <summary>The number of values pooled.</summary>
    public int Count => pool.Count;

    /// <summary>The characters <paramref name="start"/> to <paramref name="end"/> of <paramref name="text"/>, as the pool's string when it has one.</summary>
    public string Of(string text, int start, int end) => Of(text.AsSpan(start, end - start));

    /// <summary>The characters of <paramref name="span"/>, as the pool's string when it has one.</summary>
    public string Of(ReadOnlySpan<char> span)
    {
        if (span.Length > MaxLength)
        {
            return span.ToString();
        }
        if (bySpan.TryGetValue(span, out var shared))
        {
            return shared;
        }
        var made = span.ToString();
        return BoundedPool.GetOrAdd(pool, made, made, ref added, MaxCount);
    }
}
