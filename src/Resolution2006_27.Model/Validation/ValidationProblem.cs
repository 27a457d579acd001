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
}
