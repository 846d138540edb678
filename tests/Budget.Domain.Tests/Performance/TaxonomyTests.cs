using Budget.Domain.Performance;

namespace Budget.Domain.Tests.Performance;

public class TaxonomyTests
{
    [Theory]
    [InlineData("数量指标", "产出指标")]
    [InlineData("时效指标", "产出指标")]
    [InlineData("社会效益指标", "效益指标")]
    [InlineData("可持续影响指标", "效益指标")]
    [InlineData("服务对象满意度指标", "满意度指标")]
    [InlineData("经济成本指标", "成本指标")]
    [InlineData("生态环境成本指标", "成本指标")]
    [InlineData(" 质量 指标 ", "产出指标")]
    public void A_level_2_name_implies_its_level_1(string level2, string level1) =>
        Assert.Equal(level1, IndicatorTaxonomy.Level1Of(level2));

    [Fact]
    public void Unknown_names_and_level_1_names_are_told_apart()
    {
        Assert.Null(IndicatorTaxonomy.Level1Of("产出指标"));
        Assert.Null(IndicatorTaxonomy.Level1Of("数量"));
        Assert.True(IndicatorTaxonomy.IsLevel1("效益指标"));
        Assert.False(IndicatorTaxonomy.IsLevel1("数量指标"));
        Assert.Equal(["产出指标", "效益指标", "满意度指标", "成本指标"], IndicatorTaxonomy.Level1Names);
        Assert.Equal(["数量指标", "质量指标", "时效指标"], IndicatorTaxonomy.Level2NamesOf("产出指标"));
        Assert.Empty(IndicatorTaxonomy.Level2NamesOf("x"));
    }
}
