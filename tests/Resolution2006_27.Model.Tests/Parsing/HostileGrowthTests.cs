using Resolution2006_27.Model.Diagnostics;
using Resolution2006_27.Model.Parsing;
using Resolution2006_27.Model.Parts;

namespace Resolution2006_27.Model.Tests.Parsing;

/// <summary>
/// Long texts of one shape repeated thousands of times, each read as the rules read one of it, with memory that follows
/// the text's length (the rule for bad input: a bound of time and memory). Each shape cost its length for every
/// repetition before (a quadratic path): the bound, in bytes allocated per character of text, is far below what that
/// cost at these lengths and far above what a linear reading allocates (both noted at each test).
/// </summary>
public class HostileGrowthTests
{
    private static (Resolution Resolution, IReadOnlyList<Diagnostic> Diagnostics, long BytesPerCharacter) Parse(string text)
    {
        ResolutionParser.ParseWithWarnings(ShortResolution.Text("1. Urges Member States to act;"), Fresh.Options()); // the registry and patterns made before counting
        var before = GC.GetAllocatedBytesForCurrentThread();
        var result = ResolutionParser.ParseWithWarnings(text, Fresh.Options());
        return (result.Resolution, result.Diagnostics, (GC.GetAllocatedBytesForCurrentThread() - before) / text.Length);
    }

    [Fact]
    public void ThousandsOfItemsOutOfSequence_AreTheTextOfTheLastItem_InMemoryLinearInTheText()
    {
        // (a) to (z), then (a) to (z) again two hundred times: an item whose label continues no sequence is read as text
        // of the part above, the item (z), which each extension folded whole again (25,321 bytes a character here).
        var labels = Enumerable.Range(0, 26 * 200).Select(i => ((char)('a' + (i % 26))).ToString()).ToList();
        var text = ShortResolution.Text(["1. Urges Member States to act as follows:", .. labels.Select(l => $"({l}) y;")]);
        var (resolution, diagnostics, perCharacter) = Parse(text);

        var op1 = Assert.Single(resolution.OperativeParagraphs);
        Assert.Equal(labels.Take(26), op1.SubParagraphs.Select(s => s.Label));
        Assert.Equal("y;" + string.Concat(labels.Skip(26).Select(l => $" ({l}) y;")), op1.SubParagraphs[^1].Text);
        Assert.Equal(labels.Count - 26, diagnostics.Count(d => d.Id == DiagnosticIds.ItemOutOfSequence));
        Assert.True(perCharacter < 1_500, $"{perCharacter:N0} bytes allocated a character");
    }

    [Fact]
    public void ThousandsOfBlocksInLowerCase_AreTheRestOfTheParagraphAbove_InMemoryLinearInTheText()
    {
        // A block that opens in lower case is the rest of the paragraph above, split by a page break: five thousand of
        // them, each joined by copying every line joined before (3,392 bytes a character here).
        var text = ShortResolution.Text(["1. Urges Member States to act", .. Enumerable.Repeat("and so on", 5_000)]);
        var (resolution, diagnostics, perCharacter) = Parse(text);

        var op1 = Assert.Single(resolution.OperativeParagraphs);
        Assert.Equal("Urges Member States to act" + string.Concat(Enumerable.Repeat(" and so on", 5_000)), op1.Text);
        Assert.Equal(5_000, diagnostics.Count(d => d.Id == DiagnosticIds.ContinuedParagraph));
        Assert.True(perCharacter < 1_000, $"{perCharacter:N0} bytes allocated a character");
    }

    [Fact]
    public void ThousandsOfMarkersInOneClause_AnnotateTheWordsSinceTheMarkerBefore_InMemoryLinearInTheText()
    {
        // "word1" six thousand times, no comma: each marker's words ran back to the clause's start, the whole text
        // before it (5,108 bytes a character here). The footnote's subject is its first marker's.
        var text = ShortResolution.Text("1. Urges " + string.Concat(Enumerable.Repeat("word1 ", 6_000)).TrimEnd() + ";");
        var (resolution, _, perCharacter) = Parse(text);

        var footnote = Assert.Single(resolution.Footnotes);
        Assert.Equal(6_000, footnote.MarkerIds.Count);
        Assert.Equal("Urges word", footnote.Subject.Text);
        Assert.True(perCharacter < 1_000, $"{perCharacter:N0} bytes allocated a character");
    }

    [Fact]
    public void RunsOfBlanksAndWords_FoldAsOneSpaceBetweenWords_WhateverTheirLength()
    {
        // The fold copies printable ASCII a run at a time, found a window of 256 characters at a time: runs that end
        // on a window's edge, two spaces across it, blanks that are not spaces, and lines long enough to cross many
        // windows, against the rule written out: every run of blanks between two characters is one space, a run at
        // the end is nothing.
        var random = new Random(2026_12_02);
        string[] pieces = ["a", "bc", " ", "  ", "\t", "\u00A0", "é", "-", "x y", new string('w', 255), new string(' ', 300)];
        for (var i = 0; i < 400; i++)
        {
            var line = "q" + RandomText.Of(random, pieces, random.Next(1, 60));
            var expected = System.Text.RegularExpressions.Regex.Replace(line, @"[\s\u00A0]+", " ").TrimEnd();
            Assert.Equal(expected, MappedText.Folded(line, [(0, line.Length)]));
        }
    }
}
