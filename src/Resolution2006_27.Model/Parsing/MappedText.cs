namespace Resolution2006_27.Model.Parsing;

/// <summary>
/// A block's text as the model holds it, with every character mapped back to its source offset.
/// Line wraps become one space (none after a hyphen that ends a line after a letter and before one:
/// "money-\nlaundering" reads "money-laundering", "Secretary-\nGeneral" "Secretary-General"); indents, trailing blanks and footnote markers
/// are taken out; any other run of blanks inside a line becomes one space.
/// </summary>
internal sealed class MappedText
{
    private readonly int[] map; // may be longer than the text: only the first Text.Length entries count

    private MappedText(string text, int[] map, int sourceEnd)
    {
        Text = text;
        this.map = map;
        SourceEnd = sourceEnd;
    }

    public string Text { get; }

    /// <summary>The source offset just past the last character of the text.</summary>
    public int SourceEnd { get; }

    /// <summary>The source offset of the character at <paramref name="index"/>.</summary>
    public int SourceOffset(int index) => map[index];

    /// <summary>How many text characters come from source offsets before <paramref name="sourceOffset"/>.</summary>
    public int TextIndexOf(int sourceOffset)
    {
        // The map rises with the index, so the first index at or past the offset is found by halving.
        int low = 0, high = Text.Length;
        while (low < high)
        {
            var mid = (low + high) / 2;
            if (map[mid] < sourceOffset)
            {
                low = mid + 1;
            }
            else
            {
                high = mid;
            }
        }
        return low;
    }

    /// <summary>The source range covered by text characters [start, end).</summary>
    public (int Start, int End) SourceRange(int start, int end) =>
        end <= start ? (map[Math.Min(start, Text.Length - 1)], map[Math.Min(start, Text.Length - 1)]) : (map[start], map[end - 1] + 1);

    /// <summary>Builds the text of the source ranges <paramref name="lines"/> (content only), leaving out <paramref name="cuts"/>.</summary>
    public static MappedText Build(string source, IReadOnlyList<(int Start, int End)> lines, IReadOnlyList<(int Start, int End)> cuts)
    {
        var capacity = Capacity(lines);
        var map = new int[capacity];
        var text = Fold(source, lines, cuts, map, capacity);
        return new MappedText(text, map, lines.Count > 0 ? lines[^1].End : 0);
    }

    /// <summary>True when folding changes <paramref name="line"/> (a line's content): a blank other than a space, or two together.</summary>
    public static bool Folds(string line)
    {
        for (var i = 0; i < line.Length; i++)
        {
            if (SourceDocument.IsBlank(line[i]) && (line[i] != ' ' || (i > 0 && line[i - 1] == ' ')))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The text <see cref="Build"/> gives, without the map back to the source: for reading a block's words.</summary>
    public static string Folded(string source, IReadOnlyList<(int Start, int End)> lines) => Fold(source, lines, [], null, Capacity(lines));

    // Every source character gives at most one text character, and each line at most one space before it.
    private static int Capacity(IReadOnlyList<(int Start, int End)> lines)
    {
        var capacity = 0;
        for (var l = 0; l < lines.Count; l++)
        {
            capacity += lines[l].End - lines[l].Start + 1;
        }
        return capacity;
    }

    // One pass over the lines into a buffer of the largest size the text can have: this is the parser's hottest
    // loop (every paragraph of a corpus goes through it), so it allocates the result and nothing else that grows.
    private static string Fold(string source, IReadOnlyList<(int Start, int End)> lines, IReadOnlyList<(int Start, int End)> cuts, int[]? map, int capacity)
    {
        var sortedCuts = cuts.Count switch { 0 => [], 1 => [cuts[0]], _ => cuts.OrderBy(c => c.Start).ToArray() };
        var buffer = capacity <= 1024 ? stackalloc char[capacity] : new char[capacity];
        var length = 0;
        var cut = 0;
        for (var l = 0; l < lines.Count; l++)
        {
            var (start, stop) = lines[l];
            if (l > 0 && !JoinsWithoutSpace(buffer[..length], source, start))
            {
                Put(buffer, map, ref length, ' ', start - 1);
            }
            var pendingBlank = false;
            for (var i = start; i < stop; i++)
            {
                while (cut < sortedCuts.Length && sortedCuts[cut].End <= i)
                {
                    cut++;
                }
                if (cut < sortedCuts.Length && i >= sortedCuts[cut].Start)
                {
                    continue;
                }
                var c = source[i];
                if (SourceDocument.IsBlank(c))
                {
                    pendingBlank = true;
                    continue;
                }
                if (pendingBlank)
                {
                    Put(buffer, map, ref length, ' ', i - 1);
                    pendingBlank = false;
                }
                Put(buffer, map, ref length, c, i);
            }
        }
        return new string(buffer[..length]);
    }

    private static void Put(Span<char> buffer, int[]? map, ref int length, char c, int sourceOffset)
    {
        buffer[length] = c;
        if (map is not null)
        {
            map[length] = sourceOffset;
        }
        length++;
    }

    // A hyphen after a letter at a line's end belongs to the word, whatever the next line begins with:
    // "money-\nlaundering", "Secretary-\nGeneral". Resolutions do not split words with a printer's hyphen.
    private static bool JoinsWithoutSpace(ReadOnlySpan<char> text, string source, int nextStart) =>
        text.Length >= 2 && text[^1] == '-' && char.IsLetter(text[^2]) && nextStart < source.Length && char.IsLetter(source[nextStart]);
}
