using System.Globalization;
using Budget.Domain.Tables;

namespace Budget.Domain.Reading.Layout;

/// <summary>
/// One word of a page as a source gives it: its text and its box in page coordinates (PDF points, origin bottom left,
/// as <see cref="SourceLocation"/> has them). A PDF source gives PdfPig's words; a text source gives each tab cell of a
/// line as a word on a grid; an OCR engine's words fit as they are.
/// </summary>
/// <remarks>Immutable; equal when text and box are equal. The box is a position, never an amount.</remarks>
public sealed record LayoutWord
{
    /// <summary>Creates a word; a box given with its edges swapped is put right, and a non-finite edge reads as 0.</summary>
    /// <param name="text">The text (null reads as empty).</param>
    /// <param name="left">The left edge.</param>
    /// <param name="bottom">The bottom edge.</param>
    /// <param name="right">The right edge.</param>
    /// <param name="top">The top edge.</param>
    public LayoutWord(string? text, float left, float bottom, float right, float top)
        : this(text, left, bottom, right, top, SourceLocation.None)
    {
    }

    /// <summary>Creates a word that knows where a text source found it (its line and column).</summary>
    /// <param name="text">The text (null reads as empty).</param>
    /// <param name="left">The left edge.</param>
    /// <param name="bottom">The bottom edge.</param>
    /// <param name="right">The right edge.</param>
    /// <param name="top">The top edge.</param>
    /// <param name="origin">Where the source found it: <see cref="SourceLocation.AtLine"/> for a text source; none for a page's word.</param>
    public LayoutWord(string? text, float left, float bottom, float right, float top, SourceLocation origin)
    {
        Origin = origin;
        Text = text ?? string.Empty;
        (left, right) = Ordered(Finite(left), Finite(right));
        (bottom, top) = Ordered(Finite(bottom), Finite(top));
        Left = left;
        Bottom = bottom;
        Right = right;
        Top = top;
    }

    /// <summary>The text.</summary>
    public string Text { get; }

    /// <summary>Where a text source found the word (line and column), or <see cref="SourceLocation.None"/> for a
    /// word of a page, whose box says where it is.</summary>
    public SourceLocation Origin { get; }

    /// <summary>The left edge.</summary>
    public float Left { get; }

    /// <summary>The bottom edge.</summary>
    public float Bottom { get; }

    /// <summary>The right edge.</summary>
    public float Right { get; }

    /// <summary>The top edge.</summary>
    public float Top { get; }

    /// <summary>The width.</summary>
    public float Width => Right - Left;

    /// <summary>The height.</summary>
    public float Height => Top - Bottom;

    /// <summary>The horizontal centre.</summary>
    public float CenterX => (Left + Right) / 2;

    /// <summary>The vertical centre.</summary>
    public float CenterY => (Bottom + Top) / 2;

    /// <summary>Where the word is on a page.</summary>
    /// <param name="page">The 1-based page.</param>
    /// <returns>The page and the word's box; for a word of a text source, its line and column.</returns>
    public SourceLocation On(int page) => Origin.IsKnown ? Origin : SourceLocation.OnPage(page, Left, Bottom, Width, Height);

    /// <summary>The text and the box.</summary>
    /// <returns>For example <c>9,389,913.00 [379.5 331.4 450.0 339.6]</c>.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Text} [{Left:0.#} {Bottom:0.#} {Right:0.#} {Top:0.#}]");

    private static float Finite(float value) => float.IsFinite(value) ? value : 0;

    private static (float Low, float High) Ordered(float a, float b) => a <= b ? (a, b) : (b, a);
}
