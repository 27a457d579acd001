using Resolution2006_27.Model.Actors;
using Resolution2006_27.Model.Citations;
using Resolution2006_27.Model.Collections;
using Resolution2006_27.Model.Footnotes;
using Resolution2006_27.Model.Parts;
using Resolution2006_27.Model.Registry;
using Resolution2006_27.Model.Text;

namespace Resolution2006_27.Model.Parsing;

/// <summary>Turns the structure into the model, analysing every part's text in document order.</summary>
internal sealed class ResolutionBuilder
{
    private readonly SourceDocument document;
    private readonly ParserOptions options;
    private readonly AskReader asks;
    // Records, not value tuples: grouping tuples by number instantiated the framework's grouping types anew, compiled by the
    // JIT in every framework-dependent start-up (some twenty methods).
    private readonly List<PlacedMarker> markers = [];
    private readonly HashSet<string> actorIds = [];
    private readonly HashSet<string> instrumentIds = [];
    private TextAnalyzer analyzer = null!;

    public ResolutionBuilder(SourceDocument document, ParserOptions options)
    {
        this.document = document;
        this.options = options;
        asks = new AskReader(options.Lexicon, Span, document);
    }

    public Resolution Build(RawResolution raw)
    {
        // A text that prints no number has no symbol either.
        var symbol = raw.Number.Length == 0 ? "" : Organs.SymbolPrefix(raw.OrganId) + raw.Number;
        // The resolution is itself an instrument; where the registry knows it (a resolution that others
        // cite), that entry is the one, and "the present resolution" points to it.
        var known = options.Registry.Instruments.FirstOrDefault(i => i.DocumentSymbol == symbol);
        var self = known is not null
            ? known with { ShortForms = known.ShortForms.Append(EntityIndex.PresentResolution).Distinct().ToValueList() }
            : new Instrument(
                symbol.Length == 0 ? "present-resolution" : EntityIndex.IdForSymbol(symbol), symbol.Length == 0 ? EntityIndex.PresentResolution : symbol,
                raw.Title?.Text ?? (symbol.Length == 0 ? EntityIndex.PresentResolution : symbol), InstrumentKind.Resolution,
                ValueList<string>.Empty, ValueList.Of(EntityIndex.PresentResolution), null, null, null, null, symbol.Length == 0 ? null : symbol,
                new Provenance("the adopted text itself", Verified: true));
        var index = new EntityIndex(options.Registry, self, raw.OrganId);
        analyzer = new TextAnalyzer(index, document, new MentionMatch(0, 0, self.Id, IsShortForm: false));
        actorIds.Add(raw.OrganId);

        var preamble = raw.Preamble.Select((p, i) => Preambular(p, PartId.Preambular(i + 1), i + 1)).ToValueList();
        var operative = raw.Operative.Select(p => Operative(p)).ToValueList();

        return new Resolution(
            symbol, raw.Number, raw.OrganId, raw.Masthead, raw.Document, raw.Origin, raw.PrintedNumber, raw.Adoption, raw.Title, raw.AdoptionDate, options.Registry.DataVersion,
            new SourceInfo(options.SourceName, document.Sha256, document.Text.Length),
            new Preamble(raw.Formula, preamble), operative, raw.Conclusions, raw.Annexes.ToValueList(), raw.Furniture.ToValueList(), raw.Unplaced.ToValueList(),
            Footnotes(symbol), Actors(index), Instruments(index));
    }

    private PreambularParagraph Preambular(RawPart raw, PartId id, int position)
    {
        var analysis = Analyze(raw, id);
        var lead = Lead(raw, position, operative: false);
        var phrases = ValueList<Phrases.Phrase>.Empty;
        if (lead is not null)
        {
            var further = asks.Further(raw.Text, lead.End, directiveOnly: false);
            var all = new Phrases.Phrase[1 + further.Count];
            all[0] = asks.ToPhrase(raw.Text, lead, operative: false);
            for (var i = 0; i < further.Count; i++)
            {
                all[i + 1] = asks.ToPhrase(raw.Text, further[i], operative: false);
            }
            phrases = ValueList<Phrases.Phrase>.Owning(all);
        }
        return new PreambularParagraph(
            id, position, phrases, raw.Text.Text, PartSpan(raw), analysis.Markers, analysis.Citations, analysis.ActorMentions,
            Items(raw.Items, id));
    }

    private OperativeParagraph Operative(RawPart raw)
    {
        var number = Layout.LabelNumber(raw.Label); // as printed: "5", or "٥" in Arabic-Indic digits
        var id = PartId.Operative(number, raw.Section);
        var analysis = Analyze(raw, id);
        var lead = Lead(raw, number, operative: true);
        var addressees = lead is null ? ValueList<Addressee>.Empty : asks.Addressees(raw.Text, lead, analysis);
        var phrase = lead is null ? null : asks.ToPhrase(raw.Text, lead, operative: true);
        // A directive lead's ask is the paragraph's phrase and addressees, read once for both.
        var leadAsk = lead is null ? null
            : lead.Entry.Class == Phrases.VerbClass.Directive ? asks.AskOf(raw.Text, lead, addressees, phrase) : asks.AskOf(raw.Text, lead, analysis);
        var found = AsksOf(raw.Text, lead, leadAsk, analysis);
        Track(addressees);
        return new OperativeParagraph(
            id, number, phrase, addressees, raw.Text.Text, PartSpan(raw),
            analysis.Markers, analysis.Citations, analysis.ActorMentions, found, Items(raw.Items, id), raw.Heading, raw.Unnumbered, raw.Section);
    }

    /// <summary>
    /// The lead phrase: one the lexicon knows, else one read by rule with class and strength unknown (a
    /// warning), else none (a warning): the paragraph is kept either way.
    /// </summary>
    private PhraseMatch? Lead(RawPart raw, int number, bool operative)
    {
        // Named only when a warning needs it: most paragraphs open with a phrase the lexicon knows.
        string What() => $"{(operative ? "Operative" : "Preambular")} paragraph {number}";
        if (asks.Lead(raw.Text) is { } known)
        {
            return known;
        }
        var (start, _) = raw.Text.SourceRange(0, Math.Min(1, raw.Text.Text.Length));
        if (UnknownPhrases.Read(raw.Text.Text, operative) is { } unknown)
        {
            var (s, e) = raw.Text.SourceRange(unknown.Start, unknown.End);
            document.Warn(Diagnostics.DiagnosticIds.UnknownPhrase, $"{What()} opens with '{raw.Text.Text[unknown.Start..unknown.End]}', a {(operative ? "operative" : "preambular")} phrase the lexicon does not know: kept with the lemma '{unknown.Entry.Lemma}' by rule, class and strength unknown", s, e);
            return unknown;
        }
        document.Warn(Diagnostics.DiagnosticIds.NoPhrase, $"{What()} opens with no {(operative ? "operative" : "preambular")} phrase", start);
        return null;
    }

    // A loop, not a query: the query's closure captured the parent and was made at every call, for every paragraph and
    // item of a corpus, most of which have no items.
    private ValueList<SubParagraph> Items(IReadOnlyCollection<RawPart> items, PartId parent)
    {
        if (items.Count == 0)
        {
            return ValueList<SubParagraph>.Empty;
        }
        var built = new SubParagraph[items.Count];
        var i = 0;
        foreach (var item in items)
        {
            built[i++] = Item(item, parent);
        }
        return ValueList<SubParagraph>.Owning(built);
    }

    private SubParagraph Item(RawPart item, PartId parent)
    {
        var id = parent.Item(item.Label);
        var analysis = Analyze(item, id);
        var lead = asks.Lead(item.Text);
        var found = AsksOf(item.Text, lead, lead is null ? null : asks.AskOf(item.Text, lead, analysis), analysis);
        foreach (var a in found)
        {
            Track(a.Addressees);
        }
        return new SubParagraph(
            id, item.Label, item.Style, item.Text.Text, PartSpan(item), analysis.Markers, analysis.Citations, analysis.ActorMentions,
            found, Items(item.Items, id));
    }

    /// <summary>The asks of a part: its lead phrase's, then those of the directive phrases after it, in order.</summary>
    /// <param name="text">The part's text.</param>
    /// <param name="lead">Its lead phrase, or null.</param>
    /// <param name="leadAsk">The lead's ask, read by the caller (null where it asks nothing): an operative paragraph reads
    /// it from the paragraph's own phrase and addressees. Finding the further phrases reports nothing, so the lead's
    /// diagnostics come first either way.</param>
    /// <param name="analysis">What its text names.</param>
    private ValueList<Phrases.Ask> AsksOf(MappedText text, PhraseMatch? lead, Phrases.Ask? leadAsk, PartAnalysis analysis)
    {
        var further = asks.Further(text, lead?.End ?? 0, directiveOnly: true);
        List<Phrases.Ask>? found = leadAsk is null ? null : [leadAsk];
        foreach (var phrase in further)
        {
            if (asks.AskOf(text, phrase, analysis) is { } ask)
            {
                (found ??= []).Add(ask);
            }
        }
        return found is null ? ValueList<Phrases.Ask>.Empty : ValueList<Phrases.Ask>.Owning([.. found]);
    }

    private PartAnalysis Analyze(RawPart raw, PartId id)
    {
        var analysis = analyzer.Analyze(id, raw.Text, raw.Markers);
        for (var i = 0; i < analysis.Markers.Count; i++)
        {
            markers.Add(new PlacedMarker(analysis.Markers[i], id, analysis.MarkerSubjects[i]));
        }
        // Loops, not queries: a query's closure and iterator were made for each of a corpus's parts.
        foreach (var mention in analysis.ActorMentions.AsSpan())
        {
            actorIds.Add(mention.ActorId);
        }
        foreach (var citation in analysis.Citations.AsSpan())
        {
            instrumentIds.Add(citation.InstrumentId);
        }
        return analysis;
    }

    // A loop, not a query: asked of every operative paragraph and ask.
    private void Track(ValueList<Addressee> addressees)
    {
        foreach (var addressee in addressees.AsSpan())
        {
            if (addressee.ActorId is { } id)
            {
                actorIds.Add(id);
            }
        }
    }

    private ValueList<Footnote> Footnotes(string symbol) =>
        markers.GroupBy(m => m.Marker.Number).OrderBy(g => g.Key).Select(g => new Footnote(
            g.Key,
            g.Select(m => m.Marker.EId).ToValueList(),
            g.Select(m => m.Part.Short).ToValueList(),
            g.First().Subject,
            options.Registry.Footnotes.FirstOrDefault(f => f.Resolution == symbol && f.Number == g.Key)?.Body)).ToValueList();

    private ValueList<Actor> Actors(EntityIndex index)
    {
        var wanted = Closure(actorIds, id => index.FindActor(id)?.ParentId);
        return index.ActorsIn(wanted);
    }

    private ValueList<Instrument> Instruments(EntityIndex index)
    {
        var wanted = Closure(instrumentIds, id => index.FindInstrument(id)?.ParentId);
        return index.InstrumentsIn(wanted);
    }

    private static HashSet<string> Closure(IEnumerable<string> ids, Func<string, string?> parent)
    {
        var result = new HashSet<string>();
        foreach (var id in ids)
        {
            for (var current = id; current is not null && result.Add(current); current = parent(current))
            {
            }
        }
        return result;
    }

    private SourceSpan PartSpan(RawPart raw) => document.Span(raw.Start, raw.Text.SourceEnd);

    private SourceSpan Span(MappedText text, int start, int end)
    {
        var (s, e) = text.SourceRange(start, end);
        return document.Span(s, e);
    }

    private sealed record PlacedMarker(FootnoteMarker Marker, PartId Part, FootnoteSubject Subject);
}
