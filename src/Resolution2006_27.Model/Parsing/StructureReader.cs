using System.Globalization;
using System.Text.RegularExpressions;
using Resolution2006_27.Model.Parts;
using Resolution2006_27.Model.Text;

namespace Resolution2006_27.Model.Parsing;

/// <summary>
/// Reads the printed layout into structure: heading blocks (masthead and title), the enacting
/// formula, preambular paragraphs, numbered operative paragraphs with their lettered and roman items,
/// and the meeting and date lines. Every block is placed somewhere or rejected with its position.
/// </summary>
internal sealed class StructureReader
{
    private static readonly Regex Formula = new(@"^The (?<organ>[A-Z][A-Za-z ]+),$", RegexOptions.CultureInvariant);
    private static readonly Regex Masthead = new(@"\bResolution\s+(?<number>\d{1,4}/\d{1,4})\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);
    private static readonly Regex OperativeLabel = new(@"^(?<n>\d{1,3})\.\s+(?=\S)", RegexOptions.CultureInvariant);
    private static readonly Regex ItemLabel = new(@"^\((?<l>[a-z]{1,5})\)\s+(?=\S)", RegexOptions.CultureInvariant);
    private static readonly Regex MeetingLine = new(@"^\d{1,4}(?:st|nd|rd|th) (?:plenary )?meeting$", RegexOptions.CultureInvariant);
    private static readonly Regex DateLine = new(@"^\d{1,2} [A-Z][a-z]+ \d{4}$", RegexOptions.CultureInvariant);

    private readonly SourceDocument document;
    private readonly AliasMatcher actors;
    private readonly MarkerScanner markers = new();

    public StructureReader(SourceDocument document, AliasMatcher actors)
    {
        this.document = document;
        this.actors = actors;
    }

    public RawResolution Read()
    {
        var blocks = BlockSplitter.Split(document);
        if (blocks.Count == 0)
        {
            throw document.Error("The text is empty: a resolution needs a heading, an enacting formula and paragraphs", 0);
        }
        var formulaIndex = blocks.ToList().FindIndex(b => OrganOf(b) is not null);
        if (formulaIndex < 0)
        {
            throw document.Error("No enacting formula found: expected a line such as 'The Economic and Social Council,' before the paragraphs", blocks[0].Start);
        }
        var formula = blocks[formulaIndex];
        var organId = OrganOf(formula)!;
        var (masthead, number, title) = ReadHeading(blocks.Take(formulaIndex).ToList(), formula);

        var preamble = new List<RawPart>();
        var operative = new List<RawPart>();
        (SpannedText Meeting, SpannedText Date, DateOnly Value)? conclusions = null;
        foreach (var block in blocks.Skip(formulaIndex + 1))
        {
            if (conclusions is not null)
            {
                throw document.Error("Text after the meeting and date lines: the resolution ends there", block.Start);
            }
            var first = document.Text[block.Start..block.Lines[0].ContentEnd];
            if (OperativeLabel.Match(first) is { Success: true } op)
            {
                var n = int.Parse(op.Groups["n"].Value, CultureInfo.InvariantCulture);
                if (n != operative.Count + 1)
                {
                    throw document.Error($"Operative paragraph {n} follows {(operative.Count == 0 ? "the preamble" : $"paragraph {operative.Count}")}: expected paragraph {operative.Count + 1}", block.Start);
                }
                operative.Add(Part(block, op.Groups["n"].Value, LabelStyle.Letter, op.Length));
            }
            else if (ItemLabel.Match(first) is { Success: true } item)
            {
                var parent = (operative.Count > 0 ? operative[^1] : preamble.Count > 0 ? preamble[^1] : null)
                    ?? throw document.Error($"Item ({item.Groups["l"].Value}) stands before any paragraph it could belong to", block.Start);
                PlaceItem(parent, block, item.Groups["l"].Value, item.Length);
            }
            else if (operative.Count > 0 && ReadConclusions(block) is { } found)
            {
                conclusions = found;
            }
            else if (operative.Count == 0)
            {
                preamble.Add(Part(block, "", LabelStyle.Letter, 0));
            }
            else
            {
                throw document.Error($"Unexpected text after operative paragraph {operative.Count}: expected a numbered paragraph, a lettered item, or the meeting and date lines", block.Start);
            }
        }
        if (preamble.Count == 0 && operative.Count == 0)
        {
            throw document.Error("No paragraphs after the enacting formula", formula.End);
        }
        if (operative.Count == 0)
        {
            throw document.Error("No operative paragraphs: expected paragraphs numbered '1.', '2.', ... after the preamble", document.Text.Length);
        }
        if (conclusions is null)
        {
            throw document.Error("No meeting and date lines after the last operative paragraph (such as '41st plenary meeting' and '27 July 2006')", document.Text.Length);
        }
        var formulaText = document.Text[formula.Start..formula.End];
        return new RawResolution(
            organId, number, masthead, title, new SpannedText(formulaText, document.Span(formula.Start, formula.End)),
            preamble, operative, conclusions.Value.Meeting, conclusions.Value.Date, conclusions.Value.Value);
    }

    private string? OrganOf(Block block)
    {
        if (block.Lines.Count != 1)
        {
            return null;
        }
        var match = Formula.Match(document.Text[block.Start..block.End]);
        return match.Success && actors.Knows(match.Groups["organ"].Value, out var id) ? id : null;
    }

    private (SpannedText Masthead, string Number, SpannedText Title) ReadHeading(List<Block> heading, Block formula)
    {
        var mastheadBlock = heading.FirstOrDefault(b => Masthead.IsMatch(document.Text[b.Start..b.End]))
            ?? throw document.Error("No resolution number found in the heading (such as 'ECOSOC Resolution 2006/27')", heading.Count > 0 ? heading[0].Start : formula.Start);
        var titleBlocks = heading.Where(b => b != mastheadBlock).ToList();
        if (titleBlocks.Count == 0)
        {
            throw document.Error("No title found between the masthead and the enacting formula", mastheadBlock.End);
        }
        var masthead = Spanned(mastheadBlock);
        var titles = titleBlocks.Select(Spanned).ToList();
        var title = new SpannedText(
            string.Join(" ", titles.Select(t => t.Text)),
            document.Span(titles[0].Span.Start, titles[^1].Span.End));
        return (masthead, Masthead.Match(masthead.Text).Groups["number"].Value, title);
    }

    private SpannedText Spanned(Block block)
    {
        var text = MappedText.Build(document.Text, block.Lines.Select(l => (l.ContentStart, l.ContentEnd)).ToList(), []);
        return new SpannedText(text.Text, document.Span(block.Start, block.End));
    }

    private (SpannedText Meeting, SpannedText Date, DateOnly Value)? ReadConclusions(Block block)
    {
        SpannedText? meeting = null, date = null;
        DateOnly value = default;
        foreach (var line in block.Lines)
        {
            var text = document.Text[line.ContentStart..line.ContentEnd];
            var spanned = new SpannedText(text, document.Span(line.ContentStart, line.ContentEnd));
            if (MeetingLine.IsMatch(text) && meeting is null)
            {
                meeting = spanned;
            }
            else if (DateLine.IsMatch(text) && date is null &&
                     DateOnly.TryParseExact(text, "d MMMM yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out value))
            {
                date = spanned;
            }
            else
            {
                return null;
            }
        }
        return meeting is not null && date is not null ? (meeting, date, value) : null;
    }

    /// <summary>
    /// Places an item under its paragraph. A label that continues the letters is a letter item; one
    /// that continues (or starts) the roman items under the last letter item is a roman item, which
    /// wins a tie ("(i)" after "(h)") only where the letter item ends with a colon, opening a list.
    /// </summary>
    private void PlaceItem(RawPart paragraph, Block block, string label, int labelLength)
    {
        var last = paragraph.Items.LastOrDefault();
        var nextLetter = last is null ? "a" : last.Style == LabelStyle.Letter ? Labels.NextLetter(last.Label) : null;
        var nextTopRoman = last is null ? "i" : last.Style == LabelStyle.Roman ? Labels.NextRoman(last.Label) : null;
        var opensList = last is not null && last.Style == LabelStyle.Letter && (last.Items.Count > 0 || last.Text.Text.EndsWith(':'));
        var nextNested = opensList ? Labels.NextRoman(last!.Items.LastOrDefault()?.Label) : null;

        if (label == nextNested && (label != nextLetter || last!.Text.Text.EndsWith(':')))
        {
            last!.Items.Add(Part(block, label, LabelStyle.Roman, labelLength));
        }
        else if (label == nextLetter)
        {
            paragraph.Items.Add(Part(block, label, LabelStyle.Letter, labelLength));
        }
        else if (label == nextTopRoman && last?.Style != LabelStyle.Letter)
        {
            paragraph.Items.Add(Part(block, label, LabelStyle.Roman, labelLength));
        }
        else
        {
            var expected = new[] { nextLetter, nextNested, nextTopRoman }.Where(l => l is not null).Select(l => $"({l})");
            throw document.Error($"Item ({label}) is out of sequence: expected {string.Join(" or ", expected)}", block.Start);
        }
    }

    private RawPart Part(Block block, string label, LabelStyle style, int labelLength)
    {
        var found = new List<(int Start, int End, int Number)>();
        foreach (var line in block.Lines)
        {
            found.AddRange(markers.Scan(document.Text, line.ContentStart, line.ContentEnd));
        }
        var lines = block.Lines.Select((l, i) => (i == 0 ? l.ContentStart + labelLength : l.ContentStart, l.ContentEnd)).ToList();
        var text = MappedText.Build(document.Text, lines, found.Select(m => (m.Start, m.End)).ToList());
        return new RawPart { Start = block.Start, Label = label, Style = style, Text = text, Markers = found };
    }
}
