using Resolution2006_27.Model.Diagnostics;
using Resolution2006_27.Model.AkomaNtoso;
using Resolution2006_27.Model.Parsing;
using Resolution2006_27.Model.Phrases;
using Resolution2006_27.Model.Queries;
using Resolution2006_27.Model.Serialization;
using Resolution2006_27.Model.Validation;

namespace Resolution2006_27.Model.Tests.Parsing;

/// <summary>
/// A resolution in the Security Council's layout: numbered "Resolution 2331 (2016)", dated by an
/// "Adopted by ... at its ... meeting, on ..." line under the number, with no title and no closing
/// meeting and date lines. The expected values are read off the text below.
/// </summary>
public class SecurityCouncilTests
{
    internal const string Text = """
        Resolution 2331 (2016)

        Adopted by the Security Council at its 7847th meeting, on
        20 December 2016

         The Security Council,

         Recalling the United Nations Convention against Transnational
        Organized Crime and the Protocol to Prevent, Suppress and Punish
        Trafficking in Persons, Especially Women and Children,

         Reaffirming its primary responsibility for the maintenance of
        international peace and security,

         1. Condemns all instances of trafficking in persons in areas
        affected by armed conflict;

         2. Requests the Secretary-General to report on the implementation
        of the present resolution;

         3. Decides to remain seized of the matter.

        """;

    private readonly Lazy<ParseResult> Parsed = new(() => ResolutionParser.ParseWithWarnings(Text, Fresh.Options()));

    private Resolution R => Parsed.Value.Resolution;

    [Fact]
    public void Heading_GivesSymbolDateAndAdoptionLine()
    {
        Assert.Equal("S/RES/2331 (2016)", R.Symbol);
        Assert.Equal("security-council", R.OrganId);
        Assert.Equal(new DateOnly(2016, 12, 20), R.AdoptionDate);
        Assert.Equal("Resolution 2331 (2016)", R.Masthead!.Text);
        Assert.Equal("Adopted by the Security Council at its 7847th meeting, on 20 December 2016", R.Adoption!.Text);
        Assert.Equal(3, R.Adoption.Span.Line);
        Assert.Null(R.Title);
        Assert.Null(R.Conclusions);
        Assert.Empty(Parsed.Value.Warnings);
    }

    [Fact]
    public void Body_HasTwoPreambularAndThreeOperativeParagraphs()
    {
        Assert.Equal(2, R.Preamble.Paragraphs.Count);
        Assert.Equal([1, 2, 3], R.OperativeParagraphs.Select(p => p.Number));
        Assert.Equal("The Security Council,", R.Preamble.EnactingFormula!.Text);
        Assert.Empty(R.Validate(Text));
    }

    [Fact]
    public void Asks_AreTheOneRequestToTheSecretaryGeneral()
    {
        var ask = Assert.Single(R.Asks());
        Assert.Equal("secretary-general", ask.Actor.Id);
        Assert.Equal("request", ask.Phrase!.Lemma);
        Assert.Equal(Strength.Requesting, ask.Phrase!.Strength);
        Assert.Equal("OP2", ask.Part.Short);
    }

    [Fact]
    public void Json_RoundTripGivesAnEqualModel() => Assert.Equal(R, ModelJson.Deserialize(ModelJson.Serialize(R)));

    [Fact]
    public void Json_ExportIsValidAgainstThePublishedSchemaAndRules()
    {
        var report = ResolutionValidator.Validate(ModelJson.Serialize(R));
        Assert.True(report.IsValid, string.Join("\n", report.Problems));
        Assert.Equal(R, report.Resolution);
    }

    [Fact]
    public void AkomaNtoso_ExportIsValidAndImportsBackEqual()
    {
        var xml = AkomaNtosoXml.ExportText(R);
        Assert.Empty(AkomaNtosoTests.SchemaErrors(xml));
        Assert.Contains("/akn/un/statement/deliberation/un-sc/2016-12-20/2331-2016", xml);
        Assert.Equal(R, AkomaNtosoXml.Import(xml));
    }

    [Fact]
    public void Parse_WithNeitherClosingLinesNorADatedHeadingIsReadUndatedWithAWarning()
    {
        var undated = Text.Replace("Adopted by the Security Council at its 7847th meeting, on\n20 December 2016\n\n", "");
        var result = ResolutionParser.ParseWithWarnings(undated, Fresh.Options());
        Assert.Null(result.Resolution.AdoptionDate);
        var warning = Assert.Single(result.Diagnostics, d => d.Id == DiagnosticIds.NoDate);
        Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
        var strict = Assert.Throws<ResolutionParseException>(() => ResolutionParser.Parse(undated, Fresh.Options() with { Strict = true }));
        Assert.Equal(DiagnosticIds.NoDate, strict.Diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Error, strict.Diagnostic.Severity);
    }
}
