using System.CommandLine;
using System.Text.Json;
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
};

root.Options.OfType<VersionOption>().Single().Action = new VersionAction();

try
{
    var parse = root.Parse(args);
    if (parse.Errors.Count > 0)
    {
        foreach (var error in parse.Errors)
        {
            Console.Error.WriteLine($"error: {error.Message}");
        }
        Console.Error.WriteLine("Run 'res2006 --help' for usage.");
        return ExitCodes.Usage;
    }
    return parse.Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
}
catch (UsageException e)
{
    Console.Error.WriteLine($"error: {e.Message}");
    return ExitCodes.Usage;
}
catch (FormatException e) when (e is not ResolutionParseException)
{
    Console.Error.WriteLine($"error: {e.Message}");
    return ExitCodes.Usage;
}
catch (FileNotFoundException e)
{
    Console.Error.WriteLine($"error: no file at '{e.FileName}'");
    return ExitCodes.Usage;
}
catch (DirectoryNotFoundException e)
{
    Console.Error.WriteLine($"error: {e.Message}");
    return ExitCodes.Usage;
}
catch (ResolutionParseException e)
{
    Console.Error.WriteLine($"error: {e.Message}");
    return ExitCodes.InvalidInput;
}
catch (NotSupportedException e)
{
    Console.Error.WriteLine($"error: {e.Message}");
    return ExitCodes.InvalidInput;
}
catch (System.Xml.Schema.XmlSchemaException e)
{
    Console.Error.WriteLine($"error: the Akoma Ntoso schema does not compile: {e.Message}");
    return ExitCodes.Usage;
}
catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException)
{
    Console.Error.WriteLine($"error: {e.Message}");
    return ExitCodes.InvalidInput;
}
