using Budget.Domain.Money;

namespace Budget.Domain.Statements;

/// <summary>
/// The 收支总表 (T1, income and expenditure summary): income items and expenditure 类 with their 预算数, and the
/// totals and carry-overs between them.
/// </summary>
/// <remarks>
/// Immutable; equal when every line and cell is equal. Lines are keyed by their names; the totals and
/// carry-overs are properties. <see cref="IStandardTable.AllRows"/> lists every line in printed order, each side
/// after the other, with the totals named as the seed prints them.
/// </remarks>
public sealed record IncomeExpenditureSummaryTable : IStandardTable
{
    /// <summary>Creates the table.</summary>
    /// <param name="unit">The unit the table states.</param>
    /// <param name="incomeItems">The income lines (一般公共预算拨款收入 … 其他收入), in printed order.</param>
    /// <param name="currentYearIncome">本年收入合计.</param>
    /// <param name="unusedNonFiscalBalance">使用非财政拨款结余.</param>
    /// <param name="carryOver">上年结转.</param>
    /// <param name="incomeTotal">收入总计.</param>
    /// <param name="expenditureItems">The expenditure lines (one per 类), in printed order.</param>
    /// <param name="currentYearExpenditure">本年支出合计.</param>
    /// <param name="carryForward">结转下年.</param>
    /// <param name="expenditureTotal">支出总计.</param>
    /// <param name="note">The note printed with the table, or null.</param>
    public IncomeExpenditureSummaryTable(
        AmountUnit unit,
        IEnumerable<SummaryLine> incomeItems,
        AmountCell currentYearIncome,
        AmountCell unusedNonFiscalBalance,
        AmountCell carryOver,
        AmountCell incomeTotal,
        IEnumerable<SummaryLine> expenditureItems,
        AmountCell currentYearExpenditure,
        AmountCell carryForward,
        AmountCell expenditureTotal,
        string? note)
    {
        Unit = unit;
        IncomeItems = ValueList.From(incomeItems);
        CurrentYearIncome = currentYearIncome;
        UnusedNonFiscalBalance = unusedNonFiscalBalance;
        CarryOver = carryOver;
        IncomeTotal = incomeTotal;
        ExpenditureItems = ValueList.From(expenditureItems);
        CurrentYearExpenditure = currentYearExpenditure;
        CarryForward = carryForward;
        ExpenditureTotal = expenditureTotal;
        Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
    }

    /// <inheritdoc/>
    public TableKind Kind => TableKind.IncomeExpenditureSummary;

    /// <inheritdoc/>
    public AmountUnit Unit { get; }

    /// <summary>The income lines, in printed order.</summary>
    public IReadOnlyList<SummaryLine> IncomeItems { get; }

    /// <summary>本年收入合计 (this year's income).</summary>
    public AmountCell CurrentYearIncome { get; }

    /// <summary>使用非财政拨款结余 (use of non-fiscal balances).</summary>
    public AmountCell UnusedNonFiscalBalance { get; }

    /// <summary>上年结转 (carry-over from the prior year).</summary>
    public AmountCell CarryOver { get; }

    /// <summary>收入总计 (income grand total).</summary>
    public AmountCell IncomeTotal { get; }

    /// <summary>The expenditure lines (one per 类), in printed order.</summary>
    public IReadOnlyList<SummaryLine> ExpenditureItems { get; }

    /// <summary>本年支出合计 (this year's expenditure).</summary>
    public AmountCell CurrentYearExpenditure { get; }

    /// <summary>结转下年 (carry-forward to the next year).</summary>
    public AmountCell CarryForward { get; }

    /// <summary>支出总计 (expenditure grand total).</summary>
    public AmountCell ExpenditureTotal { get; }

    /// <inheritdoc/>
    public string? Note { get; }

    /// <inheritdoc/>
    public IReadOnlyList<BudgetRow> AllRows => ValueList.From<BudgetRow>(
        IncomeItems.Concat([
            new SummaryLine("本年收入合计", CurrentYearIncome),
            new SummaryLine("使用非财政拨款结余", UnusedNonFiscalBalance),
            new SummaryLine("上年结转", CarryOver),
            new SummaryLine("收入总计", IncomeTotal),
        ]).Concat(ExpenditureItems).Concat([
            new SummaryLine("本年支出合计", CurrentYearExpenditure),
            new SummaryLine("结转下年", CarryForward),
            new SummaryLine("支出总计", ExpenditureTotal),
        ]));

    /// <summary>The income line of a name (compared tolerantly), or null.</summary>
    /// <param name="name">The name, for example <c>其他收入</c>.</param>
    /// <returns>The line, or null.</returns>
    public SummaryLine? IncomeItem(string name) => IncomeItems.FirstOrDefault(l => Classification.NameKey.Same(l.Name, name));

    /// <summary>The expenditure line of a name (compared tolerantly), or null.</summary>
    /// <param name="name">The name, for example <c>外交支出</c>.</param>
    /// <returns>The line, or null.</returns>
    public SummaryLine? ExpenditureItem(string name) => ExpenditureItems.FirstOrDefault(l => Classification.NameKey.Same(l.Name, name));

    /// <summary>A copy with other income lines.</summary>
    /// <param name="lines">The lines.</param>
    /// <returns>The new table.</returns>
    public IncomeExpenditureSummaryTable WithIncomeItems(IEnumerable<SummaryLine> lines) =>
        new(Unit, lines, CurrentYearIncome, UnusedNonFiscalBalance, CarryOver, IncomeTotal, ExpenditureItems, CurrentYearExpenditure, CarryForward, ExpenditureTotal, Note);

    /// <summary>A copy with other expenditure lines.</summary>
    /// <param name="lines">The lines.</param>
    /// <returns>The new table.</returns>
    public IncomeExpenditureSummaryTable WithExpenditureItems(IEnumerable<SummaryLine> lines) =>
        new(Unit, IncomeItems, CurrentYearIncome, UnusedNonFiscalBalance, CarryOver, IncomeTotal, lines, CurrentYearExpenditure, CarryForward, ExpenditureTotal, Note);

    /// <summary>A copy with other totals and carry-overs (pass the current ones to keep them).</summary>
    /// <param name="currentYearIncome">本年收入合计.</param>
    /// <param name="unusedNonFiscalBalance">使用非财政拨款结余.</param>
    /// <param name="carryOver">上年结转.</param>
    /// <param name="incomeTotal">收入总计.</param>
    /// <param name="currentYearExpenditure">本年支出合计.</param>
    /// <param name="carryForward">结转下年.</param>
    /// <param name="expenditureTotal">支出总计.</param>
    /// <returns>The new table.</returns>
    public IncomeExpenditureSummaryTable WithTotals(AmountCell currentYearIncome, AmountCell unusedNonFiscalBalance, AmountCell carryOver, AmountCell incomeTotal, AmountCell currentYearExpenditure, AmountCell carryForward, AmountCell expenditureTotal) =>
        new(Unit, IncomeItems, currentYearIncome, unusedNonFiscalBalance, carryOver, incomeTotal, ExpenditureItems, currentYearExpenditure, carryForward, expenditureTotal, Note);

    /// <summary>The two totals.</summary>
    /// <returns>For example <c>收支总表: 收入总计 479,761.98, 支出总计 479,761.98 (万元)</c>.</returns>
    public override string ToString() =>
        $"收支总表: 收入总计 {IncomeTotal.Format(Unit)}, 支出总计 {ExpenditureTotal.Format(Unit)} ({Unit.Symbol()})";
}
