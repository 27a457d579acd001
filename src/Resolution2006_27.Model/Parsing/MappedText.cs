using System.Text;

namespace Resolution2006_27.Model.Parsing;

/// <summary>
/// A block's text as the model holds it, with every character mapped back to its source offset.
/// Line wraps become one space (none after a hyphen that ends a line after a letter and before one:
/// "money-\nlaundering" reads "money-laundering", "Secretary-\nGeneral" "Secretary-General"); indents, trailing blanks and footnote markers
/// are taken out; any other run of blanks inside a line becomes one space.
/// </summary>
internal sealed class MappedText
{
    private readonly int[] map;

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
        int low = 0, high = map.Length;
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
        end <= start ? (map[Math.Min(start, map.Length - 1)], map[Math.Min(start, map.Length - 1)]) : (map[start], map[end - 1] + 1);

    /// <summary>Builds the text of the source ranges <paramref name="lines"/> (content only), leaving out <paramref name="cuts"/>.</summary>
    public static MappedText Build(string source, IReadOnlyList<(int Start, int End)> lines, IReadOnlyList<(int Start, int End)> cuts)
    {
        var text = new StringBuilder();
        var map = new List<int>();
        var end = lines.Count > 0 ? lines[^1].End : 0;
        var sortedCuts = cuts.OrderBy(c => c.Start).ToArray();
        var cut = 0;
        for (var l = 0; l < lines.Count; l++)
        {
            var (start, stop) = lines[l];
            if (l > 0 && !JoinsWithoutSpace(text, source, start))
            {
                text.Append(' ');
                map.Add(start - 1);
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
                if (SourceDocument.IsBlank(source[i]))
                {
                    pendingBlank = true;
                    continue;
                }
                if (pendingBlank)
                {
                    text.Append(' ');
                    map.Add(i - 1);
                    pendingBlank = false;
                }
                text.Append(source[i]);
                map.Add(i);
            }
        }
        return new MappedText(text.ToString(), [.. map], end);
    }

    // A hyphen after a letter at a line's end belongs to the word, whatever the next line begins with:
    // "money-\nlaundering", "Secretary-\nGeneral". Resolutions do not split words with a printer's hyphen.
    private static bool JoinsWithoutSpace(StringBuilder text, string source, int nextStart) =>
        text.Length >= 2 && text[^1] == '-' && char.IsLetter(text[^2]) && nextStart < source.Length && char.IsLetter(source[nextStart]);
}
