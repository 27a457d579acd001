using Resolution2006_27.Model.Text;

namespace Resolution2006_27.Model.Parsing;

/// <summary>What the blocks after an enacting formula hold.</summary>
internal sealed record Body(
    IReadOnlyList<RawPart> Preamble,
    IReadOnlyList<RawPart> Operative,
    Conclusions? Conclusions,
    DateOnly? ClosingDate,
    IReadOnlyList<Annexes.Annex> Annexes,
    IReadOnlyList<SpannedText> Unplaced);
