using System.Text.Json.Serialization;
using Resolution2006_27.Model.Actors;
using Resolution2006_27.Model.Citations;
using Resolution2006_27.Model.Collections;
using Resolution2006_27.Model.Footnotes;
using Resolution2006_27.Model.Phrases;
using Resolution2006_27.Model.Text;
using Resolution2006_27.Model.Schema;

namespace Resolution2006_27.Model.Parts;

/// <summary>An unnumbered paragraph of the preamble, led by one or more preambular phrases.</summary>
/// <param name="Id">The paragraph's identifier ("PP5", "preamble__p_5").</param>
/// <param name="Position">Its one-based position in the preamble.</param>
/// <param name="Phrases">Its preambular phrases in order: "Recalling ..., and noting ..." has two.</param>
/// <param name="Text">The paragraph's words, the phrases included.</param>
/// <param name="Span">Where the paragraph stands in the source.</param>
/// <param name="FootnoteMarkers">Its footnote markers.</param>
/// <param name="Citations">Its citations.</param>
/// <param name="ActorMentions">The actors it names.</param>
/// <param name="SubParagraphs">Lettered items, where a preambular paragraph has them; empty otherwise.</param>
public sealed record PreambularParagraph(
    PartId Id,
    [property: SchemaMinimum(1)] int Position,
    ValueList<Phrase> Phrases,
    string Text,
    SourceSpan Span,
    ValueList<FootnoteMarker> FootnoteMarkers,
    ValueList<Citation> Citations,
    ValueList<ActorMention> ActorMentions,
    [property: JsonPropertyOrder(10)] ValueList<SubParagraph> SubParagraphs)
    : Part(Id, Text, Span, FootnoteMarkers, Citations, ActorMentions);
