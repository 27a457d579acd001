using Resolution2006_27.Model.Schema;

namespace Resolution2006_27.Model.Citations;

/// <summary>
/// A United Nations <i>Treaty Series</i> reference. Registration numbers are shared within a treaty
/// family, so the key is the volume and the number together.
/// </summary>
/// <param name="Volume">The UNTS volume.</param>
/// <param name="Page">The first page, or null when not known.</param>
/// <param name="Number">The registration number.</param>
public sealed record TreatySeriesReference(
    [property: SchemaMinimum(1)] int Volume,
    int? Page,
    [property: SchemaMinimum(1)] int Number)
{
    /// <summary>The reference in UN footnote style: "United Nations, Treaty Series, vol. 2225, No. 39574".</summary>
    public override string ToString() => $"United Nations, Treaty Series, vol. {Volume}, No. {Number}";
}
