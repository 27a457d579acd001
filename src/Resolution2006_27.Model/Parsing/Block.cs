using Resolution2006_27.Model.Text;

namespace Resolution2006_27.Model.Parsing;

/// <summary>A run of printed lines that belong to one paragraph, item or heading.</summary>
/// <param name="lines">The lines, an array: readers go over them in every check, and a loop over an array makes no enumerator.</param>
internal sealed class Block(SourceLine[] lines)
{
    public SourceLine[] Lines { get; } = lines;

    public int Start => Lines[0].ContentStart;

    public int End => Lines[^1].ContentEnd;

    /// <summary>The block's text, folded once by <see cref="BlockText.Spanned(Block)"/>: the readers ask for it several times.</summary>
    internal SpannedText? Folded { get; set; }

    /// <summary>The first line's content, cut once by <see cref="BlockText.FirstLine(Block)"/>.</summary>
    internal string? FirstLine { get; set; }
}
