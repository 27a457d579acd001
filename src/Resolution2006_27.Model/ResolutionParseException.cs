namespace Resolution2006_27.Model;

/// <summary>
/// The one exception the parser throws for text it cannot read as a resolution. It says what is wrong
/// and where: a one-based line and column and a zero-based offset in the source.
/// </summary>
public sealed class ResolutionParseException : FormatException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="problem">What is wrong, without the position.</param>
    /// <param name="line">One-based line.</param>
    /// <param name="column">One-based column.</param>
    /// <param name="offset">Zero-based character offset.</param>
    public ResolutionParseException(string problem, int line, int column, int offset)
        : base($"{problem} (line {line}, column {column})")
    {
        Problem = problem;
        Line = line;
        Column = column;
        Offset = offset;
    }

    /// <summary>What is wrong, without the position.</summary>
    public string Problem { get; }

    /// <summary>One-based line of the problem.</summary>
    public int Line { get; }

    /// <summary>One-based column of the problem.</summary>
    public int Column { get; }

    /// <summary>Zero-based character offset of the problem.</summary>
    public int Offset { get; }
}
