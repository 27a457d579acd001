using System.CommandLine;
using System.CommandLine.Invocation;
using System.Reflection;
using Resolution2006_27.Model;

namespace Resolution2006_27.Cli;

/// <summary>`--version`: the tool's package version and the data version of the embedded resolution, which differ.</summary>
internal sealed class VersionAction : SynchronousCommandLineAction
{
    public override int Invoke(ParseResult parseResult)
    {
        Console.Out.WriteLine($"res2006 {Version(typeof(VersionAction).Assembly)} (library {Version(typeof(Resolution).Assembly)}, data {Resolutions.DataVersion})");
        return ExitCodes.Success;
    }

    // "0.1.0+4a71527..." is the package version and the commit; the version alone is what people compare.
    private static string Version(Assembly assembly) =>
        assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "unknown";
}
