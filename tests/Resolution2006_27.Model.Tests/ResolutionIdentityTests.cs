namespace Resolution2006_27.Model.Tests;

public class ResolutionIdentityTests
{
    private readonly Resolution R = Fresh.Seed();

    [Fact]
    public void Symbol_IsReadFromTheMastheadAndOrgan() => Assert.Equal("E/RES/2006/27", R.Symbol);

    [Fact]
    public void Number_IsTheMastheadNumber() => Assert.Equal("2006/27", R.Number);

    [Fact]
    public void OrganId_IsTheEconomicAndSocialCouncil()
    {
        Assert.Equal("ecosoc", R.OrganId);
        Assert.Equal("Economic and Social Council", R.FindActor(R.OrganId)!.Name);
    }

    [Fact]
    public void Title_JoinsThePrintedTitleLines() =>
        Assert.Equal(
            "Strengthening international cooperation in preventing and combating trafficking in persons and protecting victims of such trafficking",
            R.Title!.Text);

    [Fact]
    public void Masthead_IsTheHeadingLine() => Assert.Equal("ECOSOC Resolution 2006/27", R.Masthead!.Text);

    [Fact]
    public void AdoptionDate_Is27July2006() => Assert.Equal(new DateOnly(2006, 7, 27), R.AdoptionDate);

    [Fact]
    public void Conclusions_HoldTheMeetingAndDateLines()
    {
        Assert.Equal("41st plenary meeting", R.Conclusions!.Meeting.Text);
        Assert.Equal("27 July 2006", R.Conclusions!.Date!.Text);
        Assert.Equal(289, R.Conclusions!.Meeting.Span.Line);
    }

    [Fact]
    public void EnactingFormula_IsTheCouncilsFormula()
    {
        Assert.Equal("The Economic and Social Council,", R.Preamble.EnactingFormula!.Text);
        Assert.Equal(11, R.Preamble.EnactingFormula!.Span.Line);
        Assert.Equal(2, R.Preamble.EnactingFormula!.Span.Column);
    }

    [Fact]
    public void DataVersion_IsTheRegistrysAndNotEmpty()
    {
        Assert.Equal(Resolutions.DataVersion, R.DataVersion);
        Assert.Matches(@"^\d{4}\.\d+$", R.DataVersion);
    }

    [Fact]
    public void Source_IdentifiesTheSeedByHash()
    {
        var bytes = File.ReadAllBytes(TestData.SeedPath);
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes)), R.Source.Sha256);
        Assert.Equal("E-RES-2006-27.txt", R.Source.Name);
        Assert.Equal(TestData.SeedText.Length, R.Source.Length);
    }
}
