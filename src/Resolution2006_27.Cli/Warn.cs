using Resolution2006_27.Model;

namespace Resolution2006_27.Cli;

/// <summary>Warnings on standard error for filters that can match nothing, so an empty result is not a silent typo.</summary>
internal static class Warn
{
    public static void IfNoActor(IReadOnlyList<Resolution> resolutions, string name)
    {
        if (!resolutions.SelectMany(r => r.Actors).Any(a => a.IsNamedBy(name)))
        {
            Console.Error.WriteLine($"warning: no actor of {Which(resolutions)} is named '{name}'; 'res2006 actors' lists them.");
        }
    }

    public static void IfNoInstrument(IReadOnlyList<Resolution> resolutions, string name)
    {
        if (!resolutions.SelectMany(r => r.Instruments).Any(i => i.IsNamedBy(name)))
        {
            Console.Error.WriteLine($"warning: {Which(resolutions)} cites no instrument named '{name}'; 'res2006 instruments' lists them.");
        }
    }

    private static string Which(IReadOnlyList<Resolution> resolutions) =>
        resolutions.Count == 1 ? resolutions[0].Symbol : $"the {resolutions.Count} resolutions";
}
