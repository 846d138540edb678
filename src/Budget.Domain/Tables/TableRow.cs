using Budget.Domain.Reading;

namespace Budget.Domain.Tables;

internal static class CellSpans
{
    public static int IndexOfAnyBlank(this ReadOnlySpan<TableCell> cells)
    {
        for (int i = 0; i < cells.Length; i++)
        {
            if (cells[i].IsBlank)
            {
                return i;
            }
        }

        return -1;
    }
}

/// <summary>What a row is keyed by.</summary>
public enum RowKind
{
    /// <summary>A classification code (functional or economic, as the schema's row axis says).</summary>
    Code = 0,

    /// <summary>A named line of the schema (合计, 本年收入合计, 收入总计 …), or a line the schema does not name.</summary>
    Line = 1,

    /// <summary>A functional 类 printed by name on a summary table's side (一、一般公共服务支出).</summary>
    ClassLine = 2,

    /// <summary>A unit (its code where printed, else its name).</summary>
    Unit = 3,

    /// <summary>The only row of a one-row table.</summary>
    OneRow = 4,

    /// <summary>The subject of a narrative figure.</summary>
    Subject = 5,
}

/// <summary>
/// The key of a row: its kind, its value (the code digits, the schema line key, the 类 name, the unit), the side of a
/// two-sided table, and the line it stands under (the fund lines under 年初结转和结余).
/// </summary>
/// <remarks>Immutable; equal when every part is equal. Facts are matched across tables and years by it.</remarks>
public readonly struct RowKey : IEquatable<RowKey>
{
    private readonly string? value;
    private readonly string? under;

    private RowKey(RowKind kind, string value, RowSide side, string? under)
    {
        Kind = kind;
        this.value = value;
        Side = side;
        this.under = under;
    }

    /// <summary>The kind.</summary>
    public RowKind Kind { get; }

    /// <summary>The code digits, line key, 类 name, unit code or name, or subject; empty for a single row.</summary>
    public string Value => value ?? string.Empty;

    /// <summary>The side of a two-sided table.</summary>
    public RowSide Side { get; }

    /// <summary>The key of the line it stands under, or empty.</summary>
    public string Under => under ?? string.Empty;

    /// <summary>The key of a coded row.</summary>
    /// <param name="code">The code's digits, for example <c>2080101</c>.</param>
    /// <param name="side">The side, for a two-sided table.</param>
    /// <returns>The key.</returns>
    public static RowKey Code(string code, RowSide side = RowSide.None)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        return new(RowKind.Code, code.Trim(), side, null);
    }

    /// <summary>The key of a named line.</summary>
    /// <param name="key">The schema's line key (for example <c>incomeTotal</c>), or the printed label of a line the schema does not name.</param>
    /// <param name="side">The side it stands on.</param>
    /// <param name="under">The key of the line it stands under, or null: a key <c>parent.child</c> stands under <c>parent</c>.</param>
    /// <returns>The key.</returns>
    public static RowKey Line(string key, RowSide side = RowSide.None, string? under = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        key = key.Trim();
        if (string.IsNullOrWhiteSpace(under) && key.LastIndexOf('.') is int dot and > 0)
        {
            under = key[..dot];
        }

        return new(RowKind.Line, key, side, string.IsNullOrWhiteSpace(under) ? null : under.Trim());
    }

    /// <summary>The key of a functional 类 printed by name.</summary>
    /// <param name="name">The name without its ordinal, for example <c>一般公共服务支出</c>.</param>
    /// <param name="side">The side it stands on.</param>
    /// <returns>The key.</returns>
    public static RowKey ClassLine(string name, RowSide side = RowSide.Expenditure)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        return new(RowKind.ClassLine, ReadText.StripNumbering(name.Trim()), side, null);
    }

    /// <summary>The key of a unit row.</summary>
    /// <param name="unit">The unit's code where printed, else its name.</param>
    /// <returns>The key.</returns>
    public static RowKey Unit(string unit)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(unit);
        return new(RowKind.Unit, unit.Trim(), RowSide.None, null);
    }

    /// <summary>The key of the only row of a one-row table.</summary>
    public static RowKey OneRow => new(RowKind.OneRow, string.Empty, RowSide.None, null);

    /// <summary>The key of a narrative figure's subject.</summary>
    /// <param name="subject">The subject as the text states it.</param>
    /// <returns>The key.</returns>
    public static RowKey Subject(string subject) => new(RowKind.Subject, subject ?? string.Empty, RowSide.None, null);

    /// <inheritdoc/>
    public bool Equals(RowKey other) => Kind == other.Kind && Value == other.Value && Side == other.Side && Under == other.Under;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is RowKey other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Kind, Value, Side, Under);

    /// <summary>The key as text.</summary>
    /// <returns>For example <c>2080101</c>, <c>line incomeTotal (income)</c>, <c>line carryOver.generalPublicBudget under carryOver</c>.</returns>
    public override string ToString()
    {
        string side = Side == RowSide.None ? string.Empty : $" ({SchemaText.Key(Side)})";
        string under = Under.Length == 0 ? string.Empty : " under " + Under;
        return Kind switch
        {
            RowKind.Code => Value.Length == 0 ? "code (none)" : Value + side,
            RowKind.OneRow => "single",
            _ => $"{SchemaText.Key(Kind)} {Value}{side}{under}",
        };
    }

    /// <summary>Whether two keys are equal.</summary>
    /// <param name="left">One key.</param>
    /// <param name="right">The other.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(RowKey left, RowKey right) => left.Equals(right);

    /// <summary>Whether two keys differ.</summary>
    /// <param name="left">One key.</param>
    /// <param name="right">The other.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(RowKey left, RowKey right) => !left.Equals(right);
}

/// <summary>
/// A row of a <see cref="Table"/>: its key, its label as printed, its cells (blank ones left out: a missing cell is
/// blank), and where it was printed.
/// </summary>
/// <remarks>Immutable; equal when key, label, cells (in order) and location are equal.</remarks>
public sealed record TableRow
{
    /// <summary>Creates a row.</summary>
    /// <param name="key">The key.</param>
    /// <param name="label">The label as printed (the name, with its ordinal where printed).</param>
    /// <param name="cells">The cells, in printed order; blank ones are dropped.</param>
    /// <param name="location">Where the row was printed.</param>
    /// <exception cref="ArgumentException">Two cells have one column.</exception>
    public TableRow(RowKey key, string? label, IEnumerable<TableCell>? cells, SourceLocation location = default)
    {
        Key = key;
        Label = label?.Trim() ?? string.Empty;
        var list = ValueList.From(cells);
        Cells = list.Span.IndexOfAnyBlank() < 0 ? list : ValueList.From(list.Where(c => !c.IsBlank));
        Location = location;
        var span = ((ValueList<TableCell>)Cells).Span;
        for (int i = 1; i < span.Length; i++)
        {
            string column = span[i].Column;
            for (int j = 0; j < i; j++)
            {
                // Lengths and first characters first: most keys differ there, and a string comparison costs a call.
                string other = span[j].Column;
                if (other.Length == column.Length && (column.Length == 0 || other[0] == column[0]) && other == column)
                {
                    throw new ArgumentException($"The row {key} \"{Label}\" has two cells in the column \"{span[i].Column}\".", nameof(cells));
                }
            }
        }
    }

    /// <summary>The key.</summary>
    public RowKey Key { get; }

    /// <summary>The label as printed.</summary>
    public string Label { get; }

    /// <summary>The label without the code a page prints in front of it (<c>201 一般公共服务支出</c> → the name).</summary>
    internal string NameAfterCode => Label.StartsWith(Key.Value, StringComparison.Ordinal) ? Label[Key.Value.Length..].Trim() : Label;

    /// <summary>The cells that are not blank, in printed order.</summary>
    public IReadOnlyList<TableCell> Cells { get; }

    /// <summary>Where the row was printed.</summary>
    public SourceLocation Location { get; }

    /// <summary>The cells' array, for the library's own loops.</summary>
    internal TableCell[] CellArray => ((ValueList<TableCell>)Cells).Items;

    /// <summary>The cell of a column; blank when the row has none there.</summary>
    /// <param name="column">The column key.</param>
    /// <returns>The cell.</returns>
    public TableCell this[string column]
    {
        get
        {
            foreach (var cell in ((ValueList<TableCell>)Cells).Span)
            {
                if (cell.Column == column)
                {
                    return cell;
                }
            }

            return TableCell.Of(string.IsNullOrWhiteSpace(column) ? "?" : column, Money.AmountCell.Blank);
        }
    }

    /// <summary>A copy with one cell set (a blank cell removes it).</summary>
    /// <param name="cell">The cell.</param>
    /// <returns>The new row.</returns>
    public TableRow WithCell(TableCell cell) =>
        new(Key, Label, Cells.Any(c => c.Column == cell.Column) ? Cells.Select(c => c.Column == cell.Column ? cell : c) : Cells.Append(cell), Location);

    /// <summary>A copy with other cells.</summary>
    /// <param name="cells">The cells.</param>
    /// <returns>The new row.</returns>
    public TableRow WithCells(IEnumerable<TableCell> cells) => new(Key, Label, cells, Location);

    /// <summary>A copy with another location.</summary>
    /// <param name="location">The location.</param>
    /// <returns>The new row.</returns>
    public TableRow WithLocation(SourceLocation location) => new(Key, Label, Cells, location);

    /// <summary>Key, label and cells.</summary>
    /// <returns>For example <c>2080101 行政运行: total: 13838.76 …</c>.</returns>
    public override string ToString() => $"{Key} {Label}: {string.Join(", ", Cells)}";
}
