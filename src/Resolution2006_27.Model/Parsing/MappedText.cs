namespace Resolution2006_27.Model.Parsing;

/// <summary>
/// A block's text as the model holds it, with every character mapped back to its source offset.
/// Line wraps become one space (none after a hyphen that ends a line after a letter and before one:
/// "money-\nlaundering" reads "money-laundering", "Secretary-\nGeneral" "Secretary-General"); indents, trailing blanks and footnote markers
/// are taken out; any other run of blanks inside a line becomes one space.
/// </summary>
internal sealed class MappedText
{
    // The map back to the source as runs: text characters whose source offsets rise by one from the run's start.
    // A paragraph is a few runs (one per line, and one more at each folded blank or cut marker), where an offset
    // per character was an int for every character of every part of a corpus. Most parts of a corpus printed a
    // paragraph to a line are one run: that run is two numbers here, and only more runs make an array.
    private readonly int[]? runs; // each run's text index and source offset, in pairs, both rising; null for one run
    private readonly int onlySource; // the source offset of the one run's first character (which is text index 0)

    private MappedText(string text, int[]? runs, int onlySource, int sourceEnd)
    {
        Text = text;
        this.runs = runs;
        this.onlySource = onlySource;
        SourceEnd = sourceEnd;
    }

    private int RunCount => runs is null ? 1 : runs.Length / 2;

    private int RunStart(int run) => runs is null ? 0 : runs[2 * run];

    private int RunSource(int run) => runs is null ? onlySource : runs[(2 * run) + 1];

    public string Text { get; }

    /// <summary>The source offset just past the last character of the text.</summary>
    public int SourceEnd { get; }

    /// <summary>The source offset of the character at <paramref name="index"/>.</summary>
    public int SourceOffset(int index)
    {
        if ((uint)index >= (uint)Text.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(index));
        }
        // The last run that starts at or before the index, found by halving.
        int low = 0, high = RunCount - 1;
        while (low < high)
        {
            var mid = (low + high + 1) / 2;
            if (RunStart(mid) <= index)
            {
                low = mid;
            }
            else
            {
                high = mid - 1;
            }
        }
        return RunSource(low) + (index - RunStart(low));
    }

    /// <summary>How many text characters come from source offsets before <paramref name="sourceOffset"/>.</summary>
    public int TextIndexOf(int sourceOffset)
    {
        // The offsets rise with the index: the first run that reaches the offset holds the first index at or past it.
        int low = 0, high = RunCount;
        while (low < high)
        {
            var mid = (low + high) / 2;
            if (RunSource(mid) + RunLength(mid) - 1 < sourceOffset)
            {
                low = mid + 1;
            }
            else
            {
                high = mid;
            }
        }
        return low == RunCount ? Text.Length : RunStart(low) + Math.Max(0, sourceOffset - RunSource(low));
    }

    private int RunLength(int run) => (run + 1 < RunCount ? RunStart(run + 1) : Text.Length) - RunStart(run);

    /// <summary>The source range covered by text characters [start, end).</summary>
    public (int Start, int End) SourceRange(int start, int end) =>
        end <= start ? Empty(SourceOffset(Math.Min(start, Text.Length - 1))) : (SourceOffset(start), SourceOffset(end - 1) + 1);

    private static (int Start, int End) Empty(int at) => (at, at);

    /// <summary>Builds the text of the source ranges <paramref name="lines"/> (content only), leaving out <paramref name="cuts"/>.</summary>
    public static MappedText Build(string source, ReadOnlySpan<(int Start, int End)> lines, IReadOnlyList<(int Start, int End)> cuts, string? known = null)
    {
        var capacity = Capacity(lines);
        var runs = Runs.Take();
        var text = Fold(source, lines, cuts, runs, capacity, known);
        var mapped = new MappedText(text, runs.Count == 1 ? null : runs.Pairs(), runs.Count == 1 ? runs.FirstSource : 0, lines.Length > 0 ? lines[^1].End : 0);
        runs.Release();
        return mapped;
    }

    /// <summary>
    /// The map of <paramref name="folded"/>, the text <see cref="Build"/> gives of the one line from
    /// <paramref name="start"/> to <paramref name="end"/> without cuts, where it is as long as the line: folding dropped
    /// nothing, so every character (a blank folded into a space or not) stands at its own offset, one run. For a text
    /// folded already, which Build would fold again to compare.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="folded"/> is not as long as the line, or the line is empty.</exception>
    public static MappedText OneRun(string folded, int start, int end) =>
        folded.Length == end - start && end > start
            ? new MappedText(folded, null, start, end)
            : throw new ArgumentException("A text of one run is as long as its line, which is not empty.", nameof(folded));

    /// <summary>True when folding changes <paramref name="line"/> (a line's content): a blank other than a space, or two together.</summary>
    public static bool Folds(string line)
    {
        var text = line.AsSpan();
        if (text.IndexOf("  ", StringComparison.Ordinal) >= 0)
        {
            return true;
        }
        // Any other blank folds into a space. Printable ASCII and the space never do: a vectorized search skips them,
        // where stopping at every space cost a call per word.
        for (var i = 0; i < text.Length; i++)
        {
            var skip = text[i..].IndexOfAnyExceptInRange(' ', '~');
            if (skip < 0)
            {
                return false;
            }
            i += skip;
            if (SourceDocument.IsBlank(text[i]))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// The last characters of the text <see cref="Build"/> gives of some lines and then <paramref name="more"/>, from
    /// the first lines' text's last characters (<paramref name="ending"/>, at least two unless that is the whole text)
    /// and <paramref name="more"/> alone: a line's text owes nothing to the lines above it but whether it joins them
    /// without a space (a word broken by a hyphen), which their last two characters say. At most <paramref name="keep"/>.
    /// </summary>
    public static string Ending(string ending, string source, ReadOnlySpan<(int Start, int End)> more, IReadOnlyList<(int Start, int End)> cuts, int keep)
    {
        var tail = Fold(source, more, cuts, null, Capacity(more), null);
        var joined = more.Length > 0 && JoinsWithoutSpace(ending, source, more[0].Start) ? string.Concat(ending, tail) : string.Concat(ending, " ", tail);
        return joined.Length <= keep ? joined : joined[^keep..];
    }

    /// <summary>The text <see cref="Build"/> gives, without the map back to the source: for reading a block's words.</summary>
    public static string Folded(string source, ReadOnlySpan<(int Start, int End)> lines) => Fold(source, lines, [], null, Capacity(lines), null);

    // Every source character gives at most one text character, and each line at most one space before it.
    private static int Capacity(ReadOnlySpan<(int Start, int End)> lines)
    {
        var capacity = 0;
        for (var l = 0; l < lines.Length; l++)
        {
            capacity += lines[l].End - lines[l].Start + 1;
        }
        return capacity;
    }

    // One pass over the lines into a buffer of the largest size the text can have: this is the parser's hottest
    // loop (every paragraph of a corpus goes through it), so it allocates the result and nothing else that grows.
    // known: a text folded before that this one may equal (a block's whole text, for the part it prints unlabelled); given
    // back when it does, so that the two share one string.
    // The buffer is made here and filled by a callee: the runtime compiles a method with both a stackalloc and a loop
    // fully optimized at its first call (it cannot move such a method to optimized code in mid-loop), which cost a
    // first query 8 ms on the main thread; apart, each starts at the quick tier like the rest.
    // A long text's buffer is borrowed from the pool: a corpus holds thousands of paragraphs of over a thousand characters.
    private static string Fold(string source, ReadOnlySpan<(int Start, int End)> lines, IReadOnlyList<(int Start, int End)> cuts, Runs? map, int capacity, string? known)
    {
        if (capacity <= 1024)
        {
            return Fold(source, lines, cuts, map, stackalloc char[capacity], known);
        }
        var rented = System.Buffers.ArrayPool<char>.Shared.Rent(capacity);
        try
        {
            return Fold(source, lines, cuts, map, rented.AsSpan(0, capacity), known);
        }
        finally
        {
            System.Buffers.ArrayPool<char>.Shared.Return(rented);
        }
    }

    private static string Fold(string source, ReadOnlySpan<(int Start, int End)> lines, IReadOnlyList<(int Start, int End)> cuts, Runs? map, Span<char> buffer, string? known)
    {
        var sortedCuts = cuts.Count switch { 0 => [], 1 => [cuts[0]], _ => Sorted(cuts) };
        var length = 0;
        var cut = 0;
        for (var l = 0; l < lines.Length; l++)
        {
            var (start, stop) = lines[l];
            if (l > 0 && !JoinsWithoutSpace(buffer[..length], source, start))
            {
                Put(buffer, map, ref length, ' ', start - 1);
            }
            var pendingBlank = false;
            var i = start;
            while (i < stop)
            {
                while (cut < sortedCuts.Length && sortedCuts[cut].End <= i)
                {
                    cut++;
                }
                if (cut < sortedCuts.Length && i >= sortedCuts[cut].Start)
                {
                    i = Math.Min(sortedCuts[cut].End, stop); // a cut leaves no trace, not even a blank
                    continue;
                }
                // Most of a text is printable ASCII and single spaces, which fold into themselves: such a run is copied
                // whole and mapped as one. It stops before two spaces together and leaves a space at its end to the
                // loop below (what follows decides what it folds into); a run that opens with a space is a blank's too.
                var free = source.AsSpan(i, (cut < sortedCuts.Length ? Math.Min(stop, sortedCuts[cut].Start) : stop) - i);
                var printable = free[0] == ' ' ? 0 : PrintableRun(free);
                if (printable != 0)
                {
                    printable -= free[printable - 1] == ' ' ? 1 : 0;
                    if (pendingBlank)
                    {
                        Put(buffer, map, ref length, ' ', i - 1);
                        pendingBlank = false;
                    }
                    free[..printable].CopyTo(buffer[length..]);
                    map?.Add(length, i, printable);
                    length += printable;
                    i += printable;
                    continue;
                }
                var c = source[i];
                if (SourceDocument.IsBlank(c))
                {
                    pendingBlank = true;
                }
                else
                {
                    if (pendingBlank)
                    {
                        Put(buffer, map, ref length, ' ', i - 1);
                        pendingBlank = false;
                    }
                    Put(buffer, map, ref length, c, i);
                }
                i++;
            }
        }
        return known is not null && buffer[..length].SequenceEqual(known) ? known : new string(buffer[..length]);
    }

    /// <summary>
    /// How many characters <paramref name="free"/> opens with that are printable ASCII without two spaces together:
    /// found a window at a time, so that finding a run reads little past its end. Searching the whole rest for each
    /// run made a line of a million blanks, or of words two blanks apart, cost its length for every run on it.
    /// </summary>
    private static int PrintableRun(ReadOnlySpan<char> free)
    {
        const int Window = 256;
        var end = 0;
        while (end < free.Length)
        {
            var window = free.Slice(end, Math.Min(Window, free.Length - end));
            var other = window.IndexOfAnyExceptInRange(' ', '~');
            var run = other < 0 ? window.Length : other;
            // Two spaces together may straddle the windows' boundary: the search starts one character back.
            var from = end == 0 ? 0 : end - 1;
            var doubled = free.Slice(from, end + run - from).IndexOf("  ", StringComparison.Ordinal);
            if (doubled >= 0)
            {
                return from + doubled;
            }
            end += run;
            if (other >= 0)
            {
                return end;
            }
        }
        return end;
    }

    // The cuts by their start. A part's markers come in the order the lines print them, already sorted: checked, not
    // sorted again (a query sorting tuples is compiled afresh in every framework-dependent start-up).
    private static (int Start, int End)[] Sorted(IReadOnlyList<(int Start, int End)> cuts)
    {
        for (var i = 1; i < cuts.Count; i++)
        {
            if (cuts[i].Start < cuts[i - 1].Start)
            {
                return [.. cuts.OrderBy(c => c.Start)];
            }
        }
        return [.. cuts];
    }

    private static void Put(Span<char> buffer, Runs? map, ref int length, char c, int sourceOffset)
    {
        buffer[length] = c;
        map?.Add(length, sourceOffset);
        length++;
    }

    /// <summary>
    /// The runs of a map as it is built: one builder for each thread, taken for a build and given back after it (a build
    /// that throws leaves it to be made again), where each build borrowed two arrays the length of its text from the pool.
    /// </summary>
    private sealed class Runs
    {
        [ThreadStatic]
        private static Runs? free;

        private int[] pairs = new int[32]; // each run's text index and source offset; grown by doubling
        private int count;
        private int lastSource = -2;

        public static Runs Take()
        {
            var runs = free ?? new Runs();
            free = null;
            runs.count = 0;
            runs.lastSource = -2;
            return runs;
        }

        /// <summary>Gives the builder back for the thread's next build, unless a long text grew it past what is worth keeping.</summary>
        public void Release()
        {
            if (pairs.Length <= 4096)
            {
                free = this;
            }
        }

        public int Count => count;

        public int FirstSource => pairs[1];

        /// <summary>Maps text indexes from <paramref name="index"/> (the next one) to sources from <paramref name="source"/>, <paramref name="length"/> of them: a new run unless they follow the last.</summary>
        public void Add(int index, int source, int length = 1)
        {
            if (source != lastSource + 1) // lastSource starts at -2: the first character opens a run
            {
                if (2 * count == pairs.Length)
                {
                    Array.Resize(ref pairs, 2 * pairs.Length);
                }
                pairs[2 * count] = index;
                pairs[(2 * count) + 1] = source;
                count++;
            }
            lastSource = source + length - 1;
        }

        public int[] Pairs() => pairs[..(2 * count)];
    }

    // A hyphen after a letter at a line's end belongs to the word, whatever the next line begins with:
    // "money-\nlaundering", "Secretary-\nGeneral". Resolutions do not split words with a printer's hyphen.
    private static bool JoinsWithoutSpace(ReadOnlySpan<char> text, string source, int nextStart) =>
        text.Length >= 2 && text[^1] == '-' && char.IsLetter(text[^2]) && nextStart < source.Length && char.IsLetter(source[nextStart]);
}
