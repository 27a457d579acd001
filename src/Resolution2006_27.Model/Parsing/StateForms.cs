using Resolution2006_27.Model.Actors;

namespace Resolution2006_27.Model.Parsing;

/// <summary>
/// The forms under which text names a State beyond its names: its former names ("Zaire"), its demonym
/// before an organ ("the Sudanese authorities"), and a name widened to the organ that acts for it ("the
/// Government of the Sudan", "the authorities of Somalia", "the Myanmar authorities"). The registry lists
/// each State's names once, not every phrase; widening is a look at the words around a name already found,
/// so that hundreds of States do not make hundreds of aliases per organ word.
/// </summary>
internal static class StateForms
{
    // What stands before "of" and a State's name, or after its name or demonym, when text means the State acting.
    private static readonly string[] Organs = ["Government", "Governments", "authorities"];

    // Before a name only: "the Federal Government of Somalia", "the Transition Government of Mali".
    private static readonly string[] Before = [.. Organs.Concat(["Federal Government", "Transitional Government", "Transitional Federal Government", "Transition Government"])
        .OrderByDescending(o => o.Length).SelectMany(o => new[] { o + " of the ", o + " of " })];

    private static readonly string[] After = [.. Organs.Select(o => " " + o)];

    /// <summary>The aliases the matcher looks for: an actor's own, and for a State its former names and demonym forms.</summary>
    public static IEnumerable<string> Of(Actor actor)
    {
        if (actor.State is not { } state)
        {
            return actor.Aliases;
        }
        // A handful of forms per State, told apart by a look back rather than a set per State (two hundred of them).
        var forms = new List<string>(actor.Aliases.Count + state.FormerNames.Count + (state.Demonym is null ? 0 : Organs.Length));
        foreach (var alias in actor.Aliases.AsSpan())
        {
            AddOnce(forms, alias);
        }
        foreach (var former in state.FormerNames.AsSpan())
        {
            AddOnce(forms, former);
        }
        if (state.Demonym is { } demonym)
        {
            foreach (var organ in Organs)
            {
                AddOnce(forms, $"{demonym} {organ}");
            }
        }
        return forms;
    }

    private static void AddOnce(List<string> forms, string form)
    {
        if (!forms.Contains(form)) // string equality is ordinal
        {
            forms.Add(form);
        }
    }

    /// <summary>
    /// Each mention of a State widened over "Government of (the)" before it, or an organ after it, where the
    /// text has them. A mention inside the words taken ("Governments", an actor of its own) gives way: the
    /// words name the State's organ, not the group.
    /// </summary>
    public static void Widen(string text, List<MentionMatch> mentions, IReadOnlySet<string> states)
    {
        for (var i = 0; i < mentions.Count; i++)
        {
            var m = mentions[i];
            if (!states.Contains(m.EntityId))
            {
                continue;
            }
            var start = m.Start;
            foreach (var before in Before)
            {
                var at = start - before.Length;
                if (at >= 0 && string.CompareOrdinal(text, at, before, 0, before.Length) == 0 && (at == 0 || !char.IsLetterOrDigit(text[at - 1])) &&
                    (i == 0 || mentions[i - 1].End <= at || mentions[i - 1].Start >= at))
                {
                    start = at;
                    break;
                }
            }
            var end = m.End;
            var ceiling = i + 1 < mentions.Count ? mentions[i + 1].Start : text.Length;
            if (start == m.Start && !EndsWithOrgan(text.AsSpan(m.Start, m.End - m.Start)))
            {
                foreach (var after in After)
                {
                    if (end + after.Length <= ceiling && string.CompareOrdinal(text, end, after, 0, after.Length) == 0 &&
                        (end + after.Length == text.Length || !char.IsLetterOrDigit(text[end + after.Length])))
                    {
                        end += after.Length;
                        break;
                    }
                }
            }
            if (start != m.Start || end != m.End)
            {
                mentions[i] = m with { Start = start, End = end };
                if (i > 0 && mentions[i - 1].Start >= start)
                {
                    mentions.RemoveAt(--i);
                }
            }
        }
    }

    private static bool EndsWithOrgan(ReadOnlySpan<char> mention)
    {
        foreach (var organ in Organs)
        {
            if (mention.EndsWith(organ, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }
}
