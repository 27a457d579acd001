using System.CommandLine;
using System.Text.Json;
using Resolution2006_27.Model.Validation;

namespace Resolution2006_27.Cli;

/// <summary>`validate FILE`: checks a JSON export against the schema and the model's rules.</summary>
internal static class ValidateCommand
{
    public static Command Create()
    {
        var file = new Argument<FileInfo>("FILE") { Description = "The JSON export to check." };
        var format = new Option<string>("--format", "-f")
        {
            Description = "text: one line a problem, \"FILE:LINE:COLUMN: POINTER: RULE: expected ..., found ...\"; json: an array of problems.",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "json");
        var maxBytes = new Option<long>("--max-bytes") { Description = "The largest file accepted, in bytes.", DefaultValueFactory = _ => ValidatorOptions.Default.MaxBytes };
        var command = new Command("validate", "Check a JSON export: exit 0 when valid, 1 when invalid, 2 on a usage error.") { file, format, maxBytes };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(file)!;
            if (!path.Exists)
            {
                Console.Error.WriteLine($"error: no file at '{path.FullName}'");
                return ExitCodes.Usage;
            }
            var report = ResolutionValidator.ValidateFile(path.FullName, ValidatorOptions.Default with { MaxBytes = parse.GetValue(maxBytes) });
            if (parse.GetValue(format) == "json")
            {
                Console.Out.WriteLine(JsonSerializer.Serialize(report.Problems.Select(p => new
                {
                    layer = p.Layer.ToString().ToLowerInvariant(),
                    pointer = p.Pointer,
                    line = p.Line,
                    column = p.Column,
                    rule = p.Rule,
                    expected = p.Expected,
                    found = p.Found,
                }), new JsonSerializerOptions { WriteIndented = true }));
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
}
