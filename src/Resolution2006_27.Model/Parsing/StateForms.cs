using Resolution2006_27.Model.Actors;

namespace Resolution2006_27.Model.Parsing;

/// <summary>
/// The forms under which text names an actor: its aliases, and for a State also the forms resolutions
/// build from its names ("the Government of the Sudan", "the authorities of Somalia", "the Sudanese
/// authorities", "Zaire"), so that the registry lists each State's names once and not every phrase.
/// </summary>
internal static class StateForms
{
    // What stands before "of" and a State's name, and after its demonym, when text means the State acting.
    private static readonly string[] Organs = ["Government", "Governments", "authorities"];

    public static IEnumerable<string> Of(Actor actor)
    {
        if (actor.State is not { } state)
        {
            return actor.Aliases;
        }
        var names = actor.Aliases.Concat(state.FormerNames).Distinct(StringComparer.Ordinal).ToList();
        var forms = new List<string>(names);
        foreach (var organ in Organs)
        {
            foreach (var name in names)
            {
                forms.Add($"{organ} of {name}");
                forms.Add($"{organ} of the {name}"); // "the Government of the Sudan", and "Sudan" printed without its article
            }
            // "the Sudanese authorities"; and a name used as an adjective: "the Myanmar authorities", "the DRC authorities".
            foreach (var adjective in names.Prepend(state.Demonym).OfType<string>())
            {
                forms.Add($"{adjective} {organ}");
            }
        }
        return forms.Distinct(StringComparer.Ordinal);
    }
}
