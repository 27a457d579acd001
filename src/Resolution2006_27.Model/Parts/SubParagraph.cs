using System.Text.Json.Serialization;
using Resolution2006_27.Model.Actors;
using Resolution2006_27.Model.Citations;
using Resolution2006_27.Model.Collections;
using Resolution2006_27.Model.Footnotes;
using Resolution2006_27.Model.Phrases;
using Resolution2006_27.Model.Text;
using Resolution2006_27.Model.Schema;

namespace Resolution2006_27.Model.Parts;

/// <summary>A lettered or roman-numbered item of a paragraph, nested as printed.</summary>
/// <param name="Id">The item's identifier ("OP3(b)", "para_3__list_1__point_b").</param>
/// <param name="Label">The label without parentheses ("b", "ii").</param>
/// <param name="Style">Whether the label is a letter or a roman numeral.</param>
/// <param name="Text">The item's own words, without its label and without its own items.</param>
/// <param name="Span">From the label to the end of the item's own text.</param>
/// <param name="FootnoteMarkers">The footnote markers in the item's own text.</param>
/// <param name="Citations">The citations in the item's own text.</param>
/// <param name="ActorMentions">The actors named in the item's own text.</param>
/// <param name="Asks">Asks the item itself opens, such as "Encouraging Member States ..." in OP6(d); empty when it only continues its paragraph's ask.</param>
/// <param name="SubParagraphs">The items under this one, in order.</param>
public sealed record SubParagraph(
    PartId Id,
    [property: SchemaPattern(IdPatterns.ItemLabel)] string Label,
    LabelStyle Style,
    string Text,
    SourceSpan Span,
    ValueList<FootnoteMarker> FootnoteMarkers,
    ValueList<Citation> Citations,
    ValueList<ActorMention> ActorMentions,
    [property: JsonPropertyOrder(6)] ValueList<Ask> Asks,
    [property: JsonPropertyOrder(10)] ValueList<SubParagraph> SubParagraphs)
    : Part(Id, Text, Span, FootnoteMarkers, Citations, ActorMentions)
{
    /// <summary>The label as printed: "(b)".</summary>
    [JsonIgnore]
    public string PrintedLabel => $"({Label})";
}
