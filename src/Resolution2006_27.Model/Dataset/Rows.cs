using Resolution2006_27.Model.Actors;
using Resolution2006_27.Model.Citations;
using Resolution2006_27.Model.Corpus;
using Resolution2006_27.Model.Diagnostics;
using Resolution2006_27.Model.Footnotes;
using Resolution2006_27.Model.Parts;
using Resolution2006_27.Model.Phrases;

namespace Resolution2006_27.Model.Dataset;

// The rows of the tables, each what one row is about; the tables say which columns each gives.
internal sealed record ResolutionRow(CorpusFile File, Resolution Resolution, int Asks);

internal sealed record PartRow(Resolution Resolution, Part Part, string Kind, string? Parent, int Level);

internal sealed record PhraseRow(Resolution Resolution, Part Part, Phrase Phrase);

internal sealed record AddresseeRow(Resolution Resolution, Part Part, Phrase Phrase, Addressee Addressee, int Position);

internal sealed record CitationRow(Resolution Resolution, Part Part, Citation Citation);

internal sealed record MentionRow(Resolution Resolution, Part Part, ActorMention Mention);

internal sealed record FootnoteRow(Resolution Resolution, Footnote Footnote);

internal sealed record DiagnosticRow(CorpusFile File, Diagnostic Diagnostic);
