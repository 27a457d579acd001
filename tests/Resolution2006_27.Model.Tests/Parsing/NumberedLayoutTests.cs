using Resolution2006_27.Model.Diagnostics;
using Resolution2006_27.Model.Parsing;

namespace Resolution2006_27.Model.Tests.Parsing;

/// <summary>
/// The numbered layouts of real print that the seed does not have: a comma printed for a paragraph's full stop,
/// a numbered list quoted after a colon, unnumbered words above numbered paragraphs, numbers that go on from
/// unnumbered paragraphs, and a draft resolution that a resolution recommends. Every expected value is read off the short texts below (lines counted from 1) or,
/// for E/RES/2022/14, off the printed file.
/// </summary>
public class NumberedLayoutTests
{
    // A formula on line 5, a preambular paragraph on line 7, then the paragraphs given from line 9.
    private static string Short(params string[] body) => ShortResolution.Text(body);

    private static ParseResult Read(string text) => ResolutionParser.ParseWithWarnings(text, Fresh.Options());

    [Theory]
    [InlineData("\u0663. Decides to remain seized of the matter.", 0)] // "٣.", Arabic-Indic: once a FormatException, "the input string '٣' was not in a correct format"
    [InlineData("\u0663, Decides to remain seized of the matter.", 1)] // "٣," where "٣." was due: read as such, with its warning
    [InlineData("\u09E9. Decides to remain seized of the matter.", 0)] // "৩.", Bengali
    public void Parse_OfALabelInDigitsOfAnotherScript_ReadsItsNumber(string third, int warnings)
    {
        var r = Read(Short("1. Urges Member States to act;", "2. Requests the Secretary-General to report;", third));
        Assert.Equal([1, 2, 3], r.Resolution.OperativeParagraphs.Select(p => p.Number));
        Assert.Equal("Decides to remain seized of the matter.", r.Resolution.OperativeParagraphs[2].Text);
        Assert.Equal(warnings, r.Warnings.Count(w => w.Id == DiagnosticIds.NumberingOutOfSequence));
    }

    [Fact]
    public void Parse_OfACommaWhereTheNextNumbersFullStopWasDue_ReadsTheParagraphAndWarns()
    {
        // Scanned print: "3, Decides" where "3." was due (line 13).
        var text = Short("1. Urges Member States to act;", "2. Requests the Secretary-General to report;", "3, Decides to remain seized of the matter.");
        var (r, d) = Fresh.Diagnosed(text, DiagnosticIds.NumberingOutOfSequence);
        Assert.Equal("'3,' read as the number '3.' it continues", d.Message);
        Assert.Equal((13, 2, DiagnosticSeverity.Warning), (d.Line, d.Column, d.Severity));
        Assert.Equal([1, 2, 3], r.OperativeParagraphs.Select(p => p.Number));
        Assert.Equal("Decides to remain seized of the matter.", r.OperativeParagraphs[2].Text);
        Assert.Equal("Decides", r.OperativeParagraphs[2].Phrase!.Text);
        Assert.Empty(r.Unplaced);
        // The validator reads the printed "3," as the label "3." the model gives: the spans hold.
        Assert.Empty(r.Validate(text));
    }

    [Theory]
    // Not the number due, or not followed by an operative phrase: a number and a comma opening text, not a label.
    [InlineData("5, Decides to remain seized of the matter.")]
    [InlineData("3, the Council decides to remain seized of the matter.")]
    public void Parse_OfACommaThatIsNotTheNextLabel_KeepsTheTextUnplaced(string third)
    {
        var text = Short("1. Urges Member States to act;", "2. Requests the Secretary-General to report;", third);
        var (r, d) = Fresh.Diagnosed(text, DiagnosticIds.UnplacedText);
        Assert.Equal(("Unnumbered text after operative paragraph 2: kept as unplaced text", 13), (d.Message, d.Line));
        Assert.Equal(third, Assert.Single(r.Unplaced).Text);
        Assert.Equal(2, r.OperativeParagraphs.Count);
        Assert.DoesNotContain(Read(text).Diagnostics, x => x.Id == DiagnosticIds.NumberingOutOfSequence);
    }

    [Fact]
    public void Parse_OfANumberedListQuotedAfterAColon_ReadsItAsTheParagraphsText()
    {
        // Lines 13 and 15 are the list paragraph 2 quotes; line 17 numbers on from paragraph 2.
        var text = Short("1. Urges Member States to act;", "2. Adopts the following principles:", "1. Every State shall protect victims;",
            "2. Every State shall prosecute offenders;", "3. Requests the Secretary-General to report.");
        var result = Read(text);
        var r = result.Resolution;
        Assert.Equal([1, 2, 3], r.OperativeParagraphs.Select(p => p.Number));
        Assert.Equal("Adopts the following principles: 1. Every State shall protect victims; 2. Every State shall prosecute offenders;", r.OperativeParagraphs[1].Text);
        Assert.Equal("Requests the Secretary-General to report.", r.OperativeParagraphs[2].Text);
        var quoted = result.Diagnostics.Where(d => d.Id == DiagnosticIds.ContinuedParagraph).ToList();
        Assert.Equal(
            [("Paragraph 1 of a list that a paragraph quotes after a colon: read as that paragraph's text", 13),
             ("Paragraph 2 of a list that a paragraph quotes after a colon: read as that paragraph's text", 15)],
            quoted.Select(d => (d.Message, d.Line)));
        Assert.All(quoted, d => Assert.Equal(DiagnosticSeverity.Info, d.Severity));
        Assert.Empty(r.Unplaced);
        Assert.Empty(r.Validate(text));
    }

    [Fact]
    public void Parse_OfAQuotedListWhoseNumbersRunIntoTheParagraphs_TellsThemByTheirOperativePhrase()
    {
        // Paragraph 1 quotes a list "1." and "2." (lines 11 and 13); the "2." on line 15 opens with "Requests": paragraph 2.
        var result = Read(Short("1. Adopts the following principles:", "1. Every State shall protect victims;",
            "2. Every State shall prosecute offenders;", "2. Requests the Secretary-General to report."));
        var r = result.Resolution;
        Assert.Equal([1, 2], r.OperativeParagraphs.Select(p => p.Number));
        Assert.Equal("Adopts the following principles: 1. Every State shall protect victims; 2. Every State shall prosecute offenders;", r.OperativeParagraphs[0].Text);
        Assert.Equal("Requests the Secretary-General to report.", r.OperativeParagraphs[1].Text);
        Assert.Equal([11, 13], result.Diagnostics.Where(d => d.Id == DiagnosticIds.ContinuedParagraph).Select(d => d.Line));
    }

    [Fact]
    public void Parse_OfUnnumberedWordsEndingInAColonAboveNumberedParagraphs_MakesThemTheFirstsHeading()
    {
        // "Adopts the following Declaration:" (line 9) and then the Declaration's numbered paragraphs.
        var text = Short("Adopts the following Declaration:", "1. We reaffirm our commitment;", "2. We resolve to act.");
        var result = Read(text);
        var r = result.Resolution;
        Assert.Equal([1, 2], r.OperativeParagraphs.Select(p => p.Number));
        Assert.Equal("Adopts the following Declaration:", r.OperativeParagraphs[0].Heading!.Text);
        Assert.Equal("We reaffirm our commitment;", r.OperativeParagraphs[0].Text);
        Assert.Null(r.OperativeParagraphs[1].Heading);
        Assert.Equal(["Recalling its resolutions,"], r.Preamble.Paragraphs.Select(p => p.Text));
        var d = Assert.Single(result.Diagnostics, x => x.Message.StartsWith("Unnumbered text that ends with a colon", StringComparison.Ordinal));
        Assert.Equal((DiagnosticIds.SectionHeading, 9, DiagnosticSeverity.Info), (d.Id, d.Line, d.Severity));
        Assert.Empty(r.Validate(text));
    }

    [Fact]
    public void Parse_OfNumbersThatGoOnFromUnnumberedParagraphs_NumbersFromThere()
    {
        // Two paragraphs printed without numbers (lines 9 and 11), then "3." and "4.": the print lost the first two numbers.
        var result = Read(Short("Urges Member States to act;", "Invites donors to give;", "3. Requests the Secretary-General to report;", "4. Decides to remain seized of the matter."));
        var r = result.Resolution;
        Assert.Equal([(1, true), (2, true), (3, false), (4, false)], r.OperativeParagraphs.Select(p => (p.Number, p.Unnumbered)));
        Assert.Equal("Requests the Secretary-General to report;", r.OperativeParagraphs[2].Text);
        Assert.Empty(r.Unplaced);
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity >= DiagnosticSeverity.Warning);
    }

    [Fact]
    public void Parse_OfADraftResolutionRecommended_ReadsTheDraftsPreambleAndParagraphs()
    {
        // E/RES/2022/14: "The Economic and Social Council" (line 13), "Recommends to the General Assembly the adoption
        // of the following draft resolution:" (15), "The General Assembly," (17), then the draft's 31 preambular
        // paragraphs (19-79) and 22 numbered paragraphs (81-123); counted in the file.
        var path = Path.Combine(TestData.SharedPath, "corpus-dev", "eosg", "E_RES_2022_14.txt");
        var result = Resolutions.ReadFile(path, Fresh.Options());
        var r = result.Resolution!;
        Assert.Equal(31, r.Preamble.Paragraphs.Count);
        Assert.StartsWith("Stressing that the rights of the child are human rights", r.Preamble.Paragraphs[0].Text, StringComparison.Ordinal);
        Assert.Equal(Enumerable.Range(1, 22), r.OperativeParagraphs.Select(p => p.Number));
        Assert.Equal("Recommends to the General Assembly the adoption of the following draft resolution: The General Assembly,", r.OperativeParagraphs[0].Heading!.Text);
        Assert.Equal((15, 1), (r.OperativeParagraphs[0].Heading!.Span.Line, r.OperativeParagraphs[0].Heading!.Span.Column));
        Assert.StartsWith("Encourages Member States to engage in dialogue", r.OperativeParagraphs[0].Text, StringComparison.Ordinal);
        Assert.StartsWith("Invites Member States and other donors", r.OperativeParagraphs[21].Text, StringComparison.Ordinal);
        Assert.Empty(r.Unplaced);
        Assert.Empty(r.Validate(File.ReadAllText(path)));
    }

    [Fact]
    public void Parse_OfADraftResolutionRecommended_KeepsTheRecommendingOrgansOwnPreamble()
    {
        // The recommending organ's own preambular paragraph (line 7) stays, before the draft's (line 13).
        var text = Short("Recommends to the General Assembly the adoption of the following draft resolution:", "The General Assembly,",
            "Recalling its resolution 55/25,", "1. Urges Member States to act;", "2. Requests the Secretary-General to report.");
        var r = Read(text).Resolution;
        Assert.Equal(["Recalling its resolutions,", "Recalling its resolution 55/25,"], r.Preamble.Paragraphs.Select(p => p.Text));
        Assert.Equal([1, 2], r.OperativeParagraphs.Select(p => p.Number));
        Assert.Equal("Recommends to the General Assembly the adoption of the following draft resolution: The General Assembly,", r.OperativeParagraphs[0].Heading!.Text);
        Assert.Empty(r.Validate(text));
    }
}
