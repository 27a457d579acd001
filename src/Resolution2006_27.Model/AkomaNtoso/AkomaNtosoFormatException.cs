using System.Xml;
using System.Xml.Linq;

namespace Resolution2006_27.Model.AkomaNtoso;

/// <summary>
/// Akoma Ntoso XML that this library cannot read back into a model: malformed XML, or an element or
/// attribute missing where the export writes one. Says what and where (line and column).
/// </summary>
public sealed class AkomaNtosoFormatException : FormatException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="problem">What is wrong.</param>
    /// <param name="line">One-based line, or 0 when unknown.</param>
    /// <param name="column">One-based column, or 0 when unknown.</param>
    public AkomaNtosoFormatException(string problem, int line, int column)
        : base(line > 0 ? $"{problem} (line {line}, column {column})" : problem)
    {
        Problem = problem;
        Line = line;
        Column = column;
    }

    /// <summary>
    /// The problem as the library's one diagnostic type: id <see cref="Diagnostics.DiagnosticIds.InvalidAkomaNtoso"/>,
    /// severity error, at <see cref="Line"/> and <see cref="Column"/> (line 1, column 1 where the reader had no position).
    /// The offset is not known to the XML reader and is given as 0.
    /// </summary>
    public Diagnostics.Diagnostic Diagnostic =>
        new(Diagnostics.DiagnosticIds.InvalidAkomaNtoso, Diagnostics.DiagnosticSeverity.Error, Problem, new Text.SourceSpan(0, 0, Math.Max(Line, 1), Math.Max(Column, 1)));

    /// <summary>What is wrong, without the position.</summary>
    public string Problem { get; }

    /// <summary>One-based line, or 0 when unknown.</summary>
    public int Line { get; }

    /// <summary>One-based column, or 0 when unknown.</summary>
    public int Column { get; }

    internal static AkomaNtosoFormatException At(XObject node, string problem)
    {
        var info = (IXmlLineInfo)node;
        return info.HasLineInfo() ? new AkomaNtosoFormatException(problem, info.LineNumber, info.LinePosition) : new AkomaNtosoFormatException(problem, 0, 0);
    }
}
