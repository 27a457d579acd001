using System.Collections.Concurrent;

namespace Resolution2006_27.Model.Collections;

/// <summary>Adding to a pool shared by parsing threads that stops growing at a bound (the text pool, the pool of part ids).</summary>
internal static class BoundedPool
{
    /// <summary>
    /// The value <paramref name="pool"/> holds for <paramref name="key"/>, after adding <paramref name="value"/> when it
    /// holds none and fewer than <paramref name="max"/> were added; <paramref name="value"/> itself, not added, once the
    /// bound is reached (a few more may slip in when threads add at once).
    /// </summary>
    /// <remarks>
    /// The additions are counted in <paramref name="added"/>, not by the dictionary's <c>Count</c>, which takes every
    /// one of its locks: asked at each value not yet pooled, that was every new value of a corpus on every thread once
    /// the pool was full.
    /// </remarks>
    public static TValue GetOrAdd<TKey, TValue>(ConcurrentDictionary<TKey, TValue> pool, TKey key, TValue value, ref int added, int max)
        where TKey : notnull
        where TValue : class
    {
        if (Volatile.Read(ref added) >= max)
        {
            return value;
        }
        var held = pool.GetOrAdd(key, value);
        if (ReferenceEquals(held, value))
        {
            Interlocked.Increment(ref added);
        }
        return held;
    }
}
