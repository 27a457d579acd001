using Resolution2006_27.Model.Diagnostics;

namespace Resolution2006_27.Model.Validation;

/// <summary>One problem found in a JSON export, with where it is and what was expected there.</summary>
/// <param name="Layer">Which check found it.</param>
/// <param name="Pointer">The JSON Pointer (RFC 6901) of the offending value; "" for the whole document.</param>
/// <param name="Line">One-based line of the offending value (or of the error, for syntax), 0 when the input has no lines.</param>
/// <param name="Column">One-based column, in characters.</param>
/// <param name="Rule">The rule or schema keyword broken ("required", "pattern", "unique-ids", "syntax").</param>
/// <param name="Expected">What was expected there.</param>
/// <param name="Found">What was found there.</param>
public sealed record ValidationProblem(ProblemLayer Layer, string Pointer, int Line, int Column, string Rule, string Expected, string Found)
{
    /// <summary>The problem in one line: "line:column pointer: rule: expected ..., found ...".</summary>
    public override string ToString() =>
        $"{Line}:{Column} {(Pointer.Length == 0 ? "/" : Pointer)}: {Rule}: expected {Expected}, found {Found}";

    /// <summary>
    /// The problem as the library's one diagnostic type: severity error, the message "pointer: rule: expected
    /// ..., found ...", and <see cref="Pointer"/>, <see cref="Rule"/>, <see cref="Expected"/>, <see cref="Found"/>
    /// and the layer as its data (<c>pointer</c>, <c>rule</c>, <c>expected</c>, <c>found</c>, <c>layer</c>).
    /// </summary>
    /// <param name="id">The diagnostic id: <see cref="DiagnosticIds.InvalidExport"/> for JSON, <see cref="DiagnosticIds.InvalidAkomaNtoso"/> for Akoma Ntoso.</param>
    /// <param name="offset">The zero-based character offset of <see cref="Line"/> and <see cref="Column"/> in the input.</param>
    /// <returns>The diagnostic.</returns>
    public Diagnostic ToDiagnostic(string id, int offset) =>
        new(id, DiagnosticSeverity.Error, $"{(Pointer.Length == 0 ? "/" : Pointer)}: {Rule}: expected {Expected}, found {Found}", new Text.SourceSpan(Math.Max(offset, 0), 0, Math.Max(Line, 1), Math.Max(Column, 1)))
        {
            Data =
            [
                new("pointer", Pointer), new("rule", Rule), new("expected", Expected), new("found", Found),
                new("layer", Layer.ToString().ToLowerInvariant()),
            ],
        };
}
