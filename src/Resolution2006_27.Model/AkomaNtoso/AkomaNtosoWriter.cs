using System.Xml.Linq;
using Resolution2006_27.Model.Actors;
using Resolution2006_27.Model.Citations;
using Resolution2006_27.Model.Footnotes;
using Resolution2006_27.Model.Parts;
using Resolution2006_27.Model.Phrases;
using Resolution2006_27.Model.Text;

namespace Resolution2006_27.Model.AkomaNtoso;

/// <summary>Writes a resolution as Akoma Ntoso 3.0 following AKN4UN (see <see cref="AkomaNtosoXml"/>).</summary>
internal sealed class AkomaNtosoWriter(Resolution resolution)
{
    private static readonly XNamespace A = AkomaNtosoNames.Ns;
    private static readonly XNamespace R = AkomaNtosoNames.Res;

    public XDocument Write() => new(
        new XElement(A + "akomaNtoso",
            new XAttribute(XNamespace.Xmlns + "res", R.NamespaceName),
            new XElement(A + "statement", new XAttribute("name", "resolution"),
                Meta(),
                Preface(),
                Preamble(),
                new XElement(A + "mainBody", resolution.OperativeParagraphs.Select(Paragraph)),
                Conclusions())));

    private XElement Meta()
    {
        var work = AkomaNtosoNames.Work(resolution);
        var expression = AkomaNtosoNames.Expression(resolution);
        var date = AkomaNtosoNames.Date(resolution.AdoptionDate);
        return new XElement(A + "meta",
            new XElement(A + "identification", new XAttribute("source", "#" + AkomaNtosoNames.Editor),
                new XElement(A + "FRBRWork",
                    Frbr("FRBRthis", work), Frbr("FRBRuri", work),
                    new XElement(A + "FRBRalias", new XAttribute("value", resolution.Symbol), new XAttribute("name", "symbol")),
                    new XElement(A + "FRBRdate", new XAttribute("date", date), new XAttribute("name", "adoption")),
                    new XElement(A + "FRBRauthor", new XAttribute("href", "#" + resolution.OrganId)),
                    new XElement(A + "FRBRcountry", new XAttribute("value", "un")),
                    new XElement(A + "FRBRnumber", new XAttribute("value", resolution.Number)),
                    new XElement(A + "FRBRname", new XAttribute("value", "resolution"))),
                new XElement(A + "FRBRExpression",
                    Frbr("FRBRthis", expression), Frbr("FRBRuri", expression),
                    new XElement(A + "FRBRdate", new XAttribute("date", date), new XAttribute("name", "adoption")),
                    new XElement(A + "FRBRauthor", new XAttribute("href", "#" + resolution.OrganId)),
                    new XElement(A + "FRBRlanguage", new XAttribute("language", "eng"))),
                new XElement(A + "FRBRManifestation",
                    Frbr("FRBRthis", expression + "/main.xml"), Frbr("FRBRuri", expression + ".akn"),
                    new XElement(A + "FRBRdate", new XAttribute("date", date), new XAttribute("name", "transform")),
                    new XElement(A + "FRBRauthor", new XAttribute("href", "#" + AkomaNtosoNames.Editor)))),
            new XElement(A + "references", new XAttribute("source", "#" + AkomaNtosoNames.Editor),
                new XElement(A + "TLCOrganization", new XAttribute("eId", AkomaNtosoNames.Editor), new XAttribute("href", "/ontology/organization/" + AkomaNtosoNames.Editor), new XAttribute("showAs", "Resolution2006_27.Model")),
                resolution.Actors.Select(a => new XElement(A + (IsRole(a) ? "TLCRole" : "TLCOrganization"),
                    new XAttribute("eId", a.Id), new XAttribute("href", $"/ontology/{(IsRole(a) ? "role" : "organization")}/un/{a.Id}"), new XAttribute("showAs", a.Name))),
                resolution.Instruments.Select(i => new XElement(A + "TLCReference",
                    new XAttribute("eId", i.Id), new XAttribute("href", InstrumentHref(i)), new XAttribute("showAs", i.ShortName), new XAttribute("name", Name(i.Kind))))),
            new XElement(A + "proprietary", new XAttribute("source", "#" + AkomaNtosoNames.Editor), AkomaNtosoRecords.Edition(resolution)));
    }

    private XElement Preface()
    {
        var mastheadText = resolution.Masthead?.Text ?? "";
        var number = resolution.PrintedNumber is null && resolution.Number.Length > 0 ? mastheadText.LastIndexOf(resolution.Number, StringComparison.Ordinal) : -1;
        object[] masthead = number < 0
            ? [mastheadText]
            : [mastheadText[..number], new XElement(A + "docNumber", resolution.Number), mastheadText[(number + resolution.Number.Length)..]];
        return new XElement(A + "preface",
            resolution.Masthead is { } printed ? Line("masthead", printed.Span, masthead) : null,
            resolution.Origin is { } origin ? Line("origin", origin.Span, origin.Text) : null,
            resolution.PrintedNumber is { } numbered ? Line("number", numbered.Span, Number(numbered.Text)) : null,
            resolution.Adoption is { } adoption ? Line("adoption", adoption.Span, adoption.Text) : null,
            resolution.Title is { } title ? new XElement(A + "longTitle", SpanAttribute(title.Span), new XElement(A + "p", new XElement(A + "docTitle", title.Text))) : null);
    }

    // "70/179." is the docNumber and its full stop.
    private object[] Number(string printed)
    {
        var at = printed.IndexOf(resolution.Number, StringComparison.Ordinal);
        return at < 0 ? [printed] : [printed[..at], new XElement(A + "docNumber", resolution.Number), printed[(at + resolution.Number.Length)..]];
    }

    private XElement Preamble() => new(A + "preamble",
        resolution.Preamble.EnactingFormula is not { } formula ? null : new XElement(A + "formula", new XAttribute("name", "enactingFormula"), SpanAttribute(formula.Span),
            new XElement(A + "p", formula.Text)),
        resolution.Preamble.Paragraphs.Select(p => p.SubParagraphs.Count == 0
            ? new XElement(A + "p", PartAttributes(p), Inline(p, p.Phrases, [], []))
            : new XElement(A + "container", new XAttribute("name", "preambularParagraph"), PartAttributes(p),
                new XElement(A + "p", Inline(p, p.Phrases, [], [])),
                new XElement(A + "blockList", new XAttribute("eId", p.Id.EId + "__list_1"), p.SubParagraphs.Select(PreambleItem)))));

    private XElement PreambleItem(SubParagraph item) => new(A + "item", PartAttributes(item), new XAttribute(R + "style", Name(item.Style)),
        new XElement(A + "num", item.PrintedLabel),
        new XElement(A + "p", Inline(item, item.Asks.Select(a => a.Phrase), [], item.Asks)),
        item.SubParagraphs.Count == 0 ? null : new XElement(A + "blockList", new XAttribute("eId", item.Id.EId + "__list_1"), item.SubParagraphs.Select(PreambleItem)));

    private XElement Paragraph(OperativeParagraph p)
    {
        IEnumerable<Phrase> phrases = p.Phrase is null || (p.Asks.Count > 0 && p.Asks[0].Phrase == p.Phrase) ? p.Asks.Select(a => a.Phrase) : p.Asks.Select(a => a.Phrase).Prepend(p.Phrase);
        var text = new XElement(A + "p", Inline(p, phrases, p.Addressees, p.Asks));
        // What AKN has no attribute for (a paragraph printed without a number, the section whose numbering it
        // follows) is in the edition's namespace; a heading printed above it is AKN's own <heading>.
        return new XElement(A + "paragraph", PartAttributes(p),
            p.Unnumbered ? new XAttribute(R + "unnumbered", "true") : null,
            p.Section is null ? null : new XAttribute(R + "section", p.Section),
            p.Unnumbered ? null : new XElement(A + "num", p.PrintedLabel),
            p.Heading is { } heading ? new XElement(A + "heading", SpanAttribute(heading.Span), heading.Text) : null,
            Body(p.Id, text, p.SubParagraphs));
    }

    private XElement Point(SubParagraph item) => new(A + "point", PartAttributes(item), new XAttribute(R + "style", Name(item.Style)),
        new XElement(A + "num", item.PrintedLabel),
        Body(item.Id, new XElement(A + "p", Inline(item, item.Asks.Select(a => a.Phrase), [], item.Asks)), item.SubParagraphs));

    // A part with items is a list: its own text is the list's intro. Without items it has content.
    private XElement Body(PartId id, XElement text, IReadOnlyList<SubParagraph> items) => items.Count == 0
        ? new XElement(A + "content", text)
        : new XElement(A + "list", new XAttribute("eId", id.EId + "__list_1"), new XElement(A + "intro", text), items.Select(Point));

    private XElement? Conclusions() => resolution.Conclusions is not { } closing ? null : new(A + "conclusions",
        Line("meeting", closing.Meeting.Span, closing.Meeting.Text),
        closing.Date is { } date ? Line("date", date.Span, new XElement(A + "docDate", new XAttribute("date", AkomaNtosoNames.Date(resolution.AdoptionDate)), date.Text)) : null);

    // A heading or closing line: a <p> that AkomaNtosoReader finds again by its class.
    private static XElement Line(string cls, SourceSpan span, object content) => new(A + "p", new XAttribute("class", cls), SpanAttribute(span), content);

    /// <summary>The part's text with its phrases, addressees, actors, citations and footnote markers marked up.</summary>
    private IEnumerable<object> Inline(Part part, IEnumerable<Phrase> phrases, IEnumerable<Addressee> leadAddressees, IEnumerable<Ask> asks)
    {
        var ranges = new List<InlineRange>();
        var phraseIds = new Dictionary<Phrase, string>();
        foreach (var phrase in phrases.Distinct())
        {
            var id = $"{part.Id.EId}__phrase_{phraseIds.Count + 1}";
            phraseIds[phrase] = id;
            var name = part is PreambularParagraph ? "preambularPhrase" : "operativePhrase";
            ranges.Add(new(phrase.TextOffset, phrase.TextOffset + phrase.Text.Length, 1, () => new XElement(A + "inline",
                new XAttribute("name", name), new XAttribute("eId", id),
                new XAttribute(R + "verb", phrase.Verb), new XAttribute(R + "lemma", phrase.Lemma), new XAttribute(R + "adverbs", string.Join("|", phrase.Adverbs)),
                new XAttribute(R + "class", Name(phrase.Class)), new XAttribute(R + "strength", Name(phrase.Strength)), SpanAttribute(phrase.Span))));
        }
        var addressees = asks.SelectMany(a => a.Addressees.Select(d => (Addressee: d, Phrase: a.Phrase)))
            .Concat(leadAddressees.Select(d => (Addressee: d, Phrase: ((OperativeParagraph)part).Phrase!)))
            .DistinctBy(x => x.Addressee);
        foreach (var (addressee, phrase) in addressees)
        {
            ranges.Add(new(addressee.TextOffset, addressee.TextOffset + addressee.Text.Length, 1, () => new XElement(A + "inline",
                new XAttribute("name", "addressee"), addressee.ActorId is null ? null : new XAttribute("refersTo", "#" + addressee.ActorId),
                new XAttribute(R + "phrase", phraseIds[phrase]), new XAttribute(R + "scope", Name(addressee.Scope)),
                addressee.Quantifier is null ? null : new XAttribute(R + "quantifier", addressee.Quantifier),
                addressee.Qualifier is null ? null : new XAttribute(R + "qualifier", addressee.Qualifier),
                SpanAttribute(addressee.Span))));
        }
        foreach (var mention in part.ActorMentions)
        {
            var actor = resolution.FindActor(mention.ActorId);
            ranges.Add(new(mention.TextOffset, mention.TextOffset + mention.Text.Length, 3, () => new XElement(A + (actor is not null && IsRole(actor) ? "role" : "organization"),
                new XAttribute("refersTo", "#" + mention.ActorId),
                mention.IsShortForm ? new XAttribute(R + "shortForm", "true") : null, SpanAttribute(mention.Span))));
        }
        foreach (var citation in part.Citations)
        {
            ranges.AddRange(CitationRanges(citation));
        }
        foreach (var marker in part.FootnoteMarkers)
        {
            ranges.Add(new(marker.TextOffset, marker.TextOffset, 4, () => new XElement(A + "authorialNote",
                new XAttribute("eId", marker.EId), new XAttribute("marker", marker.Number), new XAttribute("placement", "bottom"),
                SpanAttribute(marker.Span), new XElement(A + "p"))));
        }
        return InlineMarkup.Build(part.Text, ranges);
    }

    /// <summary>
    /// A citation is a ref from its pinpoint to the end of the instrument's name ("article 6, paragraph 2,
    /// of the Protocol ..."); with several numbers at one level ("articles 24 and 25") an mref holding a
    /// ref per number. The href carries the pinpoint: "/akn/un/treaty/untoc~art_24".
    /// </summary>
    private IEnumerable<InlineRange> CitationRanges(Citation citation)
    {
        var instrument = resolution.FindInstrument(citation.InstrumentId);
        var href = instrument is null ? "#" + citation.InstrumentId : InstrumentHref(instrument);
        var pinpoint = citation.Pinpoint;
        var start = pinpoint is null ? citation.TextOffset : Math.Min(pinpoint.TextOffset, citation.TextOffset);
        var end = citation.TextOffset + citation.Text.Length;
        var several = pinpoint?.Path.FirstOrDefault(l => l.Numbers.Count > 1);
        XAttribute[] about =
        [
            new(R + "instrument", citation.InstrumentId), new(R + "form", Name(citation.Form)),
            .. citation.AntecedentId is null ? Array.Empty<XAttribute>() : [new XAttribute(R + "antecedent", citation.AntecedentId)],
        ];
        yield return new(start, end, 0, () => several is null
            ? new XElement(A + "ref", new XAttribute("eId", citation.Id), new XAttribute("href", href + Fragment(pinpoint)), about, SpanAttribute(citation.Span))
            : new XElement(A + "mref", new XAttribute("eId", citation.Id), about, SpanAttribute(citation.Span)));
        if (pinpoint is null)
        {
            yield break;
        }
        yield return new(citation.TextOffset, end, 2, () => new XElement(A + "inline", new XAttribute("name", "citedName")));
        yield return new(pinpoint.TextOffset, pinpoint.TextOffset + pinpoint.Text.Length, 2, () => new XElement(A + "inline",
            new XAttribute("name", "pinpoint"),
            new XAttribute(R + "path", string.Join(">", pinpoint.Path.Select(l => $"{l.Unit}:{string.Join(",", l.Numbers)}"))),
            pinpoint.Caption is null ? null : new XAttribute(R + "caption", pinpoint.Caption),
            SpanAttribute(pinpoint.Span)));
        if (several is null)
        {
            yield break;
        }
        // One ref around each number of the level that lists several, searched for in order after its unit.
        var level = pinpoint.Path.ToList().IndexOf(several);
        var from = pinpoint.Text.IndexOf(several.Unit, StringComparison.Ordinal);
        var k = 0;
        foreach (var number in several.Numbers)
        {
            var at = pinpoint.Text.IndexOf(number, Math.Max(from, 0), StringComparison.Ordinal);
            if (at < 0)
            {
                continue;
            }
            from = at + number.Length;
            var path = pinpoint.Path.Select((l, i) => i == level ? l with { Numbers = [number] } : l with { Numbers = [l.Numbers[0]] }).ToList();
            var fragment = "~" + new Pinpoint(pinpoint.Text, [.. path], null, 0, pinpoint.Span).ToAkomaNtosoFragment();
            var id = $"{citation.Id}__ref_{++k}";
            yield return new(pinpoint.TextOffset + at, pinpoint.TextOffset + at + number.Length, 3,
                () => new XElement(A + "ref", new XAttribute("eId", id), new XAttribute("href", href + fragment)));
        }
    }

    private static string Fragment(Pinpoint? pinpoint) => pinpoint is null ? "" : "~" + pinpoint.ToAkomaNtosoFragment();

    /// <summary>Where an instrument lives in AKN terms: this resolution's work URI, or /akn/un/{kind}/{id}.</summary>
    private string InstrumentHref(Instrument instrument) =>
        instrument.DocumentSymbol == resolution.Symbol ? AkomaNtosoNames.Work(resolution) : $"/akn/un/{Name(instrument.Kind)}/{instrument.Id}";

    /// <summary>Offices held by a person are roles (the Secretary-General, the High Commissioner); the rest are organizations.</summary>
    internal static bool IsRole(Actor actor) =>
        new[] { "Secretary-General", "Commissioner", "Rapporteur", "President", "Director", "Representative", "Envoy", "Chair" }
            .Any(title => actor.Name.Contains(title, StringComparison.Ordinal));

    private static IEnumerable<XAttribute> PartAttributes(Part part) => [new XAttribute("eId", part.Id.EId), SpanAttribute(part.Span)];

    private static XAttribute SpanAttribute(SourceSpan span) => new(R + "span", AkomaNtosoNames.Span(span));

    // An undefined value (only C# can make one) is written as its number, camelCased as before.
    internal static string Name<TEnum>(TEnum value)
        where TEnum : struct, Enum => Serialization.EnumNames<TEnum>.Of(value) ?? System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(value.ToString());

    private static XElement Frbr(string name, string value) => new(A + name, new XAttribute("value", value));
}
