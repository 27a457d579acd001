using System.Collections.Concurrent;
using Resolution2006_27.Model.Collections;

namespace Resolution2006_27.Model.Tests.Collections;

/// <summary>The bounded pool the text and id pools share: the held value for a key, and no growth past the bound.</summary>
public class BoundedPoolTests
{
    [Fact]
    public void GetOrAdd_GivesTheHeldValue_AndCountsOnlyWhatItAdds()
    {
        var pool = new ConcurrentDictionary<string, string>(StringComparer.Ordinal);
        var added = 0;
        var first = new string('a', 3);
        Assert.Same(first, BoundedPool.GetOrAdd(pool, "aaa", first, ref added, 10));
        Assert.Same(first, BoundedPool.GetOrAdd(pool, "aaa", new string('a', 3), ref added, 10));
        Assert.Equal(1, added);
        Assert.Single(pool);
    }

    [Fact]
    public void GetOrAdd_AtTheBound_GivesTheValueBackUnpooled()
    {
        var pool = new ConcurrentDictionary<int, string>();
        var added = 0;
        for (var i = 0; i < 5; i++)
        {
            BoundedPool.GetOrAdd(pool, i, $"v{i}", ref added, 3);
        }
        Assert.Equal(3, pool.Count);
        Assert.Equal(3, added);
        var late = "late";
        Assert.Same(late, BoundedPool.GetOrAdd(pool, 9, late, ref added, 3));
        Assert.False(pool.ContainsKey(9));
        // At the bound nothing is looked up or replaced: the callers ask the pool first.
        Assert.Equal("other", BoundedPool.GetOrAdd(pool, 0, "other", ref added, 3));
        Assert.Equal("v0", pool[0]);
    }
}
