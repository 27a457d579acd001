using Resolution2006_27.Model.Collections;

namespace Resolution2006_27.Model.Validation;

/// <summary>What validating a JSON export found.</summary>
/// <param name="Problems">Every problem found, in document order (line, then column) within each layer; empty when valid. Past <see cref="ValidatorOptions.MaxProblems"/>, the first found are kept, in document order, and one last problem says more were found.</param>
/// <param name="Resolution">The model read from the export when it is valid; null otherwise.</param>
public sealed record ValidationReport(ValueList<ValidationProblem> Problems, Resolution? Resolution)
{
    /// <summary>True when no problem was found.</summary>
    public bool IsValid => Problems.Count == 0;

    /// <summary>
    /// The problems as the library's one diagnostic type (<see cref="ValidationProblem.ToDiagnostic"/>), with their
    /// offsets in the input; set by the validators, which have the input.
    /// </summary>
    public ValueList<Diagnostics.Diagnostic> Diagnostics { get; init; } = ValueList<Diagnostics.Diagnostic>.Empty;

    /// <summary>This report with its <see cref="Diagnostics"/> made from its problems, offsets counted in <paramref name="text"/>.</summary>
    internal ValidationReport WithDiagnostics(string id, string? text)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; text is not null && i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                starts.Add(i + 1);
            }
        }
        int Offset(ValidationProblem p) => text is null || p.Line < 1 || p.Line > starts.Count ? 0 : Math.Min(starts[p.Line - 1] + Math.Max(p.Column, 1) - 1, text.Length);
        return this with { Diagnostics = Problems.Select(p => p.ToDiagnostic(id, Offset(p))).ToValueList() };
    }
}
