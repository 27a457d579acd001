using Resolution2006_27.Model;
using Resolution2006_27.Model.Actors;
using Resolution2006_27.Model.Registry;

namespace Resolution2006_27.Cli;

/// <summary>
/// Warnings on standard error for filters that can match nothing, so an empty result is not a silent typo. The
/// resolutions are watched as they stream past, and the warning is told once the last has been read.
/// </summary>
internal static class Warn
{
    public static IEnumerable<Resolution> IfNoActor(IEnumerable<Resolution> resolutions, string name) =>
        Watch(resolutions, name, r => r.Actors.Any(a => a.IsNamedBy(name)),
            r => r.Actors.SelectMany(Names),
            ReferenceRegistry.Default.Actors.SelectMany(Names),
            which => $"warning: no actor of {which} is named '{name}'", "'res2006 actors' lists them");

    public static IEnumerable<Resolution> IfNoInstrument(IEnumerable<Resolution> resolutions, string name) =>
        Watch(resolutions, name, r => r.Instruments.Any(i => i.IsNamedBy(name)),
            r => r.Instruments.SelectMany(i => i.Aliases.Prepend(i.ShortName).Prepend(i.Id)),
            ReferenceRegistry.Default.Instruments.SelectMany(i => i.Aliases.Prepend(i.ShortName).Prepend(i.Id)),
            which => $"warning: {which} cites no instrument named '{name}'", "'res2006 instruments' lists them");

    // What a user may type for an actor: its id, name and aliases, and a State's code.
    private static IEnumerable<string> Names(Actor actor) =>
        actor.Aliases.Prepend(actor.Name).Prepend(actor.Id).Concat(actor.State is { } s ? [s.Alpha3] : []);

    private static IEnumerable<Resolution> Watch(
        IEnumerable<Resolution> resolutions, string name, Func<Resolution, bool> names, Func<Resolution, IEnumerable<string>> known,
        IEnumerable<string> registry, Func<string, string> warning, string hint)
    {
        var count = 0;
        var found = false;
        var symbol = "";
        var candidates = new HashSet<string>(StringComparer.Ordinal);
        foreach (var resolution in resolutions)
        {
            count++;
            symbol = resolution.Symbol;
            found = found || names(resolution);
            if (!found)
            {
                candidates.UnionWith(known(resolution));
            }
            yield return resolution;
        }
        if (!found)
        {
            // A typo is told against the names of these resolutions first, then against the whole registry.
            var closest = Suggestions.Closest(name, candidates) ?? Suggestions.Closest(name, registry);
            Console.Error.WriteLine(warning(count == 1 ? symbol : $"the {count} resolutions") +
                (closest is null ? $"; {hint}." : $"; did you mean '{closest}'? ({hint})"));
        }
    }
}
