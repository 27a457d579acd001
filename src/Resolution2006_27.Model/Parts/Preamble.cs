using Resolution2006_27.Model.Collections;
using Resolution2006_27.Model.Text;

namespace Resolution2006_27.Model.Parts;

/// <summary>The preamble: the enacting formula and the preambular paragraphs.</summary>
/// <param name="EnactingFormula">"The Economic and Social Council,", as printed; null where the text prints none (some texts of 1946).</param>
/// <param name="Paragraphs">The preambular paragraphs in order.</param>
public sealed record Preamble(SpannedText? EnactingFormula, ValueList<PreambularParagraph> Paragraphs);
