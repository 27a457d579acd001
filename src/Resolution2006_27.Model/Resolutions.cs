using System.Text;
using Resolution2006_27.Model.Caching;
using Resolution2006_27.Model.Parsing;
using Resolution2006_27.Model.Text;

namespace Resolution2006_27.Model;

/// <summary>
/// Where resolutions come from: the embedded E/RES/2006/27 behind a lazy, thread-safe default, and
/// parsing of other text from a string or a stream.
/// </summary>
public static class Resolutions
{
    // The seed's digest is stated, not computed: reading the embedded model loads no cryptography library (OpenSSL,
    // on Linux: about 5 ms of a native first query).
    private static readonly ProcessDefault<Resolution> Embedded = new(
        () => ResolutionParser.ParseWithDigest(SeedText, ParserOptions.Default with { SourceName = EmbeddedResources.SeedFileName }, EmbeddedResources.SeedSha256).Resolution);

    /// <summary>
    /// E/RES/2006/27, parsed from the adopted text embedded in this assembly with the embedded
    /// registry. Parsed once, on first use; every caller on every thread gets the same instance.
    /// </summary>
    public static Resolution E2006_27 => Embedded.Value;

    /// <summary>The adopted text of E/RES/2006/27 embedded in this assembly, byte for byte as the seed.</summary>
    public static string SeedText => EmbeddedResources.ReadText(EmbeddedResources.Seed);

    /// <summary>The data version of the embedded seed and registry, separate from the package version.</summary>
    public static string DataVersion => Registry.ReferenceRegistry.Default.DataVersion;

    /// <summary>Parses a resolution from its printed text.</summary>
    /// <param name="text">The text.</param>
    /// <param name="options">The registry and lexicon; the embedded defaults when null.</param>
    /// <returns>The resolution.</returns>
    /// <exception cref="ResolutionParseException">The text is not a resolution in the printed form.</exception>
    public static Resolution FromString(string text, ParserOptions? options = null) => ResolutionParser.Parse(text, options);

    /// <summary>
    /// Reads a resolution from a file in any of the forms this library writes or reads, as <see cref="ReadFile"/>
    /// does, and returns the resolution alone, as <see cref="FromString"/> and <see cref="FromStream"/> do.
    /// </summary>
    /// <param name="path">The file.</param>
    /// <param name="options">For printed text: the registry and lexicon; the embedded defaults when null.</param>
    /// <returns>The resolution.</returns>
    /// <exception cref="ResolutionParseException">Printed text is not a resolution, or a JSON export is invalid (the first problem is given).</exception>
    /// <exception cref="AkomaNtoso.AkomaNtosoFormatException">The XML is not Akoma Ntoso this library can read.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static Resolution FromFile(string path, ParserOptions? options = null) => ReadFile(path, options).Resolution;

    /// <summary>
    /// Reads a resolution from a file in any of the forms this library writes or reads: printed text,
    /// a JSON export (checked by <see cref="Validation.ResolutionValidator"/>) or Akoma Ntoso XML, told
    /// apart by the first character that is not blank ('{' JSON, '&lt;' XML, anything else text); with the
    /// parser's diagnostics, as <see cref="ResolutionParser.ParseWithWarnings"/> gives them for text.
    /// </summary>
    /// <param name="path">The file.</param>
    /// <param name="options">For printed text: the registry and lexicon; the embedded defaults when null.</param>
    /// <returns>The resolution, and the parser's warnings for printed text.</returns>
    /// <exception cref="ResolutionParseException">Printed text is not a resolution, or a JSON export is invalid (the first problem is given).</exception>
    /// <exception cref="AkomaNtoso.AkomaNtosoFormatException">The XML is not Akoma Ntoso this library can read.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static ParseResult ReadFile(string path, ParserOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        options ??= ParserOptions.Default;
        // Read to the larger of the two bounds, then hold each form to its own: printed text to the parser's
        // (ParserOptions.MaxLength), an export or Akoma Ntoso file to the validator's (ValidatorOptions.MaxBytes),
        // so that an export three times its text's size is not cut short and then called malformed.
        var exportLimit = Validation.ValidatorOptions.Default.MaxBytes;
        var text = TextInput.ReadFile(path, (int)Math.Min(int.MaxValue - 1, Math.Max(options.MaxLength, exportLimit)));
        var first = text.TrimStart('\uFEFF', ' ', '\t', '\r', '\n').FirstOrDefault();
        if (first is '{' or '<' && text.Length > exportLimit)
        {
            throw new ResolutionParseException(new Diagnostics.Diagnostic(
                Diagnostics.DiagnosticIds.TooLong, Diagnostics.DiagnosticSeverity.Error,
                $"The file has more than {exportLimit} characters, the limit for an export or Akoma Ntoso file (ValidatorOptions.MaxBytes)", new Text.SourceSpan(0, 0, 1, 1)) { Source = Path.GetFileName(path) });
        }
        if (first == '{')
        {
            var report = Validation.ResolutionValidator.ValidateToRead(text);
            return report.Resolution is { } model
                ? new ParseResult(model, [])
                : throw new ResolutionParseException(report.Diagnostics[0] with { Message = "Invalid JSON export: " + report.Diagnostics[0].Message, Source = Path.GetFileName(path) });
        }
        if (first == '<' && IsAkomaNtoso(text))
        {
            // Held to the rules validate holds an export to: what is read in is never written out invalid.
            var imported = AkomaNtoso.AkomaNtosoXml.Import(text);
            var problems = imported.Validate();
            return problems.Count > 0
                ? throw new AkomaNtoso.AkomaNtosoFormatException($"The Akoma Ntoso file gives a model that breaks the model's rules ({problems.Count} problems): {string.Join("; ", problems.Take(5))}", 0, 0)
                : new ParseResult(imported, []);
        }
        return ResolutionParser.ParseWithWarnings(text, options with { SourceName = Path.GetFileName(path) });
    }

    /// <summary>
    /// True when the text's first element is an Akoma Ntoso root: XML is taken as XML only then, never because
    /// it starts with '&lt;' (scanned pages open with "&lt;!-- Page 1 --&gt;").
    /// </summary>
    private static bool IsAkomaNtoso(string text)
    {
        try
        {
            using var reader = System.Xml.XmlReader.Create(new StringReader(text), new System.Xml.XmlReaderSettings { DtdProcessing = System.Xml.DtdProcessing.Ignore, XmlResolver = null });
            return reader.MoveToContent() == System.Xml.XmlNodeType.Element && reader.LocalName == "akomaNtoso";
        }
        catch (System.Xml.XmlException)
        {
            return false;
        }
    }

    /// <summary>Parses a resolution from a stream of UTF-8 text (a byte-order mark is allowed).</summary>
    /// <param name="stream">The stream, read to its end and not disposed.</param>
    /// <param name="options">The registry and lexicon; the embedded defaults when null.</param>
    /// <returns>The resolution.</returns>
    /// <exception cref="ResolutionParseException">The text is not a resolution in the printed form, or is not valid UTF-8.</exception>
    public static Resolution FromStream(Stream stream, ParserOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        options ??= ParserOptions.Default;
        return ResolutionParser.Parse(TextInput.Read(stream, options.MaxLength), options);
    }
}
