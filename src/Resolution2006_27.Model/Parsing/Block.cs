namespace Resolution2006_27.Model.Parsing;

/// <summary>A run of printed lines that belong to one paragraph, item or heading.</summary>
internal sealed record Block(IReadOnlyList<SourceLine> Lines)
{
    public int Start => Lines[0].ContentStart;

    public int End => Lines[^1].ContentEnd;
}
