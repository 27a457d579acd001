using System.Xml.Linq;
using Resolution2006_27.Model.AkomaNtoso;

namespace Resolution2006_27.Model.Tests.AkomaNtoso;

/// <summary>How a part's text and the ranges marked in it become mixed XML content.</summary>
public class InlineMarkupTests
{
    private static InlineRange Range(int start, int end, string name, int depth = 0) => new(start, end, depth, () => new XElement(name));

    private static string Build(string text, params InlineRange[] ranges) =>
        string.Concat(InlineMarkup.Build(text, ranges).Select(n => ((XNode)n).ToString(SaveOptions.DisableFormatting)));

    [Fact]
    public void Build_NestsRangesAndKeepsTheTextBetween() =>
        Assert.Equal("a<x>b<y>cd</y></x>e", Build("abcde", Range(1, 4, "x"), Range(2, 4, "y", 1)));

    [Fact]
    public void Build_PutsTheShallowerOfTwoEqualRangesOutside() =>
        Assert.Equal("<y><x>ab</x></y>", Build("ab", Range(0, 2, "x", 2), Range(0, 2, "y", 1)));

    [Fact]
    public void Build_WritesAMarkerAsAnEmptyElementBetweenCharacters() =>
        Assert.Equal("a<m />b", Build("ab", Range(1, 1, "m")));

    [Fact]
    public void Build_PutsAMarkerAtTheEndOfAnElementAfterIt() =>
        // "Crime6": the footnote marker stands after the name, not inside it.
        Assert.Equal("<x>ab</x><m />c", Build("abc", Range(0, 2, "x"), Range(2, 2, "m", 4)));

    [Fact]
    public void Build_KeepsAMarkerAtTheVeryEndOfTheText() =>
        Assert.Equal("<x>ab</x><m />", Build("ab", Range(0, 2, "x"), Range(2, 2, "m", 4)));

    [Fact]
    public void Build_AcceptsRangesThatTouch() =>
        Assert.Equal("<x>ab</x><y>cd</y>", Build("abcd", Range(0, 2, "x"), Range(2, 4, "y")));

    [Theory]
    [InlineData(0, 3, 2, 5)]
    [InlineData(2, 5, 0, 3)]
    public void Build_RefusesRangesThatCross(int start1, int end1, int start2, int end2)
    {
        var e = Assert.Throws<NotSupportedException>(() => Build("abcdef", Range(start1, end1, "x"), Range(start2, end2, "y")));
        // Named in text order, whichever order they came in, by their words and places.
        Assert.Equal("Two marked ranges of a text cross, which XML cannot nest: \"abc\" and \"cde\" (characters 0-3 and 2-5 of \"abcdef\"); export it as JSON.", e.Message);
    }

    [Theory]
    [InlineData(0, 6, 2, 4, false)] // inside
    [InlineData(2, 4, 0, 6, false)] // around
    [InlineData(0, 3, 3, 6, false)] // touching after
    [InlineData(3, 6, 0, 3, false)] // touching before
    [InlineData(0, 3, 0, 6, false)] // same start
    [InlineData(0, 6, 3, 6, false)] // same end
    [InlineData(0, 3, 2, 5, true)]  // over the end
    [InlineData(2, 5, 0, 3, true)]  // over the start
    public void Crosses_OnlyWhenNeitherHoldsTheOther(int start1, int end1, int start2, int end2, bool crosses) =>
        Assert.Equal(crosses, Range(start1, end1, "x").Crosses(Range(start2, end2, "y")));
}
