namespace Resolution2006_27.Cli;

/// <summary>The tool's exit codes.</summary>
internal static class ExitCodes
{
    /// <summary>Done; for validate, the input is valid.</summary>
    public const int Success = 0;

    /// <summary>The input could not be read as a resolution, or is invalid.</summary>
    public const int InvalidInput = 1;

    /// <summary>The command line is wrong: unknown command or option, missing argument, a named file that does not exist.</summary>
    public const int Usage = 2;
}
