namespace Resolution2006_27.Model.Validation;

/// <summary>One broken invariant of a model.</summary>
/// <param name="Pointer">The JSON Pointer (RFC 6901) of the offending value in the model's JSON form, such as "/operativeParagraphs/2/subParagraphs/1/label".</param>
/// <param name="Rule">A short name of the rule broken, such as "unique-ids".</param>
/// <param name="Expected">What the rule expected there.</param>
/// <param name="Found">What was found there.</param>
public sealed record ModelProblem(string Pointer, string Rule, string Expected, string Found)
{
    /// <summary>The problem in one line: "pointer: rule: expected ..., found ...".</summary>
    public override string ToString() => $"{(Pointer.Length == 0 ? "/" : Pointer)}: {Rule}: expected {Expected}, found {Found}";
}
