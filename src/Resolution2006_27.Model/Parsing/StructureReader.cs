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
    private static readonly Regex Masthead = new(
        @"^(?:.*\bResolution\s+(?<number>\d{1,4}/\d{1,4}|\d{1,5} \(\d{4}\))(?!\S).*|Resolution adopted by (?:the )?(?<organ>[A-Z][A-Za-z ]+?) on (?<date>\d{1,2} [A-Z][a-z]+ \d{4}))$",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);
    // "Adopted by the Security Council at its 7847th meeting, on 20 December 2016".
    private static readonly Regex AdoptedBy = new(
        @"^Adopted by (?:the )?(?<organ>[A-Z][A-Za-z ]+?) at its \d{1,5}(?:st|nd|rd|th) (?:plenary )?meeting,? (?:held )?on (?<date>\d{1,2} [A-Z][a-z]+ \d{4})\.?$",
        RegexOptions.CultureInvariant);
    private static readonly Regex NumberedTitle = new(@"^(?<number>\d{1,4}/\d{1,4}|\d{1,4} \([IVXLC]+\))\.\s+(?=\S)", RegexOptions.CultureInvariant);
    private static readonly Regex OperativeLabel = new(@"^(?<n>\d{1,3})\.\s+(?=\S)", RegexOptions.CultureInvariant);
    private static readonly Regex ItemLabel = new(@"^\((?<l>[a-z]{1,5})\)\s+(?=\S)", RegexOptions.CultureInvariant);
    private static readonly Regex MeetingLine = new(@"^\d{1,4}(?:st|nd|rd|th) (?:plenary )?meeting$", RegexOptions.CultureInvariant);
    private static readonly Regex AnnexHeading = new(@"^Annex(?:es)?(?: [IVXLC]+| [A-Z])?$", RegexOptions.CultureInvariant);
    private static readonly Regex AnnexLabel = new(@"^(?<label>[IVXLC]+\.|[A-Z]\.|\d{1,3}\.|\([a-z]{1,5}\)|\([ivxlc]+\)|[-–—•])\s+(?=\S)", RegexOptions.CultureInvariant);
    private static readonly Regex DateLine = new(@"^\d{1,2} [A-Z][a-z]+ \d{4}$", RegexOptions.CultureInvariant);

    private readonly SourceDocument document;
    private readonly AliasMatcher actors;
    private readonly MarkerScanner markers;

    public StructureReader(SourceDocument document, AliasMatcher actors)
    {
        this.document = document;
        this.actors = actors;
        markers = new MarkerScanner(document);
    }

    public RawResolution Read()
    {
        var furniture = new List<SourceLine>();
        var blocks = BlockSplitter.Split(document, furniture);
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
        var heading = ReadHeading(blocks.Take(formulaIndex).ToList(), formula, organId);

        var preamble = new List<RawPart>();
        var operative = new List<RawPart>();
        (SpannedText Meeting, SpannedText Date, DateOnly Value)? conclusions = null;
        var annexes = new List<(SpannedText Heading, List<Annexes.AnnexBlock> Blocks)>();
        foreach (var block in blocks.Skip(formulaIndex + 1))
        {
            // Annexes follow the closing lines, or the last operative paragraph where none are printed.
            if (conclusions is not null || annexes.Count > 0 || (operative.Count > 0 && AnnexHeading.IsMatch(Spanned(block).Text)))
            {
                var spanned = Spanned(block);
                if (AnnexHeading.IsMatch(spanned.Text))
                {
                    annexes.Add((spanned, []));
                    continue;
                }
                if (annexes.Count == 0)
                {
                    throw document.Error("Text after the meeting and date lines: the resolution ends there, or an annex follows under a heading such as 'Annex'", block.Start);
                }
                annexes[^1].Blocks.Add(AnnexBlockOf(block, annexes[^1].Blocks));
                continue;
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
        if (conclusions is null && heading.Date is null)
        {
            throw document.Error("No meeting and date lines after the last operative paragraph (such as '41st plenary meeting' and '27 July 2006'), nor a heading that dates the resolution", document.Text.Length);
        }
        if (conclusions is { } closing && heading.Date is { } printed && printed != closing.Value)
        {
            document.Warn($"The heading dates the resolution {printed:d MMMM yyyy}, the closing lines {closing.Value:d MMMM yyyy}: the closing date is taken", heading.Masthead.Span.Start);
        }
        return new RawResolution(
            organId, heading.Number, heading.Masthead, heading.Origin, heading.PrintedNumber, heading.Adoption, heading.Title, Spanned(formula),
            preamble, operative, conclusions is { } c ? new Conclusions(c.Meeting, c.Date) : null, conclusions?.Value ?? heading.Date!.Value,
            [.. annexes.Select(a => new Annexes.Annex(a.Heading, [.. a.Blocks]))],
            [.. furniture.Select(l => new SpannedText(document.Text[l.ContentStart..l.ContentEnd], document.Span(l.ContentStart, l.ContentEnd)))]);
    }

    /// <summary>
    /// A block of an annex, classed by its label: roman or capital-letter headings, numbered paragraphs
    /// (numbering restarts in each annex; a gap is warned), items, dash bullets; the first unlabelled
    /// block is the title, later ones are text.
    /// </summary>
    private Annexes.AnnexBlock AnnexBlockOf(Block block, List<Annexes.AnnexBlock> earlier)
    {
        var text = MappedText.Build(document.Text, [.. block.Lines.Select(l => (l.ContentStart, l.ContentEnd))], []);
        var span = document.Span(block.Start, block.End);
        if (AnnexLabel.Match(text.Text) is not { Success: true } label)
        {
            var kind = earlier.Count == 0 ? Annexes.AnnexBlockKind.Title : Annexes.AnnexBlockKind.Text;
            return new Annexes.AnnexBlock(kind, null, text.Text, span);
        }
        var printed = label.Groups["label"].Value;
        var kindOf = printed switch
        {
            [>= '0' and <= '9', ..] => Annexes.AnnexBlockKind.Paragraph,
            ['(', ..] => Annexes.AnnexBlockKind.Item,
            "-" or "–" or "—" or "•" => Annexes.AnnexBlockKind.Bullet,
            _ => Annexes.AnnexBlockKind.Heading,
        };
        if (kindOf == Annexes.AnnexBlockKind.Paragraph)
        {
            var number = int.Parse(printed.TrimEnd('.'), CultureInfo.InvariantCulture);
            var previous = earlier.LastOrDefault(b => b.Kind == Annexes.AnnexBlockKind.Paragraph);
            var expected = previous is null ? 1 : int.Parse(previous.Label!.TrimEnd('.'), CultureInfo.InvariantCulture) + 1;
            if (number != expected)
            {
                document.Warn($"Annex paragraph {number} where {expected} was due", block.Start);
            }
        }
        return new Annexes.AnnexBlock(kindOf, printed, text.Text[label.Length..], span);
    }

    private string? OrganOf(Block block)
    {
        if (block.Lines.Count != 1)
        {
            return null;
        }
        var match = Formula.Match(Spanned(block).Text);
        return match.Success && actors.Knows(match.Groups["organ"].Value, out var id) ? id : null;
    }

    /// <summary>
    /// The blocks before the enacting formula: the masthead ("ECOSOC Resolution 2006/27", "Resolution
    /// adopted by the General Assembly on 17 December 2015"), a bracketed origin line, the number printed
    /// before the title ("70/179."), and the title. The number comes from the masthead or the title line;
    /// where both give one and they differ, or the masthead names another organ than the formula, a
    /// warning says which was taken.
    /// </summary>
    private (SpannedText Masthead, SpannedText? Origin, SpannedText? PrintedNumber, SpannedText? Adoption, SpannedText? Title, string Number, DateOnly? Date) ReadHeading(List<Block> heading, Block formula, string organId)
    {
        SpannedText? masthead = null, origin = null, printedNumber = null, adoption = null;
        string? number = null;
        DateOnly? date = null;
        var titles = new List<SpannedText>();
        foreach (var block in heading)
        {
            var spanned = Spanned(block);
            if (masthead is null && Masthead.Match(spanned.Text) is { Success: true } m)
            {
                masthead = spanned;
                number = m.Groups["number"].Success ? m.Groups["number"].Value : null;
                if (m.Groups["organ"].Success)
                {
                    WarnOnOtherOrgan("masthead", m.Groups["organ"].Value, organId, block.Start);
                }
                if (m.Groups["date"].Success && TryDate(m.Groups["date"].Value, out var d))
                {
                    date = d;
                }
            }
            else if (adoption is null && AdoptedBy.Match(spanned.Text) is { Success: true } adopted)
            {
                adoption = spanned;
                WarnOnOtherOrgan("heading", adopted.Groups["organ"].Value, organId, block.Start);
                if (TryDate(adopted.Groups["date"].Value, out var d))
                {
                    date = d;
                }
            }
            else if (origin is null && titles.Count == 0 && spanned.Text.StartsWith('[') && spanned.Text.EndsWith(']'))
            {
                origin = spanned;
            }
            else if (printedNumber is null && titles.Count == 0 && NumberedTitle.Match(spanned.Text) is { Success: true } n)
            {
                var text = MappedText.Build(document.Text, [.. block.Lines.Select(l => (l.ContentStart, l.ContentEnd))], []);
                var label = n.Groups["number"].Value + ".";
                var (labelStart, labelEnd) = text.SourceRange(0, label.Length);
                printedNumber = new SpannedText(label, document.Span(labelStart, labelEnd));
                var (titleStart, titleEnd) = text.SourceRange(n.Length, text.Text.Length);
                titles.Add(new SpannedText(text.Text[n.Length..], document.Span(titleStart, titleEnd)));
                if (number is not null && number != n.Groups["number"].Value)
                {
                    document.Warn($"The masthead numbers the resolution {number}, the title line {n.Groups["number"].Value}: the title line is taken", block.Start);
                }
                number = n.Groups["number"].Value;
            }
            else
            {
                titles.Add(spanned);
            }
        }
        if (masthead is null || number is null)
        {
            throw document.Error("No resolution number found in the heading (such as 'ECOSOC Resolution 2006/27', 'Resolution 2331 (2016)', or '70/179.' before the title)", heading.Count > 0 ? heading[0].Start : formula.Start);
        }
        // Security Council resolutions print no title.
        var title = titles.Count == 0 ? null : new SpannedText(string.Join(" ", titles.Select(t => t.Text)), document.Span(titles[0].Span.Start, titles[^1].Span.End));
        return (masthead, origin, printedNumber, adoption, title, number, date);
    }

    // The heading may name the organ too; the enacting formula is what the model takes.
    private void WarnOnOtherOrgan(string where, string named, string organId, int start)
    {
        if (actors.Knows(named, out var organ) && organ != organId)
        {
            document.Warn($"The {where} names '{named}', the enacting formula another organ: the formula is taken", start);
        }
    }

    // Dates as the UN prints them: "27 July 2006".
    private static bool TryDate(string text, out DateOnly date) =>
        DateOnly.TryParseExact(text, "d MMMM yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

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
            // No-break spaces and tabs read as spaces: "53rd\u00a0plenary meeting".
            var spanned = Spanned(new Block([line]));
            var text = spanned.Text;
            if (MeetingLine.IsMatch(text) && meeting is null)
            {
                meeting = spanned;
            }
            else if (DateLine.IsMatch(text) && date is null &&
                     TryDate(text, out value))
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
