using Resolution2006_27.Model;

namespace Resolution2006_27.Cli;

/// <summary>
/// Warnings on standard error for filters that can match nothing, so an empty result is not a silent typo. The
/// resolutions are watched as they stream past, and the warning is told once the last has been read.
/// </summary>
internal static class Warn
{
    public static IEnumerable<Resolution> IfNoActor(IEnumerable<Resolution> resolutions, string name) =>
        Watch(resolutions, r => r.Actors.Any(a => a.IsNamedBy(name)), which => $"warning: no actor of {which} is named '{name}'; 'res2006 actors' lists them.");

    public static IEnumerable<Resolution> IfNoInstrument(IEnumerable<Resolution> resolutions, string name) =>
        Watch(resolutions, r => r.Instruments.Any(i => i.IsNamedBy(name)), which => $"warning: {which} cites no instrument named '{name}'; 'res2006 instruments' lists them.");

    private static IEnumerable<Resolution> Watch(IEnumerable<Resolution> resolutions, Func<Resolution, bool> names, Func<string, string> warning)
    {
        var count = 0;
        var found = false;
        var symbol = "";
        foreach (var resolution in resolutions)
        {
            count++;
            symbol = resolution.Symbol;
            found = found || names(resolution);
            yield return resolution;
        }
        if (!found)
        {
            Console.Error.WriteLine(warning(count == 1 ? symbol : $"the {count} resolutions"));
        }
    }
}
