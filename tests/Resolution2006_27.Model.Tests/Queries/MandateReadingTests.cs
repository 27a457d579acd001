using Resolution2006_27.Model.Queries;

namespace Resolution2006_27.Model.Tests.Queries;

/// <summary>Whom a report goes to, read off the words that send it (checked against the texts by hand).</summary>
public class MandateReadingTests
{
    [Fact]
    public void Ecosoc2015_23_Op11_ReportsToTheCommissionOnly()
    {
        // "11. Requests the Secretary-General to report to the Commission on Crime Prevention and Criminal Justice at
        // its twenty-sixth session ..., including by providing an update on the status of the contributions to and
        // expenditures of the Trust Fund.": the Trust Fund is what the report is about, not whom it goes to.
        var resolution = Resolutions.FromString(TestData.CorpusText("E-RES-2015-23.txt"));
        var op11 = Assert.Single(resolution.Mandates(), m => m.Ask.Part.Short == "OP11");
        Assert.True(op11.IsReporting);
        Assert.Equal(["ccpcj"], op11.ReportTo);
    }

    [Fact]
    public void Ecosoc2006_27_Op18_ReportsToTheCommission_ThenSharesWithTheConference()
    {
        // "... to report on the implementation of the present resolution to the Commission ... at its seventeenth
        // session and thereafter to share its report with the Conference of the Parties to the ... Convention ...".
        var op18 = Assert.Single(Fresh.Seed().Mandates(), m => m.Ask.Part.Short == "OP18");
        Assert.Equal(["ccpcj", "cop-untoc"], op18.ReportTo);
    }
}
