using System.CommandLine;
using Resolution2006_27.Cli.Output;

namespace Resolution2006_27.Cli;

/// <summary>The options every query command takes, made fresh for each command.</summary>
internal sealed class CommonOptions
{
    public Option<FileInfo?> Input { get; } = new("--input", "-i")
    {
        Description = "Read this printed resolution text instead of the embedded E/RES/2006/27.",
    };

    public Option<string> Format { get; } = new("--format", "-f")
    {
        Description = $"Output format: {TableWriter.Formats}. table is aligned for the terminal (long cells cut, wide columns left out); csv (RFC 4180), json and markdown hold every column.",
        DefaultValueFactory = _ => "table",
    };

    public Option<FileInfo?> Output { get; } = new("--output", "-o")
    {
        Description = "Write to this file instead of standard output; written whole or not at all.",
    };

    public CommonOptions() => Format.AcceptOnlyFromAmong("table", "csv", "json", "markdown");

    public void AddTo(Command command)
    {
        command.Options.Add(Format);
        command.Options.Add(Output);
        command.Options.Add(Input);
    }

    public Model.Resolution Load(ParseResult parse) => InputLoader.Load(parse.GetValue(Input));

    public int Emit(ParseResult parse, ResultTable table)
    {
        OutputFile.Write(TableWriter.Write(table, parse.GetValue(Format)!), parse.GetValue(Output));
        return ExitCodes.Success;
    }
}
