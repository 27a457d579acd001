using Resolution2006_27.Model.Collections;

namespace Resolution2006_27.Model.Tests.Collections;

public class ValueListTests
{
    [Fact]
    public void Equals_ComparesItemsInOrder()
    {
        Assert.Equal(ValueList.Of(1, 2, 3), ValueList.Of(1, 2, 3));
        Assert.NotEqual(ValueList.Of(1, 2, 3), ValueList.Of(3, 2, 1));
        Assert.NotEqual(ValueList.Of(1, 2), ValueList.Of(1, 2, 3));
        Assert.Equal(ValueList.Of(1, 2, 3).GetHashCode(), new ValueList<int>([1, 2, 3]).GetHashCode());
    }

    [Fact]
    public void Constructor_CopiesItsItems()
    {
        var source = new List<string> { "a" };
        var list = new ValueList<string>(source);
        source.Add("b");
        Assert.Single(list);
    }

    [Fact]
    public void Empty_IsEmptyAndEqualToAnyEmptyList()
    {
        Assert.Empty(ValueList<int>.Empty);
        Assert.Equal(ValueList<int>.Empty, ValueList.Of<int>());
    }

    [Fact]
    public void Equality_OfModelRecordsCoversTheirLists()
    {
        var r = Fresh.Seed();
        var copy = r with { Footnotes = r.Footnotes.ToValueList() };
        Assert.Equal(r, copy);
        Assert.NotEqual(r, r with { Footnotes = r.Footnotes.Take(10).ToValueList() });
    }

    [Fact]
    public void GetHashCode_FollowsTheItemsInOrder()
    {
        Assert.Equal(new ValueList<int>([1, 2, 3]).GetHashCode(), new ValueList<int>([1, 2, 3]).GetHashCode());
        Assert.NotEqual(new ValueList<int>([1, 2, 3]).GetHashCode(), new ValueList<int>([3, 2, 1]).GetHashCode());
        Assert.NotEqual(new ValueList<int>([1, 2, 3]).GetHashCode(), ValueList<int>.Empty.GetHashCode());
    }

    [Fact]
    public void Constructor_RefusesNull() => Assert.Equal("items", Assert.Throws<ArgumentNullException>(() => new ValueList<int>(null!)).ParamName);

    [Fact]
    public void Of_RefusesNull() => Assert.Equal("items", Assert.Throws<ArgumentNullException>(() => ValueList.Of<int>(null!)).ParamName);

    [Fact]
    public void Factories_GiveTheOneEmptyList()
    {
        // An empty list costs no allocation: most parts of a resolution have no citation, no footnote, no hedge.
        Assert.Same(ValueList<int>.Empty, ValueList.Of<int>());
        Assert.Same(ValueList<int>.Empty, ValueList.Create(ReadOnlySpan<int>.Empty));
        Assert.Same(ValueList<int>.Empty, new List<int>().ToValueList());
        Assert.Same(ValueList<int>.Empty, Enumerable.Range(0, 0).ToValueList());
        Assert.NotSame(ValueList<int>.Empty, new ValueList<int>([]));
    }

    [Fact]
    public void Factories_CopyTheirItems()
    {
        int[] items = [1, 2, 3];
        var list = ValueList.Of(items);
        items[0] = 9;
        Assert.Equal([1, 2, 3], list);
        var shared = new ValueList<int>([4, 5]);
        Assert.Same(shared, shared.ToValueList());
    }

    [Fact]
    public void ToString_GivesTheCount() => Assert.Equal("[3 items]", new ValueList<string>(["a", "b", "c"]).ToString());
}
