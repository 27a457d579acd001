using Resolution2006_27.Model.Collections;
using Resolution2006_27.Model.Registry;
using Resolution2006_27.Model.Schema;

namespace Resolution2006_27.Model.Actors;

/// <summary>A body or group that a resolution names: a registry entry, not a place in the text.</summary>
/// <param name="Id">Stable lower-case identifier, for example "unodc".</param>
/// <param name="Name">The full name, as the UN writes it.</param>
/// <param name="Kind">The actor's kind.</param>
/// <param name="Aliases">Every full form the text may use, longest first not required; matched on word boundaries.</param>
/// <param name="ShortForms">Forms that point back to an earlier mention, such as "the Office"; resolved to the nearest preceding actor that declares the same form.</param>
/// <param name="ParentId">The actor this one belongs to (UNODC for its Global Programme), or null.</param>
/// <param name="Provenance">Where the entry's facts come from.</param>
/// <param name="State">For an actor of kind <see cref="ActorKind.State"/>, its codes, formal and former names and status; otherwise null.</param>
public sealed record Actor(
    [property: SchemaPattern(IdPatterns.EntityId)] string Id,
    string Name,
    ActorKind Kind,
    ValueList<string> Aliases,
    ValueList<string> ShortForms,
    [property: SchemaPattern(IdPatterns.EntityId)] string? ParentId,
    Provenance Provenance,
    StateFacts? State = null)
{
    /// <summary>
    /// True when people could mean this actor by <paramref name="name"/>: its id, name, an alias or a
    /// short form (with or without "the"), or its kind ("unSecretariat", "un-secretariat"), in any case;
    /// for a State also its ISO 3166-1 alpha-3 code ("SOM"), its M49 code ("706"), its formal name, the
    /// name as printed ("the Sudan") and a former name ("Zaire").
    /// </summary>
    /// <param name="name">The name to test.</param>
    public bool IsNamedBy(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var n = name.Trim();
        return Same(Id, n) || Same(Name, n) || Aliases.Any(a => Same(a, n)) ||
            ShortForms.Any(f => Same(f, n) || Same(f, "the " + n)) ||
            Same(Kind.ToString(), n.Replace("-", "", StringComparison.Ordinal)) ||
            (State is { } s && (Same(s.Alpha3, n) || s.M49 == n || Same(s.FormalName, n) || Same(s.PrintedName, n) || s.FormerNames.Any(f => Same(f, n))));
    }

    private static bool Same(string a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);
}
