namespace Resolution2006_27.Model.Parsing;

/// <summary>
/// Splits printed lines into blocks. A block starts after a blank line, or at an indented line:
/// printed paragraphs open with an indent and continue flush left, so an indented line opens a new
/// paragraph even where a page break swallowed the blank line before it.
/// </summary>
internal static class BlockSplitter
{
    public static IReadOnlyList<Block> Split(SourceDocument document)
    {
        var blocks = new List<Block>();
        var current = new List<SourceLine>();
        foreach (var line in document.Lines)
        {
            if (line.IsBlank || line.IsIndented)
            {
                Flush();
            }
            if (!line.IsBlank)
            {
                current.Add(line);
            }
        }
        Flush();
        return blocks;

        void Flush()
        {
            if (current.Count > 0)
            {
                blocks.Add(new Block([.. current]));
                current = [];
            }
        }
    }
}
