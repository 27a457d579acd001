using Resolution2006_27.Model.Collections;
using Resolution2006_27.Model.Schema;

namespace Resolution2006_27.Model.Footnotes;

/// <summary>A footnote, with every marker that refers to it.</summary>
/// <param name="Number">The footnote number.</param>
/// <param name="MarkerIds">The eIds of its markers, in document order; one footnote can be marked several times.</param>
/// <param name="PartIds">The short ids of the parts holding those markers, in the same order.</param>
/// <param name="Subject">What the footnote annotates, from its first marker.</param>
/// <param name="Body">The body, as reference data with provenance; null when not even a probable body is known.</param>
public sealed record Footnote(
    [property: SchemaMinimum(1)] int Number,
    [property: SchemaPattern(IdPatterns.MarkerEId)] ValueList<string> MarkerIds,
    [property: SchemaPattern(IdPatterns.ShortId)] ValueList<string> PartIds,
    FootnoteSubject Subject,
    FootnoteBody? Body);
