using Budget.Domain.Money;

namespace Budget.Domain.Statements;

/// <summary>The nine standard tables of a department budget, in their standard order.</summary>
public enum TableKind
{
    /// <summary>T1 收支总表 (income and expenditure summary).</summary>
    IncomeExpenditureSummary = 1,

    /// <summary>T2 收入总表 (income).</summary>
    Income = 2,

    /// <summary>T3 支出总表 (expenditure by function).</summary>
    Expenditure = 3,

    /// <summary>T4 财政拨款收支总表 (fiscal appropriation income and expenditure summary).</summary>
    FiscalAppropriationSummary = 4,

    /// <summary>T5 一般公共预算支出表 (general public budget expenditure).</summary>
    GeneralPublicBudgetExpenditure = 5,

    /// <summary>T6 一般公共预算基本支出表 (general public budget basic expenditure by economic class).</summary>
    BasicExpenditure = 6,

    /// <summary>T7 政府性基金预算支出表 (government fund budget expenditure).</summary>
    GovernmentFundExpenditure = 7,

    /// <summary>T8 国有资本经营预算支出表 (state capital operations budget expenditure).</summary>
    StateCapitalExpenditure = 8,

    /// <summary>T9 财政拨款预算“三公”经费支出表 (the three public expenses).</summary>
    ThreePublicExpenses = 9,
}

/// <summary>What every standard table offers to generic code (exports, reports): its kind, unit, note and rows.</summary>
public interface IStandardTable
{
    /// <summary>Which of the nine tables this is.</summary>
    TableKind Kind { get; }

    /// <summary>The unit the table states.</summary>
    AmountUnit Unit { get; }

    /// <summary>The note printed with the table, or null.</summary>
    string? Note { get; }

    /// <summary>Every row in printed order, totals and summary lines included.</summary>
    IReadOnlyList<BudgetRow> AllRows { get; }
}

/// <summary>Names of the tables.</summary>
public static class TableKinds
{
    /// <summary>The Chinese title as the seed prints it, for example <c>一般公共预算支出表</c>.</summary>
    /// <param name="kind">The table.</param>
    /// <returns>The title.</returns>
    public static string ChineseTitle(this TableKind kind) => kind switch
    {
        TableKind.IncomeExpenditureSummary => "收支总表",
        TableKind.Income => "收入总表",
        TableKind.Expenditure => "支出总表",
        TableKind.FiscalAppropriationSummary => "财政拨款收支总表",
        TableKind.GeneralPublicBudgetExpenditure => "一般公共预算支出表",
        TableKind.BasicExpenditure => "一般公共预算基本支出表",
        TableKind.GovernmentFundExpenditure => "政府性基金预算支出表",
        TableKind.StateCapitalExpenditure => "国有资本经营预算支出表",
        TableKind.ThreePublicExpenses => "财政拨款预算“三公”经费支出表",
        _ => kind.ToString(),
    };

    /// <summary>A stable key, used in JSON: <c>incomeExpenditureSummary</c> … <c>threePublicExpenses</c>.</summary>
    /// <param name="kind">The table.</param>
    /// <returns>The key.</returns>
    public static string Key(this TableKind kind) => kind switch
    {
        TableKind.IncomeExpenditureSummary => "incomeExpenditureSummary",
        TableKind.Income => "income",
        TableKind.Expenditure => "expenditure",
        TableKind.FiscalAppropriationSummary => "fiscalAppropriationSummary",
        TableKind.GeneralPublicBudgetExpenditure => "generalPublicBudgetExpenditure",
        TableKind.BasicExpenditure => "basicExpenditure",
        TableKind.GovernmentFundExpenditure => "governmentFundExpenditure",
        TableKind.StateCapitalExpenditure => "stateCapitalExpenditure",
        TableKind.ThreePublicExpenses => "threePublicExpenses",
        _ => kind.ToString(),
    };
}
