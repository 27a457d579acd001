using Resolution2006_27.Model.Parsing;

namespace Resolution2006_27.Model.Tests.Parsing;

/// <summary>Page furniture printed inside a paragraph: set aside, whatever its kind, and nothing else with it.</summary>
public sealed class FurnitureTests
{
    private static Resolution WithLine(string line) =>
        ResolutionParser.ParseWithWarnings(ShortResolution.Text($"1. Urges States\n{line}\nto act;", "2. Requests the Secretary-General to report."), Fresh.Options()).Resolution;

    [Theory]
    [InlineData("A/RES/60/1")]
    [InlineData("E/RES/2006/27*")]
    [InlineData("S/RES/1325 (2000)")]
    [InlineData("06-12345 (E)")]
    [InlineData("2/6")]
    [InlineData("12")]
    [InlineData("- 3 -")]
    [InlineData("Page 3 of 10")]
    [InlineData("<!-- Page 4 -->")]
    [InlineData("_____")]
    [InlineData("...")]
    [InlineData("* Reissued for technical reasons on 1 May 2006.")]
    [InlineData("IV. Resolutions adopted on the reports of the Third Committee")]
    [InlineData("ii. Resolutions adopted without reference to a Main Committee")]
    [InlineData("RESOLUTIONS ADOPTED BY THE GENERAL ASSEMBLY")]
    [InlineData("resolutions adopted on the report of the Second Committee 12")]
    [InlineData("60 General Assembly — Sixtieth session")]
    [InlineData("60\tGeneral Assembly - Sixtieth session")]
    [InlineData("General Assembly - Sixty-first session 7")]
    public void ALineOfFurniture_IsSetAside_AndTheParagraphReadsOn(string line)
    {
        var r = WithLine(line);
        Assert.Equal(line, Assert.Single(r.Furniture).Text);
        Assert.Equal("Urges States to act;", r.OperativeParagraphs[0].Text);
    }

    [Theory]
    [InlineData("Stresses the need")] // the letter of a symbol line, S/..., and a word after it
    [InlineData("Acknowledging the work")]
    [InlineData("Expressing concern")]
    [InlineData("Invites Member States")] // the letter of a roman numeral
    [InlineData("Venezuela and Viet Nam")]
    [InlineData("Reaffirming its resolutions")] // the letters of "Resolutions adopted"
    [InlineData("General Assembly resolution 60/1")] // of "General Assembly - Sixtieth session"
    [InlineData("Page three")]
    [InlineData("12 Member States")]
    [InlineData("3. Decides")] // a digit, then no furniture's next character
    [InlineData("2006/27 of 27 July 2006")]
    public void ALineOfText_OpeningAsFurnitureMight_StaysText(string line)
    {
        var r = WithLine(line);
        Assert.Empty(r.Furniture);
        Assert.Equal($"Urges States {line} to act;", r.OperativeParagraphs[0].Text);
    }
}
