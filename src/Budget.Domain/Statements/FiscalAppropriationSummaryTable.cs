using Budget.Domain.Money;

namespace Budget.Domain.Statements;

/// <summary>Amounts by fund type: 一般公共预算, 政府性基金预算, 国有资本经营预算.</summary>
/// <remarks>Immutable; equal when the three cells are equal.</remarks>
public sealed record FundAmounts
{
    /// <summary>Creates the amounts.</summary>
    /// <param name="generalPublicBudget">一般公共预算拨款.</param>
    /// <param name="governmentFund">政府性基金预算拨款.</param>
    /// <param name="stateCapitalOperations">国有资本经营预算拨款.</param>
    public FundAmounts(AmountCell generalPublicBudget, AmountCell governmentFund, AmountCell stateCapitalOperations)
    {
        GeneralPublicBudget = generalPublicBudget;
        GovernmentFund = governmentFund;
        StateCapitalOperations = stateCapitalOperations;
    }

    /// <summary>一般公共预算拨款 (general public budget).</summary>
    public AmountCell GeneralPublicBudget { get; }

    /// <summary>政府性基金预算拨款 (government fund budget).</summary>
    public AmountCell GovernmentFund { get; }

    /// <summary>国有资本经营预算拨款 (state capital operations budget).</summary>
    public AmountCell StateCapitalOperations { get; }

    /// <summary>The three cells.</summary>
    /// <returns>The cells as text.</returns>
    public override string ToString() => $"一般公共预算 {GeneralPublicBudget}, 政府性基金 {GovernmentFund}, 国有资本经营 {StateCapitalOperations}";
}

/// <summary>
/// The 财政拨款收支总表 (T4, fiscal appropriation income and expenditure summary): this year's appropriations
/// and the carry-over, each by fund type; expenditure by 类; the carry-forward and the totals.
/// </summary>
/// <remarks>Immutable; equal when every line and cell is equal.</remarks>
public sealed record FiscalAppropriationSummaryTable : IStandardTable
{
    /// <summary>Creates the table.</summary>
    /// <param name="unit">The unit the table states.</param>
    /// <param name="currentYearIncome">一、本年收入.</param>
    /// <param name="currentYearIncomeByFund">本年收入 by fund type.</param>
    /// <param name="carryOver">二、上年结转.</param>
    /// <param name="carryOverByFund">上年结转 by fund type.</param>
    /// <param name="incomeTotal">收入总计.</param>
    /// <param name="currentYearExpenditure">一、本年支出.</param>
    /// <param name="expenditureItems">本年支出 by 类, in printed order.</param>
    /// <param name="carryForward">二、结转下年.</param>
    /// <param name="expenditureTotal">支出总计.</param>
    /// <param name="note">The note printed with the table, or null.</param>
    public FiscalAppropriationSummaryTable(
        AmountUnit unit,
        AmountCell currentYearIncome,
        FundAmounts currentYearIncomeByFund,
        AmountCell carryOver,
        FundAmounts carryOverByFund,
        AmountCell incomeTotal,
        AmountCell currentYearExpenditure,
        IEnumerable<SummaryLine> expenditureItems,
        AmountCell carryForward,
        AmountCell expenditureTotal,
        string? note)
    {
        ArgumentNullException.ThrowIfNull(currentYearIncomeByFund);
        ArgumentNullException.ThrowIfNull(carryOverByFund);
        Unit = unit;
        CurrentYearIncome = currentYearIncome;
        CurrentYearIncomeByFund = currentYearIncomeByFund;
        CarryOver = carryOver;
        CarryOverByFund = carryOverByFund;
        IncomeTotal = incomeTotal;
        CurrentYearExpenditure = currentYearExpenditure;
        ExpenditureItems = ValueList.From(expenditureItems);
        CarryForward = carryForward;
        ExpenditureTotal = expenditureTotal;
        Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
    }

    /// <inheritdoc/>
    public TableKind Kind => TableKind.FiscalAppropriationSummary;

    /// <inheritdoc/>
    public AmountUnit Unit { get; }

    /// <summary>一、本年收入 (this year's appropriations).</summary>
    public AmountCell CurrentYearIncome { get; }

    /// <summary>本年收入 by fund type.</summary>
    public FundAmounts CurrentYearIncomeByFund { get; }

    /// <summary>二、上年结转 (carry-over from the prior year).</summary>
    public AmountCell CarryOver { get; }

    /// <summary>上年结转 by fund type.</summary>
    public FundAmounts CarryOverByFund { get; }

    /// <summary>收入总计.</summary>
    public AmountCell IncomeTotal { get; }

    /// <summary>一、本年支出.</summary>
    public AmountCell CurrentYearExpenditure { get; }

    /// <summary>本年支出 by 类, in printed order.</summary>
    public IReadOnlyList<SummaryLine> ExpenditureItems { get; }

    /// <summary>二、结转下年.</summary>
    public AmountCell CarryForward { get; }

    /// <summary>支出总计.</summary>
    public AmountCell ExpenditureTotal { get; }

    /// <inheritdoc/>
    public string? Note { get; }

    /// <inheritdoc/>
    public IReadOnlyList<BudgetRow> AllRows => ValueList.From<BudgetRow>(new BudgetRow[]
    {
        new SummaryLine("本年收入", CurrentYearIncome),
        new SummaryLine("本年收入：一般公共预算拨款", CurrentYearIncomeByFund.GeneralPublicBudget),
        new SummaryLine("本年收入：政府性基金预算拨款", CurrentYearIncomeByFund.GovernmentFund),
        new SummaryLine("本年收入：国有资本经营预算拨款", CurrentYearIncomeByFund.StateCapitalOperations),
        new SummaryLine("上年结转", CarryOver),
        new SummaryLine("上年结转：一般公共预算拨款", CarryOverByFund.GeneralPublicBudget),
        new SummaryLine("上年结转：政府性基金预算拨款", CarryOverByFund.GovernmentFund),
        new SummaryLine("上年结转：国有资本经营预算拨款", CarryOverByFund.StateCapitalOperations),
        new SummaryLine("收入总计", IncomeTotal),
        new SummaryLine("本年支出", CurrentYearExpenditure),
    }.Concat(ExpenditureItems).Concat([
        new SummaryLine("结转下年", CarryForward),
        new SummaryLine("支出总计", ExpenditureTotal),
    ]));

    /// <summary>The expenditure line of a name (compared tolerantly), or null.</summary>
    /// <param name="name">The name, for example <c>外交支出</c>.</param>
    /// <returns>The line, or null.</returns>
    public SummaryLine? ExpenditureItem(string name) => ExpenditureItems.FirstOrDefault(l => Classification.NameKey.Same(l.Name, name));

    /// <summary>A copy with other expenditure lines.</summary>
    /// <param name="lines">The lines.</param>
    /// <returns>The new table.</returns>
    public FiscalAppropriationSummaryTable WithExpenditureItems(IEnumerable<SummaryLine> lines) =>
        new(Unit, CurrentYearIncome, CurrentYearIncomeByFund, CarryOver, CarryOverByFund, IncomeTotal, CurrentYearExpenditure, lines, CarryForward, ExpenditureTotal, Note);

    /// <summary>A copy with other income figures (pass the current ones to keep them).</summary>
    /// <param name="currentYearIncome">本年收入.</param>
    /// <param name="currentYearIncomeByFund">本年收入 by fund.</param>
    /// <param name="carryOver">上年结转.</param>
    /// <param name="carryOverByFund">上年结转 by fund.</param>
    /// <param name="incomeTotal">收入总计.</param>
    /// <returns>The new table.</returns>
    public FiscalAppropriationSummaryTable WithIncome(AmountCell currentYearIncome, FundAmounts currentYearIncomeByFund, AmountCell carryOver, FundAmounts carryOverByFund, AmountCell incomeTotal) =>
        new(Unit, currentYearIncome, currentYearIncomeByFund, carryOver, carryOverByFund, incomeTotal, CurrentYearExpenditure, ExpenditureItems, CarryForward, ExpenditureTotal, Note);

    /// <summary>A copy with other expenditure totals (pass the current ones to keep them).</summary>
    /// <param name="currentYearExpenditure">本年支出.</param>
    /// <param name="carryForward">结转下年.</param>
    /// <param name="expenditureTotal">支出总计.</param>
    /// <returns>The new table.</returns>
    public FiscalAppropriationSummaryTable WithExpenditureTotals(AmountCell currentYearExpenditure, AmountCell carryForward, AmountCell expenditureTotal) =>
        new(Unit, CurrentYearIncome, CurrentYearIncomeByFund, CarryOver, CarryOverByFund, IncomeTotal, currentYearExpenditure, ExpenditureItems, carryForward, expenditureTotal, Note);

    /// <summary>The two totals.</summary>
    /// <returns>For example <c>财政拨款收支总表: 收入总计 477,425.77, 支出总计 477,425.77 (万元)</c>.</returns>
    public override string ToString() =>
        $"财政拨款收支总表: 收入总计 {IncomeTotal.Format(Unit)}, 支出总计 {ExpenditureTotal.Format(Unit)} ({Unit.Symbol()})";
}
