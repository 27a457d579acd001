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
    public static PartId Preambular(int position) => new($"PP{position}", $"preamble__p_{position}");

    /// <summary>The id of operative paragraph <paramref name="number"/>.</summary>
    /// <param name="number">The paragraph's number.</param>
    public static PartId Operative(int number) => new($"OP{number}", $"para_{number}");

    /// <summary>The id of the item labelled <paramref name="label"/> in the list directly under this part.</summary>
    /// <param name="label">The item's label without parentheses ("b", "ii").</param>
    public PartId Item(string label) => new($"{Short}({label})", $"{EId}__list_1__point_{label}");

    /// <summary>The short form.</summary>
    public override string ToString() => Short;
}
