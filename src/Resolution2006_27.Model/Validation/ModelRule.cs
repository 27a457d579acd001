namespace Resolution2006_27.Model.Validation;

/// <summary>One rule of <see cref="Resolution.Validate"/>: what the model must hold beyond its JSON Schema.</summary>
/// <param name="Id">The rule's id, as every problem that breaks it says (<see cref="ModelProblem.Rule"/>).</param>
/// <param name="Checks">What it checks, in a sentence.</param>
/// <param name="Example">A problem that breaks it, as <see cref="ModelProblem.ToString"/> writes it.</param>
public sealed record ModelRule(string Id, string Checks, string Example);
