using System.Collections.Concurrent;
using Resolution2006_27.Model.Collections;

namespace Resolution2006_27.Model.Parts;

/// <summary>
/// One <see cref="PartId"/> for each id the factories make: "OP3(b)" is the same id in every resolution that has it,
/// and ids are immutable. Over the development corpus the parser made 17,805 ids (two strings each) with 1,339
/// values; a corpus kept in memory now holds each once, and the garbage collector, which copies what a loading corpus
/// keeps, has some 50,000 fewer objects to copy.
/// </summary>
/// <remarks>
/// Thread-safe: corpora load on several threads. Bounded: once full, a new id is made as before, not pooled (ids
/// are never removed), so that no input grows it without end. The first id pooled for a short form keeps it: an id
/// made by hand with another eId for that short form leaves the factories' one unpooled, never wrong.
/// </remarks>
internal static class PartIdPool
{
    /// <summary>The most ids pooled (a few more may slip in when threads add at once).</summary>
    internal const int MaxCount = 8192;

    // Keyed by the short form, whose ordinal hash is cheap where a record's is two randomized string hashes.
    private static readonly ConcurrentDictionary<string, PartId> Ids = new(StringComparer.Ordinal);

    // The ids added (see BoundedPool).
    private static int added;

    // The ids of the paragraphs numbered 1 to 1,024 (nearly every id a corpus has), found by number without a string
    // made for the lookup. A race only makes an id twice; both are the pooled one.
    private const int ByNumber = 1024;
    private static readonly PartId?[] Preambulars = new PartId?[ByNumber + 1];
    private static readonly PartId?[] Operatives = new PartId?[ByNumber + 1];

    /// <summary>The pooled id of preambular paragraph <paramref name="position"/>, made by <paramref name="make"/> the first time.</summary>
    public static PartId Preambular(int position, Func<int, PartId> make) => Numbered(Preambulars, position, make);

    /// <summary>The pooled id of operative paragraph <paramref name="number"/> (no section), made by <paramref name="make"/> the first time.</summary>
    public static PartId Operative(int number, Func<int, PartId> make) => Numbered(Operatives, number, make);

    private static PartId Numbered(PartId?[] table, int n, Func<int, PartId> make) =>
        (uint)(n - 1) < ByNumber ? table[n] ??= Of(make(n)) : Of(make(n));

    /// <summary>The pooled id equal to <paramref name="made"/> (both forms alike), or <paramref name="made"/> itself when there is none.</summary>
    public static PartId Of(PartId made)
    {
        if (!Ids.TryGetValue(made.Short, out var pooled))
        {
            pooled = BoundedPool.GetOrAdd(Ids, made.Short, made, ref added, MaxCount);
        }
        // An id made by hand may pair a short form with another eId: it is equal to no pooled id, and kept as made.
        return string.Equals(pooled.EId, made.EId, StringComparison.Ordinal) ? pooled : made;
    }
}
