using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace Resolution2006_27.Model.AkomaNtoso;

/// <summary>
/// A resolution in Akoma Ntoso 3.0, the UN's XML standard for resolutions, following AKN4UN:
/// <c>&lt;statement name="resolution"&gt;</c> with FRBR identifiers, a TLC entry for every actor and
/// instrument, the preface (number and title), the preamble (enacting formula and preambular paragraphs),
/// the operative paragraphs as <c>paragraph</c>/<c>list</c>/<c>point</c> with the model's eIds,
/// footnote markers as <c>authorialNote</c>, citations as <c>ref</c> or <c>mref</c> whose href carries
/// the pinpoint, operative phrases and addressees marked, and the meeting and date in the conclusions.
/// What is not in the adopted text (footnote bodies, treaty references) stays out of the text, in
/// <c>proprietary</c> metadata with its provenance; what Akoma Ntoso has no element for (spans, verb
/// lemma, class and strength, addressee scope) is written in <see cref="AkomaNtosoNames.Res"/> attributes.
/// Import gives back an equal model.
/// </summary>
public static class AkomaNtosoXml
{
    /// <summary>Exports <paramref name="resolution"/> as an Akoma Ntoso document.</summary>
    /// <param name="resolution">The resolution.</param>
    /// <returns>The document.</returns>
    /// <exception cref="NotSupportedException">The resolution has annexes, which this edition does not write to Akoma Ntoso yet;
    /// or two marked ranges of a part's text cross (an addressee and a citation, say), which XML cannot nest. The parser
    /// gives no such model for any file of the development corpus; a model made or edited by hand may.</exception>
    public static XDocument Export(Resolution resolution)
    {
        ArgumentNullException.ThrowIfNull(resolution);
        if (resolution.Annexes.Count > 0)
        {
            throw new NotSupportedException($"{resolution.Symbol} has {resolution.Annexes.Count} annex(es), which this edition does not write to Akoma Ntoso yet; export it as JSON.");
        }
        return new AkomaNtosoWriter(resolution).Write();
    }

    /// <summary>Exports <paramref name="resolution"/> as Akoma Ntoso XML text, UTF-8, indented between structural elements only.</summary>
    /// <param name="resolution">The resolution.</param>
    /// <returns>The XML, with a declaration and a final newline.</returns>
    /// <exception cref="NotSupportedException">As <see cref="Export"/>.</exception>
    public static string ExportText(Resolution resolution)
    {
        var document = Export(resolution);
        Indent(document.Root!, 0);
        using var buffer = new MemoryStream();
        using (var writer = XmlWriter.Create(buffer, new XmlWriterSettings { Indent = false, Encoding = new UTF8Encoding(false) }))
        {
            document.Save(writer);
        }
        return Encoding.UTF8.GetString(buffer.ToArray()).Replace("?><akomaNtoso", "?>\n<akomaNtoso", StringComparison.Ordinal) + "\n";
    }

    /// <summary>
    /// Puts each child of a structural element on a line of its own. Text containers (p, num, the
    /// inline elements) are left alone: white space added there would become part of the text.
    /// </summary>
    private static void Indent(XElement element, int depth)
    {
        if (element.Nodes().Any(n => n is XText) || !element.HasElements || TextContainers.Contains(element.Name.LocalName))
        {
            return;
        }
        // The children are put back once with a line break before each element: adding one before a node walks its
        // siblings from the first (LINQ to XML links a node to the next only), so a preamble of thousands of
        // paragraphs cost their number for each.
        var pad = "\n" + new string(' ', (depth + 1) * 2);
        var nodes = new List<XNode>();
        foreach (var node in element.Nodes())
        {
            if (node is XElement child)
            {
                nodes.Add(new XText(pad));
                Indent(child, depth + 1);
            }
            nodes.Add(node);
        }
        nodes.Add(new XText("\n" + new string(' ', depth * 2)));
        element.ReplaceNodes(nodes);
    }

    private static readonly HashSet<string> TextContainers = ["p", "num", "heading", "docTitle", "docNumber", "docDate", "inline", "ref", "mref", "organization", "role", "span", "authorialNote"];

    /// <summary>Reads a resolution from Akoma Ntoso written by <see cref="Export"/>.</summary>
    /// <param name="xml">The XML text.</param>
    /// <returns>The resolution.</returns>
    /// <exception cref="AkomaNtosoFormatException">The XML is malformed or lacks what the export writes; the message gives line and column.</exception>
    public static Resolution Import(string xml)
    {
        ArgumentNullException.ThrowIfNull(xml);
        return Import(Load(xml));
    }

    /// <summary>Reads a resolution from an Akoma Ntoso document written by <see cref="Export"/>.</summary>
    /// <param name="document">The document; load it with line information for positions in errors.</param>
    /// <returns>The resolution.</returns>
    /// <exception cref="AkomaNtosoFormatException">The document lacks what the export writes.</exception>
    public static Resolution Import(XDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return new AkomaNtosoReader().Read(document);
    }

    /// <summary>How deep elements may nest in a document <see cref="Load"/> reads (64; a resolution nests about fifteen).</summary>
    public const int MaxDepth = 64;

    /// <summary>Parses XML safely: no DTD, no external entities, at most 64 Mi characters and <see cref="MaxDepth"/> levels, line information kept.</summary>
    /// <param name="xml">The XML text.</param>
    /// <returns>The document.</returns>
    /// <exception cref="AkomaNtosoFormatException">The XML is malformed, or nests deeper than <see cref="MaxDepth"/>.</exception>
    public static XDocument Load(string xml)
    {
        ArgumentNullException.ThrowIfNull(xml);
        try
        {
            var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, MaxCharactersInDocument = 64L << 20 };
            // Elements nested past the bound are refused before a tree is built: a resolution nests about fifteen deep,
            // and a hundred thousand nested elements made schema validation quadratic (minutes) and were called valid.
            using (var scan = XmlReader.Create(new StringReader(xml), settings))
            {
                while (scan.Read())
                {
                    if (scan.Depth > MaxDepth)
                    {
                        var line = (IXmlLineInfo)scan;
                        throw new AkomaNtosoFormatException($"Elements nested more than {MaxDepth} deep (AkomaNtosoXml.MaxDepth)", line.LineNumber, line.LinePosition);
                    }
                }
            }
            using var reader = XmlReader.Create(new StringReader(xml), settings);
            return XDocument.Load(reader, LoadOptions.SetLineInfo | LoadOptions.PreserveWhitespace);
        }
        catch (XmlException e)
        {
            throw new AkomaNtosoFormatException($"Malformed XML: {e.Message.Split(" Line ")[0]}", e.LineNumber, e.LinePosition);
        }
    }
}
