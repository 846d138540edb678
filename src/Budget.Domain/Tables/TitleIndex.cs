namespace Budget.Domain.Tables;

/// <summary>
/// The exact printed titles of a catalogue's schemas, for the lookup every table the reader meets starts with. A title
/// is hashed by its length and two of its characters, chosen when the index is built so that few titles share a
/// bucket; a bucket's titles are then compared in full. Cheaper than hashing every character of a title, which a
/// <see cref="Dictionary{TKey, TValue}"/> does (<c>SchemaLookupBenchmarks</c>).
/// </summary>
internal sealed class TitleIndex
{
    private readonly KeyValuePair<string, TableSchema>[][] buckets;
    private readonly int mask;
    private readonly int fromEnd;
    private readonly int fromStart;

    /// <summary>Indexes titles.</summary>
    /// <param name="titles">Each title and its schema (titles unique).</param>
    public TitleIndex(IReadOnlyDictionary<string, TableSchema> titles)
    {
        int size = 4;
        while (size < titles.Count * 2)
        {
            size *= 2;
        }

        mask = size - 1;

        // The pair of positions (counted from the end and from the start) that leaves the fullest bucket smallest.
        int best = int.MaxValue;
        for (int end = 1; end <= 4; end++)
        {
            for (int start = 0; start <= 4; start++)
            {
                int fullest = titles.Keys.GroupBy(t => Bucket(t, end, start, mask)).Select(g => g.Count()).DefaultIfEmpty(0).Max();
                if (fullest < best)
                {
                    (best, fromEnd, fromStart) = (fullest, end, start);
                }
            }
        }

        buckets = new KeyValuePair<string, TableSchema>[size][];
        foreach (var group in titles.GroupBy(t => Bucket(t.Key, fromEnd, fromStart, mask)))
        {
            buckets[group.Key] = [.. group];
        }

        for (int i = 0; i < size; i++)
        {
            buckets[i] ??= [];
        }
    }

    /// <summary>The schema of an exact title.</summary>
    /// <param name="title">The title (not empty).</param>
    /// <param name="schema">The schema, or null.</param>
    /// <returns>Whether the title is one of the index's.</returns>
    public bool TryGetValue(string title, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out TableSchema? schema)
    {
        foreach (var entry in buckets[Bucket(title, fromEnd, fromStart, mask)])
        {
            if (string.Equals(entry.Key, title, StringComparison.Ordinal))
            {
                schema = entry.Value;
                return true;
            }
        }

        schema = null;
        return false;
    }

    /// <summary>How many buckets and titles.</summary>
    /// <returns>For example <c>256 buckets, by length and characters −2 and 1</c>.</returns>
    public override string ToString() => $"{buckets.Length} buckets, by length and characters −{fromEnd} and {fromStart}";

    private static int Bucket(string title, int fromEnd, int fromStart, int mask)
    {
        int n = title.Length;
        uint a = n >= fromEnd ? title[n - fromEnd] : 0u;
        uint b = n > fromStart ? title[fromStart] : 0u;
        uint h = unchecked(((((uint)n * 0x9E3779B1u) ^ a) * 0x85EBCA77u) ^ b);
        h = unchecked(h * 0xC2B2AE3Du);
        return (int)(h >> 16) & mask;
    }
}
