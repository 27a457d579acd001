using System.CommandLine;
using Resolution2006_27.Cli.Output;
using Resolution2006_27.Model.Schema;

namespace Resolution2006_27.Cli;

/// <summary>`schema`: prints the published JSON Schema, or exports it afresh from the model's types.</summary>
internal static class SchemaCommand
{
    public static Command Create()
    {
        var fromTypes = new Option<bool>("--from-types")
        {
            Description = "Export the schema from the model's types (needs the library's XML documentation beside it) instead of printing the published one. Regenerate the published file with: schema --from-types --output schema/resolution.schema.json",
        };
        var common = new CommonOptions();
        var command = new Command("schema", "Print the JSON Schema (draft 2020-12) of the JSON export.") { fromTypes, common.Output, common.Force };
        command.SetAction(parse =>
        {
            OutputFile.Write(parse.GetValue(fromTypes) ? ModelSchema.Export() : ModelSchema.Text, parse.GetValue(common.Output), parse.GetValue(common.Force));
            return ExitCodes.Success;
        });
        return command;
    }
}
