using System.Globalization;
using Resolution2006_27.Model.Diagnostics;
using Resolution2006_27.Model.Phrases;
using Resolution2006_27.Model.Text;

namespace Resolution2006_27.Model.Parsing;

/// <summary>
/// Reads the printed layout into structure. A text may hold several resolutions (a page of the Official
/// Records ends one and begins the next; a resolution in parts A, B prints a formula for each): every
/// enacting formula that has a heading of its own (a number, a masthead, a part label) or is the first
/// one starts a resolution, whose heading is read back from the formula over the masthead, the origin
/// line, the numbered title and the part label. Text before the first heading belongs to no resolution
/// read here and is kept, reported, with the first one.
/// </summary>
internal sealed class StructureReader
{
    private readonly SourceDocument document;
    private readonly AliasMatcher actors;
    private readonly VerbLexicon lexicon;
    private readonly BlockText blocks;

    public StructureReader(SourceDocument document, AliasMatcher actors, VerbLexicon lexicon)
    {
        this.document = document;
        this.actors = actors;
        this.lexicon = lexicon;
        blocks = new BlockText(document);
    }

    public IReadOnlyList<RawResolution> ReadAll()
    {
        var furniture = new List<SourceLine>();
        var all = BlockSplitter.Split(document, furniture, lexicon);
        var formulas = all.Select((b, i) => (Block: b, Index: i, Organ: OrganOf(b))).Where(f => f.Organ is not null).ToList();
        if (all.Count == 0)
        {
            throw document.Error(DiagnosticIds.NotAResolution, "The text is empty: nothing of a resolution", 0);
        }
        var starts = new List<(int Head, int Formula, string Organ)>();
        foreach (var (_, index, organ) in formulas)
        {
            var head = HeadStart(all, index, starts.Count == 0 ? 0 : starts[^1].Formula + 1);
            if (starts.Count == 0 || head < index)
            {
                starts.Add((head, index, organ!));
            }
        }
        if (formulas.Count == 0)
        {
            starts.Add(WithoutFormula(all));
        }
        var results = new List<RawResolution>();
        Heading? previous = null;
        for (var k = 0; k < starts.Count; k++)
        {
            var (head, formula, organ) = starts[k];
            // Without a formula, "formula" is where the body starts, the anchor of the resolution's diagnostics, and no block is the formula.
            var printed = formulas.Count > 0;
            var bodyStart = printed ? formula + 1 : formula;
            var end = k + 1 < starts.Count ? starts[k + 1].Head : all.Count;
            var heading = new HeadingReader(blocks, actors).Read([.. all.Skip(head).Take(formula - head)], organ);
            heading = Inherit(heading, previous);
            previous = heading;
            var body = new BodyReader(blocks, lexicon).Read(heading.Paragraphs, all.Skip(bodyStart).Take(end - bodyStart));
            var leading = k == 0 ? all.Take(head).ToList() : [];
            if (leading.Count > 0)
            {
                document.Info(DiagnosticIds.TextBeforeHeading, $"{leading.Count} blocks before the heading, of a resolution printed before this one: kept as unplaced text", leading[0].Start, leading[^1].End);
            }
            var start = all[k == 0 ? 0 : head].Start;
            var stop = end < all.Count ? all[end].Start : document.Text.Length;
            results.Add(Resolution(heading, organ, printed ? all[formula] : null, all[formula], body, leading, furniture.Where(l => l.ContentStart >= (k == 0 ? 0 : start) && l.ContentStart < stop), start, stop));
        }
        return results;
    }

    /// <summary>A part ("B") with no number of its own is numbered and titled after the resolution it belongs to.</summary>
    private static Heading Inherit(Heading heading, Heading? previous)
    {
        var number = heading.Number ?? (heading.PartLabel is not null ? previous?.Number : null);
        if (number is not null && heading.PartLabel is not null && !number.EndsWith(" " + heading.PartLabel, StringComparison.Ordinal))
        {
            number = $"{StripPart(number)} {heading.PartLabel}";
        }
        return heading with { Number = number, Title = heading.Title ?? (heading.PartLabel is not null ? previous?.Title : null) };
    }

    private static string StripPart(string number) =>
        number.Length > 2 && number[^2] == ' ' && number[^1] is >= 'A' and <= 'H' ? number[..^2] : number;

    /// <summary>
    /// A text with no enacting formula (A/RES/24 (I) of 1946 opens its paragraphs "The General Assembly
    /// reserves ..."): read when it holds numbered or lead-phrase paragraphs and names the organ that adopts it;
    /// refused when it holds nothing of a resolution.
    /// </summary>
    private (int Head, int Formula, string Organ) WithoutFormula(IReadOnlyList<Block> all)
    {
        var first = -1;
        for (var i = 0; i < all.Count && first < 0; i++)
        {
            var line = blocks.FirstLine(all[i]);
            // A paragraph ends with punctuation; a title that opens with a gerund does not.
            if (Layout.OperativeLabel.IsMatch(line)
                || (char.IsUpper(line[0]) && Layout.EndsAsParagraph(blocks.Spanned(all[i]).Text) && PhraseReader.ReadAt(line, 0, lexicon, midSentence: false) is not null))
            {
                first = i;
            }
        }
        // The organ the heading names ("ECOSOC Resolution 2006/27"), else the one the first paragraph makes its
        // subject ("1. The General Assembly reserves ..."); never one the text merely mentions.
        var names = Organs.NamePattern;
        var heading = first > 0 ? document.Text[..all[first].Start] : "";
        var organ = System.Text.RegularExpressions.Regex.Match(heading, names) is { Success: true } named
            ? named
            : System.Text.RegularExpressions.Regex.Match(first < 0 ? "" : blocks.FirstLine(all[first]), @"^(?:\d{1,3}\.\s+)?The (?<o>" + names + ")").Groups["o"];
        if (first < 0 || !organ.Success)
        {
            throw document.Error(
                DiagnosticIds.NotAResolution,
                "No enacting formula (a line such as 'The General Assembly,' or 'The Security Council') and no numbered or lead-phrase paragraph naming an organ: the text holds nothing of a resolution",
                all[0].Start);
        }
        document.Warn(DiagnosticIds.NoFormula, $"No enacting formula: the paragraphs from line {document.Position(all[first].Start).Line} on are read as the body, the organ its heading or first paragraph names ('{organ.Value}') as the one adopting it", all[first].Start);
        return (0, first, Organs.ByName(organ.Value == "ECOSOC" ? "Economic and Social Council" : organ.Value)!);
    }

    private RawResolution Resolution(Heading heading, string organ, Block? formula, Block anchor, Body body, List<Block> leading, IEnumerable<SourceLine> furniture, int start, int end)
    {
        var date = body.ClosingDate ?? heading.Date;
        if (body.ClosingDate is { } closing && heading.Date is { } printed && printed != closing)
        {
            document.Warn(DiagnosticIds.HeadingDisagrees, string.Create(CultureInfo.InvariantCulture, $"The heading dates the resolution {printed:d MMMM yyyy}, the closing lines {closing:d MMMM yyyy}: the closing date is taken"), heading.Masthead?.Span.Start ?? anchor.Start);
        }
        if (date is null)
        {
            document.Warn(DiagnosticIds.NoDate, "No adoption date in the heading or the closing lines", anchor.Start);
        }
        if (body.Conclusions is null)
        {
            document.Info(DiagnosticIds.NoClosingLines, "No closing lines (meeting and date, or 'Adopted at the ... meeting') after the last paragraph", body.Operative.Count > 0 ? body.Operative[^1].Start : anchor.End);
        }
        var number = heading.Number ?? "";
        if (body.Preamble.Count == 0 && body.Operative.Count == 0)
        {
            document.Warn(DiagnosticIds.NoParagraphs, "No paragraphs after the enacting formula", anchor.End);
        }
        else if (body.Operative.Count == 0)
        {
            document.Warn(DiagnosticIds.NoOperativeParagraphs, "No operative paragraphs after the preamble (paragraphs numbered '1.', '2.', ... or opening with an operative phrase such as 'Decides')", body.Preamble[^1].Start);
        }
        if (heading.Number is null)
        {
            document.Warn(DiagnosticIds.NoNumber, "No resolution number in the heading (such as 'Resolution 2331 (2016)' or '70/179.' before the title): the resolution is read without number and symbol", heading.Masthead?.Span.Start ?? anchor.Start);
        }
        var unplaced = leading.Select(blocks.Spanned).Concat(body.Unplaced).OrderBy(t => t.Span.Start).ToList();
        var furnitureLines = furniture.ToList();
        if (furnitureLines.Count > 0)
        {
            document.Info(DiagnosticIds.Furniture, $"{furnitureLines.Count} lines of page furniture (running heads, symbols, job and page numbers) set aside in Resolution.Furniture", furnitureLines[0].ContentStart, furnitureLines[0].ContentEnd);
        }
        // The symbol line of a masthead ("A/RES/48/112") is set aside with the page furniture; the heading's share of it is the masthead's.
        var headingStart = heading.Masthead?.Span.Start ?? anchor.Start;
        var headingFurniture = furniture.Where(l => l.ContentStart >= headingStart && l.ContentStart < anchor.Start)
            .Select(blocks.Line).ToList();
        return new RawResolution(
            organ, number, heading.Masthead, DocumentInfoReader.Read([.. heading.MastheadLines, .. headingFurniture], heading.Origin), heading.Origin, heading.PrintedNumber, heading.Adoption, heading.Title, formula is null ? null : blocks.Spanned(formula),
            body.Preamble, body.Operative, body.Conclusions, date, body.Annexes,
            [.. furniture.Select(blocks.Line)],
            unplaced, start, end);
    }

    /// <summary>
    /// Where the heading of the formula at <paramref name="formula"/> starts: back over the part label, the
    /// numbered title, the origin and adoption lines and the masthead, and over text between the title and the
    /// formula; never before <paramref name="floor"/> or past closing lines or paragraphs.
    /// </summary>
    private int HeadStart(IReadOnlyList<Block> all, int formula, int floor)
    {
        var head = formula;
        var titled = false;
        for (var j = formula - 1; j >= floor; j--)
        {
            var text = blocks.Spanned(all[j]).Text;
            // A scan keeps the lines of a heading together: "Resolution 638 (1989)" above "of 3f July 1989".
            var kind = HeadingKind(text) is var whole && whole != HeadingBlock.None ? whole : HeadingKind(blocks.FirstLine(all[j]));
            if (kind == HeadingBlock.None)
            {
                // Text between a numbered title and the formula (a title on two blocks, an old Council text's
                // first paragraph) is the heading's; other text is the body of what came before.
                // The title of an agenda item stands under its line ("Agenda item 19 (c)" above "Social and human rights questions: ...").
                if (j > floor && Layout.AgendaLine.IsMatch(blocks.FirstLine(all[j - 1])))
                {
                    continue;
                }
                if (titled || Layout.OperativeLabel.IsMatch(text) || Layout.ItemLabel.IsMatch(text) || Layout.MeetingLine.IsMatch(text) || Layout.DateLine.IsMatch(text) || Layout.AdoptedAt.IsMatch(text))
                {
                    break;
                }
                continue;
            }
            if ((kind == HeadingBlock.Part && titled) || (Layout.DateLine.IsMatch(text) && j > floor && IsMeeting(blocks.Spanned(all[j - 1]).Text)))
            {
                // A date after a meeting line closes the resolution before; a part label above a title is another part's.
                break;
            }
            head = j;
            titled = titled || kind == HeadingBlock.Numbered;
        }
        return head;
    }

    private static bool IsMeeting(string text) => Layout.MeetingLine.IsMatch(text) || Layout.MeetingAndDate.IsMatch(text);

    private enum HeadingBlock
    {
        None,
        Masthead,
        Numbered,
        Part,
    }

    private HeadingBlock HeadingKind(string text) =>
        Layout.NumberedTitle.IsMatch(text) && !Layout.OperativeLabel.IsMatch(text) ? HeadingBlock.Numbered
        : Layout.PartLabel.IsMatch(text) ? HeadingBlock.Part
        : Layout.NamingLine.IsMatch(text) || Layout.AdoptedLine.IsMatch(text) || Layout.AdoptedBy.IsMatch(text) || Layout.DatedLine.IsMatch(text)
          || Layout.MastheadLine.IsMatch(text) || Layout.Origin.IsMatch(text) ? HeadingBlock.Masthead
        : HeadingBlock.None;

    /// <summary>The organ an enacting formula names, when the block is one and the organ adopts resolutions.</summary>
    private string? OrganOf(Block block)
    {
        if (block.Lines.Length != 1 || !Layout.MayOpenFormula(document.Text[block.Lines[0].ContentStart]))
        {
            return null;
        }
        var match = Layout.Formula.Match(blocks.Spanned(block).Text);
        return match.Success && actors.Knows(match.Groups["organ"].Value, out var id) && Organs.Adopts(id) ? id : null;
    }
}
