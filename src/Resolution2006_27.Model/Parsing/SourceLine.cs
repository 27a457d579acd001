namespace Resolution2006_27.Model.Parsing;

/// <summary>One printed line: where it starts, and where its content (without indent and trailing blanks) starts and ends.</summary>
internal readonly record struct SourceLine(int Number, int Start, int ContentStart, int ContentEnd)
{
    public bool IsBlank => ContentStart == ContentEnd;

    public bool IsIndented => !IsBlank && ContentStart > Start;
}
