using Resolution2006_27.Model.Schema;

namespace Resolution2006_27.Model.Footnotes;

/// <summary>What a footnote annotates, taken from its first marker.</summary>
/// <param name="Kind">Whether it annotates an instrument, an actor or plain text.</param>
/// <param name="RefersTo">The instrument or actor id; null for <see cref="FootnoteSubjectKind.Text"/>.</param>
/// <param name="Text">The annotated words as they stand before the first marker.</param>
public sealed record FootnoteSubject(
    FootnoteSubjectKind Kind,
    [property: SchemaPattern(IdPatterns.EntityId)] string? RefersTo,
    string Text);
