using Budget.Domain.Classification;
using Budget.Domain.Money;
using Budget.Domain.Statements;

namespace Budget.Domain.Tests.Statements;

public class StatementModelTests
{
    private static readonly DepartmentBudget Budget = MohrssBudget2024.Build();

    private static AmountCell Wan(decimal value) => AmountCell.Of(Amount.FromWanYuan(value));

    private static FunctionalCode F(string code) => FunctionalCode.Parse(code).Value;

    private static ExpenditureRow Row(string code, string name, decimal total) =>
        new(F(code), name, Wan(total), Wan(total), AmountCell.Blank, AmountCell.Blank, AmountCell.Blank, AmountCell.Blank);

    [Fact]
    public void Two_rows_with_the_same_code_are_a_construction_error()
    {
        var error = Assert.Throws<ArgumentException>(() => new ExpenditureTable(AmountUnit.WanYuan, [Row("208", "社会保障和就业支出", 1m), Row("208", "重复", 2m)], null, null));
        Assert.Contains("Two rows have the code 208: \"社会保障和就业支出\" and \"重复\"", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Structural_impossibilities_are_construction_errors()
    {
        Assert.Throws<ArgumentException>(() => new ExpenditureTable(AmountUnit.WanYuan, [ExpenditureRow.TotalRow(new AmountCell[6])], null, null));
        Assert.Throws<ArgumentException>(() => new ExpenditureTable(AmountUnit.WanYuan, [], Row("208", "x", 1m), null));
        Assert.Throws<ArgumentException>(() => ExpenditureRow.TotalRow([Wan(1m)]));
        Assert.Throws<ArgumentException>(() => Row("208", "x", 1m).WithCell(BasicExpenditureRow.ColumnList[1], Wan(1m)));
    }

    [Fact]
    public void Arithmetic_inconsistencies_are_not_construction_errors()
    {
        // 类 208 of 1.00 with a 款 of 5.00: validation reports it; the model holds what was printed.
        var table = new ExpenditureTable(AmountUnit.WanYuan, [Row("208", "社会保障和就业支出", 1m), Row("20801", "人力资源和社会保障管理事务", 5m)], null, null);
        Assert.Equal(2, table.Rows.Count);
    }

    [Fact]
    public void Budgets_have_value_equality_all_the_way_down()
    {
        var again = MohrssBudget2024.Build();
        Assert.NotSame(Budget, again);
        Assert.Equal(Budget, again);
        Assert.Equal(Budget.GetHashCode(), again.GetHashCode());

        var t3 = Budget.Expenditure!;
        var changed = t3.WithRow(t3.Find(F("2080101"))!.WithCell(ExpenditureRow.ColumnList[1], Wan(13_838.77m)));
        Assert.NotEqual(Budget, Budget.WithExpenditure(changed));
        Assert.Equal(Budget, Budget.WithExpenditure(changed).WithExpenditure(t3));

        // blank is not 0.00
        var zeroed = t3.WithTotal(t3.Total!.WithCell(ExpenditureRow.ColumnList[3], Wan(0m)));
        Assert.NotEqual(t3, zeroed);
        Assert.Equal(t3.Total.RemittedToSuperior.Amount, zeroed.Total!.RemittedToSuperior.Amount);
    }

    [Fact]
    public void WithX_copies_and_leaves_the_original_alone()
    {
        var withoutT7 = Budget.WithGovernmentFundExpenditure(null);
        Assert.Null(withoutT7.GovernmentFundExpenditure);
        Assert.NotNull(Budget.GovernmentFundExpenditure);
        Assert.Equal(8, withoutT7.Tables.Count);
        var moved = Budget.WithHeader(new Department("117", "人力资源社会保障部"), 2025, DocumentKind.FinalAccounts);
        Assert.Equal(2025, moved.FiscalYear);
        Assert.Equal(Budget.Expenditure, moved.Expenditure);
        Assert.Equal(Budget.Narrative, Budget.WithNarrative(Budget.Narrative.ToList()).Narrative);
        Assert.Equal(Budget, Budget.WithNarrative(Budget.Narrative.ToList()));
        Assert.Equal("[117]人力资源社会保障部 2024 部门预算: 9 tables, 71 narrative figures, 20 performance sheets", Budget.ToString());
    }

    [Fact]
    public void Rows_by_level_by_prefix_and_by_code()
    {
        var t3 = Budget.Expenditure!;
        Assert.Equal(["201", "202", "206", "208", "211", "221"], t3.AtLevel(CodeLevel.Class).Select(r => r.Code.Value));
        Assert.Equal(8, t3.AtLevel(CodeLevel.Section).Count);
        Assert.Equal(22, t3.AtLevel(CodeLevel.Item).Count);
        Assert.Equal(["20805", "2080503", "2080505", "2080506"], t3.Under(F("20805")).Select(r => r.Code.Value));
        Assert.Equal(16, t3.Under(F("208")).Count);
        Assert.Empty(t3.Under(F("210")));
        Assert.Null(t3.Find(F("2101101")));
        Assert.NotNull(Budget.GeneralPublicBudgetExpenditure!.Find(F("2101101")));
    }

    [Fact]
    public void The_functional_hierarchy_as_a_tree()
    {
        var tree = Budget.Expenditure!.Tree();
        Assert.Equal(["201", "202", "206", "208", "211", "221"], tree.Select(n => n.Row.Code.Value));
        var social = tree.Single(n => n.Row.Code.Value == "208");
        Assert.Equal(["20801", "20805"], social.Children.Select(n => n.Row.Code.Value));
        Assert.Equal(10, social.Children[0].Children.Count);
        Assert.Empty(social.Children[0].Children[0].Children);
        Assert.Equal(36, Flatten(tree).Count());
        Assert.Equal("208 社会保障和就业支出 (2 below)", social.ToString());

        static IEnumerable<RowNode<ExpenditureRow>> Flatten(IEnumerable<RowNode<ExpenditureRow>> nodes) =>
            nodes.SelectMany(n => Flatten(n.Children).Prepend(n));
    }

    [Fact]
    public void Totals_and_cells_by_column_key()
    {
        var total = Budget.Expenditure!.Total!;
        Assert.True(total.TryGetCell("project", out var project));
        Assert.Equal(Wan(460_573.87m), project);
        Assert.False(total.TryGetCell("nope", out var none));
        Assert.True(none.IsEmpty);
        Assert.Equal("基本支出", ExpenditureRow.ColumnList[1].ChineseName);
        Assert.Equal(37, Budget.Expenditure.AllRows.Count);
        Assert.Equal(19, Budget.IncomeExpenditureSummary!.AllRows.Count);
    }

    [Fact]
    public void Tables_may_be_stated_in_yuan()
    {
        // Shanghai publishes in 元: the unit is part of the table, the amounts are the same amounts.
        var inYuan = Budget.Expenditure!.WithUnit(AmountUnit.Yuan);
        Assert.Equal(AmountUnit.Yuan, inYuan.Unit);
        Assert.Equal(Budget.Expenditure.Total!.Total, inYuan.Total!.Total);
        Assert.NotEqual(Budget.Expenditure, inYuan);
        Assert.StartsWith("ExpenditureTable: 36 rows, 单位：元, 合计 4,797,619,800.00", inYuan.ToString(), StringComparison.Ordinal);
    }
}
