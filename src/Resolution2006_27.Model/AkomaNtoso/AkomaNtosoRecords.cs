using System.Globalization;
using System.Xml.Linq;
using Resolution2006_27.Model.Actors;
using Resolution2006_27.Model.Citations;
using Resolution2006_27.Model.Collections;
using Resolution2006_27.Model.Footnotes;
using Resolution2006_27.Model.Registry;

namespace Resolution2006_27.Model.AkomaNtoso;

/// <summary>
/// The facts that are not in the adopted text, written to and read from <c>proprietary</c> with their
/// provenance: the source and data version, the registry's actors and instruments, and what each
/// footnote annotates with its probable body. Writing and reading sit side by side so they agree.
/// </summary>
internal static class AkomaNtosoRecords
{
    private static readonly XNamespace R = AkomaNtosoNames.Res;

    public static XElement Edition(Resolution r) => new(R + "edition",
        new XAttribute("dataVersion", r.DataVersion),
        new XElement(R + "source", new XAttribute("name", r.Source.Name), new XAttribute("sha256", r.Source.Sha256), new XAttribute("length", r.Source.Length)),
        r.Furniture.Select(f => new XElement(R + "furniture", new XAttribute(R + "span", AkomaNtosoNames.Span(f.Span)), f.Text)),
        r.Unplaced.Select(f => new XElement(R + "unplaced", new XAttribute(R + "span", AkomaNtosoNames.Span(f.Span)), f.Text)),
        r.Document is { } d ? new XElement(R + "document", Optional("originBody", d.OriginBody), Optional("originReport", d.OriginReport),
            Line("symbol", d.Symbol), Line("distribution", d.Distribution), Line("issueDate", d.IssueDate), Line("session", d.Session),
            d.AgendaItems.Select(a => Line("agendaItem", a))) : null,
        r.Actors.Select(a => new XElement(R + "actor",
            new XAttribute("id", a.Id), new XAttribute("name", a.Name), new XAttribute("kind", AkomaNtosoWriter.Name(a.Kind)), Optional("parentId", a.ParentId),
            a.Aliases.Select(x => new XElement(R + "alias", x)), a.ShortForms.Select(x => new XElement(R + "shortForm", x)), Provenance(a.Provenance),
            a.State is { } st ? new XElement(R + "state",
                new XAttribute("alpha3", st.Alpha3), new XAttribute("m49", st.M49), new XAttribute("formalName", st.FormalName),
                new XAttribute("status", AkomaNtosoWriter.Name(st.Status)), new XAttribute("printedName", st.PrintedName), Optional("demonym", st.Demonym),
                Optional("succeededBy", st.SucceededBy), st.FormerNames.Select(x => new XElement(R + "formerName", x))) : null)),
        r.Instruments.Select(i => new XElement(R + "instrument",
            new XAttribute("id", i.Id), new XAttribute("shortName", i.ShortName), new XAttribute("title", i.Title), new XAttribute("kind", AkomaNtosoWriter.Name(i.Kind)),
            Optional("parentId", i.ParentId), Optional("adopted", i.Adopted), Optional("entryIntoForce", i.EntryIntoForce is { } d ? AkomaNtosoNames.Date(d) : null),
            Optional("documentSymbol", i.DocumentSymbol),
            i.Aliases.Select(x => new XElement(R + "alias", x)), i.ShortForms.Select(x => new XElement(R + "shortForm", x)),
            i.TreatySeries is { } t ? new XElement(R + "treatySeries", new XAttribute("volume", t.Volume), Optional("page", t.Page?.ToString(CultureInfo.InvariantCulture)), new XAttribute("number", t.Number)) : null,
            Provenance(i.Provenance))),
        r.Footnotes.Select(f => new XElement(R + "footnote",
            new XAttribute("number", f.Number), new XAttribute("subjectKind", AkomaNtosoWriter.Name(f.Subject.Kind)), Optional("refersTo", f.Subject.RefersTo),
            new XElement(R + "subject", f.Subject.Text),
            f.Body is { } b ? new XElement(R + "body", new XAttribute("confidence", AkomaNtosoWriter.Name(b.Confidence)), Optional("alternative", b.Alternative),
                new XElement(R + "text", b.Text), Provenance(b.Provenance)) : null)));

    private static XElement? Line(string name, Text.SpannedText? line) =>
        line is null ? null : new XElement(R + name, new XAttribute(R + "span", AkomaNtosoNames.Span(line.Span)), line.Text);

    private static Text.SpannedText? ReadLine(XElement document, string name) =>
        document.Element(R + name) is { } e ? new Text.SpannedText(e.Value, InlineContent.SpanOf(e)) : null;

    /// <summary>The <see cref="DocumentInfo"/> kept in the edition's records, or null.</summary>
    public static DocumentInfo? ReadDocument(XElement edition) => edition.Element(R + "document") is not { } d ? null : new DocumentInfo(
        ReadLine(d, "symbol"), ReadLine(d, "distribution"), ReadLine(d, "issueDate"), ReadLine(d, "session"),
        d.Elements(R + "agendaItem").Select(a => new Text.SpannedText(a.Value, InlineContent.SpanOf(a))).ToValueList(),
        (string?)d.Attribute("originBody"), (string?)d.Attribute("originReport"));

    public static (string DataVersion, SourceInfo Source, ValueList<Text.SpannedText> Furniture, ValueList<Text.SpannedText> Unplaced, ValueList<Actor> Actors, ValueList<Instrument> Instruments, Dictionary<int, (FootnoteSubject Subject, FootnoteBody? Body)> Footnotes) Read(XElement edition)
    {
        var source = Required(edition.Element(R + "source"), edition);
        return (
            Attr(edition, "dataVersion"),
            new SourceInfo(Attr(source, "name"), Attr(source, "sha256"), Int(source, "length")),
            edition.Elements(R + "furniture").Select(f => new Text.SpannedText(f.Value, InlineContent.SpanOf(f))).ToValueList(),
            edition.Elements(R + "unplaced").Select(f => new Text.SpannedText(f.Value, InlineContent.SpanOf(f))).ToValueList(),
            edition.Elements(R + "actor").Select(a => new Actor(
                Attr(a, "id"), Attr(a, "name"), Enum<ActorKind>(a, "kind"),
                a.Elements(R + "alias").Select(x => x.Value).ToValueList(), a.Elements(R + "shortForm").Select(x => x.Value).ToValueList(),
                (string?)a.Attribute("parentId"), ReadProvenance(a),
                a.Element(R + "state") is { } st ? new StateFacts(
                    Attr(st, "alpha3"), Attr(st, "m49"), Attr(st, "formalName"), Enum<StateStatus>(st, "status"), Attr(st, "printedName"),
                    (string?)st.Attribute("demonym"), st.Elements(R + "formerName").Select(x => x.Value).ToValueList(), (string?)st.Attribute("succeededBy"))
                    : null)).ToValueList(),
            edition.Elements(R + "instrument").Select(i => new Instrument(
                Attr(i, "id"), Attr(i, "shortName"), Attr(i, "title"), Enum<InstrumentKind>(i, "kind"),
                i.Elements(R + "alias").Select(x => x.Value).ToValueList(), i.Elements(R + "shortForm").Select(x => x.Value).ToValueList(),
                (string?)i.Attribute("parentId"), (string?)i.Attribute("adopted"),
                i.Attribute("entryIntoForce") is { } d ? DateOnly.ParseExact(d.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture) : null,
                i.Element(R + "treatySeries") is { } t ? new TreatySeriesReference(Int(t, "volume"), t.Attribute("page") is null ? null : Int(t, "page"), Int(t, "number")) : null,
                (string?)i.Attribute("documentSymbol"), ReadProvenance(i))).ToValueList(),
            edition.Elements(R + "footnote").ToDictionary(
                f => Int(f, "number"),
                f => (new FootnoteSubject(Enum<FootnoteSubjectKind>(f, "subjectKind"), (string?)f.Attribute("refersTo"), Required(f.Element(R + "subject"), f).Value),
                      f.Element(R + "body") is { } b
                          ? new FootnoteBody(Required(b.Element(R + "text"), b).Value, Enum<Confidence>(b, "confidence"), (string?)b.Attribute("alternative"), ReadProvenance(b))
                          : (FootnoteBody?)null)));
    }

    private static XElement Provenance(Provenance p) =>
        new(R + "provenance", new XAttribute("source", p.Source), new XAttribute("verified", p.Verified ? "true" : "false"), Optional("note", p.Note));

    private static Provenance ReadProvenance(XElement owner)
    {
        var p = Required(owner.Element(R + "provenance"), owner);
        return new Provenance(Attr(p, "source"), Attr(p, "verified") == "true", (string?)p.Attribute("note"));
    }

    private static XAttribute? Optional(string name, string? value) => value is null ? null : new XAttribute(name, value);

    internal static XElement Required(XElement? element, XElement parent) =>
        element ?? throw AkomaNtosoFormatException.At(parent, $"<{parent.Name.LocalName}> lacks a child element this edition writes there");

    internal static string Attr(XElement element, XName name) =>
        (string?)element.Attribute(name) ?? throw AkomaNtosoFormatException.At(element, $"<{element.Name.LocalName}> lacks its attribute '{(name.Namespace == AkomaNtosoNames.Res ? "res:" : "")}{name.LocalName}'");

    internal static int Int(XElement element, XName name) =>
        int.TryParse(Attr(element, name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n
        : throw AkomaNtosoFormatException.At(element, $"'{name.LocalName}' of <{element.Name.LocalName}> is not a whole number");

    internal static TEnum Enum<TEnum>(XElement element, XName name)
        where TEnum : struct, Enum
    {
        var value = Attr(element, name);
        return Serialization.EnumNames<TEnum>.TryParse(value, out var member) ? member : throw AkomaNtosoFormatException.At(element, $"'{value}' is not a {typeof(TEnum).Name} (attribute '{name.LocalName}' of <{element.Name.LocalName}>)");
    }
}
