using Resolution2006_27.Model.Collections;
using Resolution2006_27.Model.Text;

namespace Resolution2006_27.Model.Annexes;

/// <summary>
/// An annex after the resolution's closing lines, read as a sequence of printed blocks. The library does
/// not analyse annexes for asks and citations yet; their text is kept whole and traceable.
/// </summary>
/// <param name="Heading">"Annex", "Annex I", as printed.</param>
/// <param name="Blocks">The annex's blocks in order: title, headings, paragraphs, items, bullets, text.</param>
public sealed record Annex(SpannedText Heading, ValueList<AnnexBlock> Blocks);
