using Resolution2006_27.Model.Queries;

namespace Resolution2006_27.Model.Tests.Queries;

/// <summary>
/// The asks of E/RES/2015/23 and A/RES/70/179 against a table read off the printed text by hand
/// (Data/corpus-asks.hand-checked.tsv): every ask the library reads is in the table, and every row of
/// the table is read, with its addressees in order and, for a report, its recipient and time.
/// </summary>
public class CorpusAsksTests
{
    private sealed record Row(string Symbol, string Part, string Lemma, string Addressees, string ReportTo, string When);

    private static readonly List<Row> Table = [.. File.ReadAllLines(Path.Combine(TestData.RepoRoot, "tests", "Resolution2006_27.Model.Tests", "Data", "corpus-asks.hand-checked.tsv"))
        .Where(l => l.Length > 0 && !l.StartsWith('#'))
        .Select(l => l.Split('\t'))
        .Select(c => new Row(c[0], c[1], c[2], c[3], c[4], c[5]))];

    private static List<Row> Read(string file)
    {
        var r = Resolutions.FromString(TestData.CorpusText(file));
        var mandates = r.Mandates().Where(m => m.IsReporting).ToList();
        return [.. r.Asks()
            .GroupBy(a => (Part: a.Part.Short, a.Phrase.Lemma))
            .Select(g =>
            {
                var report = mandates.FirstOrDefault(m => m.Ask.Part.Short == g.Key.Part && m.Ask.Phrase.Lemma == g.Key.Lemma);
                return new Row(r.Symbol, g.Key.Part, g.Key.Lemma, string.Join(";", g.Select(a => a.Addressee.ActorId).Distinct()),
                    report is null ? "" : string.Join(";", report.ReportTo), report?.When ?? "");
            })];
    }

    [Theory]
    [InlineData("E-RES-2015-23.txt", "E/RES/2015/23")]
    [InlineData("A-RES-70-179.txt", "A/RES/70/179")]
    public void Asks_AreTheOnesReadByHand(string file, string symbol)
    {
        Assert.Equal(Table.Where(t => t.Symbol == symbol), Read(file));
    }
}
