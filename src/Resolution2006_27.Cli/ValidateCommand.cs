using System.CommandLine;
using System.Text.Json;
using System.Xml.Schema;
using Resolution2006_27.Model.AkomaNtoso;
using Resolution2006_27.Model.Validation;

namespace Resolution2006_27.Cli;

/// <summary>`validate FILE`: checks a JSON export against the schema and the model's rules.</summary>
internal static class ValidateCommand
{
    public static Command Create()
    {
        var file = new Argument<FileInfo>("FILE") { Description = "The export to check: JSON, or Akoma Ntoso XML (told apart by content)." };
        var aknSchema = new Option<DirectoryInfo?>("--akn-schema")
        {
            Description = "For Akoma Ntoso: the folder holding akomantoso30.xsd and xml.xsd. By default AKN_SCHEMA_DIR, else shared/reference/akn in this folder or one above. Without it, the structure and the rules are still checked.",
        };
        var format = new Option<string>("--format", "-f")
        {
            Description = "text: one line a problem, \"FILE:LINE:COLUMN: POINTER: RULE: expected ..., found ...\"; json: an array of problems.",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "json");
        var maxBytes = new Option<long>("--max-bytes") { Description = "The largest file accepted, in bytes.", DefaultValueFactory = _ => ValidatorOptions.Default.MaxBytes };
        var command = new Command("validate", "Check a JSON export: exit 0 when valid, 1 when invalid, 2 on a usage error.") { file, format, maxBytes, aknSchema };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(file)!;
            if (!path.Exists)
            {
                Console.Error.WriteLine($"error: no file at '{path.FullName}'");
                return ExitCodes.Usage;
            }
            if (parse.GetValue(maxBytes) < 1)
            {
                throw new UsageException($"--max-bytes must be at least 1 (it was {parse.GetValue(maxBytes)}).");
            }
            var options = ValidatorOptions.Default with { MaxBytes = parse.GetValue(maxBytes) };
            var report = IsXml(path) ? ValidateAkn(path, parse.GetValue(aknSchema), options) : ResolutionValidator.ValidateFile(path.FullName, options);
            if (parse.GetValue(format) == "json")
            {
                Console.Out.WriteLine(ProblemsJson(report.Problems));
            }
            else
            {
                foreach (var problem in report.Problems)
                {
                    Console.Out.WriteLine($"{path.Name}:{problem.Line}:{problem.Column}: {(problem.Pointer.Length == 0 ? "/" : problem.Pointer)}: {problem.Rule}: expected {problem.Expected}, found {problem.Found}");
                }
                Console.Out.WriteLine(report.IsValid
                    ? $"{path.Name}: valid ({report.Resolution!.Symbol}, {report.Resolution.Preamble.Paragraphs.Count} preambular and {report.Resolution.OperativeParagraphs.Count} operative paragraphs)"
                    : $"{path.Name}: invalid, {report.Problems.Count} problem{(report.Problems.Count == 1 ? "" : "s")}");
            }
            return report.IsValid ? ExitCodes.Success : ExitCodes.InvalidInput;
        });
        return command;
    }

    // XML starts with '<' (after a byte-order mark and blanks); JSON cannot.
    private static bool IsXml(FileInfo file)
    {
        using var stream = file.OpenRead();
        int b;
        while ((b = stream.ReadByte()) is 0xEF or 0xBB or 0xBF or ' ' or '\t' or '\r' or '\n')
        {
        }
        return b == '<';
    }

    private static ValidationReport ValidateAkn(FileInfo file, DirectoryInfo? schemaDirectory, ValidatorOptions options)
    {
        if (file.Length > options.MaxBytes)
        {
            return AkomaNtosoValidator.ValidateFile(file.FullName, null, options); // refused for its size before a schema is loaded
        }
        XmlSchemaSet? schemas = null;
        var directory = AkomaNtosoSchema.Find(schemaDirectory?.FullName);
        if (directory is null)
        {
            Console.Error.WriteLine("note: the Akoma Ntoso schema was not found (give --akn-schema DIR, or set AKN_SCHEMA_DIR); checking the structure and the rules only.");
        }
        else
        {
            schemas = AkomaNtosoSchema.Load(directory);
        }
        return AkomaNtosoValidator.ValidateFile(file.FullName, schemas, options);
    }

    // An array of problems, one object each, written field by field (no reflection, so the native build writes it too).
    private static string ProblemsJson(IEnumerable<ValidationProblem> problems)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartArray();
            foreach (var p in problems)
            {
                writer.WriteStartObject();
                writer.WriteString("layer", p.Layer.ToString().ToLowerInvariant());
                writer.WriteString("pointer", p.Pointer);
                writer.WriteNumber("line", p.Line);
                writer.WriteNumber("column", p.Column);
                writer.WriteString("rule", p.Rule);
                writer.WriteString("expected", p.Expected);
                writer.WriteString("found", p.Found);
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
        }
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }
}
