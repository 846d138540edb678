using System.Globalization;
using Budget.Domain.Money;

namespace Budget.Domain.Tables;

/// <summary>
/// Where a cell, row, table or figure came from: a line and column of a text, or a page and a box of a PDF (in PDF
/// points, origin bottom left). <see cref="None"/> when not known (built by hand).
/// </summary>
/// <remarks>Immutable; equal when every part is equal. The box is a position on a page (PDF points, as PDF readers give
/// them), never an amount: amounts and rates are exact decimals everywhere.</remarks>
public readonly record struct SourceLocation
{
    private SourceLocation(int page, int line, int column, float x, float y, float width, float height)
    {
        Page = page;
        Line = line;
        Column = column;
        X = x;
        Y = y;
        Width = width;
        Height = height;
    }

    /// <summary>No location known.</summary>
    public static SourceLocation None => default;

    /// <summary>The 1-based page, or 0.</summary>
    public int Page { get; }

    /// <summary>The 1-based line of a text, or 0.</summary>
    public int Line { get; }

    /// <summary>The 1-based column of a text (or tab cell), or 0.</summary>
    public int Column { get; }

    /// <summary>The box's left edge on its page, in points.</summary>
    public float X { get; }

    /// <summary>The box's bottom edge on its page, in points.</summary>
    public float Y { get; }

    /// <summary>The box's width, in points.</summary>
    public float Width { get; }

    /// <summary>The box's height, in points.</summary>
    public float Height { get; }

    /// <summary>Whether anything is known.</summary>
    public bool IsKnown => Page > 0 || Line > 0;

    /// <summary>Whether a page box is known.</summary>
    public bool HasBox => Page > 0 && (Width > 0 || Height > 0);

    /// <summary>A line and column of a text.</summary>
    /// <param name="line">The 1-based line.</param>
    /// <param name="column">The 1-based column, or 0.</param>
    /// <returns>The location.</returns>
    public static SourceLocation AtLine(int line, int column = 0) => new(0, Math.Max(0, line), Math.Max(0, column), 0, 0, 0, 0);

    /// <summary>A box on a page.</summary>
    /// <param name="page">The 1-based page.</param>
    /// <param name="x">The left edge.</param>
    /// <param name="y">The bottom edge.</param>
    /// <param name="width">The width.</param>
    /// <param name="height">The height.</param>
    /// <returns>The location.</returns>
    public static SourceLocation OnPage(int page, float x = 0, float y = 0, float width = 0, float height = 0) => new(Math.Max(0, page), 0, 0, x, y, Math.Max(0, width), Math.Max(0, height));

    /// <summary>Where it is, for messages.</summary>
    /// <returns>For example <c>line 120, column 3</c>, <c>page 8 (72.0, 540.5, 40.0×10.0)</c> or <c>unknown</c>.</returns>
    public override string ToString() => this switch
    {
        { Page: > 0, HasBox: true } => string.Create(CultureInfo.InvariantCulture, $"page {Page} ({X:0.0}, {Y:0.0}, {Width:0.0}×{Height:0.0})"),
        { Page: > 0 } => string.Create(CultureInfo.InvariantCulture, $"page {Page}"),
        { Line: > 0, Column: > 0 } => string.Create(CultureInfo.InvariantCulture, $"line {Line}, column {Column}"),
        { Line: > 0 } => string.Create(CultureInfo.InvariantCulture, $"line {Line}"),
        _ => "unknown",
    };
}

/// <summary>
/// One cell of a <see cref="Table"/>: the column key and either an amount cell (an amount, or empty with its printed
/// marker such as <c>-</c>) or a rate, and where it was printed.
/// </summary>
/// <remarks>Immutable; equal when column, value and location are equal. A blank amount cell is never equal to 0.00.</remarks>
public readonly struct TableCell : IEquatable<TableCell>
{
    private readonly string? column;

    private TableCell(string column, AmountCell amount, Rate rate, bool isRate, SourceLocation location)
    {
        this.column = column;
        Amount = amount;
        Rate = rate;
        IsRate = isRate;
        Location = location;
    }

    /// <summary>The column key.</summary>
    public string Column => column ?? string.Empty;

    /// <summary>The amount cell (blank for a rate cell).</summary>
    public AmountCell Amount { get; }

    /// <summary>The rate (not applicable for an amount cell).</summary>
    public Rate Rate { get; }

    /// <summary>Whether this is a rate cell (a change or completion rate column).</summary>
    public bool IsRate { get; }

    /// <summary>Where it was printed.</summary>
    public SourceLocation Location { get; }

    /// <summary>Whether it holds a figure: an amount, or an applicable rate.</summary>
    public bool HasFigure => IsRate ? Rate.IsApplicable : Amount.HasAmount;

    /// <summary>Whether it is blank: an amount cell with nothing printed.</summary>
    public bool IsBlank => !IsRate && Amount == AmountCell.Blank;

    /// <summary>An amount cell, location unknown.</summary>
    /// <param name="column">The column key.</param>
    /// <param name="amount">The cell.</param>
    /// <returns>The cell.</returns>
    public static TableCell Of(string column, AmountCell amount) => Of(column, amount, SourceLocation.None);

    /// <summary>An amount cell.</summary>
    /// <param name="column">The column key.</param>
    /// <param name="amount">The cell.</param>
    /// <param name="location">Where it was printed.</param>
    /// <returns>The cell.</returns>
    public static TableCell Of(string column, AmountCell amount, SourceLocation location)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(column);
        return new(column, amount, Rate.NotApplicable, false, location);
    }

    /// <summary>An amount cell holding an amount, location unknown.</summary>
    /// <param name="column">The column key.</param>
    /// <param name="amount">The amount.</param>
    /// <returns>The cell.</returns>
    public static TableCell Of(string column, Amount amount) => Of(column, AmountCell.Of(amount), SourceLocation.None);

    /// <summary>An amount cell holding an amount.</summary>
    /// <param name="column">The column key.</param>
    /// <param name="amount">The amount.</param>
    /// <param name="location">Where it was printed.</param>
    /// <returns>The cell.</returns>
    public static TableCell Of(string column, Amount amount, SourceLocation location) => Of(column, AmountCell.Of(amount), location);

    /// <summary>A rate cell.</summary>
    /// <param name="column">The column key.</param>
    /// <param name="rate">The rate (not applicable for a dash or a blank).</param>
    /// <param name="location">Where it was printed.</param>
    /// <returns>The cell.</returns>
    public static TableCell OfRate(string column, Rate rate, SourceLocation location = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(column);
        return new(column, AmountCell.Blank, rate, true, location);
    }

    /// <summary>A copy with another location.</summary>
    /// <param name="location">The location.</param>
    /// <returns>The cell.</returns>
    public TableCell WithLocation(SourceLocation location) => new(Column, Amount, Rate, IsRate, location);

    /// <summary>The value printed in a unit.</summary>
    /// <param name="unit">The table's unit.</param>
    /// <returns>For example <c>1,234.56</c>, <c>-</c>, <c>12.50%</c> or empty.</returns>
    public string Format(AmountUnit unit) => IsRate ? (Rate.IsApplicable ? Rate.ToString() : string.Empty) : Amount.Format(unit);

    /// <inheritdoc/>
    public bool Equals(TableCell other) =>
        Column == other.Column && Amount == other.Amount && Rate.Equals(other.Rate) && IsRate == other.IsRate && Location == other.Location;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is TableCell other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Column, Amount, Rate, IsRate);

    /// <summary>Column and value.</summary>
    /// <returns>For example <c>basic: 13838.76 万元</c> (the amount as <see cref="AmountCell"/> prints it).</returns>
    public override string ToString() => IsRate ? $"{Column}: {Rate}" : $"{Column}: {Amount}";

    /// <summary>Whether two cells are equal.</summary>
    /// <param name="left">One cell.</param>
    /// <param name="right">The other.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(TableCell left, TableCell right) => left.Equals(right);

    /// <summary>Whether two cells differ.</summary>
    /// <param name="left">One cell.</param>
    /// <param name="right">The other.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(TableCell left, TableCell right) => !left.Equals(right);
}
