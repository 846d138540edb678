using System.Collections;

namespace Budget.Domain;

/// <summary>
/// An immutable list with value equality: two lists are equal when they hold equal items in the same order.
/// The library's records hold their collections as value lists, so that records compare by value all the way
/// down (a plain C# record would compare a list by reference).
/// </summary>
/// <typeparam name="T">The item type.</typeparam>
/// <remarks>Immutable and thread-safe; never null inside the library.</remarks>
public sealed class ValueList<T> : IReadOnlyList<T>, IEquatable<ValueList<T>>
{
    private readonly T[] items;

    internal ValueList(T[] items) => this.items = items;

    /// <summary>The items as a span, for the library's own loops.</summary>
    internal ReadOnlySpan<T> Span => items;

    /// <summary>The items' array, for the library's own loops (never written to).</summary>
    internal T[] Items => items;

    /// <inheritdoc/>
    public int Count => items.Length;

    /// <inheritdoc/>
    public T this[int index] => items[index];

    /// <inheritdoc/>
    public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)items).GetEnumerator();

    /// <inheritdoc/>
    IEnumerator IEnumerable.GetEnumerator() => items.GetEnumerator();

    /// <inheritdoc/>
    public bool Equals(ValueList<T>? other) =>
        other is not null && (ReferenceEquals(this, other) || items.AsSpan().SequenceEqual(other.items, EqualityComparer<T>.Default));

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as ValueList<T>);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var item in items)
        {
            hash.Add(item);
        }

        return hash.ToHashCode();
    }

    /// <summary>The items, for notebooks and debuggers.</summary>
    /// <returns>For example <c>[2080101 行政运行, 2080102 一般行政管理事务]</c>.</returns>
    public override string ToString() => "[" + string.Join(", ", items) + "]";
}

/// <summary>Creates <see cref="ValueList{T}"/> values.</summary>
public static class ValueList
{
    /// <summary>The empty list.</summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <returns>The list.</returns>
    public static ValueList<T> Empty<T>() => Cache<T>.Empty;

    /// <summary>A value list of the items, in order.</summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <param name="items">The items; a value list is returned as it is.</param>
    /// <returns>The list.</returns>
    public static ValueList<T> From<T>(IEnumerable<T>? items) => items switch
    {
        null => Empty<T>(),
        ValueList<T> list => list,
        _ => items.ToArray() is { Length: > 0 } array ? new ValueList<T>(array) : Empty<T>(),
    };

    private static class Cache<T>
    {
        internal static readonly ValueList<T> Empty = new([]);
    }
}
