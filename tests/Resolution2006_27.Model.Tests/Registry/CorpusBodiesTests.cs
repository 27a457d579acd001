using Resolution2006_27.Model.Registry;
using Resolution2006_27.Model.Queries;

namespace Resolution2006_27.Model.Tests.Registry;

/// <summary>
/// Bodies the development corpus asks, in the registry since data 2026.5: their full names, acronyms and short
/// forms read as the actors they are. Each expected actor is read off the text (file and line given).
/// </summary>
public class CorpusBodiesTests
{
    private static Resolution Read(string file) => Resolutions.FromFile(Path.Combine(TestData.SharedPath, "corpus-dev", "eosg", file));

    [Fact]
    public void FullName_IsTheActor()
    {
        // E/RES/2019/24, line 49: "10. Encourages the Commission on Science and Technology for Development to continue ...".
        var ask = Read("E_RES_2019_24.txt").Asks().Single(a => a.Part.Short == "OP10");
        Assert.Equal(("cstd", "the Commission on Science and Technology for Development"), (ask.Addressee.ActorId, ask.Addressee.Text));
    }

    [Fact]
    public void ShortForm_PointsBackToTheBodyNamedBefore()
    {
        // A/RES/66/165, line 69: "11. Welcomes the role of the Peacebuilding Commission in this regard, and continues to
        // urge the Commission to intensify its efforts ...": "the Commission" is the Peacebuilding Commission.
        var op11 = Read("A_RES_66_165.txt").OperativeParagraphs.Single(p => p.Number == 11);
        Assert.Equal([("Peacebuilding Commission", "peacebuilding-commission"), ("the Commission", "peacebuilding-commission")],
            op11.ActorMentions.Where(m => m.Text.Contains("Commission", StringComparison.Ordinal)).Select(m => (m.Text, m.ActorId)));
    }

    [Fact]
    public void EveryNewBody_CitesAResolutionThatNamesIt()
    {
        string[] added = ["cstd", "peacebuilding-commission", "ocha", "wipo", "unossc", "ifad", "fao", "committee-crime-prevention-control"];
        foreach (var id in added)
        {
            var actor = Fresh.Registry().FindActor(id)!;
            Assert.Matches(@"^[AES]/RES/.*\(https://undocs\.org/en/", actor.Provenance.Source);
            Assert.False(actor.Provenance.Verified);
        }
    }
}
