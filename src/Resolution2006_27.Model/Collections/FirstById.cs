namespace Resolution2006_27.Model.Collections;

/// <summary>
/// The first entry for each id of a record's lists, found in constant time: made on first use, and made again when
/// asked of other lists. A query that asks for the entry of every citation or ask of a resolution searched its list
/// from the start each time, its length for each of thousands. A record shares this with its copies (a <c>with</c>
/// copies fields), which may hold other lists: the lists it was made from are kept and compared by reference. It is no
/// part of the record's value: it equals any other, so the record's equality and hash code are its lists' alone.
/// Safe from several threads: each reads the index once, and two that make it at once make the same.
/// </summary>
/// <typeparam name="T">The entries.</typeparam>
internal sealed class FirstById<T>
{
    private Index? index;

    /// <summary>The entry for <paramref name="id"/>, from an index of <paramref name="entries"/> made for <paramref name="first"/> and <paramref name="second"/>.</summary>
    /// <param name="first">The list the entries come from.</param>
    /// <param name="second">A second list they come from, or null.</param>
    /// <param name="entries">Each entry with its id, in order; the first of an id is kept.</param>
    /// <param name="comparer">How ids compare.</param>
    /// <param name="id">The id asked for.</param>
    /// <param name="found">The entry, when there is one.</param>
    /// <returns>Whether an entry has <paramref name="id"/>.</returns>
    public bool TryFind(object first, object? second, Func<IEnumerable<(string Id, T Entry)>> entries, StringComparer comparer, string id, out T found)
    {
        var current = index;
        if (current is null || !ReferenceEquals(current.First, first) || !ReferenceEquals(current.Second, second))
        {
            var byId = new Dictionary<string, T>(comparer);
            foreach (var (key, entry) in entries())
            {
                byId.TryAdd(key, entry);
            }
            current = new Index(first, second, byId);
            index = current;
        }
        return current.ById.TryGetValue(id, out found!);
    }

    /// <summary>Any other: no part of the value of the record that holds it.</summary>
    /// <param name="obj">The other.</param>
    /// <returns>True for any <see cref="FirstById{T}"/>.</returns>
    public override bool Equals(object? obj) => obj is FirstById<T>;

    /// <summary>The same for all: no part of the value of the record that holds it.</summary>
    /// <returns>0.</returns>
    public override int GetHashCode() => 0;

    private sealed class Index(object first, object? second, Dictionary<string, T> byId)
    {
        public object First { get; } = first;

        public object? Second { get; } = second;

        public Dictionary<string, T> ById { get; } = byId;
    }
}
