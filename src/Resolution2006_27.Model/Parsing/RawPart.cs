using Resolution2006_27.Model.Parts;
using Resolution2006_27.Model.Text;

namespace Resolution2006_27.Model.Parsing;

/// <summary>A paragraph or item as the structure reader found it, before its text is analysed.</summary>
internal sealed record RawPart
{
    private MappedText? text;
    private Func<RawPart, MappedText>? fold;
    private string? ending;

    public required int Start { get; init; }

    public required string Label { get; init; }

    public required LabelStyle Style { get; init; }

    /// <summary>The part's text; for a part that text was found to continue, folded from its lines when first asked for.</summary>
    public required MappedText Text { get => text ??= fold!(this); init => text = value; }

    public required IReadOnlyList<(int Start, int End, int Number)> Markers { get; init; }

    /// <summary>The printed lines, kept so that text found to continue the part can be joined to it.</summary>
    public required IReadOnlyList<SourceLine> Lines { get; init; }

    /// <summary>
    /// How the part's text ends: the whole text, or for a part that text was found to continue, its last characters
    /// (<see cref="BlockText.Extend"/>), all that placing what follows asks (a colon that opens a list, the
    /// punctuation that ends a paragraph).
    /// </summary>
    public string Ending => ending ?? Text.Text;

    /// <summary>Where the part's last line ends in the source, as its text does: known without folding the text.</summary>
    public int SourceEnd => Lines[^1].ContentEnd;

    public required int LabelLength { get; init; }

    /// <summary>An operative paragraph printed without a number; <see cref="Label"/> is its position.</summary>
    public bool Unnumbered { get; init; }

    /// <summary>The heading printed above the paragraph inside the operative part.</summary>
    public SpannedText? Heading { get; init; }

    /// <summary>The section of an operative part in sections whose numbering restarts ("II").</summary>
    public string? Section { get; set; }

    public List<RawPart> Items { get; } = [];

    /// <summary>
    /// The part continued by more lines, which stands in its place from then on: its text is folded again only when
    /// it is next asked for, and <paramref name="ending"/> says meanwhile how it ends.
    /// </summary>
    public RawPart Continued(IReadOnlyList<SourceLine> lines, IReadOnlyList<(int Start, int End, int Number)> markers, string ending, Func<RawPart, MappedText> fold)
    {
        var continued = this with { Lines = lines, Markers = markers };
        continued.text = null;
        continued.fold = fold;
        continued.ending = ending;
        return continued;
    }
}
