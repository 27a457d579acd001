using Resolution2006_27.Model.Text;

namespace Resolution2006_27.Model.Parsing;

/// <summary>The resolution's structure as the structure reader found it.</summary>
internal sealed record RawResolution(
    string OrganId,
    string Number,
    SpannedText? Masthead,
    DocumentInfo? Document,
    SpannedText? Origin,
    SpannedText? PrintedNumber,
    SpannedText? Adoption,
    SpannedText? Title,
    SpannedText? Formula,
    IReadOnlyList<RawPart> Preamble,
    IReadOnlyList<RawPart> Operative,
    Conclusions? Conclusions,
    DateOnly? AdoptionDate,
    IReadOnlyList<Annexes.Annex> Annexes,
    IReadOnlyList<SpannedText> Furniture,
    IReadOnlyList<SpannedText> Unplaced,
    int Start,
    int End);
