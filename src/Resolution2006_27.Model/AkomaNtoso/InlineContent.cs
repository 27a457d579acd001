using System.Text;
using System.Xml.Linq;
using Resolution2006_27.Model.Actors;
using Resolution2006_27.Model.Citations;
using Resolution2006_27.Model.Collections;
using Resolution2006_27.Model.Footnotes;
using Resolution2006_27.Model.Phrases;
using Resolution2006_27.Model.Text;

namespace Resolution2006_27.Model.AkomaNtoso;

/// <summary>
/// A part's text read back from its marked-up XML: the text itself, and every phrase, addressee,
/// actor, citation and footnote marker with the offset where it starts, counted while reading.
/// </summary>
internal sealed class InlineContent
{
    private static readonly XNamespace A = AkomaNtosoNames.Ns;
    private static readonly XNamespace R = AkomaNtosoNames.Res;
    private readonly StringBuilder text = new();

    private InlineContent()
    {
    }

    public string Text => text.ToString();

    public List<(string EId, Phrase Phrase)> Phrases { get; } = [];

    public List<(string PhraseEId, Addressee Addressee)> Addressees { get; } = [];

    public List<ActorMention> Mentions { get; } = [];

    public List<Citation> Citations { get; } = [];

    public List<FootnoteMarker> Markers { get; } = [];

    public static InlineContent Read(XElement container)
    {
        var content = new InlineContent();
        foreach (var node in container.Nodes())
        {
            content.Walk(node, null);
        }
        content.Phrases.Sort((a, b) => a.Phrase.TextOffset.CompareTo(b.Phrase.TextOffset));
        content.Citations.Sort((a, b) => a.TextOffset.CompareTo(b.TextOffset));
        content.Mentions.Sort((a, b) => a.TextOffset.CompareTo(b.TextOffset));
        return content;
    }

    private void Walk(XNode node, CitationParts? citation)
    {
        if (node is XText t)
        {
            text.Append(t.Value);
            return;
        }
        if (node is not XElement e)
        {
            return;
        }
        if (e.Name == A + "authorialNote")
        {
            // The note's body is not the adopted text: it stays out of the text, and only marks a place.
            Markers.Add(new FootnoteMarker(AkomaNtosoRecords.Attr(e, "eId"), AkomaNtosoRecords.Int(e, "marker"), text.Length, SpanOf(e)));
            return;
        }
        var start = text.Length;
        var isCitation = e.Attribute(R + "instrument") is not null && (e.Name == A + "ref" || e.Name == A + "mref");
        var inner = isCitation ? new CitationParts() : citation;
        foreach (var child in e.Nodes())
        {
            Walk(child, inner);
        }
        var words = text.ToString(start, text.Length - start);
        var name = (string?)e.Attribute("name");
        if (e.Name == A + "inline" && name is "operativePhrase" or "preambularPhrase")
        {
            var adverbs = AkomaNtosoRecords.Attr(e, R + "adverbs");
            Phrases.Add((AkomaNtosoRecords.Attr(e, "eId"), new Phrase(
                words, AkomaNtosoRecords.Attr(e, R + "verb"), AkomaNtosoRecords.Attr(e, R + "lemma"),
                adverbs.Length == 0 ? ValueList<string>.Empty : adverbs.Split('|').ToValueList(),
                AkomaNtosoRecords.Enum<VerbClass>(e, R + "class"), AkomaNtosoRecords.Enum<Strength>(e, R + "strength"), start, SpanOf(e))));
        }
        else if (e.Name == A + "inline" && name == "addressee")
        {
            Addressees.Add((AkomaNtosoRecords.Attr(e, R + "phrase"), new Addressee(
                e.Attribute("refersTo") is null ? null : Target(e), words, AkomaNtosoRecords.Enum<AddresseeScope>(e, R + "scope"),
                (string?)e.Attribute(R + "quantifier"), (string?)e.Attribute(R + "qualifier"), start, SpanOf(e))));
        }
        else if (e.Name == A + "organization" || e.Name == A + "role")
        {
            Mentions.Add(new ActorMention(Target(e), words, start, SpanOf(e), (string?)e.Attribute(R + "shortForm") == "true"));
        }
        else if (e.Name == A + "inline" && name == "citedName" && citation is not null)
        {
            citation.Name = (start, words);
        }
        else if (e.Name == A + "inline" && name == "pinpoint" && citation is not null)
        {
            citation.Pinpoint = new Pinpoint(words, Path(e), (string?)e.Attribute(R + "caption"), start, SpanOf(e));
        }
        else if (isCitation)
        {
            var (offset, cited) = inner!.Name ?? (start, words);
            Citations.Add(new Citation(
                AkomaNtosoRecords.Attr(e, "eId"), AkomaNtosoRecords.Attr(e, R + "instrument"), cited, AkomaNtosoRecords.Enum<CitationForm>(e, R + "form"),
                inner.Pinpoint, (string?)e.Attribute(R + "antecedent"), offset, SpanOf(e)));
        }
    }

    internal static SourceSpan SpanOf(XElement e) =>
        AkomaNtosoNames.ParseSpan((string?)e.Attribute(R + "span"))
        ?? throw AkomaNtosoFormatException.At(e, $"<{e.Name.LocalName}> lacks a valid res:span (start,length,line,column) giving its place in the adopted text");

    private static string Target(XElement e)
    {
        var target = AkomaNtosoRecords.Attr(e, "refersTo");
        return target.StartsWith('#') ? target[1..] : throw AkomaNtosoFormatException.At(e, $"refersTo '{target}' of <{e.Name.LocalName}> is not a local reference '#id'");
    }

    // "article:6>paragraph:3,4"
    private static ValueList<PinpointLevel> Path(XElement e) =>
        AkomaNtosoRecords.Attr(e, R + "path").Split('>').Select(level =>
        {
            var colon = level.IndexOf(':', StringComparison.Ordinal);
            return colon > 0 ? new PinpointLevel(level[..colon], level[(colon + 1)..].Split(',').ToValueList())
                : throw AkomaNtosoFormatException.At(e, $"res:path level '{level}' is not 'unit:numbers'");
        }).ToValueList();

    private sealed class CitationParts
    {
        public (int Offset, string Words)? Name { get; set; }

        public Pinpoint? Pinpoint { get; set; }
    }
}
