using System.Text.Json.Serialization;
using Resolution2006_27.Model.Actors;
using Resolution2006_27.Model.Citations;
using Resolution2006_27.Model.Collections;
using Resolution2006_27.Model.Footnotes;
using Resolution2006_27.Model.Text;

namespace Resolution2006_27.Model.Parts;

/// <summary>
/// What every paragraph and list item has: its id, its own text (without its label and without the
/// text of the items under it), its span, and what its text holds.
/// </summary>
/// <param name="Id">The part's identifier.</param>
/// <param name="Text">The part's own words with line wraps joined, indents and footnote markers taken out.</param>
/// <param name="Span">From the part's label (or first word) to the end of its own text, in the source.</param>
/// <param name="FootnoteMarkers">The footnote markers in the part's own text, in order.</param>
/// <param name="Citations">The instruments and documents its own text cites, in order.</param>
/// <param name="ActorMentions">The actors its own text names, in order.</param>
public abstract record Part(
    [property: JsonPropertyOrder(-10)] PartId Id,
    [property: JsonPropertyOrder(1)] string Text,
    [property: JsonPropertyOrder(2)] SourceSpan Span,
    [property: JsonPropertyOrder(3)] ValueList<FootnoteMarker> FootnoteMarkers,
    [property: JsonPropertyOrder(4)] ValueList<Citation> Citations,
    [property: JsonPropertyOrder(5)] ValueList<ActorMention> ActorMentions);
