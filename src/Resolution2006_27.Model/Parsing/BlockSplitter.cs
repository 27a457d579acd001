using System.Text.RegularExpressions;
using Resolution2006_27.Model.Diagnostics;
using Resolution2006_27.Model.Phrases;
using Resolution2006_27.Model.Text;

namespace Resolution2006_27.Model.Parsing;

/// <summary>
/// Splits printed lines into blocks. A block starts after a blank line, or at an indented line:
/// printed paragraphs open with an indent and continue flush left, so an indented line opens a new
/// paragraph even where a page break swallowed the blank line before it. In hard-wrapped print with
/// neither (scanned yearbooks), a line that ends with a paragraph's punctuation and a next line that opens
/// with a label ("1.", "(a)"), a lead phrase the lexicon knows or the closing lines start a new block too.
/// Lines that are page furniture (running heads, a bare document symbol, a job number, a page number,
/// <c>&lt;!-- Page N --&gt;</c>) are set aside; a block that opens in lower case continues the one before,
/// split by a page break.
/// </summary>
internal static class BlockSplitter
{
    private static readonly TieredRegex Furniture = new(
        @"^(?:" + Layout.SymbolLine + @"|\d{2}-\d{5}(?: ?\([A-Z]\))?|\d{1,3}/\d{1,3}|\d{1,4}|-\s?\d{1,4}\s?-|Page \d{1,3}(?: of \d{1,3})?|<!--\s*Page\s+\d{1,4}\s*-->|[_\-–—=*.·]{3,}|\*\s*Reissued for technical reasons.*"
        + @"|(?i:(?:[IVXL]{1,5}\.\s+)?Resolutions adopted (?:on the reports? of|without reference to|by)\b[^.;:]*?(?:\s+\d{1,4})?)"
        + @"|(?:\d{1,4}\s+)?General Assembly\s*[-–—]\s*[A-Z][a-z]+(?:-[a-z]+)?\s+[Ss]ession(?:\s+\d{1,4})?)$",
        RegexOptions.CultureInvariant);

    // A line is furniture only if it opens as one of Furniture's alternatives does; nearly every line of text opens
    // otherwise, and is told apart by its first two characters without trying the pattern. (A line of a lead phrase,
    // "Recalling" or "Stresses", opens with the letter of a symbol or a roman numeral, but not with its second character.)
    private static bool IsFurniture(ReadOnlySpan<char> content) => MayBeFurniture(content) && Furniture.IsMatch(content);

    private static bool MayBeFurniture(ReadOnlySpan<char> content)
    {
        var second = content.Length > 1 ? content[1] : '\0';
        return content[0] switch
        {
            >= '\u0080' => true, // a digit, dash or rule outside ASCII
            >= '0' and <= '9' => Layout.LeadingDigits(content) is var n && (n == content.Length || content[n] is '-' or '/' or >= '\u0080' || char.IsWhiteSpace(content[n])), // "06-12345", "2/6", "12", "60 General Assembly"; not "1. Urges"
            '-' or 'P' or '<' or '_' or '=' or '*' or '.' => true,
            'A' or 'E' or 'S' => second == '/', // a symbol line: "A/RES/60/1"
            'I' or 'V' or 'X' or 'L' or 'i' or 'v' or 'x' or 'l' => second is '.' or 'I' or 'V' or 'X' or 'L' or 'i' or 'v' or 'x' or 'l' or >= '\u0080', // "IV. Resolutions adopted ..."
            'R' or 'r' => second is 'e' or 'E' or >= '\u0080', // "Resolutions adopted on the reports of ..."
            'G' => second == 'e', // "General Assembly - Sixtieth session"
            _ => false,
        };
    }

    private static readonly TieredRegex ClosingLine = new(@"^(?:\d{1,4}(?:st|nd|rd|th)\s+(?:plenary\s+)?meeting|Annex\b|ANNEX\b)", RegexOptions.CultureInvariant);

    // What opens a paragraph in hard-wrapped print: a label, or the closing lines of the Council's yearbooks.
    private static readonly TieredRegex Opening = new(@"^(?:\d{1,3}[.,]\s|\([a-z]{1,5}\)\s|Adopted (?:unanimously )?at the\b|\d{1,4}(?:st|nd|rd|th)\s+(?:plenary\s+)?meeting)", RegexOptions.CultureInvariant);

    public static IReadOnlyList<Block> Split(SourceDocument document, List<SourceLine> furniture, VerbLexicon lexicon)
    {
        var blocks = new List<Block>();
        var current = new List<SourceLine>();
        // Of the current block's last line: whether it ends as a paragraph does, whether it is a formula, and its
        // text where it was cut (a line is cut only where a pattern needs a string: most are read as spans).
        var previousEnds = false;
        var previousFormula = false;
        string? previousText = null;
        foreach (var line in document.Lines)
        {
            if (line.IsBlank)
            {
                Flush();
                continue;
            }
            var content = document.Text.AsSpan(line.ContentStart, line.ContentEnd - line.ContentStart);
            if (IsFurniture(content))
            {
                furniture.Add(line);
                continue;
            }
            string? text = null;
            var formula = Layout.MayOpenFormula(content[0]) && IsFormula(text = content.ToString());
            if (line.IsIndented || formula || (current.Count > 0 && (previousFormula || (previousEnds && OpensParagraph(content, ref text, lexicon)))))
            {
                Flush();
            }
            current.Add(line);
            previousEnds = Layout.EndsAsParagraph(content);
            previousFormula = formula;
            previousText = text;
        }
        Flush();
        return Merge(document, blocks);

        void Flush()
        {
            if (current.Count > 0)
            {
                // A block of one line (a paragraph per line, as extractions print them) keeps the line where it was cut.
                blocks.Add(new Block([.. current]) { FirstLine = current.Count == 1 ? previousText : null });
                current.Clear(); // the block took a copy: one list, grown once, serves every block
            }
        }
    }

    // The enacting formula stands on a line of its own, even where no blank line sets it apart ("[S/1404}" above it).
    private static bool IsFormula(string line) =>
        Layout.Formula.Match(line) is { Success: true } m && Organs.ByName(m.Groups["organ"].Value) is not null;

    // After a line that ends as a paragraph does, a line opens a paragraph with a label, a closing line or a lead phrase.
    private static bool OpensParagraph(ReadOnlySpan<char> line, ref string? text, VerbLexicon lexicon) =>
        Opening.IsMatch(line) || (char.IsUpper(line[0]) && PhraseReader.ReadAt(text ??= line.ToString(), 0, lexicon, midSentence: false) is not null);

    private static bool IsBullet(SourceDocument document, Block block) =>
        document.Text[block.Start] is '-' or '–' or '—' or '•' && block.Start + 1 < document.Text.Length && SourceDocument.IsBlank(document.Text[block.Start + 1]);

    // ClosingLine opens with a digit ("41st plenary meeting") or "An" ("Annex"): most blocks are told apart by that.
    private static bool ClosesBody(SourceDocument document, Block block) =>
        document.Text.AsSpan(block.Start, block.Lines[0].ContentEnd - block.Start) is var line
        && (char.IsDigit(line[0]) || (line.Length > 1 && line[0] == 'A' && line[1] is 'n' or 'N'))
        && ClosingLine.IsMatch(line);

    // Printed paragraphs never open in lower case: such a block is the rest of the one above.
    private static List<Block> Merge(SourceDocument document, List<Block> blocks)
    {
        var merged = new List<Block>(blocks.Count); // at most as many: grown once, not by doubling
        // The lines of the last block and of the blocks read as its rest, made one block when the run ends: joined at
        // each block, a run of thousands cost its length for each.
        List<SourceLine>? joined = null;
        var closed = false; // After the meeting and date lines, bullets belong to annexes, which keep them as blocks.
        foreach (var block in blocks)
        {
            closed = closed || ClosesBody(document, block);
            if (merged.Count > 0 && char.IsLower(document.Text[block.Start]))
            {
                document.Info(DiagnosticIds.ContinuedParagraph, "A block opens in lower case: read as the rest of the paragraph above, split by a page break", block.Start);
                (joined ??= [.. merged[^1].Lines]).AddRange(block.Lines);
            }
            else if (merged.Count > 0 && IsBullet(document, block) && !closed)
            {
                document.Info(DiagnosticIds.BulletAsText, "A dash bullet: read as text of the paragraph above (bullets are not items of the model yet)", block.Start);
                (joined ??= [.. merged[^1].Lines]).AddRange(block.Lines);
            }
            else
            {
                EndRun();
                merged.Add(block);
            }
        }
        EndRun();
        return merged;

        void EndRun()
        {
            if (joined is not null)
            {
                merged[^1] = new Block([.. joined]);
                joined = null;
            }
        }
    }
}
