using System.Globalization;
using System.Text.RegularExpressions;
using Resolution2006_27.Model.Diagnostics;
using Resolution2006_27.Model.Text;

namespace Resolution2006_27.Model.Parsing;

/// <summary>
/// Reads the blocks before an enacting formula: the document masthead of any era ("UNITED NATIONS",
/// the organ, "Distr.: General", the session, agenda items, "Resolution 1818 (2008)", "RESOLUTION ADOPTED
/// BY THE GENERAL ASSEMBLY", "Resolution adopted by the General Assembly on 19 December 2017", "Adopted by
/// the Security Council at its 5911th meeting, on 13 June 2008"), the bracketed origin line, the numbered
/// title ("72/185.&#9;Globalization ...", "4 (1946). Resolution of 29 April 1946"), the label of a part
/// ("A"), and text printed as a paragraph before the formula (which ends with a comma or semicolon).
/// </summary>
internal sealed class HeadingReader(BlockText blocks, AliasMatcher actors)
{
    private SourceDocument Document => blocks.Document;

    public Heading Read(IReadOnlyList<Block> headingBlocks, string organId)
    {
        var heading = headingBlocks.SelectMany(Lines).ToList();
        var masthead = new List<Block>();
        SpannedText? origin = null, printedNumber = null, adoption = null;
        Block? adoptionBlock = null;
        string? number = null, part = null;
        DateOnly? date = null;
        var titles = new List<SpannedText>();
        var titleBlocks = new List<Block>();
        var paragraphs = new List<Block>();
        Block? previous = null;
        foreach (var block in heading)
        {
            var spanned = blocks.Spanned(block);
            var text = spanned.Text;
            if (Layout.PartLabel.IsMatch(text))
            {
                // The letter of a part ("A", "B") is printed above its formula: part of the heading as printed.
                part = text;
                masthead.Add(block);
            }
            else if (Layout.NamingLine.Match(text) is { Success: true } naming)
            {
                masthead.Add(block);
                number ??= Normalize(naming.Groups["number"].Value);
                TakeDate(naming.Groups["date"], block.Start);
            }
            else if (AdoptionMatch(text) is { } adopted && (adoption is null || !adopted.Groups["meeting"].Success))
            {
                // "Resolution adopted by the General Assembly on 19 December 2017" is the masthead's last line;
                // "Adopted by the Security Council at its 5911th meeting, on 13 June 2008" the adoption line.
                if (adopted.Groups["meeting"].Success)
                {
                    adoption = spanned;
                    adoptionBlock = block;
                }
                else
                {
                    masthead.Add(block);
                }
                WarnOnOtherOrgan(adopted.Groups["organ"].Value, organId, block.Start);
                TakeDate(adopted.Groups["date"], block.Start);
            }
            else if (adoptionBlock is not null && previous == adoptionBlock && adoption!.Text.EndsWith(',')
                     && Layout.DatedLine.Match(text) is { Success: true } onDate)
            {
                // "Adopted by the Security Council at its 3927th meeting," with "on 16 September 1998" on a line of
                // its own: one adoption line, printed over two.
                adoption = blocks.Joined([adoptionBlock, block]);
                TakeDate(onDate.Groups["date"], block.Start);
            }
            else if (Layout.DatedLine.Match(text) is { Success: true } dated && titles.Count == 0)
            {
                masthead.Add(block);
                TakeDate(dated.Groups["date"], block.Start);
            }
            else if ((Layout.MastheadLine.IsMatch(text) && titles.Count == 0) || (masthead.Count > 0 && masthead[^1] == previous && AgendaTitle(previous, text)))
            {
                // The title of an agenda item stands under its line and is the masthead's.
                masthead.Add(block);
            }
            else if (origin is null && Layout.Origin.IsMatch(text))
            {
                origin = spanned;
            }
            else if (printedNumber is null && Layout.NumberedTitle.Match(text) is { Success: true } n)
            {
                // Lines above the numbered title are the masthead's (a running head the furniture rules do not know).
                masthead.AddRange(titleBlocks);
                titles.Clear();
                titleBlocks.Clear();
                var mapped = blocks.Mapped(block);
                var label = mapped.Text[..n.Length].TrimEnd();
                var (labelStart, labelEnd) = mapped.SourceRange(0, label.Length);
                printedNumber = new SpannedText(label, Document.Span(labelStart, labelEnd));
                if (n.Length < mapped.Text.Length)
                {
                    var (titleStart, titleEnd) = mapped.SourceRange(n.Length, mapped.Text.Length);
                    titles.Add(new SpannedText(mapped.Text[n.Length..], Document.Span(titleStart, titleEnd)));
                    if (Layout.DatedLine.Match(mapped.Text[n.Length..]) is { Success: true } dated2)
                    {
                        TakeDate(dated2.Groups["date"], block.Start);
                    }
                }
                var printed = Normalize(n.Groups["number"].Value);
                if (number is not null && number != printed)
                {
                    Document.Warn(DiagnosticIds.HeadingDisagrees, $"The masthead numbers the resolution {number}, the title line {printed}: the title line is taken", block.Start);
                }
                number = printed;
            }
            else if (text.Length > 0 && text[^1] is ',' or ';' && (block.Lines.Length > 1 || text.Length > 120))
            {
                // "The attention of the Security Council has been drawn to ...;" then "Therefore the Security Council,".
                paragraphs.Add(block);
            }
            else
            {
                titles.Add(spanned);
                titleBlocks.Add(block);
            }
            previous = block;
        }
        var title = titles.Count == 0 ? null : new SpannedText(string.Join(" ", titles.Select(t => t.Text)), Document.Span(titles[0].Span.Start, titles[^1].Span.End));
        return new Heading(masthead.Count == 0 ? null : blocks.Joined(masthead), origin, printedNumber, adoption, title, number, part, date, paragraphs,
            [.. masthead.SelectMany(b => b.Lines).Select(l => blocks.Spanned([l]))]);

        // The first date the heading prints is its date; a line that prints another is said, not silently dropped.
        void TakeDate(Group group, int at)
        {
            if (!group.Success || !Layout.TryDate(group.Value, out var d))
            {
                return;
            }
            if (date is { } first && first != d)
            {
                Document.Warn(DiagnosticIds.HeadingDisagrees, string.Create(CultureInfo.InvariantCulture, $"The heading dates the resolution {first:d MMMM yyyy} and, on this line, {d:d MMMM yyyy}: the first is taken"), at);
            }
            date ??= d;
        }
    }

    private bool AgendaTitle(Block? agenda, string text) =>
        agenda is not null && Layout.AgendaLine.IsMatch(blocks.Spanned(agenda).Text) && !Layout.NumberedTitle.IsMatch(text) && !Layout.Origin.IsMatch(text);

    private Match? AdoptionMatch(string text)
    {
        var adopted = Layout.AdoptedLine.Match(text);
        if (adopted.Success && Known(adopted.Groups["organ"].Value))
        {
            return adopted;
        }
        adopted = Layout.AdoptedBy.Match(text);
        return adopted.Success ? adopted : null;
    }

    /// <summary>
    /// A heading block split where a line of it is a heading line of its own ("52 (1948). Resolution of 22 June
    /// 1948" above "[S/852]"; "Resolution 638 (1989)" above "of 3f July 1989"): scans keep no blank line between them.
    /// </summary>
    // "of 3f July 1989": the line of a date the scan misread, which is no title's.
    private static readonly TieredRegex ScannedDate = new(@"^of \S{1,3} [A-Z][a-z]+ \d{4}\.?$", RegexOptions.CultureInvariant);

    private IEnumerable<Block> Lines(Block block)
    {
        var current = new List<SourceLine>();
        foreach (var line in block.Lines)
        {
            var text = blocks.Spanned([line]).Text;
            var own = Layout.Origin.IsMatch(text) || Layout.NamingLine.IsMatch(text) || Layout.NumberedTitle.IsMatch(text) || Layout.DatedLine.IsMatch(text)
                || ScannedDate.IsMatch(text) || Layout.AdoptedBy.IsMatch(text);
            if (own && current.Count > 0)
            {
                yield return new Block([.. current]);
                current = [];
            }
            current.Add(line);
            if (own)
            {
                yield return new Block([.. current]);
                current = [];
            }
        }
        if (current.Count > 0)
        {
            yield return new Block([.. current]);
        }
    }

    /// <summary>"2200 A(XXI)" and "2200 A (XXI)" alike: one space before a bracket, none doubled.</summary>
    public static string Normalize(string number) => Regex.Replace(Regex.Replace(number, @"\s+", " "), @"(?<=[\dA-H])\(", " (");

    private bool Known(string organ) => actors.Knows(organ.Trim(), out _) || actors.Knows(System.Globalization.CultureInfo.InvariantCulture.TextInfo.ToTitleCase(organ.Trim().ToLowerInvariant()).Replace(" And ", " and ", StringComparison.Ordinal), out _);

    // The heading may name the organ too; the enacting formula is what the model takes.
    private void WarnOnOtherOrgan(string named, string organId, int start)
    {
        if (actors.Knows(named, out var organ) && organ != organId)
        {
            Document.Warn(DiagnosticIds.HeadingDisagrees, $"The heading names '{named}', the enacting formula another organ: the formula is taken", start);
        }
    }
}
