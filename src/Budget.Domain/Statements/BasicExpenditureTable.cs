using Budget.Domain.Classification;
using Budget.Domain.Money;

namespace Budget.Domain.Statements;

/// <summary>A row of the 一般公共预算基本支出表 (T6, general public budget basic expenditure by economic class).</summary>
/// <remarks>Immutable; equal when code, name and every cell are equal.</remarks>
public sealed class BasicExpenditureRow : BudgetRow, ICodedRow<DepartmentEconomicCode>
{
    /// <summary>Creates a row.</summary>
    /// <param name="code">The code; <c>default</c> only for the 合计 row.</param>
    /// <param name="name">The name as printed.</param>
    /// <param name="total">合计 (total).</param>
    /// <param name="personnel">人员经费 (personnel costs).</param>
    /// <param name="operating">公用经费 (operating costs).</param>
    public BasicExpenditureRow(DepartmentEconomicCode code, string name, AmountCell total, AmountCell personnel, AmountCell operating)
        : base(name, [total, personnel, operating], ColumnList)
    {
        Code = code;
    }

    internal BasicExpenditureRow(DepartmentEconomicCode code, string name, IEnumerable<AmountCell> cells)
        : base(name, cells, ColumnList)
    {
        Code = code;
    }

    /// <summary>The amount columns, in printed order.</summary>
    public static IReadOnlyList<TableColumn> ColumnList { get; } = ValueList.From<TableColumn>(
    [
        new("total", "合计", "total"),
        new("personnel", "人员经费", "personnel costs"),
        new("operating", "公用经费", "operating costs"),
    ]);

    /// <inheritdoc/>
    public DepartmentEconomicCode Code { get; }

    /// <inheritdoc/>
    public override string CodeValue => Code.Value;

    /// <summary>合计 (total).</summary>
    public AmountCell Total => Cells[0];

    /// <summary>人员经费 (personnel costs).</summary>
    public AmountCell Personnel => Cells[1];

    /// <summary>公用经费 (operating costs).</summary>
    public AmountCell Operating => Cells[2];

    /// <summary>A 合计 row (no code).</summary>
    /// <param name="cells">The cells, in the order of <see cref="ColumnList"/>.</param>
    /// <returns>The row, named 合计.</returns>
    public static BasicExpenditureRow TotalRow(IEnumerable<AmountCell> cells) => new(default, "合计", cells);

    /// <summary>A copy with one amount cell replaced.</summary>
    /// <param name="column">One of <see cref="ColumnList"/>.</param>
    /// <param name="cell">The new cell.</param>
    /// <returns>The new row.</returns>
    public BasicExpenditureRow WithCell(TableColumn column, AmountCell cell) => new(Code, Name, Replace(column, cell));
}

/// <summary>The 一般公共预算基本支出表 (T6, general public budget basic expenditure by economic class): rows keyed by <see cref="DepartmentEconomicCode"/>, a 合计 row, a unit and a note.</summary>
/// <remarks>Immutable; see <see cref="CodedTable{TCode, TRow}"/> for what construction checks.</remarks>
public sealed class BasicExpenditureTable : CodedTable<DepartmentEconomicCode, BasicExpenditureRow, BasicExpenditureTable>
{
    /// <summary>Creates the table.</summary>
    /// <param name="unit">The unit the table states.</param>
    /// <param name="rows">The rows with codes, in printed order.</param>
    /// <param name="total">The 合计 row, or null.</param>
    /// <param name="note">The note printed with the table (注：…), or null.</param>
    /// <exception cref="ArgumentException">Two rows with one code, a row without a code, or a 合计 row with one.</exception>
    public BasicExpenditureTable(AmountUnit unit, IEnumerable<BasicExpenditureRow> rows, BasicExpenditureRow? total, string? note)
        : base(unit, rows, total, note)
    {
    }

    /// <inheritdoc/>
    public override TableKind Kind => TableKind.BasicExpenditure;

    /// <inheritdoc/>
    private protected override BasicExpenditureTable Create(AmountUnit unit, IEnumerable<BasicExpenditureRow> rows, BasicExpenditureRow? total, string? note) => new(unit, rows, total, note);
}
