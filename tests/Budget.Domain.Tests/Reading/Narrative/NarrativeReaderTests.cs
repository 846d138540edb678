using Budget.Domain.Money;
using Budget.Domain.Reading;
using Budget.Domain.Reading.Narrative;
using Budget.Domain.Statements;
using Budget.Domain.Tables;

namespace Budget.Domain.Tests.Reading.Narrative;

/// <summary>The narrative stage both readers share, on the clause forms of the PDF layouts.</summary>
public sealed class NarrativeReaderTests
{
    private static (List<NarrativeFigure> Figures, OtherMatters Matters, List<ReadDiagnostic> Diagnostics) Read(params (string Section, string Text)[] paragraphs)
    {
        var diagnostics = new List<ReadDiagnostic>();
        var reader = new NarrativeReader(["上海市普陀区某局"], diagnostics.Add);
        foreach (var (section, text) in paragraphs)
        {
            reader.Read(section, NarrativeText.IsOtherMattersTopic(section), text, SourceLocation.OnPage(3, 10, 20, 30, 40));
        }

        var rows = new[] { ("201", "一般公共服务支出"), ("20113", "商贸事务"), ("2011301", "行政运行") };
        return (reader.Figures(rows), reader.OtherMatters(), diagnostics);
    }

    [Fact]
    public void A_base_named_with_与_相比_in_a_clause_of_its_own_is_the_base_of_the_change_after_it()
    {
        var (figures, _, diagnostics) = Read(("收入支出决算总体情况说明", "2024年度收入支出总计9859.38万元。与2023年度相比，收入支出总计增加1062.85万元，增长12.08%。"));
        var change = Assert.Single(figures, f => f.Kind == FigureKind.Change);
        Assert.Equal("收入支出总计", change.Subject);
        Assert.Equal("2023年度", change.Basis);
        Assert.Equal(Amount.FromWanYuan(1062.85m), change.Amount);
        Assert.Equal(Rate.Parse("12.08%").Value, change.Rate);
        Assert.DoesNotContain(diagnostics, d => d.Code == "RD023");
    }

    [Fact]
    public void A_path_named_alone_is_the_subject_of_the_clauses_after_it_and_gets_its_code()
    {
        var (figures, _, _) = Read(("预算编制说明", "1.“一般公共服务支出（类）商贸事务（款）行政运行（项）”：2023年当年预算执行数为900.00万元，2024年预算安排938.99万元。"));
        Assert.Equal(2, figures.Count);
        Assert.All(figures, f => Assert.Equal("2011301", f.Code));
        Assert.EndsWith("执行数", figures[0].Subject, StringComparison.Ordinal);
        Assert.Equal(Amount.FromWanYuan(938.99m), figures[1].Amount);
        Assert.Equal(SourceLocation.OnPage(3, 10, 20, 30, 40), figures[1].Location);
    }

    [Fact]
    public void A_completion_rate_is_the_share_of_the_amount_before_it_in_its_base()
    {
        var (figures, _, _) = Read(("一般公共预算财政拨款支出决算具体情况", "年初预算为452.40万元，支出决算为446.11万元，完成年初预算的98.61%。"));
        var share = Assert.Single(figures, f => f.Kind == FigureKind.Share);
        Assert.Equal("支出决算", share.Subject);
        Assert.Equal("年初预算", share.Basis);
        Assert.Equal(Rate.Parse("98.61%").Value, share.Rate);
    }

    [Fact]
    public void An_amount_in_a_parenthesis_is_the_parenthesis_s_own()
    {
        var (figures, _, _) = Read(("“三公”经费支出决算情况说明", "国内公务接待支出0.39万（含外宾接待支出0.00万元）。"));
        Assert.Equal("外宾接待支出", Assert.Single(figures).Subject);
    }

    [Fact]
    public void Other_matters_take_a_procurement_total_without_总额_and_the_count_of_projects_with_targets()
    {
        var (_, matters, _) = Read(
            ("政府采购预算情况", "2025年度本部门政府采购预算38.20万元，其中：政府采购货物预算7.80万元、政府采购工程预算0万元、政府采购服务预算30.40万元。"),
            ("绩效目标设置情况", "2025年度，本部门编报绩效目标的项目共25个，涉及项目预算资金11381.60万元。"));
        Assert.Equal(AmountCell.Of(Amount.FromWanYuan(38.20m)), matters.ProcurementTotal);
        Assert.Equal(AmountCell.Of(Amount.FromWanYuan(7.80m)), matters.ProcurementGoods);
        Assert.Equal(AmountCell.Of(Amount.FromWanYuan(30.40m)), matters.ProcurementServices);
        Assert.Equal(25, matters.StatedPerformanceSheetCount);
        Assert.Equal(AmountCell.Of(Amount.FromWanYuan(11381.60m)), matters.PerformanceCoveredAmount);
    }

    [Fact]
    public void The_vehicles_held_are_not_added_to_the_vehicles_to_be_bought()
    {
        var (_, matters, _) = Read(
            ("国有资产占有使用情况", "截至2024年8月31日，本部门共有车辆8辆，其中：机要通信用车0辆、其他用车8辆；单价100万元（含）以上设备（不含车辆）0台（套）。"),
            ("国有资产占有使用情况", "2025年部门预算安排购置车辆1辆，其中：机要通信用车0辆、其他用车1辆。"));
        Assert.Equal(8, matters.VehicleTotal);
        Assert.Equal(8, matters.VehicleCategories.Sum(c => c.Count));
        Assert.Equal(new DateOnly(2024, 8, 31), matters.VehiclesAsOf);
    }

    [Fact]
    public void Flat_against_a_base_with_比_takes_the_subject_of_the_clause_before()
    {
        var (figures, _, diagnostics) = Read(("“三公”经费预算情况说明", "（一）、因公出国（境）费0万元，比2022年预算持平。"));
        var flat = Assert.Single(figures, f => f.Kind == FigureKind.Change);
        Assert.Equal(ChangeDirection.Flat, flat.Direction);
        Assert.Equal("因公出国（境）费", flat.Subject);
        Assert.Equal("2022年预算", flat.Basis);
        Assert.DoesNotContain(diagnostics, d => d.Code == "RD023");
    }

    [Fact]
    public void A_comma_inside_a_short_parenthesis_does_not_end_the_clause()
    {
        var (figures, _, diagnostics) = Read(("预算编制说明", "财政拨款收入16497.86万元，比2022年（上一年度，下同）预算增加1421.25万元；"));
        var change = Assert.Single(figures, f => f.Kind == FigureKind.Change);
        Assert.Equal("财政拨款收入", change.Subject);
        Assert.Equal(Amount.FromWanYuan(1421.25m), change.Amount);
        Assert.DoesNotContain(diagnostics, d => d.Code == "RD023");
    }

    [Fact]
    public void Shares_after_a_clause_naming_their_whole_are_shares_of_it()
    {
        var (figures, _, _) = Read(("“三公”经费财政拨款支出决算情况说明", "“三公”经费财政拨款支出决算中，因公出国（境）费支出决算0.00万元，占0.00%；公务接待费支出决算0.39万元，占100.00%。"));
        Assert.All(figures.Where(f => f.Kind == FigureKind.Share), f => Assert.Equal("“三公”经费财政拨款支出决算", f.Basis));
        Assert.Equal(2, figures.Count(f => f.Kind == FigureKind.Share));
    }

    [Fact]
    public void Shares_after_其中_are_shares_of_the_amount_before_it()
    {
        var (figures, _, _) = Read(("收入预算情况说明", "收入预算557,259.13万元，其中：财政拨款收入230,876.38万元，占41.43%；事业收入122,342.73万元，占21.95%。"));
        Assert.All(figures.Where(f => f.Kind == FigureKind.Share), f => Assert.Equal("收入预算", f.Basis));
        Assert.Equal(2, figures.Count(f => f.Kind == FigureKind.Share));
    }
}
