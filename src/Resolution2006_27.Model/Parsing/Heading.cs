using Resolution2006_27.Model.Text;

namespace Resolution2006_27.Model.Parsing;

/// <summary>What the blocks before an enacting formula say of the resolution.</summary>
internal sealed record Heading(
    SpannedText? Masthead,
    SpannedText? Origin,
    SpannedText? PrintedNumber,
    SpannedText? Adoption,
    SpannedText? Title,
    string? Number,
    string? PartLabel,
    DateOnly? Date,
    IReadOnlyList<Block> Paragraphs,
    IReadOnlyList<SpannedText> MastheadLines);
