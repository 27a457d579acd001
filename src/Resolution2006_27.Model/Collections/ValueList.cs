using System.Collections;
using System.Runtime.CompilerServices;

namespace Resolution2006_27.Model.Collections;

/// <summary>
/// An immutable list with value equality: two lists are equal when they hold equal items in the same order.
/// Every collection in the model is a <see cref="ValueList{T}"/>, so that the equality of a model type
/// covers its collections.
/// </summary>
/// <typeparam name="T">The item type.</typeparam>
[CollectionBuilder(typeof(ValueList), nameof(ValueList.Create))]
public sealed class ValueList<T> : IReadOnlyList<T>, IEquatable<ValueList<T>>
{
    private readonly T[] items;

    /// <summary>Creates a list holding a copy of <paramref name="items"/>, in order.</summary>
    /// <param name="items">The items; the sequence is copied, so later changes to it do not show.</param>
    /// <exception cref="ArgumentNullException"><paramref name="items"/> is null.</exception>
    public ValueList(IEnumerable<T> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        this.items = [.. items];
    }

    // The token tells this constructor from the public one, which an array would also fit.
    private ValueList(T[] items, Owned _) => this.items = items;

    /// <summary>A list over <paramref name="items"/>, which no one else holds: the array is not copied again.</summary>
    internal static ValueList<T> Owning(T[] items) => items.Length == 0 ? Empty : new(items, default(Owned));

    /// <summary>The empty list: every empty list the factories make is this one.</summary>
    public static ValueList<T> Empty { get; } = new([], default(Owned));

    private readonly struct Owned;

    /// <summary>Gets the item at <paramref name="index"/>.</summary>
    /// <param name="index">A zero-based index.</param>
    /// <exception cref="IndexOutOfRangeException"><paramref name="index"/> is outside the list.</exception>
    public T this[int index] => items[index];

    /// <summary>The number of items.</summary>
    public int Count => items.Length;

    // For the library's own loops: a foreach over the interface allocates an enumerator, the span does not.
    internal ReadOnlySpan<T> AsSpan() => items;

    /// <inheritdoc />
    public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => items.GetEnumerator();

    /// <summary>True when <paramref name="other"/> holds equal items in the same order.</summary>
    /// <param name="other">The list to compare with.</param>
    public bool Equals(ValueList<T>? other) =>
        other is not null && (ReferenceEquals(this, other) || items.AsSpan().SequenceEqual(other.items, EqualityComparer<T>.Default));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ValueList<T>);

    /// <summary>A hash code combining the items' hash codes in order.</summary>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var item in items)
        {
            hash.Add(item);
        }
        return hash.ToHashCode();
    }

    /// <summary>A short description: the item count.</summary>
    public override string ToString() => $"[{items.Length} items]";
}

/// <summary>Factory methods for <see cref="ValueList{T}"/>.</summary>
public static class ValueList
{
    /// <summary>Creates a list holding <paramref name="items"/> in order.</summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <param name="items">The items.</param>
    /// <returns>A new list; <see cref="ValueList{T}.Empty"/> when there are no items.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="items"/> is null.</exception>
    public static ValueList<T> Of<T>(params T[] items)
    {
        ArgumentNullException.ThrowIfNull(items);
        return ValueList<T>.Owning([.. items]);
    }

    /// <summary>Creates a list from a span; what the compiler calls for a collection expression such as <c>["a", "b"]</c>.</summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <param name="items">The items, copied.</param>
    /// <returns>A new list holding the items in order; <see cref="ValueList{T}.Empty"/> when there are none.</returns>
    public static ValueList<T> Create<T>(ReadOnlySpan<T> items) => ValueList<T>.Owning(items.ToArray());

    /// <summary>Copies a sequence into a <see cref="ValueList{T}"/>.</summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <param name="items">The items.</param>
    /// <returns>A new list holding the items in order; <see cref="ValueList{T}.Empty"/> when there are none, and
    /// <paramref name="items"/> itself when it is a <see cref="ValueList{T}"/>.</returns>
    public static ValueList<T> ToValueList<T>(this IEnumerable<T> items) => items switch
    {
        ValueList<T> list => list, // immutable: shared, not copied
        _ => ValueList<T>.Owning([.. items]),
    };
}
