using Budget.Domain.Money;
using Budget.Domain.Performance;
using Budget.Domain.Serialization;
using Budget.Domain.Statements;

namespace Budget.Domain.Tests.Performance;

/// <summary>The Shanghai 财政项目支出绩效目标填报表 next to the central sheet.</summary>
public class ShanghaiSheetTests
{
    // 上海市普陀区万里街道办事处 2023 部门预算, page 31: the funds as printed (元); the indicators' targets are the
    // forms such sheets print.
    private static PerformanceSheet Sheet() =>
        PerformanceSheet.Shanghai(
            "新建万里街道社区公共服务中心",
            "上海市普陀区人民政府万里街道办事处",
            null,
            "上海市普陀区人民政府万里街道办事处",
            AmountUnit.Yuan,
            AmountCell.Of(Amount.FromYuan(4100000.00m)),
            AmountCell.Of(Amount.FromYuan(4100000.00m)),
            AmountCell.Of(Amount.Zero),
            AmountCell.Of(Amount.Zero),
            "完成社区公共服务中心建设",
            [
                new Indicator("产出指标", "数量指标", "建设面积", Target.Parse("≥13459.00(平方米)"), null),
                new Indicator("产出指标", "质量指标", "验收合格率", Target.Parse("=100.00(%)"), null),
                new Indicator("效益指标", "社会效益指标", "服务人次", Target.Parse("=5.00(万人次)"), null),
                new Indicator("满意度指标", "服务对象满意度指标", "居民满意度", Target.Parse("≥80.00(%)"), null),
            ])
            .WithProjectDetails("新增项目", "专项业务类", "建成社区公共服务中心")
            .WithProjectFunds(AmountCell.Of(Amount.FromYuan(4100000.00m)), AmountCell.Of(Amount.FromYuan(4100000.00m)), AmountCell.Of(Amount.Zero));

    [Fact]
    public void A_shanghai_sheet_has_its_unit_details_and_no_points_and_needs_no_department_code()
    {
        var sheet = Sheet();
        Assert.Equal(SheetTemplate.Shanghai, sheet.Template);
        Assert.Equal(AmountUnit.Yuan, sheet.Unit);
        Assert.Null(sheet.Department);
        Assert.Equal("上海市普陀区人民政府万里街道办事处", sheet.DepartmentName);
        Assert.Equal("新增项目", sheet.ProjectNature);
        Assert.Equal("专项业务类", sheet.ProjectCategory);
        Assert.Equal("建成社区公共服务中心", sheet.ProjectGoal);
        Assert.All(sheet.Indicators, i => Assert.Null(i.Points));
        Assert.Equal(0, sheet.IndicatorPoints);
        Assert.Contains("4,100,000.00 元", sheet.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("=100.00(%)", TargetOperator.Exactly, 100)]
    [InlineData("≥80.00(%)", TargetOperator.AtLeast, 80)]
    [InlineData("≥80.00（%）", TargetOperator.AtLeast, 80)]
    public void Bracketed_percentages_parse(string text, TargetOperator op, int percent)
    {
        var target = Assert.IsType<PercentageTarget>(Target.Parse(text));
        Assert.Equal(op, target.Operator);
        Assert.Equal(percent, target.Percent);
        Assert.Equal(text, target.Text);
    }

    [Theory]
    [InlineData("≥13459.00(平方米)", TargetOperator.AtLeast, "13459", "平方米")]
    [InlineData("=5.00(万人次)", TargetOperator.Exactly, "50000", "人次")]
    public void Bracketed_quantities_parse(string text, TargetOperator op, string value, string unit)
    {
        var target = Assert.IsType<QuantityTarget>(Target.Parse(text));
        Assert.Equal(op, target.Operator);
        Assert.Equal(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture), target.Value);
        Assert.Equal(unit, target.Unit);
    }

    [Fact]
    public void A_shanghai_sheet_round_trips_through_json_version_2()
    {
        var disclosure = new Disclosure(new DisclosingBody("上海市普陀区人民政府万里街道办事处", null, DisclosureScope.Department, GovernmentLevel.County, region: "上海市普陀区"), 2023, DocumentKind.Budget)
            .WithPerformanceSheets([Sheet()]);
        var back = BudgetJson.DeserializeDisclosure(BudgetJson.Serialize(disclosure));
        Assert.True(back.Success, back.Error?.ToString());
        Assert.Equal(disclosure, back.Value);
    }
}
