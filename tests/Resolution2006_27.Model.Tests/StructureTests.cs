using Resolution2006_27.Model.Annexes;
using Resolution2006_27.Model.Parsing;
using Resolution2006_27.Model.Parts;

namespace Resolution2006_27.Model.Tests;

/// <summary>
/// How the parser places blocks: items under their paragraphs by label, the closing lines, and every
/// text it cannot place rejected with what it expected and the line (lines counted in the seed).
/// </summary>
public class StructureTests
{
    private static string Seed => TestData.SeedText;

    private static ResolutionParseException Fails(string text) => Assert.Throws<ResolutionParseException>(() => Resolutions.FromString(text));

    /// <summary>Lines <paramref name="from"/> to <paramref name="to"/> of the seed, one-based and inclusive.</summary>
    private static string SeedLines(int from, int to) => string.Join("\n", TestData.SeedLines[(from - 1)..to]) + "\n";

    /// <summary>A short resolution whose first operative paragraph has the items given.</summary>
    private static Resolution WithItems(params string[] items) => Resolutions.FromString(
        "ECOSOC Resolution 2099/1\n\nA title\n\n The Economic and Social Council,\n\n Recalling its resolutions,\n\n 1. Urges Member States:\n\n"
        + string.Concat(items.Select(i => $" {i}\n\n")) + "41st plenary meeting\n27 July 2099\n");

    [Fact]
    public void Parse_OfAFirstParagraphNumberedTwoSaysItFollowsThePreamble()
    {
        var e = Fails(TestData.ReplaceFirst(Seed, " 1. Urges Member States", " 2. Urges Member States"));
        Assert.Equal("Operative paragraph 2 follows the preamble: expected paragraph 1", e.Problem);
        Assert.Equal((117, 2), (e.Line, e.Column));
    }

    [Fact]
    public void Parse_OfAnItemBeforeAnyParagraphSaysSo()
    {
        var e = Fails(TestData.ReplaceFirst(Seed, " The Economic and Social Council, \n", " The Economic and Social Council, \n\n (a) To act,\n"));
        Assert.Equal("Item (a) stands before any paragraph it could belong to", e.Problem);
        Assert.Equal(13, e.Line);
    }

    // Line 289 of the seed is "41st plenary meeting", line 290 "27 July 2006".
    [Theory]
    [InlineData("41st plenary meeting \n", " Further text.\n\n41st plenary meeting \n")]
    [InlineData("41st plenary meeting \n", "41st plenary meeting \n42nd plenary meeting \n")]
    [InlineData("27 July 2006 \n", "27 July 2006 \n28 July 2006 \n")]
    [InlineData("27 July 2006 \n", "")]
    [InlineData("41st plenary meeting \n", "")]
    public void Parse_OfClosingLinesNotOneMeetingAndOneDateSaysWhatWasExpected(string from, string to)
    {
        var e = Fails(TestData.ReplaceFirst(Seed, from, to));
        Assert.Equal("Unexpected text after operative paragraph 18: expected a numbered paragraph, a lettered item, or the meeting and date lines", e.Problem);
        Assert.Equal(289, e.Line);
    }

    [Fact]
    public void Parse_OfTheDateBeforeTheMeetingReadsBoth()
    {
        var r = Resolutions.FromString(TestData.ReplaceFirst(Seed, "41st plenary meeting \n27 July 2006 \n", "27 July 2006 \n41st plenary meeting \n"));
        Assert.Equal(("41st plenary meeting", "27 July 2006"), (r.Conclusions!.Meeting.Text, r.Conclusions.Date.Text));
    }

    [Fact]
    public void Parse_OfAFormulaWithNothingAfterItSaysSo()
    {
        var e = Fails(SeedLines(1, 12));
        Assert.Equal("No paragraphs after the enacting formula", e.Problem);
        Assert.Equal(11, e.Line);
    }

    [Fact]
    public void Parse_OfAPreambleWithoutOperativeParagraphsSaysSo()
    {
        var text = SeedLines(1, 116);
        var e = Fails(text);
        Assert.Equal("No operative paragraphs: expected paragraphs numbered '1.', '2.', ... after the preamble", e.Problem);
        Assert.Equal(text.Length, e.Offset);
    }

    [Fact]
    public void Parse_OfAHeadingWithoutANumberSaysSo()
    {
        var e = Fails(TestData.ReplaceFirst(Seed, "ECOSOC Resolution 2006/27", "ECOSOC Resolution"));
        Assert.StartsWith("No resolution number found in the heading (such as 'ECOSOC Resolution 2006/27'", e.Problem, StringComparison.Ordinal);
        Assert.Equal(2, e.Line);
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
    [InlineData(new[] { "(a) To act as follows:", "(c) To act." }, "Item (c) is out of sequence: expected (b) or (i)")]
    [InlineData(new[] { "(a) To act;", "(i) To act." }, "Item (i) is out of sequence: expected (b)")]
    [InlineData(new[] { "(i) To act;", "(iii) To act." }, "Item (iii) is out of sequence: expected (ii)")]
    [InlineData(new[] { "(b) To act." }, "Item (b) is out of sequence: expected (a) or (i)")]
    public void Parse_OfAnItemOutOfSequenceNamesEveryLabelThatCouldFollow(string[] items, string problem) =>
        Assert.Equal(problem, Assert.Throws<ResolutionParseException>(() => WithItems(items)).Problem);

    [Fact]
    public void Annex_ReadsUnlabelledBlocksAfterTheTitleAsTextAndAnyNumberAsAParagraph()
    {
        var annex = Assert.Single(ResolutionParser.ParseWithWarnings(Seed + "\n\nAnnex\n\nThe title\n\nA sentence.\n\n9. Ninth.\n").Resolution.Annexes);
        Assert.Equal([(AnnexBlockKind.Title, null), (AnnexBlockKind.Text, null), (AnnexBlockKind.Paragraph, "9.")], annex.Blocks.Select(b => (b.Kind, b.Label)));
    }

    [Fact]
    public void Parse_OfATextOfExactlyTheLimitIsRead() =>
        Assert.Equal("E/RES/2006/27", Resolutions.FromString(Seed, ParserOptions.Default with { MaxLength = Seed.Length }).Symbol);

    [Fact]
    public void Parse_OfNullThrows() => Assert.Throws<ArgumentNullException>(() => ResolutionParser.ParseWithWarnings(null!));

    [Fact]
    public void ParseWithWarnings_GivesTheWarningsInDocumentOrder()
    {
        // A block of OP5 opening in lower case (found while splitting blocks) and a marker in PP1 that
        // skips numbers (found later, while reading parts): PP1's comes first.
        var text = TestData.ReplaceFirst(TestData.ReplaceFirst(Seed, "Power,1", "Power,3"), " 5. Urges Member States", " 5. Urges Member States\n\nalso");
        var warnings = ResolutionParser.ParseWithWarnings(text).Warnings;
        Assert.True(warnings.Count >= 2, string.Join("\n", warnings));
        Assert.Equal(warnings.OrderBy(w => w.Offset), warnings);
        Assert.StartsWith("Footnote marker 3 comes where footnote 1 was due", warnings[0].Message, StringComparison.Ordinal);
        Assert.Contains(warnings, w => w.Message.StartsWith("A block opens in lower case", StringComparison.Ordinal));
    }
}
