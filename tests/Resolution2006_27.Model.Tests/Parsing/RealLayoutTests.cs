using Resolution2006_27.Model.Diagnostics;
using Resolution2006_27.Model.Parsing;

namespace Resolution2006_27.Model.Tests.Parsing;

/// <summary>
/// The layouts of real resolutions, each on a real text of ../shared/corpus-dev; every expected value is read
/// off the text by hand (the line numbers are the file's).
/// </summary>
public class RealLayoutTests
{
    private static ParseResult Read(string file) => Resolutions.ReadFile(Path.Combine(TestData.SharedPath, "corpus-dev", file));

    private static string Text(string file) => File.ReadAllText(Path.Combine(TestData.SharedPath, "corpus-dev", file));

    [Fact]
    public void Masthead_OfThe1990s_IsKeptAsMetadata()
    {
        // Lines 1-21: "UNITED / NATIONS / General Assembly / Distr. / GENERAL / A/RES/48/112 / 11 March 1994 /
        // Forty-eighth session / Agenda item 112 / RESOLUTION ADOPTED BY THE GENERAL ASSEMBLY /
        // [on the report of the Third Committee (A/48/630)] / 48/112.<tab>International action ...".
        var r = Read("eosg/A_RES_48_112.txt").Resolution;
        Assert.Equal(("A/RES/48/112", "48/112"), (r.Symbol, r.Number));
        var d = r.Document!;
        Assert.Equal(("A/RES/48/112", "Distr. GENERAL", "11 March 1994", "Forty-eighth session"), (d.Symbol!.Text, d.Distribution!.Text, d.IssueDate!.Text, d.Session!.Text));
        Assert.Equal(["Agenda item 112"], d.AgendaItems.Select(a => a.Text));
        Assert.Equal(("Third Committee", "A/48/630"), (d.OriginBody, d.OriginReport));
        Assert.Equal("International action to combat drug abuse and illicit production and trafficking", r.Title!.Text);
        Assert.Equal(new DateOnly(1993, 12, 20), r.AdoptionDate);
    }

    [Fact]
    public void Sections_WhoseNumberingRestarts_NumberTheirParagraphsBySection()
    {
        // Sections I to VI, each numbered from 1: 3, 16, 5, 10, 6 and 2 paragraphs.
        var r = Read("eosg/A_RES_48_112.txt").Resolution;
        Assert.Equal([3, 16, 5, 10, 6, 2], r.OperativeParagraphs.GroupBy(p => p.Section).Select(g => g.Count()));
        Assert.Equal(["I", "II", "III", "IV", "V", "VI"], r.OperativeParagraphs.Select(p => p.Section).Distinct());
        var ii1 = (Model.Parts.OperativeParagraph)r.FindPart("II.OP1")!;
        Assert.StartsWith("Reiterates its condemnation of the crime of drug trafficking", ii1.Text, StringComparison.Ordinal);
        Assert.Equal("sec_II__para_1", ii1.Id.EId);
        Assert.Equal("II International action to combat drug abuse and illicit trafficking", ii1.Heading!.Text);
        Assert.Empty(r.Validate(Text("eosg/A_RES_48_112.txt")));
    }

    [Fact]
    public void Page_OfTheOfficialRecords_GivesTheResolutionTheFileIsNamedFor()
    {
        // The page ends 40/32 ("15. Requests ...", "16. Decides ...", "96th plenary meeting", "29 November 1985"),
        // then prints 40/33 whole and the start of 40/34.
        var result = Read("eosg/A_RES_40_33.txt");
        var r = result.Resolution;
        Assert.Equal("40/33", r.Number);
        Assert.Equal("The General Assembly.", r.Preamble.EnactingFormula!.Text);
        Assert.Equal((7, 13), (r.Preamble.Paragraphs.Count, r.OperativeParagraphs.Count));
        Assert.Equal("Notes with appreciation", r.OperativeParagraphs[0].Phrase!.Text);
        Assert.Contains(result.Diagnostics, d => d.Id == DiagnosticIds.OtherResolution && d.Message.Contains("40/34", StringComparison.Ordinal));
        Assert.Contains(r.Unplaced, u => u.Text.StartsWith("16. Decides to include in the provisional agenda", StringComparison.Ordinal));
        Assert.Equal(["40/33", "40/34"], ResolutionParser.ParseAll(Text("eosg/A_RES_40_33.txt")).Select(p => p.Resolution.Number));
        Assert.Equal(new DateOnly(1985, 11, 29), r.AdoptionDate);
    }

    [Fact]
    public void SecurityCouncil_Of1946_ReadsItsOldLayout()
    {
        // "4 (1946). Resolution of 29 April 1946", a paragraph ending "...;", "Therefore the Security Council,",
        // "Keeping in mind ...", "Hereby resolves ...", "To this end, the Security Council appoints ...",
        // "Adopted at the 39th meeting by 10 votes to none, ...", and the footnotes 12 and 13 inline.
        var result = Read("unsc/S_RES_0004_1946.txt");
        var r = result.Resolution;
        Assert.Equal(("S/RES/4 (1946)", new DateOnly(1946, 4, 29)), (r.Symbol, r.AdoptionDate));
        Assert.Equal("Therefore the Security Council,", r.Preamble.EnactingFormula!.Text);
        Assert.StartsWith("The attention of the Security Council has been drawn", r.Preamble.Paragraphs[0].Text, StringComparison.Ordinal);
        Assert.Equal("Keeping in mind", r.Preamble.Paragraphs[1].Phrases[0].Text);
        Assert.Equal(2, r.OperativeParagraphs.Count);
        Assert.All(r.OperativeParagraphs, p => Assert.True(p.Unnumbered));
        Assert.Equal(("Hereby resolves", "resolve", ""), (r.OperativeParagraphs[0].Phrase!.Text, r.OperativeParagraphs[0].Phrase!.Lemma, r.OperativeParagraphs[0].PrintedLabel));
        Assert.Equal("Adopted at the 39th meeting by 10 votes to none, with 1 abstention (Union of Soviet Socialist Republics).", r.Conclusions!.Meeting.Text);
        Assert.Null(r.Conclusions.Date);
        Assert.Equal(2, r.Unplaced.Count(u => u.Text.StartsWith("1", StringComparison.Ordinal) && u.Text.Contains(" See ", StringComparison.Ordinal)));
        Assert.Empty(r.Validate(Text("unsc/S_RES_0004_1946.txt")));
    }

    [Fact]
    public void ResolutionInParts_GivesEachPartAsAResolutionAndTheFileItsFirst()
    {
        // "1472 (XIV). International co-operation ...", "A", "The General Assembly,", ..., "B", "The General Assembly,".
        var r = Read("eosg/A_RES_1472(XIV).txt").Resolution;
        Assert.Equal(("1472 (XIV) A", "A/RES/1472 (XIV) A"), (r.Number, r.Symbol));
        Assert.Equal(["Establishes", "Requests"], r.OperativeParagraphs.Select(p => p.Phrase!.Text));
        var all = ResolutionParser.ParseAll(Text("eosg/A_RES_1472(XIV).txt")).Select(p => p.Resolution).ToList();
        Assert.Equal(["1455 (XIV)", "1472 (XIV) A", "1472 (XIV) B"], all.Select(x => x.Number));
        Assert.Equal("International co-operation in the peaceful uses of outer space", all[2].Title!.Text);
        Assert.Equal("Decides", all[2].OperativeParagraphs[0].Phrase!.Text);
    }

    [Fact]
    public void HardWrappedPrint_SplitsParagraphsWithoutBlankLines()
    {
        // "Determined to implement fully the provisions of resolution 836 (1993),", then on the next lines, with no
        // blank line, "Acting under Chapter VII of the Charter of the United Nations," and "1. Approves ...".
        var r = Read("unsc/S_RES_0844_1993.txt").Resolution;
        Assert.Equal(("844 (1993)", new DateOnly(1993, 6, 18)), (r.Number, r.AdoptionDate));
        Assert.Equal("Acting under Chapter VII of the Charter of the United Nations,", r.Preamble.Paragraphs[^1].Text);
        Assert.Equal(["Reaffirming", "Having considered", "Reiterating once again", "Recalling", "Determined", "Acting"], r.Preamble.Paragraphs.Select(p => p.Phrases[0].Text));
        Assert.Equal(7, r.OperativeParagraphs.Count);
        Assert.Equal("Approves", r.OperativeParagraphs[0].Phrase!.Text);
    }

    [Theory]
    [InlineData("unsc/S_RES_0004_1946.txt")]
    [InlineData("eosg/A_RES_48_112.txt")]
    [InlineData("eosg/A_RES_67_1.txt")]
    public void AkomaNtoso_KeepsUnnumberedParagraphsSectionsAndHeadings(string file)
    {
        // Unnumbered paragraphs (1946), sections restarting their numbering (48/112), headings above paragraphs (67/1).
        var r = Read(file).Resolution;
        var xml = Model.AkomaNtoso.AkomaNtosoXml.ExportText(r);
        Assert.Equal(r, Model.AkomaNtoso.AkomaNtosoXml.Import(xml));
        Assert.True(Model.AkomaNtoso.AkomaNtosoValidator.Validate(xml, null).IsValid);
    }

    [Fact]
    public void ScannedPage_StartingWithACommentIsText()
    {
        // The EOSG page files open with "<!-- Page 1 -->": text, not XML.
        Assert.StartsWith("<!-- Page 1 -->", Text("eosg/A_RES_40_33.txt"), StringComparison.Ordinal);
        var furniture = Read("eosg/A_RES_40_33.txt").Resolution.Furniture.Select(f => f.Text).ToList();
        Assert.Contains("<!-- Page 1 -->", furniture);
    }

    [Theory]
    // Line 27 of A/RES/64/289, line 57 of S/RES/2444 (2018), line 29 of E/RES/2019/24: a line without closing
    // punctuation above "1.", whose first word is a gerund used as a noun, heads the operative part.
    [InlineData("eosg/A_RES_64_289.txt", "Strengthening governance of operational activities for development of the United Nations system for enhanced system-wide coherence", "Taking note of the reports of the Secretary-General entitled")]
    [InlineData("eosg/S_RES_2444(2018).txt", "Lifting of arms embargoes, travel bans, asset freezes and targeted sanctions on Eritrea", "Acting under Chapter VII of the Charter of the United Nations,")]
    [InlineData("eosg/E_RES_2019_24.txt", "Taking stock: reviewing the implementation of the outcomes of the World Summit on the Information Society", "Expressing its appreciation to the Secretary-General of the United Nations Conference")]
    public void HeadingAboveTheFirstOperativeParagraph_IsNoPreambularParagraph(string file, string heading, string lastPreambular)
    {
        var r = Read(file).Resolution;
        Assert.Equal(heading, r.OperativeParagraphs[0].Heading!.Text);
        Assert.StartsWith(lastPreambular, r.Preamble.Paragraphs[^1].Text, StringComparison.Ordinal);
        Assert.Empty(r.Validate(Text(file)));
    }

    [Fact]
    public void PreambularParagraph_ThatLostItsComma_StaysOne()
    {
        // S/RES/2396 (2017), line 79: "Acting under Chapter VII of the Charter of the United Nations" (no comma), then "1. Recalls".
        var r = Read("eosg/S_RES_2396(2017).txt").Resolution;
        Assert.Equal("Acting under Chapter VII of the Charter of the United Nations", r.Preamble.Paragraphs[^1].Text);
        Assert.Equal("Acting", r.Preamble.Paragraphs[^1].Phrases[0].Text);
        Assert.Null(r.OperativeParagraphs[0].Heading);
    }

    [Fact]
    public void AdjectiveWithOf_CutByABlankLine_StaysAPreambularParagraph()
    {
        // S/RES/688 (1991), lines 5-7: "Mindful of its duties and its responsibilities under the" / (blank) / "Charter of the
        // United Nations for the maintenance of international peace and security,": "of" after an adjective is no title.
        var r = Read("unsc/S_RES_0688_1991.txt").Resolution;
        Assert.Equal("Mindful", r.Preamble.Paragraphs[0].Phrases[0].Text);
        Assert.StartsWith("Mindful of its duties and its responsibilities under the", r.Preamble.Paragraphs[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void HeadingInsideTheOperativePart_MayOpenWithAVerbForm()
    {
        // A/RES/64/289, line 149: "Strengthening the institutional arrangements for support of gender equality and the
        // empowerment of women", then line 151 "Establishment of the Entity", then line 153 "49. Decides to establish ...".
        var r = Read("eosg/A_RES_64_289.txt").Resolution;
        var op49 = r.OperativeParagraphs.Single(p => p.Number == 49);
        Assert.StartsWith("Strengthening the institutional arrangements for support of gender equality", op49.Heading!.Text, StringComparison.Ordinal);
        Assert.EndsWith("Establishment of the Entity", op49.Heading.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(r.Unplaced, u => u.Text.StartsWith("Strengthening", StringComparison.Ordinal));
    }

    [Fact]
    public void AdoptionLine_PrintedOverTwoLines_IsOneLine()
    {
        // S/RES/1196 (1998), lines 15 and 17: "Adopted by the Security Council at its 3927th meeting," / "on 16 September 1998".
        var r = Read("eosg/S_RES_1196(1998).txt").Resolution;
        Assert.Equal("Adopted by the Security Council at its 3927th meeting, on 16 September 1998", r.Adoption!.Text);
        Assert.DoesNotContain("on 16 September 1998", r.Masthead!.Text, StringComparison.Ordinal);
        Assert.Equal(new DateOnly(1998, 9, 16), r.AdoptionDate);
        Assert.Empty(r.Validate(Text("eosg/S_RES_1196(1998).txt")));
    }

    [Fact]
    public void ItemThatPrintsOnlyAHeading_TakesTheParagraphUnderIt()
    {
        // S/RES/2147 (2014), OP4: "(a) Protection of civilians" over "(i) Ensure ...", "(ii) ...", "(iii) ..."; line 105
        // "(b) Neutralizing armed groups through the Intervention brigade" over line 107 "In support of the authorities of the DRC, ...".
        var result = Read("eosg/S_RES_2147(2014).txt");
        var op4 = result.Resolution.OperativeParagraphs.Single(p => p.Number == 4);
        Assert.Equal(["i", "ii", "iii"], op4.SubParagraphs[0].SubParagraphs.Select(s => s.Label));
        Assert.StartsWith("Neutralizing armed groups through the Intervention brigade In support of the authorities of the DRC", op4.SubParagraphs[1].Text, StringComparison.Ordinal);
        Assert.DoesNotContain(result.Resolution.Unplaced, u => u.Text.StartsWith("In support of", StringComparison.Ordinal));
        Assert.DoesNotContain(result.Diagnostics, d => d.Id == DiagnosticIds.ItemOutOfSequence);
    }

    [Theory]
    // A/RES/76/242, line 25: "6." U+200E " Reaffirms its decision ..."; A/RES/78/282, line 41: six U+200D, a space, "6.", a tab, "Requests".
    [InlineData("eosg/A_RES_76_242.txt", 22, "Reaffirms its decision, contained in paragraph 4 of its resolution 61/261")]
    [InlineData("eosg/A_RES_78_282.txt", 7, "Requests the Secretary-General to establish an outreach programme")]
    public void InvisibleMarksAroundANumber_KeepTheNumber(string file, int count, string sixth)
    {
        var result = Read(file);
        var r = result.Resolution;
        Assert.Equal(Enumerable.Range(1, count), r.OperativeParagraphs.Select(p => p.Number));
        Assert.StartsWith(sixth, r.OperativeParagraphs[5].Text, StringComparison.Ordinal);
        Assert.DoesNotContain(result.Diagnostics, d => d.Id == DiagnosticIds.NumberingOutOfSequence);
        Assert.Empty(r.Validate(Text(file)));
    }

    [Fact]
    public void MeetingLine_WithResumedUnbracketed_ClosesTheResolution()
    {
        // A/RES/76/242, lines 65 and 67: "54th resumed plenary meeting" / "24 December 2021".
        var r = Read("eosg/A_RES_76_242.txt").Resolution;
        Assert.Equal(("54th resumed plenary meeting", "24 December 2021"), (r.Conclusions!.Meeting.Text, r.Conclusions.Date!.Text));
    }

    [Fact]
    public void SectionWithOneUnnumberedParagraph_HasItAsItsParagraph()
    {
        // A/RES/60/260, line 134 "V Proposals 14 and 15", line 136 "Requests the Secretary-General to submit a detailed
        // report, ...", then items (a) to (h), then line 154 "VI Proposal 16" and "1. Recalls paragraph 11 ...".
        var r = Read("eosg/A_RES_60_260.txt").Resolution;
        var v = r.OperativeParagraphs.Single(p => p.Heading?.Text == "V Proposals 14 and 15");
        Assert.True(v.Unnumbered);
        Assert.StartsWith("Requests the Secretary-General to submit a detailed report", v.Text, StringComparison.Ordinal);
        Assert.Equal(["a", "b", "c", "d", "e", "f", "g", "h"], v.SubParagraphs.Select(s => s.Label));
        var next = r.OperativeParagraphs.SkipWhile(p => p != v).ElementAt(1);
        Assert.Equal(("VI Proposal 16", 1), (next.Heading!.Text, next.Number));
        Assert.NotEqual(v.Section, next.Section);
        Assert.Empty(r.Unplaced);
        Assert.Empty(r.Validate(Text("eosg/A_RES_60_260.txt")));
    }
}
