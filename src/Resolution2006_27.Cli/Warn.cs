using Resolution2006_27.Model;

namespace Resolution2006_27.Cli;

/// <summary>Warnings on standard error for filters that can match nothing, so an empty result is not a silent typo.</summary>
internal static class Warn
{
    public static void IfNoActor(Resolution resolution, string name)
    {
        if (!resolution.Actors.Any(a => a.IsNamedBy(name)))
        {
            Console.Error.WriteLine($"warning: no actor of {resolution.Symbol} is named '{name}'; 'res2006 actors' lists them.");
        }
    }

    public static void IfNoInstrument(Resolution resolution, string name)
    {
        if (!resolution.Instruments.Any(i => i.IsNamedBy(name)))
        {
            Console.Error.WriteLine($"warning: {resolution.Symbol} cites no instrument named '{name}'; 'res2006 instruments' lists them.");
        }
    }
}
