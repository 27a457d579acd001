using Resolution2006_27.Cli.Output;
using Resolution2006_27.Model;
using Resolution2006_27.Model.Actors;
using Resolution2006_27.Model.Citations;
using Resolution2006_27.Model.Queries;

namespace Resolution2006_27.Cli;

/// <summary>The columns of each result, as the README documents them.</summary>
internal static class Rows
{
    public static ResultTable Asks(IEnumerable<AddressedAsk> asks, bool corpus) => ResultTable.From(asks, AskColumns<AddressedAsk>(a => a, corpus));

    public static ResultTable Mandates(IEnumerable<Mandate> mandates, bool corpus) => ResultTable.From(
        mandates,
        [
            .. AskColumns<Mandate>(m => m.Ask, corpus).Where(c => c.Name is not ("action" or "chapeau")),
            new Column<Mandate>("reporting", m => m.IsReporting),
            new Column<Mandate>("report_to", m => m.ReportTo.ToList()),
            new Column<Mandate>("when", m => m.When),
            new Column<Mandate>("chapeau", m => m.Ask.Chapeau, InTerminal: false),
            new Column<Mandate>("action", m => m.Ask.Action),
        ]);

    public static ResultTable Citations(IEnumerable<CitationRow> rows, bool corpus) => ResultTable.From(
        rows,
        new Column<CitationRow>("symbol", r => r.Symbol, InTerminal: corpus),
        new Column<CitationRow>("part", r => r.Part.Short),
        new Column<CitationRow>("eid", r => r.Part.EId, InTerminal: false),
        new Column<CitationRow>("un_citation", r => r.UnCitation, InTerminal: false),
        new Column<CitationRow>("citation_id", r => r.Citation.Id, InTerminal: false),
        new Column<CitationRow>("instrument_id", r => r.Instrument.Id),
        new Column<CitationRow>("instrument", r => r.Instrument.ShortName, InTerminal: false),
        new Column<CitationRow>("form", r => Json(r.Citation.Form)),
        new Column<CitationRow>("pinpoint", r => r.Citation.Pinpoint?.Text),
        new Column<CitationRow>("pinpoint_path", r => Path(r.Citation.Pinpoint), InTerminal: false),
        new Column<CitationRow>("antecedent_id", r => r.Citation.AntecedentId, InTerminal: false),
        new Column<CitationRow>("loaded_symbol", r => r.LoadedSymbol, InTerminal: false),
        new Column<CitationRow>("text", r => r.Citation.Text),
        new Column<CitationRow>("line", r => r.Citation.Span.Line, InTerminal: false),
        new Column<CitationRow>("column", r => r.Citation.Span.Column, InTerminal: false));

    public static ResultTable CitationCounts(IEnumerable<InstrumentCount> counts) => ResultTable.From(
        counts,
        new Column<InstrumentCount>("instrument_id", c => c.InstrumentId),
        new Column<InstrumentCount>("instrument", c => c.ShortName),
        new Column<InstrumentCount>("citations", c => c.Citations),
        new Column<InstrumentCount>("parts", c => c.Parts.ToList()),
        new Column<InstrumentCount>("pinpoints", c => c.Pinpoints.ToList()));

    public static ResultTable Actors(IReadOnlyList<Resolution> resolutions)
    {
        var asks = resolutions.SelectMany(r => r.Asks()).ToList();
        var mentions = resolutions.SelectMany(r => r.Parts.SelectMany(p => p.ActorMentions.Select(m => (m.ActorId, Short: Where(resolutions, r, p.Id.Short))))).ToList();
        return ResultTable.From(
            resolutions.SelectMany(r => r.Actors).DistinctBy(a => a.Id),
            new Column<Actor>("id", a => a.Id),
            new Column<Actor>("name", a => a.Name),
            new Column<Actor>("kind", a => Json(a.Kind)),
            new Column<Actor>("parent_id", a => a.ParentId, InTerminal: false),
            new Column<Actor>("mentions", a => mentions.Count(m => m.ActorId == a.Id)),
            new Column<Actor>("asks", a => asks.Count(x => x.Actor.Id == a.Id)),
            new Column<Actor>("addressed_in", a => asks.Where(x => x.Actor.Id == a.Id).Select(x => Where(resolutions, x.Symbol, $"OP{x.Paragraph}")).Distinct().ToList()),
            new Column<Actor>("mentioned_in", a => mentions.Where(m => m.ActorId == a.Id).Select(m => m.Short).Distinct().ToList(), InTerminal: false),
            new Column<Actor>("aliases", a => a.Aliases.Concat(a.ShortForms).ToList(), InTerminal: false));
    }

    public static ResultTable Instruments(IReadOnlyList<Resolution> resolutions)
    {
        var citations = resolutions.SelectMany(r => r.CitationRows()).ToList();
        return ResultTable.From(
            resolutions.SelectMany(r => r.Instruments).DistinctBy(i => i.Id),
            new Column<Instrument>("id", i => i.Id),
            new Column<Instrument>("short_name", i => i.ShortName),
            new Column<Instrument>("kind", i => Json(i.Kind)),
            new Column<Instrument>("citations", i => citations.Count(c => c.Instrument.Id == i.Id)),
            new Column<Instrument>("title", i => i.Title, InTerminal: false),
            new Column<Instrument>("parent_id", i => i.ParentId, InTerminal: false),
            new Column<Instrument>("adopted", i => i.Adopted, InTerminal: false),
            new Column<Instrument>("entry_into_force", i => i.EntryIntoForce?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), InTerminal: false),
            new Column<Instrument>("treaty_series", i => i.TreatySeries?.ToString()),
            new Column<Instrument>("document_symbol", i => i.DocumentSymbol),
            new Column<Instrument>("verified", i => i.Provenance.Verified),
            new Column<Instrument>("source", i => i.Provenance.Source, InTerminal: false));
    }

    // One resolution: "OP3". Several: "A/RES/70/179 OP3".
    private static string Where(IReadOnlyList<Resolution> resolutions, Resolution r, string part) => Where(resolutions, r.Symbol, part);

    private static string Where(IReadOnlyList<Resolution> resolutions, string symbol, string part) =>
        resolutions.Count == 1 ? part : $"{symbol} {part}";

    // The symbol shows in the terminal only for a corpus, where it tells the rows apart.
    private static Column<T>[] AskColumns<T>(Func<T, AddressedAsk> ask, bool corpus) =>
    [
        new("symbol", r => ask(r).Symbol, InTerminal: corpus),
        new("part", r => ask(r).Part.Short),
        new("eid", r => ask(r).Part.EId, InTerminal: false),
        new("un_citation", r => ask(r).UnCitation, InTerminal: false),
        new("paragraph", r => ask(r).Paragraph, InTerminal: false),
        new("phrase", r => ask(r).Phrase.Text, InTerminal: false),
        new("lemma", r => ask(r).Phrase.Lemma),
        new("class", r => Json(ask(r).Phrase.Class), InTerminal: false),
        new("strength", r => Json(ask(r).Phrase.Strength)),
        new("strength_rank", r => (int)ask(r).Phrase.Strength, InTerminal: false),
        new("addressee_id", r => ask(r).Actor.Id),
        new("addressee_kind", r => Json(ask(r).Actor.Kind), InTerminal: false),
        new("addressee_text", r => ask(r).Addressee.Text, InTerminal: false),
        new("scope", r => Json(ask(r).Addressee.Scope)),
        new("embedded", r => ask(r).Embedded, InTerminal: false),
        // A hedge printed in the paragraph above the ask's item says where: "inter alia" in OP3 and again in OP3(b) are two.
        new("hedges", r => ask(r).Hedges.Select(h => h.Part == ask(r).Part ? $"{Json(h.Kind)}: {h.Text}" : $"{Json(h.Kind)}: {h.Text} ({h.Part.Short})").Distinct().ToList(), InTerminal: false),
        new("hedge_kinds", r => ask(r).Hedges.Select(h => Json(h.Kind)).Distinct().ToList()),
        // Each instrument once, in order; the citations themselves as data (objects in JSON, one line in CSV), and how many.
        new("instruments", r => ask(r).Citations.Select(c => c.InstrumentId).Distinct().ToList()),
        new("citations", r => ask(r).Citations.Select(c => CitationCell.Of(c)).ToList(), InTerminal: false),
        new("citation_count", r => ask(r).Citations.Count, InTerminal: false),
        new("mentioned_actors", r => ask(r).MentionedActorIds.ToList(), InTerminal: false),
        new("chapeau", r => ask(r).Chapeau, InTerminal: false),
        new("action", r => ask(r).Action),
    ];

    /// <summary>An enum value as the model's JSON writes it: its camelCase name ("unSecretariat").</summary>
    public static string Json<TEnum>(TEnum value)
        where TEnum : struct, Enum =>
        System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(value.ToString());

    private static string? Path(Pinpoint? pinpoint) =>
        pinpoint is null ? null : string.Join(" > ", pinpoint.Path.Select(l => $"{l.Unit} {string.Join(",", l.Numbers)}"));
}
