using System.Globalization;
using Budget.Domain.Classification;
using Budget.Domain.Money;

namespace Budget.Domain.Statements;

/// <summary>
/// A row of a standard table: its name, its amount cells in the order of <see cref="Columns"/>, and (in the
/// general public budget table) its rate cells. The typed row classes give each cell a property.
/// </summary>
/// <remarks>
/// Immutable. Two rows are equal when they are of the same type and have equal codes, names, cells and rates;
/// a blank cell is never equal to 0.00.
/// </remarks>
public abstract class BudgetRow : IEquatable<BudgetRow>
{
    private protected BudgetRow(string name, IEnumerable<AmountCell> cells, IReadOnlyList<TableColumn> columns, IEnumerable<Rate>? rates = null, IReadOnlyList<TableColumn>? rateColumns = null)
    {
        ArgumentNullException.ThrowIfNull(cells);
        Name = (name ?? string.Empty).Trim();
        Columns = columns;
        Cells = ValueList.From(cells);
        RateColumns = rateColumns ?? ValueList.Empty<TableColumn>();
        Rates = ValueList.From(rates);
        if (Cells.Count != Columns.Count)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"A {GetType().Name} has {Columns.Count} amount cells ({string.Join(", ", Columns.Select(c => c.ChineseName))}); {Cells.Count} were given."), nameof(cells));
        }

        if (Rates.Count != RateColumns.Count)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"A {GetType().Name} has {RateColumns.Count} rate cells; {Rates.Count} were given."), nameof(rates));
        }
    }

    /// <summary>The row's name as printed (科目名称, or the line's label).</summary>
    public string Name { get; }

    /// <summary>The code's digits; empty for a total row or a line without a code.</summary>
    public abstract string CodeValue { get; }

    /// <summary>The amount columns of this kind of row, in printed order.</summary>
    public IReadOnlyList<TableColumn> Columns { get; }

    /// <summary>The amount cells, in the order of <see cref="Columns"/>.</summary>
    public IReadOnlyList<AmountCell> Cells { get; }

    /// <summary>The rate columns (only the general public budget table has them: 增减(%)).</summary>
    public IReadOnlyList<TableColumn> RateColumns { get; }

    /// <summary>The rate cells, in the order of <see cref="RateColumns"/>; a blank or dash is not applicable.</summary>
    public IReadOnlyList<Rate> Rates { get; }

    /// <summary>The cell of a column, by key.</summary>
    /// <param name="key">The column key, for example <c>basic</c>.</param>
    /// <param name="cell">The cell; blank when the row has no such column.</param>
    /// <returns>Whether the row has the column.</returns>
    public bool TryGetCell(string key, out AmountCell cell)
    {
        for (int i = 0; i < Columns.Count; i++)
        {
            if (Columns[i].Key == key)
            {
                cell = Cells[i];
                return true;
            }
        }

        cell = AmountCell.Blank;
        return false;
    }

    /// <inheritdoc/>
    public bool Equals(BudgetRow? other) =>
        other is not null
        && other.GetType() == GetType()
        && Name == other.Name
        && CodeValue == other.CodeValue
        && Cells.SequenceEqual(other.Cells)
        && Rates.SequenceEqual(other.Rates);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as BudgetRow);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(GetType(), Name, CodeValue, Cells);

    /// <summary>Code, name and the cells that are not blank.</summary>
    /// <returns>For example <c>2080101 行政运行: total 13,838.76 … basic 13,838.76 …</c> (amounts in 元).</returns>
    public override string ToString()
    {
        var cells = Columns.Select((c, i) => (c, Cells[i])).Where(p => p.Item2.HasAmount).Select(p => $"{p.c.Key} {p.Item2.Amount}");
        var rates = RateColumns.Select((c, i) => (c, Rates[i])).Where(p => p.Item2.IsApplicable).Select(p => $"{p.c.Key} {p.Item2}");
        string label = CodeValue.Length > 0 ? $"{CodeValue} {Name}" : Name;
        return $"{label}: {string.Join(", ", cells.Concat(rates))}";
    }

    /// <summary>The cells with one replaced, for the typed rows' <c>WithCell</c>.</summary>
    private protected AmountCell[] Replace(TableColumn column, AmountCell cell)
    {
        ArgumentNullException.ThrowIfNull(column);
        int index = Columns.ToList().IndexOf(column);
        if (index < 0)
        {
            throw new ArgumentException($"A {GetType().Name} has no column {column}.", nameof(column));
        }

        var cells = Cells.ToArray();
        cells[index] = cell;
        return cells;
    }
}

/// <summary>A row keyed by a classification code.</summary>
/// <typeparam name="TCode">The code type.</typeparam>
public interface ICodedRow<TCode>
    where TCode : struct, IClassificationCode<TCode>
{
    /// <summary>The row's code; <c>default</c> for the 合计 row.</summary>
    TCode Code { get; }
}
