using Budget.Domain.Money;
using Budget.Domain.Statements;
using Budget.Domain.Tables;

namespace Budget.Domain.Tests.Tables;

/// <summary>Every table of the eight corpus documents, built through the public API with every printed column.</summary>
public class CorpusTableTests
{
    public static TheoryData<string> Documents => new(CorpusDocuments.Names);

    [Theory]
    [MemberData(nameof(Documents))]
    public void Every_title_has_a_schema_every_header_a_column_and_every_row_a_key(string name)
    {
        var built = CorpusDocuments.Build(name);
        Assert.Empty(built.Problems);
        Assert.Equal(built.Titles.Count, built.Disclosure.Tables.Count);
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void The_built_tables_hold_every_printed_figure_exactly(string name)
    {
        var built = CorpusDocuments.Build(name);
        foreach (var cell in built.Cells)
        {
            var table = built.Disclosure.Tables[cell.Table];
            var held = table.Rows[cell.Row][cell.Column];
            Assert.True(held.Amount.HasAmount, $"{table.Title} row {cell.Row} {cell.Column}");
            Assert.Equal(Amount.Parse(cell.Value, table.Unit).Value, held.Amount.Amount);
            Assert.Equal(decimal.Parse(cell.Value, System.Globalization.CultureInfo.InvariantCulture), held.Amount.Amount.ToDecimal(table.Unit));
        }

        // Every printed figure is one fact, counted independently of the enumerator.
        Assert.Equal(built.Cells.Count, built.Disclosure.Facts.Count);
    }

    [Theory]
    [InlineData("putuo-commerce-2025-budget", "2025年部门财务收支预算总表", "budget.local.summary")]
    [InlineData("putuo-welfare-home-2024-unit-budget", "2024年预算单位财务收支预算总表", "budget.local.unit.summary")]
    [InlineData("putuo-welfare-home-2024-unit-budget", "单位“三公”经费和机关运行经费预算表", "budget.local.threePublicExpenses")]
    [InlineData("putuo-wanli-2023-budget", "2023年部门一般公共预算基本支出部门预算经济分类预算表", "budget.local.basicExpenditure")]
    [InlineData("swu-2023-budget", "西南大学收支预算总表", "university.budget.summary")]
    [InlineData("swu-2023-budget", "西南大学财政拨款支出预算表", "university.budget.fiscalExpenditure")]
    [InlineData("putuo-social-work-2024-final-accounts", "一般公共预算财政拨款支出决算表", "final.generalPublicBudgetExpenditure")]
    [InlineData("putuo-social-work-2024-final-accounts", "财政拨款收入支出决算总表", "final.fiscalSummary")]
    [InlineData("putuo-planning-resources-2024-final-accounts", "一般公共预算财政拨款基本支出决算表", "final.basicExpenditure")]
    public void A_printed_title_finds_its_template_s_schema(string name, string title, string id)
    {
        var built = CorpusDocuments.Build(name);
        var table = Assert.Single(built.Disclosure.Tables, t => t.Title == title);
        Assert.Equal(id, table.Schema.Id);
    }

    [Fact]
    public void The_facts_of_a_final_accounts_table_carry_their_meaning()
    {
        var disclosure = CorpusDocuments.Build("putuo-social-work-2024-final-accounts").Disclosure;
        var basic = disclosure.Facts.Single(f => f.Table == "final.expenditure" && f.Row == RowKey.Line("total") && f.Column == "basic");
        Assert.Equal(Measure.Final, basic.Measure);
        Assert.Equal(SpendingNature.Basic, basic.Nature);
        Assert.Equal(FundSource.All, basic.Source);
        Assert.Equal(2024, basic.Year);
        Assert.Equal(Amount.FromWanYuan(105.58m), basic.Amount);
        Assert.Equal(AmountUnit.WanYuan, basic.Unit);
        Assert.True(basic.Location.Page > 0);
    }

    [Fact]
    public void Two_sided_tables_keep_each_side_and_the_lines_under_a_line()
    {
        var table = CorpusDocuments.Build("putuo-planning-resources-2024-final-accounts").Disclosure.Table("final.fiscalSummary")!;
        Assert.Contains(table.Rows, r => r.Key == RowKey.Line("carryOver.generalPublicBudget", RowSide.Income, "carryOver"));
        Assert.Contains(table.Rows, r => r.Key == RowKey.Line("generalPublicBudget", RowSide.Income));
        Assert.Contains(table.Rows, r => r.Key.Kind == RowKind.ClassLine && r.Key.Side == RowSide.Expenditure);
        Assert.Contains(table.Rows, r => r.Key == RowKey.Line("expenditureTotal", RowSide.Expenditure));
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void Empty_tables_are_empty_with_their_note(string name)
    {
        foreach (var table in CorpusDocuments.Build(name).Disclosure.Tables.Where(t => t.Rows.Count == 0))
        {
            Assert.True(table.IsEmpty);
            Assert.False(string.IsNullOrEmpty(table.Note), table.Title);
        }
    }
}
