using Resolution2006_27.Model.Collections;

namespace Resolution2006_27.Model.Validation;

/// <summary>
/// The catalogue of the model's rules: the ids the validator reports, what each checks and a problem that breaks
/// it. The validator, docs/quality.md and the tests all read it (a test holds each to the others).
/// </summary>
public static class ModelRules
{
    /// <summary>Every part's id follows from its number, position or label.</summary>
    public const string IdFormat = "id-format";

    /// <summary>Ids of parts, citations and markers are used once.</summary>
    public const string UniqueIds = "unique-ids";

    /// <summary>Every id referred to exists.</summary>
    public const string ReferenceResolves = "reference-resolves";

    /// <summary>Operative paragraphs are numbered upwards.</summary>
    public const string RisingNumbering = "rising-numbering";

    /// <summary>Numbers run without a gap.</summary>
    public const string ContiguousNumbering = "contiguous-numbering";

    /// <summary>Items are labelled in sequence.</summary>
    public const string LabelsInSequence = "labels-in-sequence";

    /// <summary>Parts follow each other in the source.</summary>
    public const string SpansInOrder = "spans-in-order";

    /// <summary>What a part holds lies inside its span.</summary>
    public const string SpanInsidePart = "span-inside-part";

    /// <summary>Every span lies inside the source.</summary>
    public const string SpanInsideSource = "span-inside-source";

    /// <summary>A span covers the very text the model states.</summary>
    public const string SpanAgrees = "span-agrees";

    /// <summary>A text offset points at the very words the model states.</summary>
    public const string OffsetAgrees = "offset-agrees";

    /// <summary>A phrase's verb and adverbs are printed in it.</summary>
    public const string PhraseWords = "phrase-words";

    /// <summary>A footnote marker stands inside its part's text.</summary>
    public const string MarkerInText = "marker-in-text";

    /// <summary>Footnotes are numbered upwards.</summary>
    public const string FootnotesInOrder = "footnotes-in-order";

    /// <summary>Every footnote has a marker.</summary>
    public const string FootnoteMarked = "footnote-marked";

    /// <summary>A footnote names one part per marker.</summary>
    public const string FootnoteParts = "footnote-parts";

    /// <summary>The source text given is the one the model was read from.</summary>
    public const string SourceText = "source-text";

    /// <summary>Every rule, in the order docs/quality.md lists them.</summary>
    public static ValueList<ModelRule> All { get; } = ValueList.Of(
        new ModelRule(IdFormat, "every part's id follows from its number, position or label (PP3, OP2, OP3(b)(ii))", "/operativeParagraphs/1/id: id-format: expected OP2, found OP7"),
        new ModelRule(UniqueIds, "the ids of parts, citations and footnote markers are used once", "/operativeParagraphs/2/citations/1/id: unique-ids: expected an id used once, found 'para_3__ref_1' again"),
        new ModelRule(ReferenceResolves, "every id referred to exists: actors, instruments, antecedent citations, markers and parts of footnotes", "/operativeParagraphs/0/addressees/0/actorId: reference-resolves: expected an actor of this resolution, found 'nobody'"),
        new ModelRule(RisingNumbering, "operative paragraphs are numbered upwards", "/operativeParagraphs/3/number: rising-numbering: expected a number above 4, found 2"),
        new ModelRule(ContiguousNumbering, "paragraph numbers run without a gap", "/operativeParagraphs/2/number: contiguous-numbering: expected 3, found 5"),
        new ModelRule(LabelsInSequence, "items are labelled in sequence ((a), (b), ...; (i), (ii), ...)", "/operativeParagraphs/2/subParagraphs/1/label: labels-in-sequence: expected (b), found (d)"),
        new ModelRule(SpansInOrder, "parts follow each other in the source", "/operativeParagraphs/1/span/start: spans-in-order: expected a start at or after 4210, found 120"),
        new ModelRule(SpanInsidePart, "what a part holds (citations, mentions, markers, phrases) lies inside the part's span", "/operativeParagraphs/0/citations/0/span: span-inside-part: expected a span inside 120:1+400, found 1:1+10"),
        new ModelRule(SpanInsideSource, "every span lies inside the source text", "/operativeParagraphs/0/span: span-inside-source: expected a span inside the 14305 characters of the source, found 400:1+99999"),
        new ModelRule(SpanAgrees, "a span covers the very text the model states (checked when the source text is given)", "/operativeParagraphs/0/span: span-agrees: expected a span over the text \"1. Urges Member States ...\", found \"Recalling ...\""),
        new ModelRule(OffsetAgrees, "a text offset points at the very words the model states (phrases, addressees, citations, mentions)", "/operativeParagraphs/0/addressees/0/textOffset: offset-agrees: expected the offset of \"Member Statez\" in the part's text, found \"Member States\" at 6"),
        new ModelRule(PhraseWords, "a phrase's verb and adverbs are printed in the phrase", "/operativeParagraphs/0/phrase/verb: phrase-words: expected the verb as printed in \"Urges\", found \"frobnicates\""),
        new ModelRule(MarkerInText, "a footnote marker stands inside its part's text", "/preamble/paragraphs/0/footnoteMarkers/0/textOffset: marker-in-text: expected 0 to 120, found 500"),
        new ModelRule(FootnotesInOrder, "footnotes are numbered upwards", "/footnotes/2/number: footnotes-in-order: expected a number above 3, found 1"),
        new ModelRule(FootnoteMarked, "every footnote has at least one marker", "/footnotes/0/markerIds: footnote-marked: expected at least one marker, found none"),
        new ModelRule(FootnoteParts, "a footnote names one part per marker", "/footnotes/0/partIds: footnote-parts: expected 1 part ids, found 2"),
        new ModelRule(SourceText, "the source text given is the one the model was read from (its SHA-256)", "/source/sha256: source-text: expected the SHA-256 of the text given (3f2a...), found 9c41..."));
}
