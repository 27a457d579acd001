using Resolution2006_27.Model;

namespace Resolution2006_27.Cli;

/// <summary>Loads the resolution a command works on: the embedded one, or a printed text given with --input.</summary>
internal static class InputLoader
{
    public static Resolution Load(FileInfo? input)
    {
        if (input is null)
        {
            return Resolutions.E2006_27;
        }
        using var stream = input.OpenRead();
        return Resolutions.FromStream(stream, ParserOptions.Default with { SourceName = input.Name });
    }
}
