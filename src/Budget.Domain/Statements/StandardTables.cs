using System.Diagnostics.CodeAnalysis;
using Budget.Domain.Classification;
using Budget.Domain.Money;
using Budget.Domain.Reading;
using Budget.Domain.Tables;

namespace Budget.Domain.Statements;

/// <summary>
/// The nine typed tables of 0.1.0 as views over <see cref="Table"/>: each converts to a table of its central schema
/// (<c>budget.central.*</c>) and back, and a <see cref="DepartmentBudget"/> to a <see cref="Disclosure"/> and back.
/// </summary>
/// <remarks>
/// Typed → table → typed is the identity. A disclosure's tables of other schemas have no typed view: <see cref="ToBudget"/>
/// leaves them out (they stay in the disclosure).
/// </remarks>
public static class StandardTables
{
    /// <summary>The central schema of a typed table kind.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The schema in <see cref="TableSchemaCatalogue.Default"/>.</returns>
    public static TableSchema Schema(this TableKind kind) =>
        TableSchemaCatalogue.Default.Schemas.FirstOrDefault(s => s.StandardKind == kind)
        ?? throw new InvalidOperationException($"The embedded schemas have none for {kind}.");

    /// <summary>A typed table as a table of its schema.</summary>
    /// <param name="table">The typed table.</param>
    /// <returns>The table.</returns>
    public static Table ToTable(this IStandardTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var schema = table.Kind.Schema();
        IEnumerable<TableRow> rows = table switch
        {
            IncomeExpenditureSummaryTable t1 => SummaryRows(schema, t1.IncomeItems, [("currentYearIncome", t1.CurrentYearIncome), ("unusedNonFiscalBalance", t1.UnusedNonFiscalBalance), ("carryOver", t1.CarryOver), ("incomeTotal", t1.IncomeTotal)], null, t1.ExpenditureItems, [("currentYearExpenditure", t1.CurrentYearExpenditure), ("carryForward", t1.CarryForward), ("expenditureTotal", t1.ExpenditureTotal)]),
            FiscalAppropriationSummaryTable t4 => SummaryRows(
                schema,
                [],
                [
                    ("currentYearIncome", t4.CurrentYearIncome), ("currentYearIncome.generalPublicBudget", t4.CurrentYearIncomeByFund.GeneralPublicBudget), ("currentYearIncome.governmentFund", t4.CurrentYearIncomeByFund.GovernmentFund), ("currentYearIncome.stateCapital", t4.CurrentYearIncomeByFund.StateCapitalOperations),
                    ("carryOver", t4.CarryOver), ("carryOver.generalPublicBudget", t4.CarryOverByFund.GeneralPublicBudget), ("carryOver.governmentFund", t4.CarryOverByFund.GovernmentFund), ("carryOver.stateCapital", t4.CarryOverByFund.StateCapitalOperations),
                    ("incomeTotal", t4.IncomeTotal),
                ],
                ("currentYearExpenditure", t4.CurrentYearExpenditure),
                t4.ExpenditureItems,
                [("carryForward", t4.CarryForward), ("expenditureTotal", t4.ExpenditureTotal)]),
            ThreePublicExpensesTable t9 => [new TableRow(RowKey.OneRow, string.Empty, Cells(t9.Row))],
            IncomeTable t2 => t2.Rows.Select(r => new TableRow(r.Name == "合计" ? RowKey.Line("total") : RowKey.Unit(KeyText(r.Name)), r.Name, Cells(r))),
            _ => table.AllRows.Select(r => new TableRow(r.CodeValue.Length > 0 ? RowKey.Code(r.CodeValue) : RowKey.Line("total"), r.Name, Cells(r))),
        };
        return new Table(schema, table.Unit, rows, table.Note);
    }

    /// <summary>A table of a central schema as its typed view.</summary>
    /// <param name="table">The table.</param>
    /// <param name="typed">The typed table, or null.</param>
    /// <param name="reason">Why there is none: another schema, or a row the typed table cannot hold.</param>
    /// <returns>Whether there is one.</returns>
    public static bool TryToStandard(this Table table, [NotNullWhen(true)] out IStandardTable? typed, [NotNullWhen(false)] out string? reason)
    {
        ArgumentNullException.ThrowIfNull(table);
        typed = null;
        if (table.Schema.StandardKind is not { } kind)
        {
            reason = $"{table.Schema.Id} has no typed view; only the budget.central schemas have one.";
            return false;
        }

        try
        {
            typed = kind switch
            {
                TableKind.IncomeExpenditureSummary => ToT1(table),
                TableKind.Income => new IncomeTable(table.Unit, table.Rows.Select(r => new IncomeRow(r.Label, Amounts(r, IncomeRow.ColumnList))), TypedNote(table.Note)),
                TableKind.Expenditure => Coded(table, FunctionalCode.Parse, (c, n, r) => new ExpenditureRow(c, n, Amounts(r, ExpenditureRow.ColumnList)), (t, rows, total) => new ExpenditureTable(t.Unit, rows, total, TypedNote(t.Note))),
                TableKind.FiscalAppropriationSummary => ToT4(table),
                TableKind.GeneralPublicBudgetExpenditure => Coded(table, FunctionalCode.Parse, (c, n, r) => new GeneralPublicBudgetExpenditureRow(c, n, Amounts(r, GeneralPublicBudgetExpenditureRow.ColumnList), GeneralPublicBudgetExpenditureRow.RateColumnList.Select(k => r[k.Key].Rate)), (t, rows, total) => new GeneralPublicBudgetExpenditureTable(t.Unit, rows, total, TypedNote(t.Note))),
                TableKind.BasicExpenditure => Coded(table, DepartmentEconomicCode.Parse, (c, n, r) => new BasicExpenditureRow(c, n, Amounts(r, BasicExpenditureRow.ColumnList)), (t, rows, total) => new BasicExpenditureTable(t.Unit, rows, total, TypedNote(t.Note))),
                TableKind.GovernmentFundExpenditure => Coded(table, FunctionalCode.Parse, (c, n, r) => new GovernmentFundExpenditureRow(c, n, Amounts(r, GovernmentFundExpenditureRow.ColumnList)), (t, rows, total) => new GovernmentFundExpenditureTable(t.Unit, rows, total, TypedNote(t.Note))),
                TableKind.StateCapitalExpenditure => Coded(table, FunctionalCode.Parse, (c, n, r) => new StateCapitalExpenditureRow(c, n, Amounts(r, StateCapitalExpenditureRow.ColumnList)), (t, rows, total) => new StateCapitalExpenditureTable(t.Unit, rows, total, TypedNote(t.Note))),
                _ => new ThreePublicExpensesTable(table.Unit, new ThreePublicExpensesRow(Amounts(table.Row(RowKey.OneRow) ?? new TableRow(RowKey.OneRow, null, null), ThreePublicExpensesRow.ColumnList)), TypedNote(table.Note)),
            };
            reason = null;
            return true;
        }
        catch (ArgumentException e)
        {
            reason = e.Message;
            return false;
        }
    }

    /// <summary>A department budget as a disclosure: the body (scope 部门, level central), its tables as tables of the
    /// central schemas in standard order, the narrative, 其他重要事项 and sheets.</summary>
    /// <param name="budget">The budget.</param>
    /// <param name="passages">Kept text, or null.</param>
    /// <returns>The disclosure.</returns>
    public static Disclosure ToDisclosure(this DepartmentBudget budget, IEnumerable<Passage>? passages = null)
    {
        ArgumentNullException.ThrowIfNull(budget);
        return new Disclosure(DisclosingBody.Of(budget.Department), budget.FiscalYear, budget.Kind)
            .WithTables(budget.Tables.Select(ToTable))
            .WithNarrative(budget.Narrative)
            .WithOtherMatters(budget.OtherMatters)
            .WithPerformanceSheets(budget.PerformanceSheets)
            .WithPassages(passages);
    }

    /// <summary>The typed view of a disclosure: its body must have a code, and its tables of the central schemas
    /// (the first of each) become the nine typed tables; tables of other schemas are left out.</summary>
    /// <param name="disclosure">The disclosure.</param>
    /// <param name="budget">The budget, or null.</param>
    /// <param name="reason">Why there is none, or null.</param>
    /// <returns>Whether there is one.</returns>
    public static bool TryToBudget(this Disclosure disclosure, [NotNullWhen(true)] out DepartmentBudget? budget, [NotNullWhen(false)] out string? reason)
    {
        ArgumentNullException.ThrowIfNull(disclosure);
        budget = null;
        if (disclosure.Body.ToDepartment() is not { } department)
        {
            reason = $"{disclosure.Body} has no department code; a DepartmentBudget needs one (a Disclosure does not).";
            return false;
        }

        var result = new DepartmentBudget(department, disclosure.FiscalYear, disclosure.Kind)
            .WithNarrative(disclosure.Narrative)
            .WithOtherMatters(disclosure.OtherMatters)
            .WithPerformanceSheets(disclosure.PerformanceSheets);
        foreach (var table in disclosure.Tables.Where(t => t.Schema.StandardKind is not null).DistinctBy(t => t.Schema.StandardKind))
        {
            if (!table.TryToStandard(out var typed, out reason))
            {
                return false;
            }

            result = With(result, typed);
        }

        budget = result;
        reason = null;
        return true;
    }

    /// <summary>The typed view of a disclosure (see <see cref="TryToBudget"/>).</summary>
    /// <param name="disclosure">The disclosure.</param>
    /// <returns>The budget.</returns>
    /// <exception cref="InvalidOperationException">It has no typed view; the message says why.</exception>
    public static DepartmentBudget ToBudget(this Disclosure disclosure) =>
        disclosure.TryToBudget(out var budget, out string? reason) ? budget : throw new InvalidOperationException(reason);

    /// <summary>A typed table's note as 0.1 holds it: without the 注： a page prints before it.</summary>
    private static string? TypedNote(string? note) =>
        note is not null && (note.StartsWith("注：", StringComparison.Ordinal) || note.StartsWith("注:", StringComparison.Ordinal)) ? note[2..].TrimStart() : note;

    /// <summary>A summary line's name without the numbering a page prints before it (一、, （一）).</summary>
    private static string LineName(string label) => Reading.ReadText.StripNumbering(label).Trim();

    internal static DepartmentBudget With(DepartmentBudget budget, IStandardTable table) => table switch
    {
        IncomeExpenditureSummaryTable t => budget.WithIncomeExpenditureSummary(t),
        IncomeTable t => budget.WithIncome(t),
        ExpenditureTable t => budget.WithExpenditure(t),
        FiscalAppropriationSummaryTable t => budget.WithFiscalAppropriationSummary(t),
        GeneralPublicBudgetExpenditureTable t => budget.WithGeneralPublicBudgetExpenditure(t),
        BasicExpenditureTable t => budget.WithBasicExpenditure(t),
        GovernmentFundExpenditureTable t => budget.WithGovernmentFundExpenditure(t),
        StateCapitalExpenditureTable t => budget.WithStateCapitalExpenditure(t),
        ThreePublicExpensesTable t => budget.WithThreePublicExpenses(t),
        _ => budget,
    };

    private static IEnumerable<TableCell> Cells(BudgetRow row) =>
        row.Columns.Select((c, i) => TableCell.Of(c.Key, row.Cells[i]))
            .Concat(row.RateColumns.Select((c, i) => TableCell.OfRate(c.Key, row.Rates[i])));

    private static IEnumerable<TableRow> SummaryRows(
        TableSchema schema,
        IEnumerable<SummaryLine> incomeItems,
        (string Key, AmountCell Cell)[] incomeLines,
        (string Key, AmountCell Cell)? expenditureHead,
        IEnumerable<SummaryLine> expenditureItems,
        (string Key, AmountCell Cell)[] expenditureLines)
    {
        TableRow Line(string key, RowSide side, AmountCell cell)
        {
            var line = schema.Line(key)!;
            string? under = schema.Lines.FirstOrDefault(l => l.Of.Contains(key) && key.StartsWith(l.Key + ".", StringComparison.Ordinal))?.Key;
            return new TableRow(RowKey.Line(key, side, under), line.Label, [TableCell.Of("amount", cell)]);
        }

        foreach (var item in incomeItems)
        {
            var line = schema.LineByLabel(item.Name, RowSide.Income);
            yield return new TableRow(RowKey.Line(line?.Key ?? KeyText(item.Name), RowSide.Income), item.Name, [TableCell.Of("amount", item.Amount)]);
        }

        foreach (var (key, cell) in incomeLines)
        {
            yield return Line(key, RowSide.Income, cell);
        }

        if (expenditureHead is { } head)
        {
            yield return Line(head.Key, RowSide.Expenditure, head.Cell);
        }

        foreach (var item in expenditureItems)
        {
            yield return new TableRow(RowKey.ClassLine(KeyText(item.Name)), item.Name, [TableCell.Of("amount", item.Amount)]);
        }

        foreach (var (key, cell) in expenditureLines)
        {
            yield return Line(key, RowSide.Expenditure, cell);
        }
    }

    /// <summary>A line printed without a name still has a key (its label stays empty).</summary>
    private static string KeyText(string name) => string.IsNullOrWhiteSpace(name) ? "(无名称)" : name;

    private static AmountCell[] Amounts(TableRow row, IReadOnlyList<TableColumn> columns) => columns.Select(c => row[c.Key].Amount).ToArray();

    private static AmountCell Amount(Table table, string key) => table.Rows.FirstOrDefault(r => r.Key.Kind == RowKind.Line && r.Key.Value == key)?["amount"].Amount ?? AmountCell.Blank;

    private static TTable Coded<TCode, TRow, TTable>(Table table, Func<string, ParseResult<TCode>> parse, Func<TCode, string, TableRow, TRow> row, Func<Table, IEnumerable<TRow>, TRow?, TTable> create)
        where TCode : struct, IClassificationCode<TCode>
        where TRow : BudgetRow
    {
        var rows = new List<TRow>();
        TRow? total = null;
        foreach (var r in table.Rows)
        {
            if (r.Key.Kind == RowKind.Line && r.Key.Value == "total")
            {
                total = row(default, Reading.ReadText.Squeeze(r.Label), r);
            }
            else if (r.Key.Kind == RowKind.Code && parse(r.Key.Value).TryGetValue(out var code))
            {
                // A label read from a page holds its code in front (2080101 行政运行); the typed row's name is the name.
                rows.Add(row(code, r.NameAfterCode, r));
            }
            else if (r.Key.Kind == RowKind.Code)
            {
                // A code its type cannot hold (a misprint such as 71102, read as printed and said by RD004) stays in the
                // disclosure's table; the typed view leaves it out.
                continue;
            }
            else
            {
                throw new ArgumentException($"The row {r.Key} \"{r.Label}\" of {table.Schema.Id} is neither a code nor the total line.");
            }
        }

        return create(table, rows, total);
    }

    private static IncomeExpenditureSummaryTable ToT1(Table t)
    {
        string[] totals = ["currentYearIncome", "unusedNonFiscalBalance", "carryOver", "incomeTotal", "currentYearExpenditure", "carryForward", "expenditureTotal"];
        var income = t.Rows.Where(r => r.Key.Side == RowSide.Income && r.Key.Kind == RowKind.Line && !totals.Contains(r.Key.Value)).Select(r => new SummaryLine(LineName(r.Label), r["amount"].Amount));
        var expenditure = t.Rows.Where(r => r.Key.Kind == RowKind.ClassLine).Select(r => new SummaryLine(LineName(r.Label), r["amount"].Amount));
        return new IncomeExpenditureSummaryTable(t.Unit, income, Amount(t, "currentYearIncome"), Amount(t, "unusedNonFiscalBalance"), Amount(t, "carryOver"), Amount(t, "incomeTotal"), expenditure, Amount(t, "currentYearExpenditure"), Amount(t, "carryForward"), Amount(t, "expenditureTotal"), TypedNote(t.Note));
    }

    private static FiscalAppropriationSummaryTable ToT4(Table t)
    {
        FundAmounts Funds(string parent) => new(Amount(t, parent + ".generalPublicBudget"), Amount(t, parent + ".governmentFund"), Amount(t, parent + ".stateCapital"));
        var expenditure = t.Rows.Where(r => r.Key.Kind == RowKind.ClassLine).Select(r => new SummaryLine(LineName(r.Label), r["amount"].Amount));
        return new FiscalAppropriationSummaryTable(t.Unit, Amount(t, "currentYearIncome"), Funds("currentYearIncome"), Amount(t, "carryOver"), Funds("carryOver"), Amount(t, "incomeTotal"), Amount(t, "currentYearExpenditure"), expenditure, Amount(t, "carryForward"), Amount(t, "expenditureTotal"), TypedNote(t.Note));
    }
}
