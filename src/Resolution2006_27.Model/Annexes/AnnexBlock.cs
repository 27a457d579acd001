using Resolution2006_27.Model.Text;

namespace Resolution2006_27.Model.Annexes;

/// <summary>A block of an annex as printed: its kind, its label, its text and where it stands.</summary>
/// <param name="Kind">What the block is.</param>
/// <param name="Label">The label as printed ("I.", "3.", "(b)", "–"), or null for a title or plain text.</param>
/// <param name="Text">The block's words after its label, line wraps joined.</param>
/// <param name="Span">Where the block, label included, stands in the source.</param>
public sealed record AnnexBlock(AnnexBlockKind Kind, string? Label, string Text, SourceSpan Span);
