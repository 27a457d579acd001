using Resolution2006_27.Model.Parts;
using Resolution2006_27.Model.Text;

namespace Resolution2006_27.Model.Parsing;

/// <summary>The texts of blocks: a block as one spanned text, a line of it, a block as a part with its footnote markers cut out.</summary>
internal sealed class BlockText(SourceDocument document)
{
    private readonly MarkerScanner markers = new(document);

    // The markers of the block being read, one list for every block (most have none); a part keeps a copy of its own.
    private readonly List<(int Start, int End, int Number)> scanned = [];

    public SourceDocument Document => document;

    /// <summary>The first line's content.</summary>
    public string FirstLine(Block block) => block.FirstLine ??= document.Text[block.Start..block.Lines[0].ContentEnd];

    /// <summary>Whether the block's first line matches <paramref name="pattern"/>, read in place: no string is cut for it.</summary>
    public bool FirstLineIs(LinePattern pattern, Block block) => pattern.IsMatch(document.Text, block.Start, block.Lines[0].ContentEnd);

    /// <summary>The match of <paramref name="pattern"/> on the block's first line, read in place (its index counts from the document's start).</summary>
    public System.Text.RegularExpressions.Match FirstLineMatch(LinePattern pattern, Block block) =>
        pattern.Match(document.Text, block.Start, block.Lines[0].ContentEnd);

    /// <summary>
    /// Whether the block's text, folded, matches <paramref name="pattern"/>: the first character (which folding keeps) is
    /// asked first, so a block that cannot match is never folded into a string for it.
    /// </summary>
    public bool Matches(LinePattern pattern, Block block) => pattern.MayOpenWith(document.Text[block.Start]) && pattern.IsMatch(Spanned(block).Text);

    /// <summary>The block's lines joined, blanks folded.</summary>
    public SpannedText Spanned(Block block) =>
        block.Folded ??= block.Lines.Length == 1 && FirstLine(block) is var line && !MappedText.Folds(line)
            ? new SpannedText(line, document.Span(block.Start, block.End))
            : Spanned(block.Lines);

    public SpannedText Spanned(IReadOnlyList<SourceLine> lines) =>
        new(MappedText.Folded(document.Text, Ranges(lines, 0, lines.Count <= RangesOnStack ? stackalloc (int, int)[lines.Count] : new (int, int)[lines.Count])), document.Span(lines[0].ContentStart, lines[^1].ContentEnd));

    /// <summary>The block's lines joined, blanks folded, from <paramref name="skip"/> characters into its first line (past a label).</summary>
    public string FoldedAfter(Block block, int skip) =>
        MappedText.Folded(document.Text, Ranges(block.Lines, skip, block.Lines.Length <= RangesOnStack ? stackalloc (int, int)[block.Lines.Length] : new (int, int)[block.Lines.Length]));

    /// <summary>The block's lines joined, blanks folded, each character mapped to its source offset.</summary>
    public MappedText Mapped(Block block) =>
        MappedText.Build(document.Text, Ranges(block.Lines, 0, block.Lines.Length <= RangesOnStack ? stackalloc (int, int)[block.Lines.Length] : new (int, int)[block.Lines.Length]), []);

    /// <summary>One line's content as printed, unfolded (page furniture, a masthead's symbol line).</summary>
    public SpannedText Line(SourceLine line) =>
        new(document.Text[line.ContentStart..line.ContentEnd], document.Span(line.ContentStart, line.ContentEnd));

    // The content ranges of lines, the first starting skip characters in (past a label), into ranges (the caller's room,
    // on its stack for a block of a few lines: a block's ranges were an array made for each text built).
    private static ReadOnlySpan<(int Start, int End)> Ranges(IReadOnlyList<SourceLine> lines, int skip, Span<(int Start, int End)> ranges)
    {
        for (var i = 0; i < ranges.Length; i++)
        {
            ranges[i] = (lines[i].ContentStart + (i == 0 ? skip : 0), lines[i].ContentEnd);
        }
        return ranges;
    }

    // Room for the ranges of a block's lines: most blocks are a line or a few.
    private const int RangesOnStack = 32;

    /// <summary>Several blocks as one text ("I" and "Human rights education" above a paragraph).</summary>
    public SpannedText Joined(IReadOnlyList<Block> blocks) => Spanned([.. blocks.SelectMany(b => b.Lines)]);

    /// <summary>The part a block prints: its label cut off, markers taken out of its text.</summary>
    public RawPart Part(Block block, string label, LabelStyle style, int labelLength)
    {
        var found = MarkersOf(block.Lines);
        var text = Text(block, labelLength, Cuts(found));
        return new RawPart { Start = block.Start, Label = label, Style = style, Text = text, Markers = found.Count == 0 ? [] : found.ToArray(), Lines = block.Lines, LabelLength = labelLength };
    }

    // The markers of lines, into the one list every part's scan reuses: a caller that keeps them copies them out.
    private List<(int Start, int End, int Number)> MarkersOf(ReadOnlySpan<SourceLine> lines)
    {
        scanned.Clear();
        foreach (var line in lines)
        {
            markers.Scan(document.Text, line.ContentStart, line.ContentEnd, scanned);
        }
        return scanned;
    }

    // The part's text: its ranges on the stack here, apart from Part's loops (see MappedText.Fold: a method with a stackalloc
    // and a loop is compiled fully optimized at its first call).
    // A block of one line whose whole text was folded for the layout checks (an unlabelled paragraph, a paragraph to a
    // line) and kept every character in folding is that text with one run: it is not folded again.
    private MappedText Text(Block block, int skip, (int Start, int End)[] cuts) =>
        skip == 0 && cuts.Length == 0 && block.Lines.Length == 1 && block.Folded?.Text is { } folded
            && folded.Length == block.Lines[0].ContentEnd - block.Lines[0].ContentStart
            ? MappedText.OneRun(folded, block.Lines[0].ContentStart, block.Lines[0].ContentEnd)
            : MappedText.Build(document.Text, Ranges(block.Lines, skip, block.Lines.Length <= RangesOnStack ? stackalloc (int, int)[block.Lines.Length] : new (int, int)[block.Lines.Length]), cuts, block.Folded?.Text);

    /// <summary>The part with <paramref name="more"/> read as the rest of its text (a page break, a quoted list).</summary>
    public RawPart Extend(RawPart part, Block more)
    {
        // Markers are found line by line, so the new lines' follow the part's (scanning the part's lines again found the
        // same, the scanner's numbering already past them). The text is folded once, when it is next asked for: a part
        // that text continues a thousand times (items out of sequence, each read as text of the part above) was folded
        // whole for each, a thousand times its length. Meanwhile its ending is the new lines' own text joined to the
        // part's ending, which is all that placing the next block asks of it.
        var found = MarkersOf(more.Lines);
        var cuts = Cuts(found);
        var ending = MappedText.Ending(part.Ending, document.Text, Ranges(more.Lines, 0, more.Lines.Length <= RangesOnStack ? stackalloc (int, int)[more.Lines.Length] : new (int, int)[more.Lines.Length]), cuts, EndingLength);
        return part.Continued(Grown(part.Lines, more.Lines), found.Count == 0 ? part.Markers : Grown(part.Markers, found), ending,
            continued => Text(new Block([.. continued.Lines]), continued.LabelLength, Cuts(continued.Markers)));
    }

    // What a part's ending keeps: more than a colon, a marker's digits and the blanks around them, which the checks read.
    private const int EndingLength = 256;

    // A part continued stands in place of the part it continues, which is dropped: the list that grew for the one grows
    // on for the other, so a part continued many times costs its lines once.
    private static List<T> Grown<T>(IReadOnlyList<T> list, IReadOnlyList<T> more)
    {
        var grown = list as List<T> ?? new List<T>(list);
        grown.AddRange(more);
        return grown;
    }

    private static (int Start, int End)[] Cuts(IReadOnlyList<(int Start, int End, int Number)> found)
    {
        var cuts = found.Count == 0 ? [] : new (int Start, int End)[found.Count];
        for (var i = 0; i < cuts.Length; i++)
        {
            cuts[i] = (found[i].Start, found[i].End);
        }
        return cuts;
    }
}
