using Resolution2006_27.Model.Text;
using Resolution2006_27.Model.Schema;

namespace Resolution2006_27.Model.Footnotes;

/// <summary>A footnote marker at its place in the text.</summary>
/// <param name="EId">The marker's Akoma Ntoso eId, "authorialNote_" and its running number in the document.</param>
/// <param name="Number">The footnote number the marker shows.</param>
/// <param name="TextOffset">Where the marker stood in its part's <c>Text</c>: the index of the character it followed, plus one.</param>
/// <param name="Span">Where the marker's digits stand in the source.</param>
public sealed record FootnoteMarker(
    [property: SchemaPattern(IdPatterns.MarkerEId)] string EId,
    [property: SchemaMinimum(1)] int Number,
    [property: SchemaMinimum(0)] int TextOffset,
    SourceSpan Span);
