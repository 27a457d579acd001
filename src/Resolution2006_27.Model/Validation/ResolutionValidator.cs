using System.Text;
using System.Text.Json;
using Resolution2006_27.Model.Collections;
using Resolution2006_27.Model.Serialization;

namespace Resolution2006_27.Model.Validation;

/// <summary>
/// Validates a JSON export of a resolution and returns every problem found, each with the JSON
/// Pointer, line and column of the offending value, what was expected and what was found. Checks run
/// in layers (<see cref="ProblemLayer"/>): input, syntax, the published schema (draft 2020-12), then
/// the rules a schema cannot say. Hostile input is bounded by <see cref="ValidatorOptions"/>; no
/// input makes these methods throw, hang or recurse without bound.
/// </summary>
public static class ResolutionValidator
{
    /// <summary>Validates JSON text.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="options">Limits; the defaults when null.</param>
    /// <returns>The report; <see cref="ValidationReport.Resolution"/> holds the model when valid.</returns>
    public static ValidationReport Validate(string json, ValidatorOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        return ValidateBytes(Encoding.UTF8.GetBytes(json), options ?? ValidatorOptions.Default);
    }

    /// <summary>Validates JSON read from a stream, reading no more than the size limit and one byte.</summary>
    /// <param name="stream">The stream; read to its end or to the limit, not disposed.</param>
    /// <param name="options">Limits; the defaults when null.</param>
    /// <returns>The report.</returns>
    public static ValidationReport Validate(Stream stream, ValidatorOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        options ??= ValidatorOptions.Default;
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while (buffer.Length <= options.MaxBytes && (read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            buffer.Write(chunk, 0, read);
        }
        return ValidateBytes(buffer.ToArray(), options);
    }

    /// <summary>Validates a JSON file; a missing or unreadable file is a problem of the input layer, not an exception.</summary>
    /// <param name="path">The file's path.</param>
    /// <param name="options">Limits; the defaults when null.</param>
    /// <returns>The report.</returns>
    public static ValidationReport ValidateFile(string path, ValidatorOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        try
        {
            using var stream = File.OpenRead(path);
            return Validate(stream, options);
        }
        catch (Exception e) when (Utf8Input.IsUnreadable(e))
        {
            return Report([Utf8Input.Unreadable(e)], null).WithDiagnostics(Diagnostics.DiagnosticIds.InvalidExport, null);
        }
    }

    /// <summary>
    /// Validates an export read to be used, by a reader that refuses an invalid one with its first problem
    /// (<see cref="Resolutions.ReadFile"/>): the schema's problems are found in document order (each value's own
    /// before those of its members, members in the order written), so the walk stops at the first, where a JSON
    /// file that is not an export at all (a corpus's labels) would otherwise be told in hundreds of problems.
    /// </summary>
    internal static ValidationReport ValidateToRead(string json) =>
        ValidateBytes(Encoding.UTF8.GetBytes(json), ValidatorOptions.Default, schemaLimit: 1);

    private static ValidationReport ValidateBytes(byte[] bytes, ValidatorOptions options, int? schemaLimit = null)
    {
        var report = Check(bytes, options, schemaLimit ?? options.MaxProblems);
        string? text = null;
        if (!report.IsValid && bytes.Length <= options.MaxBytes)
        {
            try
            {
                text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(Utf8Input.WithoutMark(bytes));
            }
            catch (DecoderFallbackException)
            {
                // Offsets of an input that is not UTF-8 are counted up to its first bad byte only: the line and column say where.
            }
        }
        return report.WithDiagnostics(Diagnostics.DiagnosticIds.InvalidExport, text);
    }

    private static ValidationReport Check(byte[] bytes, ValidatorOptions options, int schemaLimit)
    {
        if (bytes.Length > options.MaxBytes)
        {
            return Fail(ProblemLayer.Input, "max-bytes", $"at most {options.MaxBytes} bytes (ValidatorOptions.MaxBytes)", $"more than {options.MaxBytes} bytes");
        }
        var utf8 = bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble) ? bytes[3..] : bytes;
        if (utf8.AsSpan().IndexOfAnyExcept(" \t\r\n"u8) < 0)
        {
            return Fail(ProblemLayer.Input, "not-empty", "a JSON document", "an empty input");
        }
        if (Utf8Input.Problem(utf8) is { } notUtf8)
        {
            return Report([notUtf8], null);
        }

        // A well-formed export is parsed once, by System.Text.Json; the scan that says where each token stands (and
        // why a broken document is broken) runs only when there is a problem to place.
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(utf8, new JsonDocumentOptions { MaxDepth = options.MaxDepth, AllowDuplicateProperties = false });
        }
        catch (JsonException e)
        {
            var broken = JsonScan.Run(utf8, options.MaxDepth);
            // The scan reads what the parser reads; were they ever to disagree, the parser's word is reported.
            return Report(broken.Problems.Count > 0 ? broken.Problems
                : [new(ProblemLayer.Syntax, "", (int)(e.LineNumber ?? 0) + 1, (int)(e.BytePositionInLine ?? 0) + 1, "syntax", "well-formed JSON (RFC 8259), without comments or trailing commas", e.Message)], null);
        }
        using var parsed = document;
        var schemaProblems = SchemaLayer.Check(document.RootElement, schemaLimit + 1).Take(schemaLimit + 1).ToList();
        if (schemaProblems.Count > 0)
        {
            return Report(Place(Limit(schemaProblems, schemaLimit), utf8, options), null);
        }

        Resolution resolution;
        try
        {
            resolution = JsonSerializer.Deserialize(utf8, ModelJson.TypeInfo<Resolution>(ModelJson.Options))!;
        }
        catch (JsonException e)
        {
            // The schema should have caught anything the model cannot read; say where if it did not.
            return Report(Place([new(ProblemLayer.Schema, PointerOf(e.Path), 0, 0, "model", "a value the model can read", e.Message)], utf8, options), null);
        }
        var source = resolution.Source.Sha256 == Resolutions.E2006_27.Source.Sha256 ? Resolutions.SeedText : null;
        var rules = resolution.Validate(source).Take(options.MaxProblems + 1)
            .Select(p => new ValidationProblem(ProblemLayer.Rules, p.Pointer, 0, 0, p.Rule, p.Expected, p.Found)).ToList();
        return rules.Count > 0 ? Report(Place(Limit(rules, options.MaxProblems), utf8, options), null) : Report([], resolution);
    }

    // The last problem when there were more than the limit: it has no place of its own and is told last.
    private const string MaxProblemsRule = "max-problems";

    private static ValidationProblem At(ValidationProblem problem, (int Line, int Column) position) =>
        problem with { Line = position.Line, Column = position.Column };

    /// <summary>
    /// The problems with their lines and columns, from one scan that keeps only their positions: a well-formed
    /// export is scanned only when it has a problem, and memory follows the problems told, not the values read.
    /// </summary>
    private static List<ValidationProblem> Place(List<ValidationProblem> problems, byte[] utf8, ValidatorOptions options)
    {
        var scan = JsonScan.Run(utf8, options.MaxDepth, problems.Select(p => p.Pointer));
        return [.. problems.Select(p => p.Rule == MaxProblemsRule ? p : At(p, scan.PositionOf(p.Pointer)))
            .OrderBy(p => p.Rule == MaxProblemsRule ? 1 : 0).ThenBy(p => p.Line).ThenBy(p => p.Column)];
    }

    // Problems are found in the order the checks walk the schema and the model; Place tells them in document order.
    private static List<ValidationProblem> Limit(List<ValidationProblem> problems, int limit)
    {
        if (problems.Count <= limit)
        {
            return problems;
        }
        var kept = problems.Take(limit).ToList();
        kept.Add(new ValidationProblem(problems[0].Layer, "", 1, 1, MaxProblemsRule, $"at most {limit} problems reported (ValidatorOptions.MaxProblems)", "more"));
        return kept;
    }

    // "$.operativeParagraphs[2].number" becomes "/operativeParagraphs/2/number".
    internal static string PointerOf(string? path)
    {
        if (string.IsNullOrEmpty(path) || path == "$")
        {
            return "";
        }
        var pointer = new StringBuilder();
        foreach (var part in System.Text.RegularExpressions.Regex.Matches(path, @"\.([^.\[]+)|\[(\d+)\]|\['([^']*)'\]").Cast<System.Text.RegularExpressions.Match>())
        {
            var name = part.Groups[1].Success ? part.Groups[1].Value : part.Groups[2].Success ? part.Groups[2].Value : part.Groups[3].Value;
            pointer.Append('/').Append(JsonScan.Escape(name));
        }
        return pointer.ToString();
    }

    private static ValidationReport Fail(ProblemLayer layer, string rule, string expected, string found) =>
        Report([new(layer, "", 1, 1, rule, expected, found)], null);

    private static ValidationReport Report(IEnumerable<ValidationProblem> problems, Resolution? resolution) =>
        new(problems.ToValueList(), resolution);
}
