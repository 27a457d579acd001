using Resolution2006_27.Model.Actors;
using Resolution2006_27.Model.Citations;
using Resolution2006_27.Model.Collections;
using Resolution2006_27.Model.Footnotes;

namespace Resolution2006_27.Model.Parsing;

/// <summary>What a part's text holds, as public records and as text-indexed matches for the readers that follow.</summary>
internal sealed record PartAnalysis(
    ValueList<FootnoteMarker> Markers,
    IReadOnlyList<FootnoteSubject> MarkerSubjects,
    ValueList<Citation> Citations,
    ValueList<ActorMention> ActorMentions,
    MentionsByStart ActorsByStart);
