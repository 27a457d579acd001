using Resolution2006_27.Model.Collections;

namespace Resolution2006_27.Model.Validation;

/// <summary>What validating a JSON export found.</summary>
/// <param name="Problems">Every problem found, in document order within each layer; empty when valid.</param>
/// <param name="Resolution">The model read from the export when it is valid; null otherwise.</param>
public sealed record ValidationReport(ValueList<ValidationProblem> Problems, Resolution? Resolution)
{
    /// <summary>True when no problem was found.</summary>
    public bool IsValid => Problems.Count == 0;
}
