using Resolution2006_27.Model.Parts;

namespace Resolution2006_27.Model.Tests.Queries;

/// <summary>The counts the issue names, each checked by reading the seed.</summary>
public class CountTests
{
    private readonly Resolution R = Fresh.Seed();

    [Fact]
    public void Preamble_HasTwentyParagraphs() =>
        // Twenty paragraphs open with an italic phrase between the formula and "1. Urges"; two of them
        // ("Deeply concerned", "Noting the thematic discussion") follow a page break with no blank line.
        Assert.Equal(20, R.Preamble.Paragraphs.Count);

    [Fact]
    public void OperativeParagraphs_AreNumberedOneToEighteen() =>
        Assert.Equal(Enumerable.Range(1, 18), R.OperativeParagraphs.Select(p => p.Number));

    [Fact]
    public void SubParagraphs_NumberSeventeen()
    {
        // 2 (a)-(d): 4; 3 (a), (b), (b)(i), (b)(ii): 4; 4 (a)-(e): 5; 6 (a)-(d): 4. Total 17.
        var items = R.Parts.OfType<SubParagraph>().ToList();
        Assert.Equal(17, items.Count);
    }

    [Fact]
    public void Footnotes_NumberElevenWithFifteenMarkers()
    {
        Assert.Equal(Enumerable.Range(1, 11), R.Footnotes.Select(f => f.Number));
        Assert.Equal(15, R.Parts.Sum(p => p.FootnoteMarkers.Count));
        Assert.Equal(15, R.Footnotes.Sum(f => f.MarkerIds.Count));
    }
}
