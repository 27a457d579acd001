using Resolution2006_27.Model.Actors;
using Resolution2006_27.Model.Citations;
using Resolution2006_27.Model.Collections;
using Resolution2006_27.Model.Parts;
using Resolution2006_27.Model.Phrases;

namespace Resolution2006_27.Model.Queries;

/// <summary>
/// One ask to one addressee: one thing one actor is asked to do. (The field's word is "ask": "obligation" would
/// claim a binding force most resolutions do not have. <see cref="Phrases.Ask"/> is the ask as printed, a phrase
/// and all its addressees; this is one addressee's share of it, the row of <c>res2006 asks</c>.) A paragraph whose ask runs into lettered items asks
/// once per item (per innermost item where items nest: OP3(b)(i) and OP3(b)(ii)); an item that opens an
/// ask of its own (OP6(d) "Encouraging Member States ...") adds that ask.
/// </summary>
/// <param name="Symbol">The resolution's symbol.</param>
/// <param name="Part">Where the ask is: the paragraph, or its innermost item.</param>
/// <param name="Paragraph">The operative paragraph's number.</param>
/// <param name="UnCitation">Where the ask is, as the UN cites it: "paragraph 3 (b) (ii)".</param>
/// <param name="Phrase">The directive phrase that asks.</param>
/// <param name="Addressee">Who is asked, with scope.</param>
/// <param name="Actor">The addressee's registry entry.</param>
/// <param name="Embedded">True when an item opens the ask itself rather than continuing its paragraph's.</param>
/// <param name="Action">What is asked, in the words of the innermost part, without its closing punctuation.</param>
/// <param name="Chapeau">The words above it that it continues ("to adopt measures, in accordance with their domestic law, inter alia:"), or null.</param>
/// <param name="Hedges">The conditions and hedges that soften it, from the paragraph down to its item.</param>
/// <param name="Citations">The citations it relies on, from the paragraph down to its item.</param>
/// <param name="MentionedActorIds">Every actor named in its words, the addressee included.</param>
public sealed record AddressedAsk(
    string Symbol,
    PartId Part,
    int Paragraph,
    string UnCitation,
    Phrase Phrase,
    Addressee Addressee,
    Actor Actor,
    bool Embedded,
    string Action,
    string? Chapeau,
    ValueList<Hedge> Hedges,
    ValueList<Citation> Citations,
    ValueList<string> MentionedActorIds);
