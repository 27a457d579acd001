using System.Text.Json.Serialization;
using Resolution2006_27.Model.Actors;
using Resolution2006_27.Model.Citations;
using Resolution2006_27.Model.Collections;
using Resolution2006_27.Model.Footnotes;
using Resolution2006_27.Model.Phrases;
using Resolution2006_27.Model.Text;
using Resolution2006_27.Model.Schema;

namespace Resolution2006_27.Model.Parts;

/// <summary>A numbered operative paragraph.</summary>
/// <param name="Id">The paragraph's identifier ("OP3", "para_3").</param>
/// <param name="Number">The paragraph's number.</param>
/// <param name="Phrase">The operative phrase that leads it ("Also invites"); null where the paragraph opens with none ("All States should ...").</param>
/// <param name="Addressees">Who the leading phrase addresses; empty for a phrase that addresses no one ("Decides").</param>
/// <param name="Text">The paragraph's own words from the phrase on, without its number and without its items.</param>
/// <param name="Span">From the number to the end of the paragraph's own text.</param>
/// <param name="FootnoteMarkers">The footnote markers in its own text.</param>
/// <param name="Citations">The citations in its own text.</param>
/// <param name="ActorMentions">The actors named in its own text.</param>
/// <param name="Asks">Every ask its own text makes, the leading one first; empty when the leading phrase asks nothing.</param>
/// <param name="SubParagraphs">Its lettered items, in order, with their own items nested.</param>
/// <param name="Heading">The heading printed above it inside the operative part ("I", "A. Human rights education"), or null.</param>
/// <param name="Section">The section it stands in where the operative part is in sections whose numbering restarts ("II" in "paragraph 2 of section II"); part of its id ("II.OP2"); null otherwise.</param>
/// <param name="Unnumbered">True where the paragraph is printed without a number (the Council's yearbooks, 1946-1994); <paramref name="Number"/> is then its position.</param>
public sealed record OperativeParagraph(
    PartId Id,
    [property: SchemaMinimum(1)] int Number,
    Phrase? Phrase,
    ValueList<Addressee> Addressees,
    string Text,
    SourceSpan Span,
    ValueList<FootnoteMarker> FootnoteMarkers,
    ValueList<Citation> Citations,
    ValueList<ActorMention> ActorMentions,
    [property: JsonPropertyOrder(6)] ValueList<Ask> Asks,
    [property: JsonPropertyOrder(10)] ValueList<SubParagraph> SubParagraphs,
    [property: JsonPropertyOrder(11)] SpannedText? Heading = null,
    [property: JsonPropertyOrder(12)] bool Unnumbered = false,
    [property: JsonPropertyOrder(13), SchemaPattern(IdPatterns.SectionLabel)] string? Section = null)
    : Part(Id, Text, Span, FootnoteMarkers, Citations, ActorMentions)
{
    /// <summary>The number as printed: "3."; empty for an unnumbered paragraph.</summary>
    [JsonIgnore]
    public string PrintedLabel => Unnumbered ? "" : $"{Number}.";
}
