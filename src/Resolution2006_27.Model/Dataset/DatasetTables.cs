using Resolution2006_27.Model.Actors;
using Resolution2006_27.Model.Citations;
using Resolution2006_27.Model.Diagnostics;
using Resolution2006_27.Model.Parts;
using Resolution2006_27.Model.Queries;
using Resolution2006_27.Model.Serialization;
using T = Resolution2006_27.Model.Dataset.DatasetColumnType;

namespace Resolution2006_27.Model.Dataset;

/// <summary>
/// The tables of the dataset and where each column's value comes from. Every row of a per-resolution table
/// carries <c>symbol</c> and, below the resolution, <c>part_id</c> (the short id, "OP3(b)"); actors and
/// instruments are keyed by their registry ids, which the other tables use.
/// </summary>
internal static class DatasetTables
{
    private static string? Name<T>(T value)
        where T : struct, Enum => EnumNames<T>.Of(value);

    public static readonly TableSpec<ResolutionRow> Resolutions = new TableSpec<ResolutionRow>("resolutions", "one resolution", "symbol")
        .Column("symbol", T.String, "the resolution's symbol (\"E/RES/2006/27\"); empty for a text that prints none", r => r.Resolution.Symbol)
        .Column("number", T.String, "its number as cited (\"2006/27\", \"2331 (2016)\")", r => r.Resolution.Number)
        .Column("organ_id", T.String, "the adopting organ's actor id (ecosoc, general-assembly, security-council)", r => r.Resolution.OrganId)
        .Column("adoption_date", T.Date, "the date of adoption, where printed", r => r.Resolution.AdoptionDate)
        .Column("session", T.String, "the session line of the masthead, where printed", r => r.Resolution.Document?.Session?.Text)
        .Column("agenda_items", T.StringList, "the agenda items of the masthead, as printed", r => r.Resolution.Document?.AgendaItems.Select(a => a.Text) ?? [])
        .Column("origin", T.String, "the origin line (\"on the report of the Third Committee\"), where printed", r => r.Resolution.Origin?.Text)
        .Column("title", T.String, "the title, where printed", r => r.Resolution.Title?.Text)
        .Column("preambular_paragraphs", T.Int32, "the number of preambular paragraphs", r => r.Resolution.Preamble.Paragraphs.Count)
        .Column("operative_paragraphs", T.Int32, "the number of operative paragraphs", r => r.Resolution.OperativeParagraphs.Count)
        .Column("asks", T.Int32, "the number of rows of the asks table for it", r => r.Asks)
        .Column("citations", T.Int32, "the number of citations", r => r.Resolution.Parts.Sum(p => p.Citations.Count))
        .Column("footnotes", T.Int32, "the number of footnotes", r => r.Resolution.Footnotes.Count)
        .Column("diagnostics", T.Int32, "the number of diagnostics the parser gave", r => r.File.Diagnostics.Count)
        .Column("source_name", T.String, "the file it was read from", r => r.File.Name)
        .Column("source_sha256", T.String, "the SHA-256 of the source text, lower-case hex", r => r.Resolution.Source.Sha256)
        .Column("source_length", T.Int32, "the length of the source text, in characters", r => r.Resolution.Source.Length)
        .Column("data_version", T.String, "the data version of the registry it was read with", r => r.Resolution.DataVersion);

    public static readonly TableSpec<PartRow> Parts = new TableSpec<PartRow>("parts", "one preambular or operative paragraph, or one item (subparagraph) of either", "symbol", "part_id")
        .Column("symbol", T.String, "the resolution", r => r.Resolution.Symbol)
        .Column("part_id", T.String, "the part's short id: PP3, OP6, OP3(b)(ii)", r => r.Part.Id.Short)
        .Column("eid", T.String, "its Akoma Ntoso eId", r => r.Part.Id.EId)
        .Column("kind", T.String, "preambular, operative or item", r => r.Kind)
        .Column("parent_id", T.String, "for an item, the part it belongs to; null for a paragraph", r => r.Parent)
        .Column("level", T.Int32, "1 for a paragraph, 2 for its items, 3 for theirs", r => r.Level)
        .Column("section", T.String, "the section label of an operative paragraph in sections (\"II\"), else null", r => (r.Part as OperativeParagraph)?.Section)
        .Column("text", T.String, "the part's text as printed, lines joined", r => r.Part.Text)
        .Column("span_start", T.Int32, "the offset of its first character in the source text", r => r.Part.Span.Start)
        .Column("span_length", T.Int32, "its length in the source text", r => r.Part.Span.Length)
        .Column("line", T.Int32, "its first line in the source text", r => r.Part.Span.Line)
        .Column("column", T.Int32, "its first column", r => r.Part.Span.Column);

    public static readonly TableSpec<PhraseRow> Phrases = new TableSpec<PhraseRow>("phrases", "one preambular or operative phrase", "symbol", "part_id", "text_offset")
        .Column("symbol", T.String, "the resolution", r => r.Resolution.Symbol)
        .Column("part_id", T.String, "the part", r => r.Part.Id.Short)
        .Column("text_offset", T.Int32, "where the phrase starts in the part's text", r => r.Phrase.TextOffset)
        .Column("text", T.String, "the phrase as printed (\"Strongly urges\")", r => r.Phrase.Text)
        .Column("verb", T.String, "its verb as printed", r => r.Phrase.Verb)
        .Column("lemma", T.String, "the verb's lemma (\"urge\", \"call upon\")", r => r.Phrase.Lemma)
        .Column("adverbs", T.StringList, "the adverbs printed with it", r => r.Phrase.Adverbs)
        .Column("class", T.String, "directive, deciding, evaluative, observing, reinforcing or unknown", r => Name(r.Phrase.Class))
        .Column("strength", T.String, "none, encouraging, requesting, deciding or unknown", r => Name(r.Phrase.Strength))
        .Column("strength_rank", T.Int32, "the strength as a number: 0 none to 3 deciding, -1 unknown", r => (int)r.Phrase.Strength);

    public static readonly TableSpec<AddressedAsk> Asks = new TableSpec<AddressedAsk>("asks", "one ask: a directive phrase and one addressee, in the innermost item it governs", "symbol", "part_id", "phrase_offset", "addressee_offset")
        .Column("symbol", T.String, "the resolution", a => a.Symbol)
        .Column("part_id", T.String, "the part asked in", a => a.Part.Short)
        .Column("paragraph", T.Int32, "the operative paragraph's number", a => a.Paragraph)
        .Column("phrase_offset", T.Int32, "where the phrase starts in the text of the paragraph or item that prints it (for an ask in an item governed by its paragraph's phrase, the paragraph's)", a => a.Phrase.TextOffset)
        .Column("addressee_offset", T.Int32, "where the addressee starts in the same text as the phrase", a => a.Addressee.TextOffset)
        .Column("phrase", T.String, "the phrase as printed", a => a.Phrase.Text)
        .Column("lemma", T.String, "the verb's lemma", a => a.Phrase.Lemma)
        .Column("class", T.String, "the phrase's class", a => Name(a.Phrase.Class))
        .Column("strength", T.String, "none, encouraging, requesting, deciding or unknown", a => Name(a.Phrase.Strength))
        .Column("strength_rank", T.Int32, "0 none to 3 deciding, -1 unknown", a => (int)a.Phrase.Strength)
        .Column("addressee_id", T.String, "the addressee's actor id; null where the registry does not know it", a => a.Addressee.ActorId)
        .Column("addressee_kind", T.String, "the addressee's actor kind", a => Name(a.Actor.Kind))
        .Column("addressee_text", T.String, "the addressee as printed (\"all Member States\")", a => a.Addressee.Text)
        .Column("scope", T.String, "all, restricted or unqualified", a => Name(a.Addressee.Scope))
        .Column("embedded", T.Boolean, "true for an ask inside another's action (\"requests UNODC to invite States to ...\")", a => a.Embedded)
        .Column("hedge_kinds", T.StringList, "what softens the ask, each kind once (discretion, domesticLaw, ...)", a => a.Hedges.Select(h => Name(h.Kind)!).Distinct())
        .Column("instruments", T.StringList, "the instruments its text cites, each once, in order", a => a.Citations.Select(c => c.InstrumentId).Distinct())
        .Column("citation_count", T.Int32, "the citations in its text", a => a.Citations.Count)
        .Column("action", T.String, "what is asked, as printed", a => a.Action);

    public static readonly TableSpec<AddresseeRow> Addressees = new TableSpec<AddresseeRow>("addressees", "one addressee of one phrase that asks", "symbol", "part_id", "phrase_offset", "position")
        .Column("symbol", T.String, "the resolution", r => r.Resolution.Symbol)
        .Column("part_id", T.String, "the part", r => r.Part.Id.Short)
        .Column("phrase_offset", T.Int32, "where the phrase starts in the part's text", r => r.Phrase.TextOffset)
        .Column("position", T.Int32, "the addressee's place among the phrase's addressees, from 1", r => r.Position)
        .Column("lemma", T.String, "the phrase's lemma", r => r.Phrase.Lemma)
        .Column("actor_id", T.String, "the actor id; null where the registry does not know it", r => r.Addressee.ActorId)
        .Column("text", T.String, "as printed", r => r.Addressee.Text)
        .Column("scope", T.String, "all, restricted or unqualified", r => Name(r.Addressee.Scope))
        .Column("quantifier", T.String, "\"all\", \"each\", ... or null", r => r.Addressee.Quantifier)
        .Column("qualifier", T.String, "the restriction (\"that have not yet done so\") or null", r => r.Addressee.Qualifier)
        .Column("text_offset", T.Int32, "where it starts in the part's text", r => r.Addressee.TextOffset);

    public static readonly TableSpec<CitationRow> Citations = new TableSpec<CitationRow>("citations", "one citation of an instrument or document", "symbol", "citation_id")
        .Column("symbol", T.String, "the resolution", r => r.Resolution.Symbol)
        .Column("part_id", T.String, "the part", r => r.Part.Id.Short)
        .Column("citation_id", T.String, "the citation's id (the part's eId, \"__ref_\" and a number)", r => r.Citation.Id)
        .Column("instrument_id", T.String, "the instrument's id", r => r.Citation.InstrumentId)
        .Column("text", T.String, "the words cited, as printed", r => r.Citation.Text)
        .Column("form", T.String, "title, shortForm or symbol", r => Name(r.Citation.Form))
        .Column("pinpoint", T.String, "the pinpoint as printed (\"article 6, paragraph 3\"), or null", r => r.Citation.Pinpoint?.Text)
        .Column("pinpoint_path", T.StringList, "the pinpoint's levels, outermost first (\"article 6\", \"paragraph 3\"); empty without one", r => r.Citation.Pinpoint?.Path.Select(l => l.ToString()) ?? [])
        .Column("antecedent_id", T.String, "for a short form, the citation it points back to", r => r.Citation.AntecedentId)
        .Column("text_offset", T.Int32, "where it starts in the part's text", r => r.Citation.TextOffset);

    public static readonly TableSpec<MentionRow> Mentions = new TableSpec<MentionRow>("mentions", "one mention of an actor in a part's text", "symbol", "part_id", "text_offset")
        .Column("symbol", T.String, "the resolution", r => r.Resolution.Symbol)
        .Column("part_id", T.String, "the part", r => r.Part.Id.Short)
        .Column("text_offset", T.Int32, "where it starts in the part's text", r => r.Mention.TextOffset)
        .Column("actor_id", T.String, "the actor", r => r.Mention.ActorId)
        .Column("text", T.String, "as printed", r => r.Mention.Text)
        .Column("is_short_form", T.Boolean, "true for a form pointing back (\"the Office\")", r => r.Mention.IsShortForm);

    public static readonly TableSpec<Actor> Actors = new TableSpec<Actor>("actors", "one actor any resolution of the dataset names", "actor_id")
        .Column("actor_id", T.String, "the registry id", a => a.Id)
        .Column("name", T.String, "its name", a => a.Name)
        .Column("kind", T.String, "memberStates, unOrgan, unSecretariat, unSystem, state, party or other", a => Name(a.Kind))
        .Column("parent_id", T.String, "the actor it belongs to, or null", a => a.ParentId)
        .Column("iso_alpha3", T.String, "for a State, its ISO 3166-1 alpha-3 code (ISO 3166-3 for a former State)", a => a.State?.Alpha3)
        .Column("m49", T.String, "for a State, its UN M49 code (three digits)", a => a.State?.M49)
        .Column("state_status", T.String, "for a State: member, observer or former", a => a.State is { } s ? Name(s.Status) : null)
        .Column("provenance", T.String, "where the entry's facts come from", a => a.Provenance.Source)
        .Column("verified", T.Boolean, "whether those facts were checked against the source", a => a.Provenance.Verified);

    public static readonly TableSpec<Instrument> Instruments = new TableSpec<Instrument>("instruments", "one instrument or document any resolution of the dataset cites", "instrument_id")
        .Column("instrument_id", T.String, "the registry id (or one made from a document symbol: \"a-res-58-137\")", i => i.Id)
        .Column("short_name", T.String, "its short name", i => i.ShortName)
        .Column("title", T.String, "its title", i => i.Title)
        .Column("kind", T.String, "treaty, protocol, declaration, resolution, report, ...", i => Name(i.Kind))
        .Column("parent_id", T.String, "the instrument it supplements, or null", i => i.ParentId)
        .Column("document_symbol", T.String, "its UN document symbol, or null", i => i.DocumentSymbol)
        .Column("entry_into_force", T.Date, "for a treaty, the date it entered into force", i => i.EntryIntoForce)
        .Column("unts_volume", T.NullableInt32, "United Nations Treaty Series volume", i => i.TreatySeries?.Volume)
        .Column("unts_number", T.NullableInt32, "United Nations Treaty Series registration number", i => i.TreatySeries?.Number)
        .Column("provenance", T.String, "where the entry's facts come from", i => i.Provenance.Source)
        .Column("verified", T.Boolean, "whether those facts were checked against the source", i => i.Provenance.Verified);

    public static readonly TableSpec<FootnoteRow> Footnotes = new TableSpec<FootnoteRow>("footnotes", "one footnote", "symbol", "number")
        .Column("symbol", T.String, "the resolution", r => r.Resolution.Symbol)
        .Column("number", T.Int32, "its number as printed", r => r.Footnote.Number)
        .Column("part_ids", T.StringList, "the parts whose markers call it", r => r.Footnote.PartIds)
        .Column("subject_kind", T.String, "what the marker follows: instrument, actor or text", r => Name(r.Footnote.Subject.Kind))
        .Column("refers_to", T.String, "the instrument or actor id it annotates, or null", r => r.Footnote.Subject.RefersTo)
        .Column("body", T.String, "the footnote's text where known; null where the source does not print it", r => r.Footnote.Body?.Text)
        .Column("body_confidence", T.String, "for a body from the registry, how sure it is", r => r.Footnote.Body is { } b ? Name(b.Confidence) : null);

    public static readonly TableSpec<DiagnosticRow> Diagnostics = new TableSpec<DiagnosticRow>("diagnostics", "one diagnostic the parser gave for a file", "source_name", "line", "column", "id")
        .Column("symbol", T.String, "the resolution, or null when the file gave none", r => r.File.Resolution?.Symbol)
        .Column("source_name", T.String, "the file", r => r.File.Name)
        .Column("id", T.String, "the diagnostic id (RES0210)", r => r.Diagnostic.Id)
        .Column("severity", T.String, "error, warning or info", r => Diagnostic.SeverityName(r.Diagnostic.Severity))
        .Column("message", T.String, "what it says", r => r.Diagnostic.Message)
        .Column("line", T.Int32, "the line in the source", r => r.Diagnostic.Line)
        .Column("column", T.Int32, "the column", r => r.Diagnostic.Column);
}
