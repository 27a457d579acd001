namespace Resolution2006_27.Model.Registry;

/// <summary>
/// Where a fact that is not in the adopted text comes from, and whether it was checked against an
/// authoritative source. Facts with <see cref="Verified"/> false are editorial reference data, never
/// the adopted text.
/// </summary>
/// <param name="Source">The source of the fact, something a reader can open: a document symbol with its address ("A/RES/55/25 (https://undocs.org/en/A/RES/55/25)"), a treaty-series reference, a web address.</param>
/// <param name="Verified">True only when the fact was checked against the authoritative source.</param>
/// <param name="Note">Anything a user should know about the fact's reliability; null when there is nothing to add.</param>
public sealed record Provenance(string Source, bool Verified, string? Note = null);
