using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;
using Resolution2006_27.Model.Collections;
using Resolution2006_27.Model.Parts;
using Resolution2006_27.Model.Validation;

namespace Resolution2006_27.Model.AkomaNtoso;

/// <summary>
/// Validates Akoma Ntoso XML in layers, as <see cref="ResolutionValidator"/> does JSON: well-formed XML,
/// the official schema (when given), the structure this library reads back, then the model's rules.
/// Problems are said in the domain's words: a duplicate eId names both parts and their lines; other
/// schema errors say in which part they stand. The pointer of a problem is the XPath of the element.
/// </summary>
public static class AkomaNtosoValidator
{
    private static readonly Regex DuplicateKey = new(@"duplicate key sequence '(?<id>[^']*)'", RegexOptions.CultureInvariant);
    private static readonly Regex Namespace = new(@" in namespace '[^']*'", RegexOptions.CultureInvariant);

    /// <summary>Validates <paramref name="xml"/>.</summary>
    /// <param name="xml">The XML text.</param>
    /// <param name="schemas">The compiled Akoma Ntoso schema (<see cref="AkomaNtosoSchema.Load"/>), or null to skip that layer.</param>
    /// <returns>The report; the model when valid.</returns>
    public static ValidationReport Validate(string xml, XmlSchemaSet? schemas)
    {
        ArgumentNullException.ThrowIfNull(xml);
        return Check(xml, schemas).WithDiagnostics(Diagnostics.DiagnosticIds.InvalidAkomaNtoso, xml);
    }

    /// <summary>
    /// Validates an Akoma Ntoso file of UTF-8 text: its bytes are held to <see cref="ValidatorOptions.MaxBytes"/> and
    /// checked to be UTF-8 before the XML is read, so that a bad byte is a problem of the input layer at its line and
    /// column (rule "utf-8", as <see cref="ResolutionValidator.ValidateFile"/> gives it), not a replacement character a
    /// later rule reports as the text. A missing or unreadable file is a problem of the input layer, not an exception.
    /// </summary>
    /// <param name="path">The file's path.</param>
    /// <param name="schemas">The compiled Akoma Ntoso schema (<see cref="AkomaNtosoSchema.Load"/>), or null to skip that layer.</param>
    /// <param name="options">Limits (only <see cref="ValidatorOptions.MaxBytes"/> applies); the defaults when null.</param>
    /// <returns>The report; the model when valid.</returns>
    public static ValidationReport ValidateFile(string path, XmlSchemaSet? schemas, ValidatorOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        options ??= ValidatorOptions.Default;
        byte[] bytes;
        try
        {
            using var stream = File.OpenRead(path);
            if (stream.Length > options.MaxBytes)
            {
                return Report(new ValidationProblem(ProblemLayer.Input, "", 1, 1, "max-bytes", $"at most {options.MaxBytes} bytes (ValidatorOptions.MaxBytes)", $"{stream.Length} bytes"))
                    .WithDiagnostics(Diagnostics.DiagnosticIds.InvalidAkomaNtoso, null);
            }
            bytes = new byte[stream.Length];
            stream.ReadExactly(bytes);
        }
        catch (Exception e) when (Utf8Input.IsUnreadable(e))
        {
            return Report(Utf8Input.Unreadable(e)).WithDiagnostics(Diagnostics.DiagnosticIds.InvalidAkomaNtoso, null);
        }
        var utf8 = Utf8Input.WithoutMark(bytes);
        return Utf8Input.Problem(utf8) is { } notUtf8
            ? Report(notUtf8).WithDiagnostics(Diagnostics.DiagnosticIds.InvalidAkomaNtoso, null)
            : Validate(System.Text.Encoding.UTF8.GetString(utf8), schemas);
    }

    private static ValidationReport Check(string xml, XmlSchemaSet? schemas)
    {
        XDocument document;
        try
        {
            document = AkomaNtosoXml.Load(xml);
        }
        catch (AkomaNtosoFormatException e)
        {
            return Report(new ValidationProblem(ProblemLayer.Syntax, "", Math.Max(e.Line, 1), Math.Max(e.Column, 1), "xml", "well-formed XML without a DTD", e.Problem));
        }
        if (schemas is not null)
        {
            var problems = SchemaProblems(xml, schemas, document);
            if (problems.Count > 0)
            {
                return new ValidationReport(problems.ToValueList(), null);
            }
        }
        Resolution resolution;
        try
        {
            resolution = AkomaNtosoXml.Import(document);
        }
        catch (AkomaNtosoFormatException e)
        {
            return Report(new ValidationProblem(ProblemLayer.Schema, "", Math.Max(e.Line, 1), Math.Max(e.Column, 1), "akn-structure", "the elements and attributes this edition writes", e.Problem));
        }
        var source = resolution.Source.Sha256 == Resolutions.E2006_27.Source.Sha256 ? Resolutions.SeedText : null;
        var rules = resolution.Validate(source).Select(p =>
        {
            var element = ElementOf(document, resolution, p.Pointer);
            var (line, column) = Position(element);
            return new ValidationProblem(ProblemLayer.Rules, element is null ? p.Pointer : XPath(element), line, column, p.Rule, p.Expected, p.Found);
        }).ToValueList();
        return new ValidationReport(rules, rules.Count == 0 ? resolution : null);
    }

    private static List<ValidationProblem> SchemaProblems(string xml, XmlSchemaSet schemas, XDocument document)
    {
        var problems = new List<ValidationProblem>();
        var settings = new XmlReaderSettings { ValidationType = ValidationType.Schema, Schemas = schemas, DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };
        settings.ValidationEventHandler += (_, e) =>
        {
            // Warnings are the schema's lax treatment of this edition's own namespace: not problems.
            if (e.Severity != XmlSeverityType.Error || problems.Count >= 1000)
            {
                return;
            }
            var (line, column) = (Math.Max(e.Exception.LineNumber, 1), Math.Max(e.Exception.LinePosition, 1));
            var at = ElementAt(document, line, column);
            if (DuplicateKey.Match(e.Message) is { Success: true } duplicate)
            {
                var id = duplicate.Groups["id"].Value;
                var holders = document.Descendants().Where(x => (string?)x.Attribute("eId") == id).Select(Describe);
                problems.Add(new ValidationProblem(ProblemLayer.Schema, at is null ? "" : XPath(at), line, column, "unique-eid",
                    "every eId used once in the document", $"eId '{id}' used by {string.Join(" and by ", holders)}"));
                return;
            }
            var where = at?.AncestorsAndSelf().FirstOrDefault(x => x.Attribute("eId") is not null);
            var message = Namespace.Replace(e.Message, "");
            problems.Add(new ValidationProblem(ProblemLayer.Schema, at is null ? "" : XPath(at), line, column, "akn-schema",
                "what the Akoma Ntoso 3.0 schema allows here", where is null ? message : $"{message} (in {Describe(where)})"));
        };
        using var reader = XmlReader.Create(new StringReader(xml), settings);
        try
        {
            while (reader.Read())
            {
            }
        }
        catch (XmlException e)
        {
            problems.Add(new ValidationProblem(ProblemLayer.Syntax, "", Math.Max(e.LineNumber, 1), Math.Max(e.LinePosition, 1), "xml", "well-formed XML", e.Message));
        }
        return problems;
    }

    /// <summary>"&lt;paragraph&gt; OP3 at line 412", in the words people use for the part.</summary>
    private static string Describe(XElement element)
    {
        var eId = (string?)element.Attribute("eId");
        var part = eId is null ? null : PartId.FromEId(eId);
        var (line, _) = Position(element);
        return $"<{element.Name.LocalName}>{(part is null ? eId is null ? "" : $" '{eId}'" : $" {part.Short}")} at line {line}";
    }

    private static XElement? ElementAt(XDocument document, int line, int column) =>
        document.Descendants().LastOrDefault(e => e is IXmlLineInfo info && info.HasLineInfo() && (info.LineNumber < line || (info.LineNumber == line && info.LinePosition <= column)));

    /// <summary>The XML element of the part a model pointer points into ("/operativeParagraphs/2/..." is para_3).</summary>
    private static XElement? ElementOf(XDocument document, Resolution resolution, string pointer)
    {
        var segments = pointer.Split('/', StringSplitOptions.RemoveEmptyEntries);
        Part? part = null;
        for (var i = 0; i + 1 < segments.Length; i++)
        {
            if (!int.TryParse(segments[i + 1], out var index))
            {
                continue;
            }
            IReadOnlyList<Part>? list = (segments[i], part) switch
            {
                ("paragraphs", null) when i > 0 && segments[i - 1] == "preamble" => resolution.Preamble.Paragraphs,
                ("operativeParagraphs", null) => resolution.OperativeParagraphs,
                ("subParagraphs", OperativeParagraph p) => p.SubParagraphs,
                ("subParagraphs", PreambularParagraph p) => p.SubParagraphs,
                ("subParagraphs", SubParagraph s) => s.SubParagraphs,
                _ => null,
            };
            if (list is not null && index < list.Count)
            {
                part = list[index];
            }
        }
        return part is null ? null : document.Descendants().FirstOrDefault(e => (string?)e.Attribute("eId") == part.Id.EId);
    }

    private static string XPath(XElement element) =>
        "/" + string.Join("/", element.AncestorsAndSelf().Reverse().Select(e =>
        {
            var same = e.Parent?.Elements(e.Name).ToList();
            return same is { Count: > 1 } ? $"{e.Name.LocalName}[{same.IndexOf(e) + 1}]" : e.Name.LocalName;
        }));

    private static (int Line, int Column) Position(XElement? element) =>
        element is IXmlLineInfo info && info.HasLineInfo() ? (info.LineNumber, info.LinePosition) : (1, 1);

    private static ValidationReport Report(ValidationProblem problem) => new([problem], null);
}
