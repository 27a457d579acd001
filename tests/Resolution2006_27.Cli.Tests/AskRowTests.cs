using System.Text.Json;
using Resolution2006_27.Model.Tests;

namespace Resolution2006_27.Cli.Tests;

/// <summary>Ask rows carry their citations as data and their instruments and hedges once each (checked against 2006/27).</summary>
[Trait(ToolUnderTest.Trait, ToolUnderTest.EndToEnd)]
public class AskRowTests
{
    private static List<JsonElement> Rows()
    {
        var (code, output, _) = CliTests.Run("asks", "--format", "jsonl");
        Assert.Equal(0, code);
        return [.. output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement.Clone())];
    }

    [Fact]
    public void Op1_NamesEachInstrumentOnce_InOrder_AndCountsItsFourCitations()
    {
        // OP1: "... the United Nations Convention against Transnational Organized Crime, the Protocol to Prevent ...
        // supplementing that Convention, and the Optional Protocol to the Convention on the Rights of the Child ...":
        // "that Convention" cites UNTOC again, so four citations of three instruments.
        var op1 = Rows().First(r => r.GetProperty("part").GetString() == "OP1");
        Assert.Equal(["untoc", "trafficking-protocol", "opsc"], op1.GetProperty("instruments").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(4, op1.GetProperty("citation_count").GetInt32());
        var first = op1.GetProperty("citations")[0];
        Assert.Equal("untoc", first.GetProperty("instrumentId").GetString());
        Assert.Equal("UNTOC", first.GetProperty("shortName").GetString());
        Assert.Equal("United Nations Convention against Transnational Organized Crime", first.GetProperty("text").GetString());
    }

    [Fact]
    public void Op3bii_GivesItsPinpointsAsPaths_AndSaysWhereEachInterAliaStands()
    {
        var row = Rows().First(r => r.GetProperty("part").GetString() == "OP3(b)(ii)");
        var protocol = row.GetProperty("citations").EnumerateArray().First(c => c.GetProperty("instrumentId").GetString() == "trafficking-protocol");
        Assert.Equal(["article 6", "paragraph 2"], protocol.GetProperty("pinpoint").EnumerateArray().Select(e => e.GetString()));
        var hedges = row.GetProperty("hedges").EnumerateArray().Select(e => e.GetString()).ToList();
        Assert.Contains("nonExhaustive: inter alia (OP3)", hedges);
        Assert.Contains("nonExhaustive: inter alia (OP3(b))", hedges);
        Assert.Equal(hedges.Count, hedges.Distinct().Count());
    }
}
