using System.Globalization;
using System.Xml.Linq;
using Resolution2006_27.Model.Actors;
using Resolution2006_27.Model.Collections;
using Resolution2006_27.Model.Footnotes;
using Resolution2006_27.Model.Parts;
using Resolution2006_27.Model.Phrases;
using Resolution2006_27.Model.Text;

namespace Resolution2006_27.Model.AkomaNtoso;

/// <summary>Reads Akoma Ntoso written by <see cref="AkomaNtosoWriter"/> back into the model.</summary>
internal sealed class AkomaNtosoReader
{
    private static readonly XNamespace A = AkomaNtosoNames.Ns;
    private static readonly XNamespace R = AkomaNtosoNames.Res;
    private readonly List<(FootnoteMarker Marker, PartId Part)> markers = [];

    public Resolution Read(XDocument document)
    {
        var root = document.Root is { } r && r.Name == A + "akomaNtoso" ? r
            : throw new AkomaNtosoFormatException($"The root element is <{document.Root?.Name.LocalName}>, not <akomaNtoso> in the Akoma Ntoso 3.0 namespace", 1, 1);
        var statement = AkomaNtosoRecords.Required(root.Element(A + "statement"), root);
        var meta = AkomaNtosoRecords.Required(statement.Element(A + "meta"), statement);
        var work = AkomaNtosoRecords.Required(meta.Element(A + "identification")?.Element(A + "FRBRWork"), meta);
        var edition = meta.Elements(A + "proprietary").Select(p => p.Element(R + "edition")).FirstOrDefault(e => e is not null)
            ?? throw AkomaNtosoFormatException.At(meta, "<meta> has no <proprietary> holding this edition's records (res:edition)");
        var records = AkomaNtosoRecords.Read(edition);

        var symbol = AkomaNtosoRecords.Attr(work.Elements(A + "FRBRalias").FirstOrDefault(a => (string?)a.Attribute("name") == "symbol") ?? work, "value");
        var organ = AkomaNtosoRecords.Attr(AkomaNtosoRecords.Required(work.Element(A + "FRBRauthor"), work), "href").TrimStart('#');
        // FRBR requires a date: the export dates an undated resolution 0001-01-01 (AkomaNtosoNames.Date), which reads back as none.
        DateOnly? date = DateOnly.ParseExact(AkomaNtosoRecords.Attr(AkomaNtosoRecords.Required(work.Element(A + "FRBRdate"), work), "date"), "yyyy-MM-dd", CultureInfo.InvariantCulture);
        date = date == DateOnly.MinValue ? null : date;
        var preface = AkomaNtosoRecords.Required(statement.Element(A + "preface"), statement);
        var masthead = Line(preface, "masthead");
        var title = preface.Element(A + "longTitle");
        var adoption = Line(preface, "adoption");
        var origin = Line(preface, "origin");
        var printed = Line(preface, "number");
        // The number as printed in the preface; a resolution whose heading prints none (or prints it nowhere the
        // export can mark it) has it, possibly empty, in the work's FRBRnumber, which the export always writes.
        var number = preface.Descendants(A + "docNumber").FirstOrDefault()?.Value
            ?? AkomaNtosoRecords.Attr(AkomaNtosoRecords.Required(work.Element(A + "FRBRnumber"), work), "value");

        var preamble = AkomaNtosoRecords.Required(statement.Element(A + "preamble"), statement);
        var formula = preamble.Element(A + "formula");
        var paragraphs = preamble.Elements().Where(e => e.Name == A + "p" || e.Name == A + "container").Select((e, i) => Preambular(e, i + 1)).ToValueList();
        var operative = AkomaNtosoRecords.Required(statement.Element(A + "mainBody"), statement).Elements(A + "paragraph").Select(Operative).ToValueList();
        var conclusions = statement.Element(A + "conclusions");
        var closing = conclusions is null ? null : new Conclusions(
            Spanned(AkomaNtosoRecords.Required(Line(conclusions, "meeting"), conclusions)),
            Line(conclusions, "date") is { } dateLine ? Spanned(dateLine) : null);

        var footnotes = markers.GroupBy(m => m.Marker.Number).OrderBy(g => g.Key).Select(g =>
        {
            var (subject, body) = records.Footnotes.TryGetValue(g.Key, out var known) ? known
                : throw AkomaNtosoFormatException.At(edition, $"footnote {g.Key} is marked in the text but has no res:footnote record");
            return new Footnote(g.Key, g.Select(m => m.Marker.EId).ToValueList(), g.Select(m => m.Part.Short).ToValueList(), subject, body);
        }).ToValueList();

        return new Resolution(
            symbol, number, organ, masthead is null ? null : Spanned(masthead), AkomaNtosoRecords.ReadDocument(edition), origin is null ? null : Spanned(origin), printed is null ? null : Spanned(printed),
            adoption is null ? null : Spanned(adoption),
            title is null ? null : new SpannedText(AkomaNtosoRecords.Required(title.Element(A + "p")?.Element(A + "docTitle"), title).Value, InlineContent.SpanOf(title)),
            date, records.DataVersion, records.Source,
            new Preamble(formula is null ? null : new SpannedText(AkomaNtosoRecords.Required(formula.Element(A + "p"), formula).Value, InlineContent.SpanOf(formula)), paragraphs), operative,
            closing, [], records.Furniture, records.Unplaced, footnotes, records.Actors, records.Instruments);
    }

    private PreambularParagraph Preambular(XElement element, int position)
    {
        var id = Id(element);
        var text = element.Name == A + "p" ? element : AkomaNtosoRecords.Required(element.Element(A + "p"), element);
        var content = Content(text, id);
        var items = element.Element(A + "blockList")?.Elements(A + "item").Select(Item).ToValueList() ?? ValueList<SubParagraph>.Empty;
        return new PreambularParagraph(
            id, position, content.Phrases.Select(p => p.Phrase).ToValueList(), content.Text, InlineContent.SpanOf(element),
            content.Markers.ToValueList(), content.Citations.ToValueList(), content.Mentions.ToValueList(), items);
    }

    private OperativeParagraph Operative(XElement element)
    {
        var id = Id(element);
        var unnumbered = (string?)element.Attribute(R + "unnumbered") == "true";
        // An unnumbered paragraph is numbered by its position, which its eId carries ("para_2", "sec_II__para_2").
        var num = unnumbered ? id.EId[(id.EId.LastIndexOf("para_", StringComparison.Ordinal) + 5)..] : AkomaNtosoRecords.Required(element.Element(A + "num"), element).Value.TrimEnd('.');
        if (!int.TryParse(num, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            throw AkomaNtosoFormatException.At(element, $"<num> of {id.Short} is '{num}.', not a paragraph number");
        }
        var (content, items) = Body(element, id);
        // The lead phrase opens the text; a paragraph may open with none ("All States should ...").
        var lead = content.Phrases.FirstOrDefault(p => p.Phrase.TextOffset == 0);
        var heading = element.Element(A + "heading") is { } h ? new SpannedText(h.Value, InlineContent.SpanOf(h)) : null;
        return new OperativeParagraph(
            id, number, lead.Phrase, lead.Phrase is null ? [] : content.Addressees.Where(a => a.PhraseEId == lead.EId).Select(a => a.Addressee).ToValueList(),
            content.Text, InlineContent.SpanOf(element), content.Markers.ToValueList(), content.Citations.ToValueList(), content.Mentions.ToValueList(),
            Asks(content), items, heading, unnumbered, (string?)element.Attribute(R + "section"));
    }

    private SubParagraph Point(XElement element)
    {
        var id = Id(element);
        var (content, items) = Body(element, id);
        return new SubParagraph(
            id, Label(element, id), AkomaNtosoRecords.Enum<LabelStyle>(element, R + "style"), content.Text, InlineContent.SpanOf(element),
            content.Markers.ToValueList(), content.Citations.ToValueList(), content.Mentions.ToValueList(), Asks(content), items);
    }

    private SubParagraph Item(XElement element)
    {
        var id = Id(element);
        var content = Content(AkomaNtosoRecords.Required(element.Element(A + "p"), element), id);
        var label = Label(element, id);
        var items = element.Element(A + "blockList")?.Elements(A + "item").Select(Item).ToValueList() ?? ValueList<SubParagraph>.Empty;
        return new SubParagraph(
            id, label, AkomaNtosoRecords.Enum<LabelStyle>(element, R + "style"), content.Text, InlineContent.SpanOf(element),
            content.Markers.ToValueList(), content.Citations.ToValueList(), content.Mentions.ToValueList(), Asks(content), items);
    }

    /// <summary>A part's own text and its items: content for a part without items, a list's intro and points otherwise.</summary>
    private (InlineContent Content, ValueList<SubParagraph> Items) Body(XElement element, PartId id)
    {
        if (element.Element(A + "list") is { } list)
        {
            var intro = AkomaNtosoRecords.Required(list.Element(A + "intro")?.Element(A + "p"), list);
            return (Content(intro, id), list.Elements(A + "point").Select(Point).ToValueList());
        }
        var p = AkomaNtosoRecords.Required(element.Element(A + "content")?.Element(A + "p"), element);
        return (Content(p, id), ValueList<SubParagraph>.Empty);
    }

    /// <summary>Every directive phrase with addressees is an ask, spanning from the phrase to its last addressee.</summary>
    private static ValueList<Ask> Asks(InlineContent content) =>
        content.Phrases.Select(p => (p.Phrase, Addressees: content.Addressees.Where(a => a.PhraseEId == p.EId).Select(a => a.Addressee).ToValueList()))
            .Where(p => p.Phrase.Class == VerbClass.Directive && p.Addressees.Count > 0)
            .Select(p => new Ask(p.Phrase, p.Addressees, p.Phrase.Span with { Length = p.Addressees[^1].Span.End - p.Phrase.Span.Start }))
            .ToValueList();

    private InlineContent Content(XElement container, PartId id)
    {
        var content = InlineContent.Read(container);
        markers.AddRange(content.Markers.Select(m => (m, id)));
        return content;
    }

    private static PartId Id(XElement element) =>
        PartId.FromEId(AkomaNtosoRecords.Attr(element, "eId")) ?? throw AkomaNtosoFormatException.At(element, $"eId '{element.Attribute("eId")?.Value}' is not one this edition writes (preamble__p_N, para_N, ...__list_1__point_x)");

    private static string Label(XElement element, PartId id)
    {
        var num = AkomaNtosoRecords.Required(element.Element(A + "num"), element).Value;
        var label = num.Trim('(', ')');
        return id.Short.EndsWith($"({label})", StringComparison.Ordinal) ? label
            : throw AkomaNtosoFormatException.At(element, $"<num>{num}</num> does not match the eId of {id.Short}");
    }

    // The heading and closing lines are <p> elements told apart by their class (AkomaNtosoWriter.Line).
    private static XElement? Line(XElement parent, string cls) => parent.Elements(A + "p").FirstOrDefault(p => (string?)p.Attribute("class") == cls);

    private static SpannedText Spanned(XElement element) => new(element.Value, InlineContent.SpanOf(element));
}
