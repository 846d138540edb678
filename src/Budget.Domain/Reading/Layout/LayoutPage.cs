using System.Globalization;

namespace Budget.Domain.Reading.Layout;

/// <summary>One page of a source: its number, its size and its words in any order.</summary>
/// <remarks>Immutable; equal when number, size and words are equal.</remarks>
public sealed record LayoutPage
{
    /// <summary>Creates a page.</summary>
    /// <param name="number">The 1-based page number (below 1 reads as 1).</param>
    /// <param name="width">The page width, in the words' units.</param>
    /// <param name="height">The page height.</param>
    /// <param name="words">The words (null reads as none).</param>
    public LayoutPage(int number, float width, float height, IEnumerable<LayoutWord>? words)
    {
        Number = Math.Max(1, number);
        Width = float.IsFinite(width) ? Math.Max(0, width) : 0;
        Height = float.IsFinite(height) ? Math.Max(0, height) : 0;
        Words = ValueList.From(words);
    }

    /// <summary>The 1-based page number.</summary>
    public int Number { get; }

    /// <summary>The page width.</summary>
    public float Width { get; }

    /// <summary>The page height.</summary>
    public float Height { get; }

    /// <summary>The words, as the source gave them.</summary>
    public IReadOnlyList<LayoutWord> Words { get; }

    /// <summary>The number, the size and how many words.</summary>
    /// <returns>For example <c>page 10 (842 × 595): 212 words</c>.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"page {Number} ({Width:0} × {Height:0}): {Words.Count} words");
}
