namespace Resolution2006_27.Model.Text;

/// <summary>A piece of the adopted text, as normalized, with the span it comes from.</summary>
/// <param name="Text">The text with line wraps joined and indents and footnote markers removed.</param>
/// <param name="Span">Where it stands in the source.</param>
public sealed record SpannedText(string Text, SourceSpan Span);
