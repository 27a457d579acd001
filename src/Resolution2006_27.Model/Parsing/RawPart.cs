using Resolution2006_27.Model.Parts;

namespace Resolution2006_27.Model.Parsing;

/// <summary>A paragraph or item as the structure reader found it, before its text is analysed.</summary>
internal sealed class RawPart
{
    public required int Start { get; init; }

    public required string Label { get; init; }

    public required LabelStyle Style { get; init; }

    public required MappedText Text { get; init; }

    public required IReadOnlyList<(int Start, int End, int Number)> Markers { get; init; }

    public List<RawPart> Items { get; } = [];
}
