using System.Globalization;
using Resolution2006_27.Model.Diagnostics;
using Resolution2006_27.Model.Parts;
using Resolution2006_27.Model.Phrases;
using Resolution2006_27.Model.Text;

namespace Resolution2006_27.Model.Parsing;

/// <summary>
/// Reads the blocks after an enacting formula, recovering like a compiler front end: preambular
/// paragraphs; operative paragraphs, numbered or (in the Council's yearbooks) unnumbered, with headings
/// of sections above them; lettered and roman items; the closing lines in any of their printed forms;
/// annexes. What it cannot place is kept with its span, where it stands, and reported: text that
/// continues a paragraph (a list after a colon, an item out of sequence) is joined to the part above;
/// anything else goes to the unplaced text.
/// </summary>
internal sealed class BodyReader(BlockText blocks, VerbLexicon lexicon)
{
    private readonly List<RawPart> preamble = [];
    private readonly List<RawPart> operative = [];
    private readonly List<SpannedText> unplaced = [];
    private readonly List<(SpannedText Heading, List<Annexes.AnnexBlock> Blocks)> annexes = [];
    private readonly List<Block> pendingHeading = [];
    private SpannedText? meeting;
    private SpannedText? date;
    private DateOnly? closingDate;
    private bool closed;
    private bool unnumbered;
    private bool numbered; // the operative part prints numbers: a finite verb in the preamble does not open it
    private int lastNumber;
    private int quoted; // the last number of a list quoted inside a paragraph (after a colon); 0 outside one
    private readonly List<int> sectionStarts = [0]; // where each section of a part in sections with restarting numbers starts

    private SourceDocument Document => blocks.Document;

    public Body Read(IEnumerable<Block> preface, IEnumerable<Block> body)
    {
        foreach (var block in preface)
        {
            Document.Info(DiagnosticIds.PreambleBeforeFormula, "A paragraph printed before the enacting formula: read as the first preambular paragraph", block.Start);
            preamble.Add(blocks.Part(block, "", LabelStyle.Letter, 0));
        }
        var blocksOfBody = body.ToList();
        numbered = NumbersItsParagraphs(blocksOfBody);
        foreach (var block in blocksOfBody)
        {
            Place(block);
        }
        if (pendingHeading.Count > 0)
        {
            Unplace(blocks.Joined(pendingHeading), DiagnosticIds.UnplacedText, "A heading with no paragraph after it", DiagnosticSeverity.Warning);
        }
        AssignSections();
        var conclusions = meeting is not null ? new Conclusions(meeting, date) : null;
        if (conclusions is null && date is not null)
        {
            Unplace(date, DiagnosticIds.UnplacedText, "A date line without a meeting line", DiagnosticSeverity.Warning);
        }
        return new Body(preamble, operative, conclusions, closingDate, [.. annexes.Select(a => new Annexes.Annex(a.Heading, [.. a.Blocks]))], unplaced);
    }

    private void Place(Block block)
    {
        // The layout checks read the first line in place, and the block's text is folded into a string only for a check
        // that needs it: a numbered paragraph or an item never is here (its part's text, without the label, is what it keeps).
        if (annexes.Count > 0 || ((closed || operative.Count > 0) && blocks.Matches(Layout.AnnexHeading, block)))
        {
            PlaceInAnnex(block);
        }
        else if (Closing(block))
        {
            closed = true;
        }
        else if (closed)
        {
            AfterClosing(blocks.Spanned(block));
        }
        else if (LabelReader.Operative(Document.Text, block.Start, block.Lines[0].ContentEnd, out var digits) is var opLength and > 0)
        {
            Numbered(block, digits, opLength);
        }
        else if (blocks.FirstLineMatch(Layout.CommaLabel, block) is { Success: true } comma && Layout.LabelNumber(comma.Groups["n"].ValueSpan) == lastNumber + 1
                 && PhraseReader.ReadAt(blocks.FirstLine(block)[comma.Length..], 0, lexicon, midSentence: false) is not null)
        {
            // Scanned print: "4, Demands that ..." where "4." was due.
            Document.Warn(DiagnosticIds.NumberingOutOfSequence, $"'{comma.Groups["n"].Value},' read as the number '{comma.Groups["n"].Value}.' it continues", block.Start);
            Numbered(block, comma.Groups["n"].Length, comma.Length);
        }
        else if (LabelReader.Item(Document.Text, block.Start, block.Lines[0].ContentEnd, out var letters) is var itemLength and > 0)
        {
            Item(block, TextPool.Shared.Of(Document.Text, block.Start + 1, block.Start + 1 + letters), itemLength); // "a", "iv": pooled
        }
        else if (blocks.FirstLineIs(Layout.InlineFootnote, block) && block.Lines.Length <= 4)
        {
            Unplace(blocks.Spanned(block), DiagnosticIds.FootnoteText, "A footnote's text printed inline: kept as unplaced text", DiagnosticSeverity.Info);
        }
        else if (operative.Count == 0 && IsHeading(block, Text()))
        {
            // "I" and "Introduction", "Political situation" in the preamble or above the first operative paragraph: a
            // preambular paragraph ends with a comma.
            Document.Info(DiagnosticIds.SectionHeading, $"A heading before the operative part ('{Clip(Text())}'): kept as the heading of the paragraph after it", block.Start);
            pendingHeading.Add(block);
        }
        else if (operative.Count == 0 && ((numbered && !Text().EndsWith(':')) || !OpensOperative(Text())))
        {
            if (pendingHeading.Count > 0)
            {
                // The model gives preambular paragraphs no heading: a heading among them is kept, reported, as unplaced text.
                Unplace(blocks.Joined(pendingHeading), DiagnosticIds.SectionHeading, "A heading inside the preamble: kept as unplaced text", DiagnosticSeverity.Info);
                pendingHeading.Clear();
            }
            preamble.Add(blocks.Part(block, "", LabelStyle.Letter, 0));
        }
        else if (operative.Count > 0 && !unnumbered && pendingHeading.Count == 0 && LastText(operative).EndsWith(':'))
        {
            // A list after a colon ("on the following themes:" then "Round table 1: ...") is the paragraph's own text.
            Document.Info(DiagnosticIds.ContinuedParagraph, "Text after a paragraph that ends with a colon: read as the rest of that paragraph", block.Start);
            ExtendLast(operative, block);
        }
        else if (operative.Count > 0 && !unnumbered && pendingHeading.Count == 0 && operative[^1].Items.Count > 0
                 && !Layout.EndsAsParagraph(LastText(operative)) && Layout.EndsAsParagraph(Text()))
        {
            // An item that prints only its heading ("(b) Neutralizing armed groups through the Intervention
            // brigade") has its text in the paragraph under it.
            Document.Info(DiagnosticIds.ContinuedParagraph, "Text under an item that prints only a heading: read as the rest of that item", block.Start);
            ExtendLast(operative, block);
        }
        else if (operative.Count > 0 && !unnumbered && pendingHeading.Count > 0 && OpensOperative(Text()))
        {
            // A section of a numbered operative part that holds one paragraph prints it without a number ("V
            // Proposals 14 and 15" then "Requests the Secretary-General ..."): its paragraph 1.
            Document.Info(DiagnosticIds.SectionHeading, "A section that prints its one paragraph without a number: read as its paragraph 1", block.Start);
            sectionStarts.Add(operative.Count);
            lastNumber = 1;
            operative.Add(WithHeading(blocks.Part(block, "1", LabelStyle.Letter, 0), unnumbered: true));
        }
        else if (operative.Count > 0 && IsHeading(block, Text()))
        {
            Document.Info(DiagnosticIds.SectionHeading, $"A heading inside the operative part ('{Clip(Text())}'): kept as the heading of the paragraph after it", block.Start);
            pendingHeading.Add(block);
        }
        else if (operative.Count == 0 || unnumbered)
        {
            Unnumbered(block);
        }
        else
        {
            Unplace(blocks.Spanned(block), DiagnosticIds.UnplacedText, $"Unnumbered text after operative paragraph {operative[^1].Label}: kept as unplaced text", DiagnosticSeverity.Warning);
        }

        string Text() => blocks.Spanned(block).Text;
    }

    // A block that opens with a number's digits and a label of labelLength characters ("12. ").
    private void Numbered(Block block, int digits, int labelLength)
    {
        var n = Layout.LabelNumber(Document.Text.AsSpan(block.Start, digits));
        if (unnumbered && n == 1 && operative[0].Ending.EndsWith(':'))
        {
            // "Adopts the following 2005 World Summit Outcome:" (and "We, Heads of State and Government, ...") and then
            // numbered paragraphs: the unnumbered words above them are their heading, and they the operative part.
            Document.Info(DiagnosticIds.SectionHeading, "Unnumbered text that ends with a colon above numbered paragraphs: kept as the heading of the first", operative[0].Start);
            // A draft the resolution recommends ("... the adoption of the following draft resolution:" then "The General
            // Assembly,"): the draft's preambular paragraphs are the preamble of the text read.
            var formula = operative.FindIndex(p => Layout.Formula.Match(p.Text.Text) is { Success: true } f && Organs.ByName(f.Groups["organ"].Value) is not null);
            var above = formula < 0 ? operative : operative[..(formula + 1)];
            pendingHeading.InsertRange(0, above.Select(p => new Block([.. p.Lines])));
            if (formula >= 0)
            {
                preamble.AddRange(operative[(formula + 1)..].Select(p => blocks.Part(new Block([.. p.Lines]), "", LabelStyle.Letter, 0)));
            }
            operative.Clear();
            unnumbered = false;
            lastNumber = 0;
        }
        if (unnumbered && n == operative.Count + 1)
        {
            // Paragraphs printed without numbers before this one, which numbers on from them: the print (or
            // its extraction) lost their numbers; from here on, the numbers are printed.
            unnumbered = false;
            lastNumber = operative.Count;
        }
        if (!unnumbered && n == lastNumber + 1 && (quoted == 0 || n != quoted + 1 || OpensOperative(blocks.Spanned(block).Text, labelLength)))
        {
            quoted = 0;
        }
        else if ((quoted > 0 && n == quoted + 1) || (n == 1 && LastText(operative).EndsWith(':')))
        {
            // A numbered list quoted inside a paragraph ("... the following text: 1. ... 2. ..."): the paragraph's own text.
            Document.Info(DiagnosticIds.ContinuedParagraph, $"Paragraph {n} of a list that a paragraph quotes after a colon: read as that paragraph's text", block.Start);
            quoted = n;
            ExtendLast(operative, block);
            return;
        }
        else if (n == 1 && lastNumber > 0 && !unnumbered)
        {
            // Sections whose numbering restarts ("I", then 1., 2., ...; "II", then 1., ...).
            Document.Info(DiagnosticIds.SectionHeading, "Numbering restarts at 1: a new section of the operative part", block.Start);
            sectionStarts.Add(operative.Count);
            lastNumber = 0;
        }
        else if (n <= lastNumber || unnumbered)
        {
            Document.Warn(DiagnosticIds.NumberingOutOfSequence, $"Paragraph {n} after paragraph {operative[^1].Label}: read as text of the part above", block.Start);
            ExtendLast(operative, block);
            return;
        }
        if (n != lastNumber + 1)
        {
            Document.Warn(DiagnosticIds.NumberingOutOfSequence, $"Operative paragraph {n} follows {(lastNumber == 0 ? "the preamble" : $"paragraph {lastNumber}")}: paragraph {lastNumber + 1} is not in the text", block.Start);
        }
        lastNumber = n;
        operative.Add(WithHeading(blocks.Part(block, TextPool.Shared.Of(Document.Text, block.Start, block.Start + digits), LabelStyle.Letter, labelLength), unnumbered: false));
    }

    /// <summary>
    /// Where numbering restarts, every paragraph carries its section: the label its heading prints ("II",
    /// "B") or, where headings print none or repeat one, the section's position.
    /// </summary>
    private void AssignSections()
    {
        if (sectionStarts.Count < 2)
        {
            return;
        }
        var labels = sectionStarts.Select((start, i) =>
            operative[start].Heading is { } heading && System.Text.RegularExpressions.Regex.Match(heading.Text, @"^(?<l>[IVXLC]{1,6}|[A-Z])(?:\.|\s|$)") is { Success: true } m
                ? m.Groups["l"].Value : null).ToList();
        if (labels.Any(l => l is null) || labels.Distinct().Count() != labels.Count)
        {
            labels = [.. sectionStarts.Select((_, i) => (i + 1).ToString(CultureInfo.InvariantCulture))];
        }
        for (var s = 0; s < sectionStarts.Count; s++)
        {
            var end = s + 1 < sectionStarts.Count ? sectionStarts[s + 1] : operative.Count;
            for (var i = sectionStarts[s]; i < end; i++)
            {
                operative[i].Section = labels[s];
            }
        }
    }

    private void Unnumbered(Block block)
    {
        if (operative.Count == 0)
        {
            Document.Info(DiagnosticIds.UnnumberedParagraph, "Operative paragraphs printed without numbers: numbered by position", block.Start);
            unnumbered = true;
        }
        lastNumber = operative.Count + 1;
        operative.Add(WithHeading(blocks.Part(block, lastNumber.ToString(CultureInfo.InvariantCulture), LabelStyle.Letter, 0), unnumbered: true));
    }

    private RawPart WithHeading(RawPart part, bool unnumbered)
    {
        var heading = pendingHeading.Count == 0 ? null : blocks.Joined(pendingHeading);
        pendingHeading.Clear();
        return heading is null && !unnumbered ? part : part with { Unnumbered = unnumbered, Heading = heading };
    }

    private void Item(Block block, string label, int labelLength)
    {
        var parents = operative.Count > 0 ? operative : preamble;
        if (parents.Count == 0)
        {
            Unplace(blocks.Spanned(block), DiagnosticIds.ItemOutOfSequence, $"Item ({label}) stands before any paragraph it could belong to", DiagnosticSeverity.Warning);
            return;
        }
        if (!ItemPlacer.TryPlace(parents[^1], label, () => blocks.Part(block, label, LabelStyle.Letter, labelLength), out var expected))
        {
            Document.Warn(DiagnosticIds.ItemOutOfSequence, $"Item ({label}) is out of sequence (expected {expected}): read as text of the part above", block.Start);
            ExtendLast(parents, block);
        }
        else if (pendingHeading.Count > 0)
        {
            // A heading among items ("Stabilisation" above "(a)"): the model gives items no heading.
            Unplace(blocks.Joined(pendingHeading), DiagnosticIds.SectionHeading, "A heading among the items of a paragraph: kept as unplaced text", DiagnosticSeverity.Info);
            pendingHeading.Clear();
        }
    }

    // The deepest last part: what printed text that continues the part above belongs to. A heading pending
    // above the text stands between the two, and goes with it.
    private void ExtendLast(List<RawPart> parts, Block block)
    {
        if (unplaced.Count > 0 && unplaced[^1].Span.Start > LastEnd(parts))
        {
            // Unplaced text stands between the part and this block: joining them would span text the part does not hold.
            Unplace(blocks.Spanned(block), DiagnosticIds.UnplacedText, "Text that continues a part above across unplaced text: kept as unplaced text", DiagnosticSeverity.Warning);
            return;
        }
        if (pendingHeading.Count > 0)
        {
            block = new Block([.. pendingHeading.SelectMany(b => b.Lines), .. block.Lines]);
            pendingHeading.Clear();
        }
        var last = parts[^1];
        if (last.Items.Count > 0)
        {
            ExtendLast(last.Items, block);
            return;
        }
        parts[^1] = blocks.Extend(last, block);
    }

    private static int LastEnd(List<RawPart> parts) =>
        parts.Count == 0 ? 0 : parts[^1].Items.Count > 0 ? LastEnd(parts[^1].Items) : parts[^1].SourceEnd;

    private static string LastText(List<RawPart> parts) =>
        parts.Count == 0 ? "" : parts[^1].Items.Count > 0 ? LastText(parts[^1].Items) : parts[^1].Ending;

    /// <summary>The closing lines, whole or in part: meeting, date, both on one line, or "Adopted at the 80th meeting ...".</summary>
    private bool Closing(Block block)
    {
        if (operative.Count == 0 && preamble.Count == 0)
        {
            return false;
        }
        if (blocks.Matches(Layout.AdoptedAt, block) && meeting is null)
        {
            meeting = blocks.Spanned(block);
            return true;
        }
        // Both lines open with a number and a letter ("41st plenary meeting"), which MayBeClosingLine asks of the source.
        if (block.Lines.Length == 1 && MayBeClosingLine(block.Lines[0]) && Layout.MeetingAndDate.Match(blocks.Spanned(block).Text) is { Success: true } both && meeting is null)
        {
            var line = blocks.Spanned(block);
            meeting = line;
            return TakeDate(line, both.Groups["date"].Value);
        }
        // Meeting and date lines open with a digit ("41st plenary meeting", "27 July 2006"): most blocks are told apart by that.
        if (!char.IsDigit(Document.Text[block.Start]) || !AllClosingLines(block))
        {
            return false;
        }
        foreach (var line in block.Lines)
        {
            var text = blocks.Spanned([line]);
            if (Layout.MeetingLine.IsMatch(text.Text) && meeting is null)
            {
                meeting = text;
            }
            else if (Layout.DateLine.IsMatch(text.Text) && date is null)
            {
                TakeDate(text, text.Text);
            }
            else
            {
                Unplace(text, DiagnosticIds.UnplacedText, "A second meeting or date line", DiagnosticSeverity.Warning);
            }
        }
        return true;
    }

    // A loop, not a query: its closure was made for every block that opens with a digit.
    private bool AllClosingLines(Block block)
    {
        foreach (var line in block.Lines)
        {
            if (!MayBeClosingLine(line) || !IsClosingLine(blocks.Spanned([line]).Text))
            {
                return false;
            }
        }
        return true;
    }

    private bool TakeDate(SpannedText line, string text)
    {
        if (Layout.TryDate(text, out var value))
        {
            date ??= line;
            closingDate ??= value;
        }
        return true;
    }

    // Both open with a number and then a letter or a blank ("41st", "27 July"): a numbered paragraph's "1." is told
    // apart on the source, before its line is folded into a string.
    private bool MayBeClosingLine(SourceLine line)
    {
        var text = Document.Text.AsSpan(line.ContentStart, line.ContentEnd - line.ContentStart);
        var n = Layout.LeadingDigits(text);
        return n > 0 && n < text.Length && (char.IsLetter(text[n]) || SourceDocument.IsBlank(text[n]));
    }

    private static bool IsClosingLine(string text) => Layout.MeetingLine.IsMatch(text) || Layout.DateLine.IsMatch(text);

    private void AfterClosing(SpannedText spanned)
    {
        if (Layout.InlineFootnote.IsMatch(spanned.Text))
        {
            Unplace(spanned, DiagnosticIds.FootnoteText, "A footnote's text printed inline: kept as unplaced text", DiagnosticSeverity.Info);
        }
        else
        {
            Unplace(spanned, DiagnosticIds.UnplacedText, "Text after the closing lines that is not under an annex heading: kept as unplaced text", DiagnosticSeverity.Warning);
        }
    }

    private void PlaceInAnnex(Block block)
    {
        if (blocks.Matches(Layout.AnnexHeading, block))
        {
            annexes.Add((blocks.Spanned(block), []));
            return;
        }
        annexes[^1].Blocks.Add(AnnexBlockOf(block, annexes[^1].Blocks));
    }

    /// <summary>
    /// A block of an annex, classed by its label: roman or capital-letter headings, numbered paragraphs
    /// (numbering restarts in each annex; a gap is warned), items, dash bullets; the first unlabelled
    /// block is the title, later ones are text.
    /// </summary>
    private Annexes.AnnexBlock AnnexBlockOf(Block block, List<Annexes.AnnexBlock> earlier)
    {
        var (printed, text) = AnnexLabelOf(block);
        var span = Document.Span(block.Start, block.End);
        if (printed is null)
        {
            var kind = earlier.Count == 0 ? Annexes.AnnexBlockKind.Title : Annexes.AnnexBlockKind.Text;
            return new Annexes.AnnexBlock(kind, null, text, span);
        }
        var kindOf = printed switch
        {
            [var digit, ..] when char.IsDigit(digit) => Annexes.AnnexBlockKind.Paragraph, // as the pattern's \d: "1.", "١."
            ['(', ..] => Annexes.AnnexBlockKind.Item,
            "-" or "–" or "—" or "•" => Annexes.AnnexBlockKind.Bullet,
            _ => Annexes.AnnexBlockKind.Heading,
        };
        if (kindOf == Annexes.AnnexBlockKind.Paragraph)
        {
            var number = Layout.LabelNumber(printed.AsSpan().TrimEnd('.'));
            var previous = earlier.LastOrDefault(b => b.Kind == Annexes.AnnexBlockKind.Paragraph);
            var expected = previous is null ? 1 : Layout.LabelNumber(previous.Label.AsSpan().TrimEnd('.')) + 1;
            if (number != expected && number != 1)
            {
                Document.Warn(DiagnosticIds.AnnexNumbering, $"Annex paragraph {number} where {expected} was due", block.Start);
            }
        }
        return new Annexes.AnnexBlock(kindOf, printed, text, span);
    }

    /// <summary>
    /// An annex block's label as printed ("1.", "(a)", "II", a dash; null for none) and its text after the label, folded.
    /// The label is read on the first line in place and the text folded from past it, so that the block's whole text is
    /// never made only to be cut: the label's blanks fold into the one space the pattern reads on the folded text, and
    /// what follows them folds alike. Where the label is not on the first line alone ("1." and a line break) or a
    /// character the pattern does not take for blank follows its blanks, the folded text is read as before.
    /// </summary>
    private (string? Printed, string Text) AnnexLabelOf(Block block)
    {
        var source = Document.Text;
        var inPlace = LabelReader.Annex(source, block.Start, block.Lines[0].ContentEnd, out var labelLength);
        if (inPlace > 0 && !SourceDocument.IsBlank(source[block.Start + inPlace]))
        {
            return (Printed(source, block.Start, labelLength), blocks.FoldedAfter(block, inPlace));
        }
        var text = blocks.Spanned(block).Text;
        var folded = LabelReader.Annex(text, 0, text.Length, out labelLength);
        return folded > 0 ? (Printed(text, 0, labelLength), text[folded..]) : (null, text);

        // "1.", "(a)", "II": a few hundred values, pooled.
        static string Printed(string text, int start, int length) => TextPool.Shared.Of(text, start, start + length);
    }

    /// <summary>
    /// True when a paragraph numbered "1." stands in the body other than in a list after a colon: then the
    /// operative part is the numbered paragraphs, and a preambular paragraph that opens with a finite verb
    /// ("Takes note of ..." in S/RES/2702 (2023)) stays in the preamble.
    /// </summary>
    private bool NumbersItsParagraphs(List<Block> body)
    {
        for (var i = 0; i < body.Count; i++)
        {
            if (blocks.FirstLineIs(Layout.AnnexHeading, body[i]) || blocks.FirstLineIs(Layout.MeetingLine, body[i]) || blocks.FirstLineIs(Layout.AdoptedAt, body[i]))
            {
                return false; // an annex's paragraphs are its own
            }
            if (LabelReader.Operative(Document.Text, body[i].Start, body[i].Lines[0].ContentEnd, out var digits) > 0 && digits == 1 && Document.Text[body[i].Start] == '1'
                && (i == 0 || Document.Text[body[i - 1].End - 1] != ':'))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// An operative paragraph opens with a finite verb ("Decides", "Calls upon", "Hereby resolves"); a
    /// preambular one with a participle or adjective ("Noting", "Deeply concerned").
    /// </summary>
    private bool OpensOperative(string text, int start = 0)
    {
        var at = string.CompareOrdinal(text, start, "Hereby ", 0, 7) == 0 ? start + 7 : start;
        return PhraseReader.ReadAt(text, at, lexicon, midSentence: false) is { } phrase && IsFinite(text.AsSpan(phrase.VerbStart, phrase.VerbEnd - phrase.VerbStart), phrase.Entry.Lemma);
    }

    /// <summary>
    /// "Urges", "Calls upon", "Takes note of": the first word ends in s and is not the lemma itself;
    /// "Noting", "Having considered", and adjectives ("Conscious", lemma "be conscious") are not finite.
    /// </summary>
    public static bool IsFinite(ReadOnlySpan<char> verb, string lemma)
    {
        // Read in place: every numbered paragraph asks this of its first phrase.
        var first = PhraseReader.FirstWord(verb);
        Span<char> word = first.Length <= 64 ? stackalloc char[first.Length] : new char[first.Length];
        first.ToLowerInvariant(word);
        return word.Length > 2 && word[^1] == 's' && !word.EndsWith("ss", StringComparison.Ordinal)
            && !lemma.StartsWith("be ", StringComparison.Ordinal) && !lemma.StartsWith("have ", StringComparison.Ordinal)
            && !word.SequenceEqual(PhraseReader.FirstWord(lemma));
    }

    private bool IsHeading(Block block, string text) => Headings.IsHeading(block, text, operative.Count > 0 && !unnumbered, lexicon);

    private void Unplace(SpannedText text, string id, string message, DiagnosticSeverity severity)
    {
        Document.Report(id, severity, message, text.Span.Start, text.Span.End);
        unplaced.Add(text);
    }

    private static string Clip(string text) => text.Length <= 60 ? text : text[..57] + "...";
}
