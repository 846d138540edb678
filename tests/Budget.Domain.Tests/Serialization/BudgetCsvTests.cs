using System.Globalization;
using Budget.Domain.Money;
using Budget.Domain.Serialization;
using Budget.Domain.Statements;
using Budget.Domain.Tests.Statements;
using CsvHelper;
using CsvHelper.Configuration;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Budget.Domain.Tests.Serialization;

public class BudgetCsvTests
{
    private static readonly DepartmentBudget Seed = MohrssBudget2024.Build();

    private static List<string[]> ReadBack(string csv)
    {
        using var parser = new CsvParser(new StringReader(csv), new CsvConfiguration(CultureInfo.InvariantCulture) { HasHeaderRecord = false });
        var records = new List<string[]>();
        while (parser.Read())
        {
            records.Add(parser.Record!);
        }

        return records;
    }

    /// <summary>Counts the figures of a budget's tables by walking its typed tables, not the generic rows the exporter uses.</summary>
    private static int Figures(DepartmentBudget b)
    {
        static int Count(IEnumerable<AmountCell> cells) => cells.Count(c => c.HasAmount);
        int n = 0;
        if (b.IncomeExpenditureSummary is { } t1)
        {
            n += Count(t1.IncomeItems.Select(l => l.Amount).Concat(t1.ExpenditureItems.Select(l => l.Amount))
                .Concat([t1.CurrentYearIncome, t1.UnusedNonFiscalBalance, t1.CarryOver, t1.IncomeTotal, t1.CurrentYearExpenditure, t1.CarryForward, t1.ExpenditureTotal]));
        }

        if (b.FiscalAppropriationSummary is { } t4)
        {
            n += Count(t4.ExpenditureItems.Select(l => l.Amount).Concat([
                t4.CurrentYearIncome, t4.CurrentYearIncomeByFund.GeneralPublicBudget, t4.CurrentYearIncomeByFund.GovernmentFund, t4.CurrentYearIncomeByFund.StateCapitalOperations,
                t4.CarryOver, t4.CarryOverByFund.GeneralPublicBudget, t4.CarryOverByFund.GovernmentFund, t4.CarryOverByFund.StateCapitalOperations,
                t4.IncomeTotal, t4.CurrentYearExpenditure, t4.CarryForward, t4.ExpenditureTotal]));
        }

        var rows = new List<BudgetRow>();
        rows.AddRange(b.Income?.Rows ?? []);
        rows.AddRange(b.Expenditure?.Rows.Append(b.Expenditure.Total).OfType<BudgetRow>() ?? []);
        rows.AddRange(b.GeneralPublicBudgetExpenditure?.Rows.Append(b.GeneralPublicBudgetExpenditure.Total).OfType<BudgetRow>() ?? []);
        rows.AddRange(b.BasicExpenditure?.Rows.Append(b.BasicExpenditure.Total).OfType<BudgetRow>() ?? []);
        rows.AddRange(b.GovernmentFundExpenditure?.Rows.Append(b.GovernmentFundExpenditure.Total).OfType<BudgetRow>() ?? []);
        rows.AddRange(b.StateCapitalExpenditure?.Rows.Append(b.StateCapitalExpenditure.Total).OfType<BudgetRow>() ?? []);
        if (b.ThreePublicExpenses is { } t9)
        {
            rows.Add(t9.Row);
        }

        return n + rows.Sum(r => Count(r.Cells) + r.Rates.Count(x => x.IsApplicable));
    }

    [Fact]
    public void The_seed_exports_one_record_per_figure_in_long_form()
    {
        string csv = BudgetCsv.Export(Seed);
        var records = ReadBack(csv);
        Assert.Equal(["table", "row_code", "row_name", "column", "amount", "unit"], records[0]);
        Assert.Equal(Figures(Seed), records.Count - 1);
        Assert.Equal(Figures(Seed), BudgetCsv.Export(Seed, new StringWriter()));
        Assert.Contains(records, r => r.SequenceEqual(["支出总表", "2080101", "行政运行", "基本支出", "13838.76", "万元"]));
        Assert.Contains(records, r => r.SequenceEqual(["一般公共预算支出表", "", "合计", "增减(%)", "93.59", "%"]));
        Assert.Contains(records, r => r.SequenceEqual(["收支总表", "", "收入总计", "预算数", "479761.98", "万元"]));
        Assert.Contains(records, r => r.SequenceEqual(["一般公共预算支出表", "2101101", "行政单位医疗", "增减额", "-140.00", "万元"]));
        Assert.DoesNotContain(records, r => r[0] == "政府性基金预算支出表");
    }

    [Fact]
    public void Names_with_commas_quotes_and_newlines_are_quoted()
    {
        var row = new ExpenditureRow(
            Budget.Domain.Classification.FunctionalCode.Parse("208").Value, "社会保障,\"就业\"\n支出",
            AmountCell.Of(Amount.FromWanYuan(1m)), default, default, default, default, default);
        var budget = new DepartmentBudget(Seed.Department, 2024, DocumentKind.Budget)
            .WithExpenditure(new ExpenditureTable(AmountUnit.WanYuan, [row], null, null));
        var records = ReadBack(BudgetCsv.Export(budget));
        Assert.Equal(2, records.Count);
        Assert.Equal(["支出总表", "208", "社会保障,\"就业\"\n支出", "合计", "1.00", "万元"], records[1]);
    }

    [Property(MaxTest = 60)]
    public Property The_record_count_is_the_number_of_non_blank_cells() =>
        Prop.ForAll(BudgetGenerators.Perturbed.ToArbitrary(), p =>
            ReadBack(BudgetCsv.Export(p.Budget)).Count - 1 == Figures(p.Budget));
}
