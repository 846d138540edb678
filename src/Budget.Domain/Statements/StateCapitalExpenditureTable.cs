using Budget.Domain.Classification;
using Budget.Domain.Money;

namespace Budget.Domain.Statements;

/// <summary>A row of the 国有资本经营预算支出表 (T8, state capital operations budget expenditure).</summary>
/// <remarks>Immutable; equal when code, name and every cell are equal.</remarks>
public sealed class StateCapitalExpenditureRow : BudgetRow, ICodedRow<FunctionalCode>
{
    /// <summary>Creates a row.</summary>
    /// <param name="code">The code; <c>default</c> only for the 合计 row.</param>
    /// <param name="name">The name as printed.</param>
    /// <param name="subtotal">小计 (subtotal).</param>
    /// <param name="basic">基本支出 (basic expenditure).</param>
    /// <param name="project">项目支出 (project expenditure).</param>
    public StateCapitalExpenditureRow(FunctionalCode code, string name, AmountCell subtotal, AmountCell basic, AmountCell project)
        : base(name, [subtotal, basic, project], ColumnList)
    {
        Code = code;
    }

    internal StateCapitalExpenditureRow(FunctionalCode code, string name, IEnumerable<AmountCell> cells)
        : base(name, cells, ColumnList)
    {
        Code = code;
    }

    /// <summary>The amount columns, in printed order.</summary>
    public static IReadOnlyList<TableColumn> ColumnList { get; } = ValueList.From<TableColumn>(
    [
        new("subtotal", "小计", "subtotal"),
        new("basic", "基本支出", "basic expenditure"),
        new("project", "项目支出", "project expenditure"),
    ]);

    /// <inheritdoc/>
    public FunctionalCode Code { get; }

    /// <inheritdoc/>
    public override string CodeValue => Code.Value;

    /// <summary>小计 (subtotal).</summary>
    public AmountCell Subtotal => Cells[0];

    /// <summary>基本支出 (basic expenditure).</summary>
    public AmountCell Basic => Cells[1];

    /// <summary>项目支出 (project expenditure).</summary>
    public AmountCell Project => Cells[2];

    /// <summary>A 合计 row (no code).</summary>
    /// <param name="cells">The cells, in the order of <see cref="ColumnList"/>.</param>
    /// <returns>The row, named 合计.</returns>
    public static StateCapitalExpenditureRow TotalRow(IEnumerable<AmountCell> cells) => new(default, "合计", cells);

    /// <summary>A copy with one amount cell replaced.</summary>
    /// <param name="column">One of <see cref="ColumnList"/>.</param>
    /// <param name="cell">The new cell.</param>
    /// <returns>The new row.</returns>
    public StateCapitalExpenditureRow WithCell(TableColumn column, AmountCell cell) => new(Code, Name, Replace(column, cell));
}

/// <summary>The 国有资本经营预算支出表 (T8, state capital operations budget expenditure): rows keyed by <see cref="FunctionalCode"/>, a 合计 row, a unit and a note.</summary>
/// <remarks>Immutable; see <see cref="CodedTable{TCode, TRow}"/> for what construction checks.</remarks>
public sealed class StateCapitalExpenditureTable : CodedTable<FunctionalCode, StateCapitalExpenditureRow, StateCapitalExpenditureTable>
{
    /// <summary>Creates the table.</summary>
    /// <param name="unit">The unit the table states.</param>
    /// <param name="rows">The rows with codes, in printed order.</param>
    /// <param name="total">The 合计 row, or null.</param>
    /// <param name="note">The note printed with the table (注：…), or null.</param>
    /// <exception cref="ArgumentException">Two rows with one code, a row without a code, or a 合计 row with one.</exception>
    public StateCapitalExpenditureTable(AmountUnit unit, IEnumerable<StateCapitalExpenditureRow> rows, StateCapitalExpenditureRow? total, string? note)
        : base(unit, rows, total, note)
    {
    }

    /// <inheritdoc/>
    public override TableKind Kind => TableKind.StateCapitalExpenditure;

    /// <inheritdoc/>
    private protected override StateCapitalExpenditureTable Create(AmountUnit unit, IEnumerable<StateCapitalExpenditureRow> rows, StateCapitalExpenditureRow? total, string? note) => new(unit, rows, total, note);
}
