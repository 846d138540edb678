using Budget.Domain.Classification;
using Budget.Domain.Money;
using Budget.Domain.Performance;
using Budget.Domain.Reading;
using Budget.Domain.Statements;
using Budget.Domain.Tests.Performance;
using Budget.Domain.Tests.Statements;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Budget.Domain.Tests.Reading;

/// <summary>Print → read is the identity on the model: the writer prints what the reader reads back exactly.</summary>
public class RoundTripTests
{
    private static readonly Gen<Indicator> Indicators =
        from level in Gen.Elements(("产出指标", "数量指标"), ("产出指标", "时效指标"), ("效益指标", "社会效益指标"), ("满意度指标", "服务对象满意度指标"), ("成本指标", "经济成本指标"))
        from name in Gen.Elements("举办培训班", "完成相关课题研究", "培训合格率", "社会保险基金监管业务培训覆盖人数", "持续扩大覆盖面")
        from suffix in Gen.Choose(1, 999)
        from target in TargetTests.Generated
        from points in Gen.OneOf(Gen.Choose(0, 30).Select(p => (decimal?)p), Gen.Choose(0, 3000).Select(p => (decimal?)(p / 100m)), Gen.Constant<decimal?>(null))
        select new Indicator(level.Item1, level.Item2, name + suffix, target, points);

    private static readonly Gen<PerformanceSheet> Sheets =
        from name in Gen.Elements("人力资源流动管理", "国家表彰奖励", "争议处理能力建设", "国际组织会费")
        from suffix in Gen.Choose(1, 99)
        from fiscal in Gen.Choose(0, 9_999_999)
        from carry in Gen.Choose(0, 999_999)
        from other in Gen.Elements(AmountCell.Empty("-"), AmountCell.Blank, AmountCell.Of(Amount.FromWanYuan(12.5m)))
        from points in Gen.Elements<int?>(10, null)
        from goals in Gen.Choose(0, 4)
        from count in Gen.Choose(0, 12)
        from indicators in Gen.ArrayOf(Indicators, count)
        select new PerformanceSheet(
            name + suffix,
            new Department("117", "人力资源社会保障部"),
            "人力资源和社会保障部本级",
            AmountCell.Of(Amount.FromFen((fiscal + carry) * 100L)),
            AmountCell.Of(Amount.FromFen(fiscal * 100L)),
            AmountCell.Of(Amount.FromFen(carry * 100L)),
            other,
            points,
            string.Join(" ", Enumerable.Range(1, goals).Select(g => $"{g}. 完成第{g}项工作。")),
            indicators);

    private static readonly Gen<DepartmentBudget> Budgets =
        from budget in Gen.OneOf(BudgetGenerators.Consistent, BudgetGenerators.Perturbed.Select(p => p.Budget))
        from sheetCount in Gen.Choose(0, 3)
        from sheets in Gen.ArrayOf(Sheets, sheetCount)
        select budget.WithPerformanceSheets(sheets.DistinctBy(s => s.ProjectName));

    [Fact]
    public void The_seed_budget_prints_and_reads_back_to_itself()
    {
        var budget = MohrssBudget2024.Build();
        string text = DisclosureWriter.Write(budget);
        var read = DisclosureReader.Read(text);
        Assert.Equal(budget, read.Budget);

        // Only what the budget itself holds is reported: indicators without points, and the narrative's 项 name.
        Assert.Equal(["RD019", "RD019", "RD022"], read.Diagnostics.Where(d => d.Code != "RD016").Select(d => d.Code).Order());
        Assert.Equal(text, DisclosureWriter.Write(read.Budget));
    }

    [Property(MaxTest = 150)]
    public Property Print_then_read_is_the_identity() =>
        Prop.ForAll(Budgets.ToArbitrary(), budget =>
        {
            var read = DisclosureReader.Read(DisclosureWriter.Write(budget));
            return (read.Budget == budget).Label($"read back differs:\n{read.Budget}\nvs\n{budget}\n{string.Join("\n", read.Diagnostics)}")
                .And(read.Diagnostics.All(d => d.Code is "RD016" or "RD019" or "RD021").Label(string.Join("\n", read.Diagnostics)));
        });

    [Property(MaxTest = 60)]
    public Property Printing_what_was_read_prints_the_same_text() =>
        Prop.ForAll(Budgets.ToArbitrary(), budget =>
        {
            string text = DisclosureWriter.Write(budget);
            return DisclosureWriter.Write(DisclosureReader.Read(text).Budget) == text;
        });

    [Fact]
    public void Final_accounts_read_back_as_final_accounts()
    {
        var budget = new DepartmentBudget(MohrssBudget2024.Build().Department, 2023, DocumentKind.FinalAccounts)
            .WithExpenditure(MohrssBudget2024.Build().Expenditure);
        string text = DisclosureWriter.Write(budget);
        Assert.StartsWith("# [117]人力资源社会保障部 2023 年度决算\n", text, StringComparison.Ordinal);
        Assert.Equal(budget, DisclosureReader.Read(text).Budget);
    }

    [Fact]
    public void A_document_in_yuan_is_read_in_yuan_without_a_unit_warning()
    {
        string text = MohrssDisclosure.Text.Replace("单位：万元", "单位：元", StringComparison.Ordinal).Replace("单位:万元", "单位:元", StringComparison.Ordinal);
        var result = DisclosureReader.Read(text);
        Assert.Empty(result.DiagnosticsOf("RD011"));
        Assert.All(result.Budget.Tables, t => Assert.Equal(AmountUnit.Yuan, t.Unit));
        Assert.Equal(Amount.FromYuan(479_761.98m), result.Budget.Expenditure!.Total!.Total.Amount);
    }

    [Fact]
    public void The_writer_prints_the_layout_the_reader_reads()
    {
        string text = DisclosureWriter.Write(MohrssBudget2024.Build());
        Assert.StartsWith("# [117]人力资源社会保障部 2024 年度预算\n", text, StringComparison.Ordinal);
        Assert.Contains("## 支出总表\n\n单位：万元\n\n科目编码\t科目名称\t合计\t基本支出\t项目支出\t上缴上级支出\t事业单位经营支出\t对附属单位补助支出\n201\t一般公共服务支出\t457.89\t\t457.89\t\t\t\n", text, StringComparison.Ordinal);
        Assert.Contains("上年结转 44,423.56 万元，占收入预算的 9.26%。", text, StringComparison.Ordinal);
        Assert.Contains("一般公共预算当年拨款比2023年执行数增加 209,329.77 万元，增长 93.59%。", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\r", text, StringComparison.Ordinal);
    }
}
