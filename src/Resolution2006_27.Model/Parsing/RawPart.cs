using Resolution2006_27.Model.Parts;
using Resolution2006_27.Model.Text;

namespace Resolution2006_27.Model.Parsing;

/// <summary>A paragraph or item as the structure reader found it, before its text is analysed.</summary>
internal sealed record RawPart
{
    public required int Start { get; init; }

    public required string Label { get; init; }

    public required LabelStyle Style { get; init; }

    public required MappedText Text { get; init; }

    public required IReadOnlyList<(int Start, int End, int Number)> Markers { get; init; }

    /// <summary>The printed lines, kept so that text found to continue the part can be joined to it.</summary>
    public required SourceLine[] Lines { get; init; }

    public required int LabelLength { get; init; }

    /// <summary>An operative paragraph printed without a number; <see cref="Label"/> is its position.</summary>
    public bool Unnumbered { get; init; }

    /// <summary>The heading printed above the paragraph inside the operative part.</summary>
    public SpannedText? Heading { get; init; }

    /// <summary>The section of an operative part in sections whose numbering restarts ("II").</summary>
    public string? Section { get; set; }

    public List<RawPart> Items { get; } = [];
}
