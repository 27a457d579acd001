using System.CommandLine;
using Resolution2006_27.Cli.Output;
using Resolution2006_27.Model.AkomaNtoso;
using Resolution2006_27.Model.Serialization;

namespace Resolution2006_27.Cli;

/// <summary>`export`: writes the whole model.</summary>
internal static class ExportCommand
{
    public static Command Create()
    {
        var common = new CommonOptions();
        var format = new Option<string>("--format", "-f")
        {
            Description = "Output format: json (the whole model, camelCase, as documented in the README) or akn (Akoma Ntoso 3.0 XML, AKN4UN).",
            DefaultValueFactory = _ => "json",
        };
        format.AcceptOnlyFromAmong("json", "akn");
        var command = new Command("export", "Export the resolution as a whole.") { format, common.Output, common.Force, common.Input, common.Registry, common.Strict, common.MaxChars };
        command.SetAction(parse =>
        {
            var resolution = common.Load(parse);
            var text = parse.GetValue(format) == "akn" ? AkomaNtosoXml.ExportText(resolution) : ModelJson.Serialize(resolution, indented: true) + "\n";
            OutputFile.Write(text, parse.GetValue(common.Output), parse.GetValue(common.Force));
            return ExitCodes.Success;
        });
        return command;
    }
}
