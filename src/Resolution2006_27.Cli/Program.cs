using System.CommandLine;
using System.Text.Json;
using Resolution2006_27.Cli;
using Resolution2006_27.Model;

var input = new Option<FileInfo?>("--input", "-i")
{
    Description = "Read this printed resolution text instead of the embedded E/RES/2006/27.",
};
var root = new RootCommand("The machine-readable edition of ECOSOC resolution 2006/27 (E/RES/2006/27): export, query and validate it.")
{
    ExportCommand.Create(input),
    SchemaCommand.Create(),
    ValidateCommand.Create(),
};

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
catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException)
{
    Console.Error.WriteLine($"error: {e.Message}");
    return ExitCodes.InvalidInput;
}
