using Resolution2006_27.Model.Diagnostics;
using Resolution2006_27.Model.Parsing;

namespace Resolution2006_27.Model.Tests.Parsing;

/// <summary>
/// Where the heading and the rest of the print disagree (number, date, organ), which the model takes and the
/// warning that says so; and a text that holds more than one resolution. Values read off the short texts.
/// </summary>
public class HeadingDisagreementTests
{
    // Under the heading given: the formula, one paragraph, and the closing lines dated 27 July 2099.
    private static string Under(string heading) => ShortResolution.Headed(heading, "1. Urges Member States to act.");

    [Fact]
    public void Parse_OfATitleLineNumberedOtherwiseThanTheMasthead_TakesTheTitleLine()
    {
        var (r, d) = Fresh.Diagnosed(Under("Resolution 2099/1\n\n2099/2. A title"), DiagnosticIds.HeadingDisagrees);
        Assert.Equal("The masthead numbers the resolution 2099/1, the title line 2099/2: the title line is taken", d.Message);
        Assert.Equal((3, 1), (d.Line, d.Column));
        Assert.Equal(("2099/2", "E/RES/2099/2"), (r.Number, r.Symbol));
    }

    [Fact]
    public void Parse_OfAHeadingDatedOtherwiseThanTheClosingLines_TakesTheClosingDate()
    {
        var (r, d) = Fresh.Diagnosed(Under("Resolution 2099/1 of 28 July 2099\n\nA title"), DiagnosticIds.HeadingDisagrees);
        Assert.Equal("The heading dates the resolution 28 July 2099, the closing lines 27 July 2099: the closing date is taken", d.Message);
        Assert.Equal((1, 1), (d.Line, d.Column));
        Assert.Equal(new DateOnly(2099, 7, 27), r.AdoptionDate);
    }

    [Fact]
    public void Parse_SaysItsDatesInEnglishWhateverTheCulture()
    {
        // A diagnostic quotes the print's own words: a French culture must not make "juillet" of July.
        var culture = System.Globalization.CultureInfo.CurrentCulture;
        System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("fr-FR");
        try
        {
            var dated = ResolutionParser.ParseWithWarnings(Under("Resolution 2099/1 of 28 July 2099\n\nA title"), Fresh.Options());
            Assert.Contains("28 July 2099, the closing lines 27 July 2099", Assert.Single(dated.Diagnostics, x => x.Id == DiagnosticIds.HeadingDisagrees).Message, StringComparison.Ordinal);
            var twice = ResolutionParser.ParseWithWarnings(Under("Resolution adopted by the Economic and Social Council on 27 July 2099\n\nResolution 2099/1 of 28 July 2099\n\nA title"), Fresh.Options());
            Assert.Contains("27 July 2099 and, on this line, 28 July 2099", Assert.Single(twice.Diagnostics, x => x.Id == DiagnosticIds.HeadingDisagrees).Message, StringComparison.Ordinal);
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = culture;
        }
    }

    [Fact]
    public void Parse_OfAHeadingThatPrintsTwoDates_TakesTheFirstAndSaysSo()
    {
        // The masthead's adoption line (line 1) gives 27 July, the naming line (line 3) 28 July; the closing lines 27 July.
        var (r, d) = Fresh.Diagnosed(Under("Resolution adopted by the Economic and Social Council on 27 July 2099\n\nResolution 2099/1 of 28 July 2099\n\nA title"), DiagnosticIds.HeadingDisagrees);
        Assert.Equal("The heading dates the resolution 27 July 2099 and, on this line, 28 July 2099: the first is taken", d.Message);
        Assert.Equal((3, 1), (d.Line, d.Column));
        Assert.Equal((new DateOnly(2099, 7, 27), "2099/1"), (r.AdoptionDate, r.Number));
    }

    [Fact]
    public void Parse_OfAHeadingNamingAnotherOrganThanTheFormula_TakesTheFormula()
    {
        var (r, d) = Fresh.Diagnosed(Under("Resolution adopted by the General Assembly on 27 July 2099\n\n2099/1. A title"), DiagnosticIds.HeadingDisagrees);
        Assert.Equal("The heading names 'General Assembly', the enacting formula another organ: the formula is taken", d.Message);
        Assert.Equal((1, 1), (d.Line, d.Column));
        Assert.Equal("E/RES/2099/1", r.Symbol);
    }

    [Fact]
    public void Parse_OfAHeadingThatAgrees_SaysNothingOfIt()
    {
        var result = ResolutionParser.ParseWithWarnings(Under("Resolution 2099/1 of 27 July 2099\n\n2099/1. A title"), Fresh.Options());
        Assert.DoesNotContain(result.Diagnostics, d => d.Id == DiagnosticIds.HeadingDisagrees);
        Assert.Equal("2099/1", result.Resolution.Number);
    }

    [Theory]
    // Without a source name the first is read; a source name that gives a symbol picks its resolution.
    [InlineData(null, "2099/1", "The text holds 2 resolutions; this is 2099/1; the others (2099/2) are read by ResolutionParser.ParseAll", 5)]
    [InlineData("E_RES_2099_2.txt", "2099/2", "The text holds 2 resolutions; this is 2099/2, the one the source's name gives; the others (2099/1) are read by ResolutionParser.ParseAll", 18)]
    // What stands before the symbol in the name, a copy's number or a collection's name, is no part of it.
    [InlineData("1-E_RES_2099_2.txt", "2099/2", "The text holds 2 resolutions; this is 2099/2, the one the source's name gives; the others (2099/1) are read by ResolutionParser.ParseAll", 18)]
    [InlineData("undocs 2024 e-res-2099-2.txt", "2099/2", "The text holds 2 resolutions; this is 2099/2, the one the source's name gives; the others (2099/1) are read by ResolutionParser.ParseAll", 18)]
    // A name that gives another resolution, or none the text holds, reads the first.
    [InlineData("E_RES_2099_3.txt", "2099/1", "The text holds 2 resolutions; this is 2099/1; the others (2099/2) are read by ResolutionParser.ParseAll", 5)]
    [InlineData("2-E_RES_2098_2.txt", "2099/1", "The text holds 2 resolutions; this is 2099/1; the others (2099/2) are read by ResolutionParser.ParseAll", 5)]
    public void Parse_OfATextHoldingTwoResolutions_ReadsOneAndNamesTheOthers(string? source, string number, string message, int line)
    {
        // The first resolution's formula is on line 5; the second's heading opens on line 14, its formula on line 18.
        var text = Under("Resolution 2099/1\n\nA title") + "\n" + Under("Resolution 2099/2\n\nAnother title");
        var options = source is null ? Fresh.Options() : Fresh.Options() with { SourceName = source };
        var result = ResolutionParser.ParseWithWarnings(text, options);
        Assert.Equal(number, result.Resolution.Number);
        var d = Assert.Single(result.Diagnostics, x => x.Id == DiagnosticIds.OtherResolution);
        Assert.Equal((message, line, DiagnosticSeverity.Info, options.SourceName), (d.Message, d.Line, d.Severity, d.Source));
        Assert.Equal(2, ResolutionParser.ParseAll(text, Fresh.Options()).Count);
    }

    [Fact]
    public void Parse_OfAParagraphPrintedBeforeTheFormula_ReadsItAsTheFirstPreambularParagraph()
    {
        // Lines 5-6 end with a comma above the formula on line 8, as S/RES/4 (1946) prints "The attention of ...;".
        var text = Under("Resolution 2099/1\n\nA title\n\n Recalling its resolutions on the matter\nand its earlier decisions,");
        var result = ResolutionParser.ParseWithWarnings(text, Fresh.Options());
        // Then the preambular paragraph below the formula (line 10).
        Assert.Equal(["Recalling its resolutions on the matter and its earlier decisions,", "Recalling its resolutions,"], result.Resolution.Preamble.Paragraphs.Select(p => p.Text));
        var d = Assert.Single(result.Diagnostics, x => x.Id == DiagnosticIds.PreambleBeforeFormula);
        Assert.Equal(("A paragraph printed before the enacting formula: read as the first preambular paragraph", 5, 2, DiagnosticSeverity.Info), (d.Message, d.Line, d.Column, d.Severity));
    }

    [Theory]
    // A resolution the registry does not know is made from its symbol, with the date printed beside it or none.
    [InlineData("its resolution 60/999 of 1 December 2005", "e-res-60-999", "1 December 2005")]
    [InlineData("its resolution 60/998", "e-res-60-998", null)]
    public void Parse_OfAResolutionTheRegistryDoesNotKnow_MakesItsInstrumentFromTheSymbolAndDate(string cited, string id, string? adopted)
    {
        var text = ShortResolution.Text("1. Urges Member States to act.").Replace("Recalling its resolutions,", $"Recalling {cited},", StringComparison.Ordinal);
        var instrument = ResolutionParser.Parse(text, Fresh.Options()).Instruments.Single(i => i.Id == id);
        Assert.Equal(adopted, instrument.Adopted);
        Assert.Equal((Model.Citations.InstrumentKind.Resolution, "E/RES/60/" + id[^3..], false), (instrument.Kind, instrument.DocumentSymbol, instrument.Provenance.Verified));
    }
}
