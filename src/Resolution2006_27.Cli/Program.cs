using System.CommandLine;
using Resolution2006_27.Cli;
using Resolution2006_27.Model;

var root = new RootCommand("The machine-readable edition of ECOSOC resolution 2006/27 (E/RES/2006/27): query, export and validate it.")
{
    AsksCommand.Create(),
    MandatesCommand.Create(),
    CitationsCommand.Create(),
    RegistryCommands.Actors(),
    RegistryCommands.Instruments(),
    ShowCommand.Create(),
    ExportCommand.Create(),
    SchemaCommand.Create(),
    ValidateCommand.Create(),
    DatasetCommand.Create(),
    HtmlCommand.Create(),
};

root.Options.OfType<VersionOption>().Single().Action = new VersionAction();

try
{
    // Run with nothing, the tool says what it does rather than that something is missing.
    var parse = root.Parse(args.Length == 0 ? ["--help"] : args);
    if (parse.Errors.Count > 0)
    {
        foreach (var message in Suggestions.Explain(parse))
        {
            Console.Error.WriteLine($"error: {message}");
        }
        Console.Error.WriteLine("Run 'res2006 --help' for usage.");
        return ExitCodes.Usage;
    }
    return parse.Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
}
catch (Exception e) when (Errors.Of(e) is { } error)
{
    Console.Error.WriteLine($"error: {Suggestions.InUsersWords(error.Message)}");
    return error.Code;
}
