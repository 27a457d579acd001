using Resolution2006_27.Model.Tests;

namespace Resolution2006_27.Cli.Tests;

/// <summary>Queries by country across a corpus, as a researcher runs them.</summary>
[Trait(ToolUnderTest.Trait, ToolUnderTest.EndToEnd)]
public class StateQueryTests
{
    [Fact]
    public void Asks_ByIsoCode_FindEveryAskToThatStateAcrossACorpus()
    {
        // Of the 150 Security Council resolutions, only S/RES/818 (1993) asks anything of Mozambique, read off the
        // text: 2 "Calls upon the Government of Mozambique and RENAMO", 4 "Urges ...", 5 "Further urges ...",
        // 8 "Strongly appeals also to both the Government of Mozambique and RENAMO", 10 "Strongly urges ...".
        var corpus = Path.Combine(TestData.SharedPath, "corpus-dev", "unsc");
        var (code, output, _) = CliTests.Run("asks", "--addressee", "MOZ", "--corpus", corpus, "--format", "csv");
        Assert.Equal(0, code);
        var rows = Csv.Read(output);
        var header = rows[0].ToList();
        var body = rows.Skip(1).ToList();
        Assert.Equal(["OP2", "OP4", "OP5", "OP8", "OP10"], body.Select(r => r[header.IndexOf("part")]));
        Assert.All(body, r => Assert.Equal(("S/RES/818 (1993)", "mozambique", "state", "the Government of Mozambique"),
            (r[header.IndexOf("symbol")], r[header.IndexOf("addressee_id")], r[header.IndexOf("addressee_kind")], r[header.IndexOf("addressee_text")])));
    }

    [Fact]
    public void Actors_ListsAStateWithItsKind()
    {
        var file = Path.Combine(TestData.SharedPath, "corpus-dev", "unsc", "S_RES_0818_1993.txt");
        var (code, output, _) = CliTests.Run("actors", "--input", file, "--format", "csv");
        Assert.Equal(0, code);
        var rows = Csv.Read(output);
        var header = rows[0].ToList();
        Assert.Contains(rows.Skip(1), r => r[header.IndexOf("id")] == "mozambique" && r[header.IndexOf("kind")] == "state");
        Assert.Contains(rows.Skip(1), r => r[header.IndexOf("id")] == "renamo" && r[header.IndexOf("kind")] == "party");
    }
}
