using Budget.Domain.Classification;
using Budget.Domain.Money;

namespace Budget.Domain.Statements;

/// <summary>A row of the 一般公共预算支出表 (T5, general public budget expenditure).</summary>
/// <remarks>Immutable; equal when code, name and every cell are equal.</remarks>
public sealed class GeneralPublicBudgetExpenditureRow : BudgetRow, ICodedRow<FunctionalCode>
{
    /// <summary>Creates a row.</summary>
    /// <param name="code">The code; <c>default</c> only for the 合计 row.</param>
    /// <param name="name">The name as printed.</param>
    /// <param name="priorYearActual">执行数 (prior-year actual).</param>
    /// <param name="priorYearActualExcludingInfrastructure">扣除中央基建投资后执行数 (prior-year actual excluding central infrastructure investment).</param>
    /// <param name="budget">小计 (budgeted (subtotal)).</param>
    /// <param name="basic">基本支出 (basic expenditure).</param>
    /// <param name="project">项目支出 (project expenditure).</param>
    /// <param name="budgetExcludingInfrastructure">扣除中央基建投资后预算数 (budgeted excluding central infrastructure investment).</param>
    /// <param name="change">增减额 (change).</param>
    /// <param name="changeExcludingInfrastructure">增减额（扣除中央基建投资） (change excluding central infrastructure investment).</param>
    /// <param name="changeRate">增减(%) (change rate).</param>
    /// <param name="changeRateExcludingInfrastructure">增减(%)（扣除中央基建投资） (change rate excluding central infrastructure investment).</param>
    public GeneralPublicBudgetExpenditureRow(FunctionalCode code, string name, AmountCell priorYearActual, AmountCell priorYearActualExcludingInfrastructure, AmountCell budget, AmountCell basic, AmountCell project, AmountCell budgetExcludingInfrastructure, AmountCell change, AmountCell changeExcludingInfrastructure, Rate changeRate, Rate changeRateExcludingInfrastructure)
        : base(name, [priorYearActual, priorYearActualExcludingInfrastructure, budget, basic, project, budgetExcludingInfrastructure, change, changeExcludingInfrastructure], ColumnList, [changeRate, changeRateExcludingInfrastructure], RateColumnList)
    {
        Code = code;
    }

    internal GeneralPublicBudgetExpenditureRow(FunctionalCode code, string name, IEnumerable<AmountCell> cells, IEnumerable<Rate> rates)
        : base(name, cells, ColumnList, rates, RateColumnList)
    {
        Code = code;
    }

    /// <summary>The amount columns, in printed order.</summary>
    public static IReadOnlyList<TableColumn> ColumnList { get; } = ValueList.From<TableColumn>(
    [
        new("priorYearActual", "执行数", "prior-year actual"),
        new("priorYearActualExcludingInfrastructure", "扣除中央基建投资后执行数", "prior-year actual excluding central infrastructure investment"),
        new("budget", "小计", "budgeted (subtotal)"),
        new("basic", "基本支出", "basic expenditure"),
        new("project", "项目支出", "project expenditure"),
        new("budgetExcludingInfrastructure", "扣除中央基建投资后预算数", "budgeted excluding central infrastructure investment"),
        new("change", "增减额", "change"),
        new("changeExcludingInfrastructure", "增减额（扣除中央基建投资）", "change excluding central infrastructure investment"),
    ]);

    /// <summary>The rate columns, in printed order.</summary>
    public static IReadOnlyList<TableColumn> RateColumnList { get; } = ValueList.From<TableColumn>(
    [
        new("changeRate", "增减(%)", "change rate"),
        new("changeRateExcludingInfrastructure", "增减(%)（扣除中央基建投资）", "change rate excluding central infrastructure investment"),
    ]);

    /// <inheritdoc/>
    public FunctionalCode Code { get; }

    /// <inheritdoc/>
    public override string CodeValue => Code.Value;

    /// <summary>执行数 (prior-year actual).</summary>
    public AmountCell PriorYearActual => Cells[0];

    /// <summary>扣除中央基建投资后执行数 (prior-year actual excluding central infrastructure investment).</summary>
    public AmountCell PriorYearActualExcludingInfrastructure => Cells[1];

    /// <summary>小计 (budgeted (subtotal)).</summary>
    public AmountCell Budget => Cells[2];

    /// <summary>基本支出 (basic expenditure).</summary>
    public AmountCell Basic => Cells[3];

    /// <summary>项目支出 (project expenditure).</summary>
    public AmountCell Project => Cells[4];

    /// <summary>扣除中央基建投资后预算数 (budgeted excluding central infrastructure investment).</summary>
    public AmountCell BudgetExcludingInfrastructure => Cells[5];

    /// <summary>增减额 (change).</summary>
    public AmountCell Change => Cells[6];

    /// <summary>增减额（扣除中央基建投资） (change excluding central infrastructure investment).</summary>
    public AmountCell ChangeExcludingInfrastructure => Cells[7];

    /// <summary>增减(%) (change rate); not applicable when blank or a dash.</summary>
    public Rate ChangeRate => Rates[0];

    /// <summary>增减(%)（扣除中央基建投资） (change rate excluding central infrastructure investment); not applicable when blank or a dash.</summary>
    public Rate ChangeRateExcludingInfrastructure => Rates[1];

    /// <summary>A 合计 row (no code).</summary>
    /// <param name="cells">The cells, in the order of <see cref="ColumnList"/>.</param>
    /// <param name="rates">The rates, in the order of <see cref="RateColumnList"/>.</param>
    /// <returns>The row, named 合计.</returns>
    public static GeneralPublicBudgetExpenditureRow TotalRow(IEnumerable<AmountCell> cells, IEnumerable<Rate> rates) => new(default, "合计", cells, rates);

    /// <summary>A copy with one amount cell replaced.</summary>
    /// <param name="column">One of <see cref="ColumnList"/>.</param>
    /// <param name="cell">The new cell.</param>
    /// <returns>The new row.</returns>
    public GeneralPublicBudgetExpenditureRow WithCell(TableColumn column, AmountCell cell) => new(Code, Name, Replace(column, cell), Rates);

    /// <summary>A copy with one rate cell replaced.</summary>
    /// <param name="column">One of <see cref="RateColumnList"/>.</param>
    /// <param name="rate">The new rate.</param>
    /// <returns>The new row.</returns>
    public GeneralPublicBudgetExpenditureRow WithRate(TableColumn column, Rate rate)
    {
        int index = RateColumnList.ToList().IndexOf(column);
        if (index < 0)
        {
            throw new ArgumentException($"A GeneralPublicBudgetExpenditureRow has no rate column {column}.", nameof(column));
        }

        var rates = Rates.ToArray();
        rates[index] = rate;
        return new(Code, Name, Cells, rates);
    }
}

/// <summary>The 一般公共预算支出表 (T5, general public budget expenditure): rows keyed by <see cref="FunctionalCode"/>, a 合计 row, a unit and a note.</summary>
/// <remarks>Immutable; see <see cref="CodedTable{TCode, TRow}"/> for what construction checks.</remarks>
public sealed class GeneralPublicBudgetExpenditureTable : CodedTable<FunctionalCode, GeneralPublicBudgetExpenditureRow, GeneralPublicBudgetExpenditureTable>
{
    /// <summary>Creates the table.</summary>
    /// <param name="unit">The unit the table states.</param>
    /// <param name="rows">The rows with codes, in printed order.</param>
    /// <param name="total">The 合计 row, or null.</param>
    /// <param name="note">The note printed with the table (注：…), or null.</param>
    /// <exception cref="ArgumentException">Two rows with one code, a row without a code, or a 合计 row with one.</exception>
    public GeneralPublicBudgetExpenditureTable(AmountUnit unit, IEnumerable<GeneralPublicBudgetExpenditureRow> rows, GeneralPublicBudgetExpenditureRow? total, string? note)
        : base(unit, rows, total, note)
    {
    }

    /// <inheritdoc/>
    public override TableKind Kind => TableKind.GeneralPublicBudgetExpenditure;

    /// <inheritdoc/>
    private protected override GeneralPublicBudgetExpenditureTable Create(AmountUnit unit, IEnumerable<GeneralPublicBudgetExpenditureRow> rows, GeneralPublicBudgetExpenditureRow? total, string? note) => new(unit, rows, total, note);
}
