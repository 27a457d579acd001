using Resolution2006_27.Model.Text;

namespace Resolution2006_27.Model.Tests.Text;

public class SourceSpanTests
{
    private static readonly SourceSpan Outer = new(10, 10, 2, 1);

    [Theory]
    [InlineData(10, 10, true)]   // itself
    [InlineData(10, 5, true)]    // the same start
    [InlineData(15, 5, true)]    // the same end
    [InlineData(12, 0, true)]    // empty, inside
    [InlineData(9, 5, false)]    // starts before
    [InlineData(15, 6, false)]   // ends after
    [InlineData(5, 20, false)]   // around it
    [InlineData(20, 0, true)]    // empty, at the end
    [InlineData(21, 0, false)]   // past the end
    public void Contains_IsTrueOnlyForASpanWhollyInside(int start, int length, bool expected) =>
        Assert.Equal(expected, Outer.Contains(new SourceSpan(start, length, 2, 1)));

    [Fact]
    public void Equality_IsByValue()
    {
        Assert.Equal(new SourceSpan(10, 10, 2, 1), Outer);
        Assert.NotEqual(new SourceSpan(10, 10, 3, 1), Outer);
        Assert.Equal(new SourceSpan(10, 10, 2, 1).GetHashCode(), Outer.GetHashCode());
    }

    [Fact]
    public void End_IsJustPastTheLastCharacter() => Assert.Equal(20, Outer.End);

    [Fact]
    public void ToString_IsLineColumnAndLength() => Assert.Equal("2:1+10", Outer.ToString());
}
