using Resolution2006_27.Model.Annexes;
using Resolution2006_27.Model.Parsing;

namespace Resolution2006_27.Model.Tests.Parsing;

/// <summary>Annexes after the closing lines, and dash bullets, as printed resolutions have them.</summary>
public class AnnexTests
{
    internal const string Annex = """


        Annex

        United Nations Global Plan of Action to Combat Trafficking in Persons

        I. Preventing trafficking in persons

        1. Member States should take measures to prevent trafficking,
        including by:

        (a) Raising awareness;

        - Build capacity of national institutions;

        2. Member States should protect victims.

        II. Protecting victims

        4. Member States should prosecute traffickers.
        """;

    private static ParseResult WithAnnex => ResolutionParser.ParseWithWarnings(TestData.SeedText + Annex);

    [Fact]
    public void Annex_AfterTheClosingLinesIsReadAsBlocks()
    {
        var annex = Assert.Single(WithAnnex.Resolution.Annexes);
        Assert.Equal("Annex", annex.Heading.Text);
        Assert.Equal(
            [AnnexBlockKind.Title, AnnexBlockKind.Heading, AnnexBlockKind.Paragraph, AnnexBlockKind.Item, AnnexBlockKind.Bullet, AnnexBlockKind.Paragraph, AnnexBlockKind.Heading, AnnexBlockKind.Paragraph],
            annex.Blocks.Select(b => b.Kind));
        Assert.Equal(["I.", "1.", "(a)", "-", "2.", "II.", "4."], annex.Blocks.Skip(1).Select(b => b.Label));
        Assert.Equal("Member States should take measures to prevent trafficking, including by:", annex.Blocks[2].Text);
        Assert.Equal("Build capacity of national institutions;", annex.Blocks[4].Text);
    }

    [Theory]
    [InlineData("1. Member States should act.")]
    [InlineData("1.\t\tMember States  should act.")] // a tab after the label, two spaces inside
    [InlineData("1.\nMember States should act.")] // the label alone on its line
    [InlineData("1. \u0001Member States should act.")] // a control character after the label's blank: blank when folded
    [InlineData("1.\u00A0 Member States\nshould act.")] // a no-break space, and a line break inside the text
    [InlineData("\u0661. Member States should act.", "\u0661.")] // "١.", Arabic-Indic: a paragraph, its label as printed
    public void AnnexParagraph_ReadsItsLabelAndFoldedText_HoweverItsBlanksPrint(string printed, string label = "1.")
    {
        var r = ResolutionParser.ParseWithWarnings(TestData.SeedText + "\n\nAnnex\n\nA title\n\n" + printed + "\n").Resolution;
        var block = Assert.Single(r.Annexes).Blocks[1];
        Assert.Equal((AnnexBlockKind.Paragraph, label, "Member States should act."), (block.Kind, block.Label, block.Text));
    }

    [Fact]
    public void Annex_NumberingRestartsAndAGapIsWarned()
    {
        var warning = Assert.Single(WithAnnex.Warnings);
        Assert.Equal("Annex paragraph 4 where 3 was due", warning.Message);
    }

    [Fact]
    public void Annex_LeavesTheResolutionAsItWasAndValid()
    {
        var r = WithAnnex.Resolution;
        Assert.Equal(Fresh.Seed().OperativeParagraphs.Select(p => p.Text), r.OperativeParagraphs.Select(p => p.Text));
        Assert.Empty(r.Validate(TestData.SeedText + Annex));
        Assert.Equal(r, Model.Serialization.ModelJson.Deserialize(Model.Serialization.ModelJson.Serialize(r)));
    }

    [Fact]
    public void TextAfterTheClosingLines_WithoutAnAnnexHeadingIsUnplacedText()
    {
        var (r, d) = Fresh.Diagnosed(TestData.SeedText + "\n\n Stray text\n", Model.Diagnostics.DiagnosticIds.UnplacedText);
        Assert.Equal("Text after the closing lines that is not under an annex heading: kept as unplaced text", d.Message);
        Assert.Equal("Stray text", Assert.Single(r.Unplaced).Text);
        Assert.Empty(r.Annexes);
    }

    [Fact]
    public void DashBullet_InAParagraphIsItsTextWithAWarning()
    {
        var text = TestData.SeedText.Replace(" 8. Invites Member States", " - first point;\n\n 8. Invites Member States", StringComparison.Ordinal);
        var result = ResolutionParser.ParseWithWarnings(text, Fresh.Options());
        Assert.EndsWith("persons, especially women and children, that are consistent with internationally recognized principles of non-discrimination and that respect the human rights and fundamental freedoms of victims; - first point;", result.Resolution.OperativeParagraphs[6].Text, StringComparison.Ordinal);
        var bullet = Assert.Single(result.Diagnostics, w => w.Message.StartsWith("A dash bullet", StringComparison.Ordinal));
        Assert.Equal((Model.Diagnostics.DiagnosticIds.BulletAsText, Model.Diagnostics.DiagnosticSeverity.Info), (bullet.Id, bullet.Severity));
    }

    [Fact]
    public void AkomaNtoso_OfAResolutionWithAnnexesSaysItIsNotSupported() =>
        Assert.Contains("annex", Assert.Throws<NotSupportedException>(() => Model.AkomaNtoso.AkomaNtosoXml.Export(WithAnnex.Resolution)).Message, StringComparison.Ordinal);
}
