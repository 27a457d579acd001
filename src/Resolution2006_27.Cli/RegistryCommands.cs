using System.CommandLine;

namespace Resolution2006_27.Cli;

/// <summary>`actors` and `instruments`: the registry entries of what the resolution names, with counts.</summary>
internal static class RegistryCommands
{
    public static Command Actors()
    {
        var common = new CommonOptions();
        var command = new Command("actors", "List the actors the resolution names: kind, mentions, asks, and the paragraphs that address them.");
        common.AddTo(command);
        command.SetAction(parse => common.Emit(parse, Rows.Actors(common.LoadAll(parse))));
        return command;
    }

    public static Command Instruments()
    {
        var common = new CommonOptions();
        var command = new Command("instruments", "List the instruments and documents the resolution cites, with reference facts and whether they were verified.");
        common.AddTo(command);
        command.SetAction(parse => common.Emit(parse, Rows.Instruments(common.LoadAll(parse))));
        return command;
    }
}
