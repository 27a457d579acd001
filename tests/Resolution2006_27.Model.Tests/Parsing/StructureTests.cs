using Resolution2006_27.Model.Diagnostics;
using Resolution2006_27.Model.Annexes;
using Resolution2006_27.Model.Parsing;
using Resolution2006_27.Model.Parts;

namespace Resolution2006_27.Model.Tests.Parsing;

/// <summary>
/// How the parser places blocks: items under their paragraphs by label, the closing lines, and every
/// text it cannot place rejected with what it expected and the line (lines counted in the seed).
/// </summary>
public class StructureTests
{
    private static string Seed => TestData.SeedText;

    /// <summary>Lines <paramref name="from"/> to <paramref name="to"/> of the seed, one-based and inclusive.</summary>
    private static string SeedLines(int from, int to) => string.Join("\n", TestData.SeedLines[(from - 1)..to]) + "\n";

    /// <summary>A short resolution whose first operative paragraph has the items given.</summary>
    private static Resolution WithItems(params string[] items) => Resolutions.FromString(ItemsText(items));

    private static string ItemsText(params string[] items) => ShortResolution.Headed("ECOSOC Resolution 2099/1\n\nA title", ["1. Urges Member States:", .. items]);

    [Fact]
    public void Parse_OfAFirstParagraphNumberedTwoKeepsItsNumberAndSaysSo()
    {
        // OP1 lost, as the extraction of S/RES/1818 (2008) lost it: OP2 then follows the preamble at OP1's place.
        var start = Seed.IndexOf(" 1. Urges Member States", StringComparison.Ordinal);
        var text = Seed[..start] + Seed[Seed.IndexOf(" 2. ", start, StringComparison.Ordinal)..];
        var (r, d) = Fresh.Diagnosed(text, DiagnosticIds.NumberingOutOfSequence);
        Assert.Equal("Operative paragraph 2 follows the preamble: paragraph 1 is not in the text", d.Message);
        Assert.Equal((117, 2), (d.Line, d.Column));
        Assert.Equal(("OP2", 2), (r.OperativeParagraphs[0].Id.Short, r.OperativeParagraphs[0].Number));
        Assert.Equal(17, r.OperativeParagraphs.Count);
        Assert.Empty(r.Validate());
    }

    [Fact]
    public void Parse_OfAnItemBeforeAnyParagraphKeepsItAsUnplacedText()
    {
        var (r, d) = Fresh.Diagnosed(TestData.ReplaceFirst(Seed, " The Economic and Social Council, \n", " The Economic and Social Council, \n\n (a) To act,\n"), DiagnosticIds.ItemOutOfSequence);
        Assert.Equal("Item (a) stands before any paragraph it could belong to", d.Message);
        Assert.Equal(13, d.Line);
        Assert.Equal("(a) To act,", Assert.Single(r.Unplaced).Text);
        Assert.Equal(20, r.Preamble.Paragraphs.Count);
    }

    // Line 289 of the seed is "41st plenary meeting", line 290 "27 July 2006".
    [Theory]
    [InlineData("41st plenary meeting \n", " Further text.\n\n41st plenary meeting \n", "Further text.", 289)]
    [InlineData("41st plenary meeting \n", "41st plenary meeting \n42nd plenary meeting \n", "42nd plenary meeting", 290)]
    [InlineData("27 July 2006 \n", "27 July 2006 \n28 July 2006 \n", "28 July 2006", 291)]
    public void Parse_OfTextBesideTheClosingLinesKeepsItAsUnplacedText(string from, string to, string unplaced, int line)
    {
        var (r, d) = Fresh.Diagnosed(TestData.ReplaceFirst(Seed, from, to), DiagnosticIds.UnplacedText);
        Assert.Equal((unplaced, line), (Assert.Single(r.Unplaced).Text, d.Line));
        Assert.Equal(("41st plenary meeting", "27 July 2006"), (r.Conclusions!.Meeting.Text, r.Conclusions.Date!.Text));
        Assert.Equal(18, r.OperativeParagraphs.Count);
    }

    [Fact]
    public void Parse_WithoutTheDateLineLeavesTheResolutionUndated()
    {
        var (r, d) = Fresh.Diagnosed(TestData.ReplaceFirst(Seed, "27 July 2006 \n", ""), DiagnosticIds.NoDate);
        Assert.Null(r.AdoptionDate);
        Assert.Equal("41st plenary meeting", r.Conclusions!.Meeting.Text);
        Assert.Null(r.Conclusions.Date);
        Assert.Equal(DiagnosticSeverity.Warning, d.Severity);
    }

    [Fact]
    public void Parse_WithoutTheMeetingLineKeepsTheDateAsUnplacedText()
    {
        var (r, d) = Fresh.Diagnosed(TestData.ReplaceFirst(Seed, "41st plenary meeting \n", ""), DiagnosticIds.UnplacedText);
        Assert.Equal("A date line without a meeting line", d.Message);
        Assert.Null(r.Conclusions);
        Assert.Equal("27 July 2006", Assert.Single(r.Unplaced).Text);
        Assert.Equal(new DateOnly(2006, 7, 27), r.AdoptionDate);
    }

    [Fact]
    public void Parse_OfTheDateBeforeTheMeetingReadsBoth()
    {
        var r = Resolutions.FromString(TestData.ReplaceFirst(Seed, "41st plenary meeting \n27 July 2006 \n", "27 July 2006 \n41st plenary meeting \n"));
        Assert.Equal(("41st plenary meeting", "27 July 2006"), (r.Conclusions!.Meeting.Text, r.Conclusions.Date!.Text));
    }

    [Fact]
    public void Parse_OfAFormulaWithNothingAfterItSaysSo()
    {
        var (r, d) = Fresh.Diagnosed(SeedLines(1, 12), DiagnosticIds.NoParagraphs);
        Assert.Equal("No paragraphs after the enacting formula", d.Message);
        Assert.Equal(11, d.Line);
        Assert.Empty(r.Preamble.Paragraphs);
        Assert.Empty(r.OperativeParagraphs);
    }

    [Fact]
    public void Parse_OfAPreambleWithoutOperativeParagraphsSaysSo()
    {
        var (r, d) = Fresh.Diagnosed(SeedLines(1, 116), DiagnosticIds.NoOperativeParagraphs);
        Assert.StartsWith("No operative paragraphs after the preamble", d.Message, StringComparison.Ordinal);
        Assert.Equal(20, r.Preamble.Paragraphs.Count);
        Assert.Equal(d.Offset, r.Preamble.Paragraphs[^1].Span.Start);
    }

    [Theory]
    // An agenda item, with or without the item's title on the next block, then the numbered title.
    [InlineData("Seventieth session\n\nAgenda item 106\n\n2099/1. A title", "Seventieth session Agenda item 106")]
    [InlineData("Seventieth session\n\nAgenda item 106\n\nCrime prevention and criminal justice\n\n2099/1. A title", "Seventieth session Agenda item 106 Crime prevention and criminal justice")]
    public void Parse_OfANumberedTitleUnderAnAgendaItem_ReadsItAsTheTitle(string heading, string masthead)
    {
        var r = Resolutions.FromString(ShortResolution.Headed(heading, "1. Urges Member States to act."), Fresh.Options());
        Assert.Equal(("2099/1", "A title", masthead), (r.Number, r.Title!.Text, r.Masthead!.Text));
        Assert.Equal(["Agenda item 106"], r.Document!.AgendaItems.Select(a => a.Text));
    }

    [Fact]
    public void Parse_OfAHeadingWithNoParagraphAfterIt_KeepsItAsUnplacedText()
    {
        // Line 11 is a heading; the closing lines follow it.
        var (r, d) = Fresh.Diagnosed(ShortResolution.Text("1. Urges Member States to act.", "Protection of victims"), DiagnosticIds.UnplacedText);
        Assert.Equal(("A heading with no paragraph after it", 11, 2, DiagnosticSeverity.Warning), (d.Message, d.Line, d.Column, d.Severity));
        Assert.Equal("Protection of victims", Assert.Single(r.Unplaced).Text);
        Assert.Equal("Urges Member States to act.", Assert.Single(r.OperativeParagraphs).Text);
        Assert.Null(r.OperativeParagraphs[0].Heading);
    }

    [Fact]
    public void Parse_OfAHeadingWithoutANumberReadsItUnnumbered()
    {
        var (r, d) = Fresh.Diagnosed(TestData.ReplaceFirst(Seed, "ECOSOC Resolution 2006/27", "ECOSOC Resolution"), DiagnosticIds.NoNumber);
        Assert.StartsWith("No resolution number in the heading", d.Message, StringComparison.Ordinal);
        Assert.Equal(("", ""), (r.Number, r.Symbol));
        Assert.Equal(18, r.OperativeParagraphs.Count);
        Assert.Empty(r.Validate());
    }

    [Fact]
    public void Parse_OfRomanItemsUnderAParagraphMakesThemItsItems()
    {
        var r = WithItems("(i) To act;", "(ii) To act again.");
        Assert.Equal([("i", LabelStyle.Roman), ("ii", LabelStyle.Roman)], r.OperativeParagraphs[0].SubParagraphs.Select(s => (s.Label, s.Style)));
    }

    [Fact]
    public void Parse_OfItemIAfterHReadsALetterUnlessHOpensAList()
    {
        var letters = "abcdefgh".Select(c => $"({c}) To act;").ToArray();
        var afterH = WithItems([.. letters, "(i) To act."]);
        Assert.Equal(("i", LabelStyle.Letter), (afterH.OperativeParagraphs[0].SubParagraphs[^1].Label, afterH.OperativeParagraphs[0].SubParagraphs[^1].Style));
        var underH = WithItems([.. letters[..^1], "(h) To act as follows:", "(i) First;", "(ii) Second."]);
        var h = underH.OperativeParagraphs[0].SubParagraphs[^1];
        Assert.Equal(("h", 2), (h.Label, h.SubParagraphs.Count));
        Assert.All(h.SubParagraphs, s => Assert.Equal(LabelStyle.Roman, s.Style));
    }

    [Theory]
    [InlineData(new[] { "(a) To act as follows:", "(c) To act." }, "Item (c) is out of sequence (expected (b) or (i)): read as text of the part above", "To act as follows: (c) To act.")]
    [InlineData(new[] { "(a) To act;", "(i) To act." }, "Item (i) is out of sequence (expected (b)): read as text of the part above", "To act; (i) To act.")]
    [InlineData(new[] { "(i) To act;", "(iii) To act." }, "Item (iii) is out of sequence (expected (ii)): read as text of the part above", "To act; (iii) To act.")]
    [InlineData(new[] { "(b) To act." }, "Item (b) is out of sequence (expected (a) or (i)): read as text of the part above", "Urges Member States: (b) To act.")]
    public void Parse_OfAnItemOutOfSequenceNamesEveryLabelThatCouldFollowAndKeepsItsText(string[] items, string problem, string lastText)
    {
        var (r, d) = Fresh.Diagnosed(ItemsText(items), DiagnosticIds.ItemOutOfSequence);
        Assert.Equal(problem, d.Message);
        var op1 = r.OperativeParagraphs[0];
        Assert.Equal(lastText, op1.SubParagraphs.Count == 0 ? op1.Text : op1.SubParagraphs[^1].Text);
    }

    [Fact]
    public void Annex_ReadsUnlabelledBlocksAfterTheTitleAsTextAndAnyNumberAsAParagraph()
    {
        var annex = Assert.Single(ResolutionParser.ParseWithWarnings(Seed + "\n\nAnnex\n\nThe title\n\nA sentence.\n\n9. Ninth.\n").Resolution.Annexes);
        Assert.Equal([(AnnexBlockKind.Title, null), (AnnexBlockKind.Text, null), (AnnexBlockKind.Paragraph, "9.")], annex.Blocks.Select(b => (b.Kind, b.Label)));
    }

    [Fact]
    public void Parse_OfATextOfExactlyTheLimitIsRead() =>
        Assert.Equal("E/RES/2006/27", Resolutions.FromString(Seed, Fresh.Options() with { MaxLength = Seed.Length }).Symbol);

    [Fact]
    public void Parse_OfNullThrows() => Assert.Throws<ArgumentNullException>(() => ResolutionParser.ParseWithWarnings(null!));

    [Fact]
    public void ParseWithWarnings_GivesTheDiagnosticsInDocumentOrder()
    {
        // A block of OP5 opening in lower case (found while splitting blocks) and a marker in PP1 that
        // skips numbers (found later, while reading parts): PP1's comes first.
        var text = TestData.ReplaceFirst(TestData.ReplaceFirst(Seed, "Power,1", "Power,3"), " 5. Urges Member States", " 5. Urges Member States\n\nalso");
        var warnings = ResolutionParser.ParseWithWarnings(text, Fresh.Options()).Diagnostics;
        Assert.True(warnings.Count >= 2, string.Join("\n", warnings));
        Assert.Equal(warnings.OrderBy(w => w.Offset), warnings);
        Assert.StartsWith("Footnote marker 3 comes where footnote 1 was due", warnings[0].Message, StringComparison.Ordinal);
        Assert.Contains(warnings, w => w.Message.StartsWith("A block opens in lower case", StringComparison.Ordinal));
    }
}
