using Resolution2006_27.Model.Schema;

namespace Resolution2006_27.Model.Parts;

/// <summary>
/// A part's identifier in its two forms: the short form people cite ("PP5", "OP3(b)(ii)") and the
/// Akoma Ntoso eId ("preamble__p_5", "para_3__list_1__point_b__list_1__point_ii").
/// </summary>
/// <param name="Short">The short form.</param>
/// <param name="EId">The Akoma Ntoso element id.</param>
public sealed record PartId(
    [property: SchemaPattern(IdPatterns.ShortId)] string Short,
    [property: SchemaPattern(IdPatterns.EId)] string EId)
{
    /// <summary>The id of the preambular paragraph at <paramref name="position"/> (one-based).</summary>
    /// <param name="position">The paragraph's position in the preamble.</param>
    /// <returns>The id: equal ids the factories make are one instance while the library's pool of ids has room (ids are immutable).</returns>
    public static PartId Preambular(int position) =>
        PartIdPool.Preambular(position, static p => new($"PP{p}", $"preamble__p_{p}"));

    /// <summary>The id of operative paragraph <paramref name="number"/>.</summary>
    /// <param name="number">The paragraph's number.</param>
    /// <param name="section">The section where the operative part is in sections whose numbering restarts ("II"): "II.OP2", "sec_II__para_2"; null otherwise.</param>
    /// <returns>The id: equal ids the factories make are one instance while the library's pool of ids has room (ids are immutable).</returns>
    public static PartId Operative(int number, string? section = null) =>
        section is null
            ? PartIdPool.Operative(number, static n => new($"OP{n}", $"para_{n}"))
            : PartIdPool.Of(new($"{section}.OP{number}", $"sec_{section}__para_{number}"));

    /// <summary>The id of the item labelled <paramref name="label"/> in the list directly under this part.</summary>
    /// <param name="label">The item's label without parentheses ("b", "ii").</param>
    /// <returns>The id: equal ids the factories make are one instance while the library's pool of ids has room (ids are immutable).</returns>
    public PartId Item(string label) =>
        PartIdPool.Of(new($"{Short}({label})", $"{EId}__list_1__point_{label}"));

    /// <summary>Reads an id from its eId: "para_3__list_1__point_b" is OP3(b), "preamble__p_5" is PP5.</summary>
    /// <param name="eId">An eId in the form this library writes.</param>
    /// <returns>The id, or null when <paramref name="eId"/> is not in that form.</returns>
    public static PartId? FromEId(string eId)
    {
        ArgumentNullException.ThrowIfNull(eId);
        var match = System.Text.RegularExpressions.Regex.Match(eId, @"^(?:sec_(?<section>[A-Z0-9]+)__)?(?<root>preamble__p|para)_(?<n>[1-9][0-9]*)(?<items>(?:__list_1__point_[a-z]+)*)$");
        if (!match.Success)
        {
            return null;
        }
        if (!int.TryParse(match.Groups["n"].ValueSpan, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n))
        {
            return null; // more than an int holds: no part of any resolution
        }
        var section = match.Groups["section"].Success ? match.Groups["section"].Value : null;
        if (section is not null && match.Groups["root"].Value != "para")
        {
            return null;
        }
        var id = match.Groups["root"].Value == "para" ? Operative(n, section) : Preambular(n);
        foreach (var label in match.Groups["items"].Value.Split("__list_1__point_", StringSplitOptions.RemoveEmptyEntries))
        {
            id = id.Item(label);
        }
        return id;
    }

    /// <summary>The short form.</summary>
    public override string ToString() => Short;
}
