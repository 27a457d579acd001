using Resolution2006_27.Model.Collections;

namespace Resolution2006_27.Model.Parsing;

/// <summary>A parsed resolution with the warnings the parse raised.</summary>
/// <param name="Resolution">The resolution.</param>
/// <param name="Warnings">Places where the text was ambiguous, in document order; empty for the seed.</param>
public sealed record ParseResult(Resolution Resolution, ValueList<ParseWarning> Warnings);
