using System.Globalization;
using Budget.Domain.Classification;
using Budget.Domain.Money;

namespace Budget.Domain.Statements;

/// <summary>A row of a table's functional or economic hierarchy with the rows below it.</summary>
/// <typeparam name="TRow">The row type.</typeparam>
/// <remarks>Immutable; equal when row and children are equal.</remarks>
public sealed record RowNode<TRow>
    where TRow : BudgetRow
{
    internal RowNode(TRow row, IEnumerable<RowNode<TRow>> children)
    {
        Row = row;
        Children = ValueList.From(children);
    }

    /// <summary>The row.</summary>
    public TRow Row { get; }

    /// <summary>The rows directly below it, in table order.</summary>
    public IReadOnlyList<RowNode<TRow>> Children { get; }

    /// <summary>The row and how many children it has.</summary>
    /// <returns>For example <c>20801 人力资源和社会保障管理事务 (10 below)</c>.</returns>
    public override string ToString() => $"{Row.CodeValue} {Row.Name} ({Children.Count} below)";
}

/// <summary>
/// What every table keyed by classification codes has: a unit, rows in printed order with unique codes, a 合计
/// row, a note, and the queries reports need (by code, by level, by prefix, as a tree).
/// </summary>
/// <typeparam name="TCode">The code type of the rows.</typeparam>
/// <typeparam name="TRow">The row type.</typeparam>
/// <remarks>
/// Immutable. Two rows with the same code, a row without a code, or a 合计 row with a code are construction
/// errors (<see cref="ArgumentException"/>); sums that do not add up are not — validation reports those.
/// </remarks>
public abstract class CodedTable<TCode, TRow> : IStandardTable, IEquatable<CodedTable<TCode, TRow>>
    where TCode : struct, IClassificationCode<TCode>
    where TRow : BudgetRow, ICodedRow<TCode>
{
    private readonly Dictionary<TCode, TRow> byCode;

    private protected CodedTable(AmountUnit unit, IEnumerable<TRow> rows, TRow? total, string? note)
    {
        ArgumentNullException.ThrowIfNull(rows);
        Unit = unit;
        Rows = ValueList.From(rows);
        Total = total;
        Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        byCode = new Dictionary<TCode, TRow>(Rows.Count);
        foreach (var row in Rows)
        {
            if (row.Code.Level == CodeLevel.None)
            {
                throw new ArgumentException($"The row \"{row.Name}\" has no code; only the 合计 row (Total) may have none.", nameof(rows));
            }

            if (!byCode.TryAdd(row.Code, row))
            {
                throw new ArgumentException($"Two rows have the code {row.Code}: \"{byCode[row.Code].Name}\" and \"{row.Name}\".", nameof(rows));
            }
        }

        if (total is not null && total.Code.Level != CodeLevel.None)
        {
            throw new ArgumentException($"The 合计 row cannot have a code ({total.Code}).", nameof(total));
        }
    }

    /// <inheritdoc/>
    public abstract TableKind Kind { get; }

    /// <inheritdoc/>
    public IReadOnlyList<BudgetRow> AllRows => ValueList.From<BudgetRow>(Total is null ? Rows : Rows.Append(Total));

    /// <summary>The unit the table states (单位).</summary>
    public AmountUnit Unit { get; }

    /// <summary>The rows with codes, in printed order.</summary>
    public IReadOnlyList<TRow> Rows { get; }

    /// <summary>The 合计 row; null when the table prints none.</summary>
    public TRow? Total { get; }

    /// <summary>The note printed with the table (注：…), or null.</summary>
    public string? Note { get; }

    /// <summary>Whether the table has no row and its 合计 row (if any) has no amount.</summary>
    public bool IsEmpty => Rows.Count == 0 && (Total is null || Total.Cells.All(c => c.IsEmpty));

    /// <summary>The row of a code; null when the table has none.</summary>
    /// <param name="code">The code.</param>
    /// <returns>The row, or null.</returns>
    public TRow? Find(TCode code) => byCode.GetValueOrDefault(code);

    /// <summary>The rows of one level (类, 款 or 项), in printed order.</summary>
    /// <param name="level">The level.</param>
    /// <returns>The rows.</returns>
    public IReadOnlyList<TRow> AtLevel(CodeLevel level) => ValueList.From(Rows.Where(r => r.Code.Level == level));

    /// <summary>The row of a code and every row below it, in printed order (a code-prefix query).</summary>
    /// <param name="code">The code.</param>
    /// <returns>The rows; empty when the table has none of them.</returns>
    public IReadOnlyList<TRow> Under(TCode code) =>
        ValueList.From(Rows.Where(r => r.Code.Equals(code) || CodeText.IsAncestor(code.Value, r.Code.Value)));

    /// <summary>The rows as a hierarchy: the rows whose parent is not in the table (normally the 类) with the rows below them.</summary>
    /// <returns>The top rows, in printed order.</returns>
    public IReadOnlyList<RowNode<TRow>> Tree()
    {
        RowNode<TRow> Node(TRow row) => new(row, Rows.Where(r => r.Code.Parent is { } p && p.Equals(row.Code)).Select(Node));
        return ValueList.From(Rows.Where(r => r.Code.Parent is not { } p || !byCode.ContainsKey(p)).Select(Node));
    }

    /// <inheritdoc/>
    public bool Equals(CodedTable<TCode, TRow>? other) =>
        other is not null
        && other.GetType() == GetType()
        && Unit == other.Unit
        && Rows.Equals(other.Rows)
        && Equals(Total, other.Total)
        && Note == other.Note;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as CodedTable<TCode, TRow>);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(GetType(), Unit, Rows, Total, Note);

    /// <summary>The table's size, unit and total.</summary>
    /// <returns>For example <c>ExpenditureTable: 36 rows, 单位：万元, 合计 479,761.98</c>.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{GetType().Name}: {Rows.Count} rows, 单位：{Unit.Symbol()}")
        + (Total is { } t && t.Cells.Count > 0 && t.Cells[0].HasAmount ? $", 合计 {t.Cells[0].Amount.Format(Unit)}" : string.Empty)
        + (Note is null ? string.Empty : $", 注：{Note}");

    /// <summary>The rows with one replaced (the row with the same code) or added at the end.</summary>
    private protected IEnumerable<TRow> WithRowCore(TRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return byCode.ContainsKey(row.Code) ? Rows.Select(r => r.Code.Equals(row.Code) ? row : r) : Rows.Append(row);
    }
}

/// <summary>
/// A coded table that copies itself: the copy-and-update methods every coded table has, returning the table's own
/// type (<c>ExpenditureTable.WithRow</c> gives an <c>ExpenditureTable</c>).
/// </summary>
/// <typeparam name="TCode">The code type of the rows.</typeparam>
/// <typeparam name="TRow">The row type.</typeparam>
/// <typeparam name="TSelf">The table type itself.</typeparam>
/// <remarks>Immutable; each method gives a new table, checked as the constructor checks it.</remarks>
public abstract class CodedTable<TCode, TRow, TSelf> : CodedTable<TCode, TRow>
    where TCode : struct, IClassificationCode<TCode>
    where TRow : BudgetRow, ICodedRow<TCode>
    where TSelf : CodedTable<TCode, TRow, TSelf>
{
    private protected CodedTable(AmountUnit unit, IEnumerable<TRow> rows, TRow? total, string? note)
        : base(unit, rows, total, note)
    {
    }

    /// <summary>A copy with a row replaced (the row with the same code) or added at the end.</summary>
    /// <param name="row">The row.</param>
    /// <returns>The new table.</returns>
    public TSelf WithRow(TRow row) => Create(Unit, WithRowCore(row), Total, Note);

    /// <summary>A copy with other rows.</summary>
    /// <param name="rows">The rows with codes, in printed order.</param>
    /// <returns>The new table.</returns>
    public TSelf WithRows(IEnumerable<TRow> rows) => Create(Unit, rows, Total, Note);

    /// <summary>A copy with another 合计 row.</summary>
    /// <param name="total">The 合计 row, or null.</param>
    /// <returns>The new table.</returns>
    public TSelf WithTotal(TRow? total) => Create(Unit, Rows, total, Note);

    /// <summary>A copy with another note.</summary>
    /// <param name="note">The note, or null.</param>
    /// <returns>The new table.</returns>
    public TSelf WithNote(string? note) => Create(Unit, Rows, Total, note);

    /// <summary>A copy that states another unit; the amounts stay as they are.</summary>
    /// <param name="unit">The unit.</param>
    /// <returns>The new table.</returns>
    public TSelf WithUnit(AmountUnit unit) => Create(unit, Rows, Total, Note);

    /// <summary>A table of this type from its parts (the constructor).</summary>
    private protected abstract TSelf Create(AmountUnit unit, IEnumerable<TRow> rows, TRow? total, string? note);
}
