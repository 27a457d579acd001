using Resolution2006_27.Model.Collections;
using Resolution2006_27.Model.Registry;
using Resolution2006_27.Model.Schema;

namespace Resolution2006_27.Model.Citations;

/// <summary>An instrument or document that a resolution may cite: a registry entry, not a place in the text.</summary>
/// <param name="Id">Stable lower-case identifier, for example "untoc".</param>
/// <param name="ShortName">The name people use ("UNTOC", "Trafficking in Persons Protocol").</param>
/// <param name="Title">The official title.</param>
/// <param name="Kind">What kind of instrument it is.</param>
/// <param name="Aliases">Full forms the text may use. "{parent}" in an alias stands for any form of the parent ("Optional Protocol to {parent} on the sale of children ...").</param>
/// <param name="ShortForms">Forms that point back to an earlier mention ("the Convention", "that Convention").</param>
/// <param name="ParentId">The instrument this one supplements or belongs to, or null.</param>
/// <param name="Adopted">Where and when it was adopted, as reference text; null when not known.</param>
/// <param name="EntryIntoForce">Date of entry into force, for treaties; null otherwise.</param>
/// <param name="TreatySeries">Its UNTS reference, for treaties; null otherwise.</param>
/// <param name="DocumentSymbol">Its UN document symbol ("A/RES/58/137"), or null.</param>
/// <param name="Provenance">Where these facts come from. The title as printed in a resolution is in its citations, not here.</param>
public sealed record Instrument(
    [property: SchemaPattern(IdPatterns.EntityId)] string Id,
    string ShortName,
    string Title,
    InstrumentKind Kind,
    ValueList<string> Aliases,
    ValueList<string> ShortForms,
    [property: SchemaPattern(IdPatterns.EntityId)] string? ParentId,
    string? Adopted,
    DateOnly? EntryIntoForce,
    TreatySeriesReference? TreatySeries,
    [property: SchemaPattern(IdPatterns.DocumentSymbol)] string? DocumentSymbol,
    Provenance Provenance)
{
    /// <summary>True when people could mean this instrument by <paramref name="name"/>: its id, short name, title, an alias or its symbol, in any case.</summary>
    /// <param name="name">The name to test.</param>
    public bool IsNamedBy(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var n = name.Trim();
        return Same(Id, n) || Same(ShortName, n) || Same(Title, n) || Aliases.Any(a => Same(a, n)) || (DocumentSymbol is { } symbol && Same(symbol, n));
    }

    private static bool Same(string a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);
}
