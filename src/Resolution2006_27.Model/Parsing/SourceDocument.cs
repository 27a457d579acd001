using Resolution2006_27.Model.Diagnostics;
using Resolution2006_27.Model.Text;

namespace Resolution2006_27.Model.Parsing;

/// <summary>The source text split into lines, with offset-to-position arithmetic.</summary>
internal sealed class SourceDocument
{
    private readonly int[] lineStarts;

    /// <param name="text">The text.</param>
    /// <param name="sha256">Its SHA-256 where known ahead; computed on first use otherwise.</param>
    public SourceDocument(string text, string? sha256 = null)
    {
        Text = text;
        this.sha256 = sha256;
        // Sized by the line feeds (a text ending lines with a lone \r grows the list instead), found by vectorized searches.
        var lines = new List<SourceLine>(text.AsSpan().Count('\n') + 1);
        var start = 0;
        while (start <= text.Length)
        {
            var end = text.AsSpan(start).IndexOfAny('\n', '\r');
            end = end < 0 ? text.Length : start + end;
            lines.Add(MakeLine(lines.Count + 1, start, end));
            if (end >= text.Length)
            {
                break;
            }
            // \r\n, \n and a lone \r all end a line.
            start = end + (text[end] == '\r' && end + 1 < text.Length && text[end + 1] == '\n' ? 2 : 1);
        }
        Lines = lines;
        lineStarts = new int[lines.Count];
        for (var i = 0; i < lineStarts.Length; i++)
        {
            lineStarts[i] = lines[i].Start;
        }
    }

    public string Text { get; }

    public IReadOnlyList<SourceLine> Lines { get; }

    /// <summary>The line (from 1) and column (from 1) of <paramref name="offset"/>, an offset into the text (0 to its length).</summary>
    public (int Line, int Column) Position(int offset)
    {
        var index = LineIndexOf(offset);
        return (index + 1, offset - lineStarts[index] + 1);
    }

    // The line asked last: spans are asked mostly in document order, a part's many on one line or a few lines on, and a
    // search from there (by steps that double, then halving) ends in a step or two where one over every line took a dozen.
    private int lastLine;

    // The index of the last line that starts at or before offset.
    private int LineIndexOf(int offset)
    {
        var hint = lastLine; // read once; any line at or before the offset is a sound start, and one past it is not used
        int low = 0, high = lineStarts.Length - 1;
        if (lineStarts[hint] <= offset)
        {
            // Forward from the hint: the last line starting at or before offset lies between it and the first step past.
            low = hint;
            for (var step = 1; low + step <= high; step *= 2)
            {
                if (lineStarts[low + step] > offset)
                {
                    high = low + step - 1;
                    break;
                }
                low += step;
            }
        }
        while (low < high)
        {
            var middle = (low + high + 1) >>> 1;
            if (lineStarts[middle] <= offset)
            {
                low = middle;
            }
            else
            {
                high = middle - 1;
            }
        }
        return lastLine = low;
    }

    public SourceSpan Span(int start, int end)
    {
        var (line, column) = Position(start);
        return new SourceSpan(start, end - start, line, column);
    }

    /// <summary>The diagnostics raised so far, in the order raised.</summary>
    public List<Diagnostic> Diagnostics { get; } = [];

    /// <summary>Reports a diagnostic about <paramref name="start"/> to <paramref name="end"/> (an empty range for a point).</summary>
    public void Report(string id, DiagnosticSeverity severity, string message, int start, int? end = null)
    {
        start = Math.Clamp(start, 0, Text.Length);
        if (Diagnostics.Count > 0 && Diagnostics[^1].Id == id && Diagnostics[^1].Span.Start == start && Diagnostics[^1].Message == message)
        {
            return; // the same finding, reached twice (an ask's addressees are read for its paragraph and for the ask)
        }
        Diagnostics.Add(new Diagnostic(id, severity, message, Span(start, Math.Clamp(end ?? start, start, Text.Length))));
    }

    /// <summary>A warning at one place.</summary>
    public void Warn(string id, string message, int start, int? end = null) => Report(id, DiagnosticSeverity.Warning, message, start, end);

    /// <summary>An info diagnostic at one place.</summary>
    public void Info(string id, string message, int start, int? end = null) => Report(id, DiagnosticSeverity.Info, message, start, end);

    /// <summary>The exception that refuses the text, with its diagnostic.</summary>
    public ResolutionParseException Error(string id, string problem, int offset)
    {
        offset = Math.Clamp(offset, 0, Text.Length);
        return new ResolutionParseException(new Diagnostic(id, DiagnosticSeverity.Error, problem, Span(offset, offset)));
    }

    /// <summary>The SHA-256 of the text (<see cref="Text.SourceHash"/>), computed once for every resolution the text holds.</summary>
    public string Sha256 => sha256 ??= Model.Text.SourceHash.Sha256(Text);

    private string? sha256;

    private SourceLine MakeLine(int number, int start, int end)
    {
        var (contentStart, contentEnd) = Content(Text, start, end);
        return new SourceLine(number, start, contentStart, contentEnd);
    }

    /// <summary>The content of the line <c>text[start..end]</c>: without the blanks and invisible marks at its edges.</summary>
    internal static (int Start, int End) Content(string text, int start, int end)
    {
        while (start < end && IsBlankAtEdge(text[start]))
        {
            start++;
        }
        while (end > start && IsBlankAtEdge(text[end - 1]))
        {
            end--;
        }
        return (start, end);
    }

    /// <summary>Spaces, tabs, no-break spaces and form feeds: everything printed pages use as blank.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static bool IsBlank(char c) =>
        c <= ' ' || (c >= '\u007F' && (char.IsWhiteSpace(c) || char.IsControl(c) || c == '\uFEFF')); // printable ASCII at once: the hottest test of a parse

    /// <summary>
    /// Blank at the edge of a line: also the invisible marks an export leaves there (zero-width spaces and
    /// joiners, direction marks), which print nothing. Inside a line they stay part of the text as printed.
    /// </summary>
    private static bool IsBlankAtEdge(char c) => IsBlank(c) || IsInvisible(c);

    /// <summary>Zero-width spaces and joiners, direction marks, the word joiner: characters that print nothing.</summary>
    internal static bool IsInvisible(char c) => c is >= '\u200B' and <= '\u200F' || c == '\u2060';
}
