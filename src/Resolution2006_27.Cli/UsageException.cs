namespace Resolution2006_27.Cli;

/// <summary>A command line that parses but asks for something that makes no sense: exit code 2.</summary>
internal sealed class UsageException(string message) : Exception(message);
