using Resolution2006_27.Model.Collections;
using Resolution2006_27.Model.Diagnostics;

namespace Resolution2006_27.Model.Parsing;

/// <summary>A resolution read from its source, with the diagnostics the reading raised.</summary>
/// <param name="Resolution">The resolution: always a model, with what could not be understood kept and reported.</param>
/// <param name="Diagnostics">What the reader noticed, recovered from or could not place, in document order; empty for the seed.</param>
public sealed record ParseResult(Resolution Resolution, ValueList<Diagnostic> Diagnostics)
{
    /// <summary>The diagnostics of severity warning or error.</summary>
    public IEnumerable<Diagnostic> Warnings => Diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning);
}
