using System.Globalization;
using Budget.Domain.Classification;
using Budget.Domain.Performance;

namespace Budget.Domain.Statements;

/// <summary>Whether a document is a budget or final accounts.</summary>
public enum DocumentKind
{
    /// <summary>部门预算 (department budget).</summary>
    Budget = 0,

    /// <summary>部门决算 (department final accounts).</summary>
    FinalAccounts = 1,
}

/// <summary>
/// A published department budget: the department, the fiscal year, the kind of document, the nine standard
/// tables (each may be absent), the figures its narrative states, 其他重要事项, and the project performance target
/// sheets attached to it.
/// </summary>
/// <remarks>
/// Immutable, with value equality all the way down (tables, rows and lists included). Build it with the
/// constructor and copy-and-update it with the <c>WithX</c> methods. Inconsistent figures are not construction
/// errors; validation reports them.
/// </remarks>
public sealed record DepartmentBudget
{
    /// <summary>Creates a department budget with no table, no narrative figure and nothing in 其他重要事项.</summary>
    /// <param name="department">The department.</param>
    /// <param name="fiscalYear">The fiscal year, 1950 to 2200.</param>
    /// <param name="kind">Budget or final accounts.</param>
    public DepartmentBudget(Department department, int fiscalYear, DocumentKind kind)
        : this(department, fiscalYear, kind, null, null, null, null, null, null, null, null, null, null, null, null)
    {
    }

    private DepartmentBudget(
        Department department,
        int fiscalYear,
        DocumentKind kind,
        IncomeExpenditureSummaryTable? incomeExpenditureSummary,
        IncomeTable? income,
        ExpenditureTable? expenditure,
        FiscalAppropriationSummaryTable? fiscalAppropriationSummary,
        GeneralPublicBudgetExpenditureTable? generalPublicBudgetExpenditure,
        BasicExpenditureTable? basicExpenditure,
        GovernmentFundExpenditureTable? governmentFundExpenditure,
        StateCapitalExpenditureTable? stateCapitalExpenditure,
        ThreePublicExpensesTable? threePublicExpenses,
        IEnumerable<NarrativeFigure>? narrative,
        OtherMatters? otherMatters,
        IEnumerable<PerformanceSheet>? performanceSheets)
    {
        ArgumentNullException.ThrowIfNull(department);
        ArgumentOutOfRangeException.ThrowIfLessThan(fiscalYear, 1950);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(fiscalYear, 2200);
        Department = department;
        FiscalYear = fiscalYear;
        Kind = kind;
        IncomeExpenditureSummary = incomeExpenditureSummary;
        Income = income;
        Expenditure = expenditure;
        FiscalAppropriationSummary = fiscalAppropriationSummary;
        GeneralPublicBudgetExpenditure = generalPublicBudgetExpenditure;
        BasicExpenditure = basicExpenditure;
        GovernmentFundExpenditure = governmentFundExpenditure;
        StateCapitalExpenditure = stateCapitalExpenditure;
        ThreePublicExpenses = threePublicExpenses;
        Narrative = ValueList.From(narrative);
        OtherMatters = otherMatters ?? OtherMatters.None;
        PerformanceSheets = ValueList.From(performanceSheets);
    }

    /// <summary>The department.</summary>
    public Department Department { get; }

    /// <summary>The fiscal year.</summary>
    public int FiscalYear { get; }

    /// <summary>Budget or final accounts.</summary>
    public DocumentKind Kind { get; }

    /// <summary>T1 收支总表, or null when absent.</summary>
    public IncomeExpenditureSummaryTable? IncomeExpenditureSummary { get; }

    /// <summary>T2 收入总表, or null when absent.</summary>
    public IncomeTable? Income { get; }

    /// <summary>T3 支出总表, or null when absent.</summary>
    public ExpenditureTable? Expenditure { get; }

    /// <summary>T4 财政拨款收支总表, or null when absent.</summary>
    public FiscalAppropriationSummaryTable? FiscalAppropriationSummary { get; }

    /// <summary>T5 一般公共预算支出表, or null when absent.</summary>
    public GeneralPublicBudgetExpenditureTable? GeneralPublicBudgetExpenditure { get; }

    /// <summary>T6 一般公共预算基本支出表, or null when absent.</summary>
    public BasicExpenditureTable? BasicExpenditure { get; }

    /// <summary>T7 政府性基金预算支出表, or null when absent (an empty table with its note is not absent).</summary>
    public GovernmentFundExpenditureTable? GovernmentFundExpenditure { get; }

    /// <summary>T8 国有资本经营预算支出表, or null when absent.</summary>
    public StateCapitalExpenditureTable? StateCapitalExpenditure { get; }

    /// <summary>T9 财政拨款预算“三公”经费支出表, or null when absent.</summary>
    public ThreePublicExpensesTable? ThreePublicExpenses { get; }

    /// <summary>The figures the narrative (情况说明) states, in the order they stand.</summary>
    public IReadOnlyList<NarrativeFigure> Narrative { get; }

    /// <summary>其他重要事项.</summary>
    public OtherMatters OtherMatters { get; }

    /// <summary>The project performance target sheets (项目绩效目标表) attached, in order.</summary>
    public IReadOnlyList<PerformanceSheet> PerformanceSheets { get; }

    /// <summary>The tables that are present, in standard order.</summary>
    public IReadOnlyList<IStandardTable> Tables => ValueList.From(new IStandardTable?[]
    {
        IncomeExpenditureSummary, Income, Expenditure, FiscalAppropriationSummary, GeneralPublicBudgetExpenditure,
        BasicExpenditure, GovernmentFundExpenditure, StateCapitalExpenditure, ThreePublicExpenses,
    }.OfType<IStandardTable>());

    /// <summary>A copy with T1.</summary>
    /// <param name="table">The table, or null to remove it.</param>
    /// <returns>The new budget.</returns>
    public DepartmentBudget WithIncomeExpenditureSummary(IncomeExpenditureSummaryTable? table) => Copy(t1: table);

    /// <summary>A copy with T2.</summary>
    /// <param name="table">The table, or null to remove it.</param>
    /// <returns>The new budget.</returns>
    public DepartmentBudget WithIncome(IncomeTable? table) => Copy(t2: table);

    /// <summary>A copy with T3.</summary>
    /// <param name="table">The table, or null to remove it.</param>
    /// <returns>The new budget.</returns>
    public DepartmentBudget WithExpenditure(ExpenditureTable? table) => Copy(t3: table);

    /// <summary>A copy with T4.</summary>
    /// <param name="table">The table, or null to remove it.</param>
    /// <returns>The new budget.</returns>
    public DepartmentBudget WithFiscalAppropriationSummary(FiscalAppropriationSummaryTable? table) => Copy(t4: table);

    /// <summary>A copy with T5.</summary>
    /// <param name="table">The table, or null to remove it.</param>
    /// <returns>The new budget.</returns>
    public DepartmentBudget WithGeneralPublicBudgetExpenditure(GeneralPublicBudgetExpenditureTable? table) => Copy(t5: table);

    /// <summary>A copy with T6.</summary>
    /// <param name="table">The table, or null to remove it.</param>
    /// <returns>The new budget.</returns>
    public DepartmentBudget WithBasicExpenditure(BasicExpenditureTable? table) => Copy(t6: table);

    /// <summary>A copy with T7.</summary>
    /// <param name="table">The table, or null to remove it.</param>
    /// <returns>The new budget.</returns>
    public DepartmentBudget WithGovernmentFundExpenditure(GovernmentFundExpenditureTable? table) => Copy(t7: table);

    /// <summary>A copy with T8.</summary>
    /// <param name="table">The table, or null to remove it.</param>
    /// <returns>The new budget.</returns>
    public DepartmentBudget WithStateCapitalExpenditure(StateCapitalExpenditureTable? table) => Copy(t8: table);

    /// <summary>A copy with T9.</summary>
    /// <param name="table">The table, or null to remove it.</param>
    /// <returns>The new budget.</returns>
    public DepartmentBudget WithThreePublicExpenses(ThreePublicExpensesTable? table) => Copy(t9: table);

    /// <summary>A copy with other narrative figures.</summary>
    /// <param name="figures">The figures, in the order they stand.</param>
    /// <returns>The new budget.</returns>
    public DepartmentBudget WithNarrative(IEnumerable<NarrativeFigure> figures) => Copy(narrative: ValueList.From(figures));

    /// <summary>A copy with other 其他重要事项.</summary>
    /// <param name="otherMatters">The section.</param>
    /// <returns>The new budget.</returns>
    public DepartmentBudget WithOtherMatters(OtherMatters otherMatters) => Copy(other: otherMatters ?? OtherMatters.None);

    /// <summary>A copy with other performance sheets.</summary>
    /// <param name="sheets">The sheets, in order.</param>
    /// <returns>The new budget.</returns>
    public DepartmentBudget WithPerformanceSheets(IEnumerable<PerformanceSheet> sheets) => Copy(sheets: ValueList.From(sheets));

    /// <summary>A copy for another department, year or kind of document.</summary>
    /// <param name="department">The department.</param>
    /// <param name="fiscalYear">The fiscal year.</param>
    /// <param name="kind">The kind of document.</param>
    /// <returns>The new budget.</returns>
    public DepartmentBudget WithHeader(Department department, int fiscalYear, DocumentKind kind) =>
        new(department, fiscalYear, kind, IncomeExpenditureSummary, Income, Expenditure, FiscalAppropriationSummary, GeneralPublicBudgetExpenditure, BasicExpenditure, GovernmentFundExpenditure, StateCapitalExpenditure, ThreePublicExpenses, Narrative, OtherMatters, PerformanceSheets);

    /// <summary>Department, year, kind and the tables present.</summary>
    /// <returns>For example <c>[117]人力资源社会保障部 2024 部门预算: 9 tables, 71 narrative figures, 20 performance sheets</c>.</returns>
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"{Department} {FiscalYear} {(Kind == DocumentKind.Budget ? "部门预算" : "部门决算")}: {Tables.Count} tables, {Narrative.Count} narrative figures, {PerformanceSheets.Count} performance sheets");

    private DepartmentBudget Copy(
        Optional<IncomeExpenditureSummaryTable> t1 = default,
        Optional<IncomeTable> t2 = default,
        Optional<ExpenditureTable> t3 = default,
        Optional<FiscalAppropriationSummaryTable> t4 = default,
        Optional<GeneralPublicBudgetExpenditureTable> t5 = default,
        Optional<BasicExpenditureTable> t6 = default,
        Optional<GovernmentFundExpenditureTable> t7 = default,
        Optional<StateCapitalExpenditureTable> t8 = default,
        Optional<ThreePublicExpensesTable> t9 = default,
        IReadOnlyList<NarrativeFigure>? narrative = null,
        OtherMatters? other = null,
        IReadOnlyList<PerformanceSheet>? sheets = null) =>
        new(
            Department,
            FiscalYear,
            Kind,
            t1.Or(IncomeExpenditureSummary),
            t2.Or(Income),
            t3.Or(Expenditure),
            t4.Or(FiscalAppropriationSummary),
            t5.Or(GeneralPublicBudgetExpenditure),
            t6.Or(BasicExpenditure),
            t7.Or(GovernmentFundExpenditure),
            t8.Or(StateCapitalExpenditure),
            t9.Or(ThreePublicExpenses),
            narrative ?? Narrative,
            other ?? OtherMatters,
            sheets ?? PerformanceSheets);

    /// <summary>A value that may be given (even as null) or not given at all.</summary>
    private readonly struct Optional<T>
        where T : class
    {
        private readonly T? value;
        private readonly bool given;

        private Optional(T? value)
        {
            this.value = value;
            given = true;
        }

        public static implicit operator Optional<T>(T? value) => new(value);

        public T? Or(T? current) => given ? value : current;
    }
}
