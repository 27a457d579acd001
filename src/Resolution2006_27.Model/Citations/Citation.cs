using Resolution2006_27.Model.Text;
using Resolution2006_27.Model.Schema;

namespace Resolution2006_27.Model.Citations;

/// <summary>A mention of an instrument or document in the text, resolved to a registry entry.</summary>
/// <param name="Id">Unique within the resolution: the containing part's eId, "__ref_" and a running number.</param>
/// <param name="InstrumentId">The <see cref="Instrument.Id"/> cited.</param>
/// <param name="Text">The words naming the instrument, as they stand in the normalized text.</param>
/// <param name="Form">Whether the text names it in full, by a short form or by its symbol.</param>
/// <param name="Pinpoint">The part of the instrument cited, or null for the instrument as a whole.</param>
/// <param name="AntecedentId">For a short form, the <see cref="Id"/> of the citation it points back to; null otherwise or when the antecedent is outside the text (the resolution itself).</param>
/// <param name="TextOffset">Where it starts in its part's <c>Text</c>, in characters: <c>Text.Substring(TextOffset, the citation's text.Length)</c> is the citation's text.</param>
/// <param name="Span">Where <paramref name="Text"/> stands in the source.</param>
public sealed record Citation(
    [property: SchemaPattern(IdPatterns.CitationId)] string Id,
    [property: SchemaPattern(IdPatterns.EntityId)] string InstrumentId,
    string Text,
    CitationForm Form,
    Pinpoint? Pinpoint,
    [property: SchemaPattern(IdPatterns.CitationId)] string? AntecedentId,
    [property: SchemaMinimum(0)] int TextOffset,
    SourceSpan Span);
