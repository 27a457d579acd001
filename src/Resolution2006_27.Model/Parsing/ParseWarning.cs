namespace Resolution2006_27.Model.Parsing;

/// <summary>A place where the text was ambiguous and the parser chose a reading; it says which, and where.</summary>
/// <param name="Line">One-based line.</param>
/// <param name="Column">One-based column.</param>
/// <param name="Offset">Zero-based character offset.</param>
/// <param name="Message">What was ambiguous and how it was read.</param>
public sealed record ParseWarning(int Line, int Column, int Offset, string Message)
{
    /// <summary>"line:column: message".</summary>
    public override string ToString() => $"{Line}:{Column}: {Message}";
}
