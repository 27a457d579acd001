using Resolution2006_27.Model.Registry;

namespace Resolution2006_27.Model.Footnotes;

/// <summary>
/// A footnote's body. The seed carries no footnote bodies, so every body is reference data with its
/// provenance and never the adopted text.
/// </summary>
/// <param name="Text">The probable body.</param>
/// <param name="Confidence">How sure the editors are of it.</param>
/// <param name="Alternative">Another probable wording, or null.</param>
/// <param name="Provenance">Where it comes from.</param>
public sealed record FootnoteBody(string Text, Confidence Confidence, string? Alternative, Provenance Provenance);
