using Resolution2006_27.Model.Citations;
using Resolution2006_27.Model.Parts;

namespace Resolution2006_27.Model.Queries;

/// <summary>A citation with where it stands and the instrument it names.</summary>
/// <param name="Symbol">The resolution's symbol.</param>
/// <param name="Part">The part that cites.</param>
/// <param name="UnCitation">The part as the UN cites it.</param>
/// <param name="Citation">The citation.</param>
/// <param name="Instrument">The instrument's registry entry.</param>
/// <param name="LoadedSymbol">In a corpus, the symbol of the loaded resolution the citation names; null otherwise.</param>
public sealed record CitationRow(string Symbol, PartId Part, string UnCitation, Citation Citation, Instrument Instrument, string? LoadedSymbol = null);
