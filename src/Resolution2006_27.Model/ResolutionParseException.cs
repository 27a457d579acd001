using Resolution2006_27.Model.Diagnostics;
using Resolution2006_27.Model.Text;

namespace Resolution2006_27.Model;

/// <summary>
/// The one exception the readers of this library throw for input they cannot read as a resolution, or,
/// in strict mode, for the first warning. It says what is wrong and where: a one-based line and column and
/// a zero-based offset in the source, and the <see cref="Diagnostic"/> with its stable id.
/// </summary>
public sealed class ResolutionParseException : FormatException
{
    /// <summary>Creates the exception from a diagnostic.</summary>
    /// <param name="diagnostic">What is wrong and where.</param>
    public ResolutionParseException(Diagnostic diagnostic)
        : base($"{diagnostic?.Message} (line {diagnostic?.Line}, column {diagnostic?.Column})")
    {
        ArgumentNullException.ThrowIfNull(diagnostic);
        Diagnostic = diagnostic;
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="problem">What is wrong, without the position.</param>
    /// <param name="line">One-based line.</param>
    /// <param name="column">One-based column.</param>
    /// <param name="offset">Zero-based character offset.</param>
    public ResolutionParseException(string problem, int line, int column, int offset)
        : this(new Diagnostic(DiagnosticIds.NotAResolution, DiagnosticSeverity.Error, problem, new SourceSpan(offset, 0, line, column)))
    {
    }

    /// <summary>The diagnostic: id, severity, message and span.</summary>
    public Diagnostic Diagnostic { get; }

    /// <summary>What is wrong, without the position.</summary>
    public string Problem => Diagnostic.Message;

    /// <summary>One-based line of the problem.</summary>
    public int Line => Diagnostic.Line;

    /// <summary>One-based column of the problem.</summary>
    public int Column => Diagnostic.Column;

    /// <summary>Zero-based character offset of the problem.</summary>
    public int Offset => Diagnostic.Offset;
}
