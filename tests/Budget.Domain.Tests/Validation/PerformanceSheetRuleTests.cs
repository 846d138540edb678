using Budget.Domain.Classification;
using Budget.Domain.Money;
using Budget.Domain.Performance;
using Budget.Domain.Tests.Performance;
using Budget.Domain.Validation;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Budget.Domain.Tests.Validation;

/// <summary>A passing and a failing fixture for every PS rule, named after it, and the seed's real findings.</summary>
public class PerformanceSheetRuleTests
{
    private static readonly IReadOnlyList<PerformanceSheet> Seed = MohrssSheets2024.Build();

    /// <summary>A consistent sheet: 100.00 = 80.00 + 20.00 + -, points 40 + 50 + 10.</summary>
    internal static readonly PerformanceSheet Good = new(
        "示例项目",
        new Department("117", "人力资源社会保障部"),
        "本级",
        Wan(100m),
        Wan(80m),
        Wan(20m),
        AmountCell.Empty("-"),
        10,
        "1. 第一。2. 第二。",
        [
            new Indicator("产出指标", "数量指标", "举办培训班", Target.Parse("≥1个"), 40),
            new Indicator("成本指标", "经济成本指标", "培训成本", Target.Parse("≤60万元"), 20),
            new Indicator("满意度指标", "服务对象满意度指标", "学员满意度", Target.Parse("≥90%"), 30),
        ]);

    private static AmountCell Wan(decimal value) => AmountCell.Of(Amount.FromWanYuan(value));

    private static IEnumerable<string> Ids(PerformanceSheet sheet) => PerformanceSheetChecks.Check(sheet).Select(f => f.RuleId);

    [Fact]
    public void A_consistent_sheet_has_no_finding() => Assert.Empty(PerformanceSheetChecks.Check(Good));

    [Fact]
    public void PS001_funds_must_add_up()
    {
        Assert.DoesNotContain("PS001", Ids(Good.WithFunds(Wan(100.01m), Wan(80m), Wan(20m), AmountCell.Empty("-"))));
        var finding = Assert.Single(PerformanceSheetChecks.Check(Good.WithFunds(Wan(100.51m), Wan(80m), Wan(20m), AmountCell.Empty("-"))));
        Assert.Equal("PS001", finding.RuleId);
        Assert.Equal(("100.51 万元", "100.00 万元", "0.51 万元", "0.015 万元"), (finding.Stated, finding.Expected, finding.Difference, finding.Evidence.Envelope));

        // Figures printed without decimals are ± 0.5 万元 each: 101 = 80 + 20 + (a dash) is within rounding.
        Assert.DoesNotContain("PS001", Ids(Good.WithFunds(Wan(101m), Wan(80m), Wan(20m), AmountCell.Empty("-"))));
        Assert.Contains("PS001", Ids(Good.WithFunds(Wan(102m), Wan(80m), Wan(20m), AmountCell.Empty("-"))));
        Assert.Equal("示例项目", finding.Subject);
    }

    [Fact]
    public void PS002_points_must_add_up_to_100()
    {
        var finding = Assert.Single(PerformanceSheetChecks.Check(Good.WithExecutionRatePoints(5)));
        Assert.Equal(("PS002", "95", "100", "-5"), (finding.RuleId, finding.Stated, finding.Expected, finding.Difference));
        Assert.Equal(Severity.Error, finding.Severity);
    }

    [Fact]
    public void PS003_an_indicator_without_points_is_reported_not_taken_as_zero()
    {
        var sheet = Good.WithIndicators([.. Good.Indicators.Take(2), Good.Indicators[2].WithPoints(null)]);
        Assert.Equal(["PS002", "PS003"], Ids(sheet).Order());
        Assert.Equal("示例项目 / 学员满意度", PerformanceSheetChecks.Check(sheet).Single(f => f.RuleId == "PS003").Subject);
        Assert.DoesNotContain("PS003", Ids(Good));
    }

    [Theory]
    [InlineData("效益指标", "数量指标", "数量指标 belongs to 产出指标, not to 效益指标.")]
    [InlineData("产出指标", "数量", "\"数量\" is not a level-2 name (二级指标).")]
    [InlineData("绩效指标", "数量指标", "\"绩效指标\" is not a level-1 name (一级指标).")]
    [InlineData(null, "数量指标", "\"\" is not a level-1 name (一级指标).")]
    public void PS004_the_level_2_name_must_belong_to_the_level_1_name(string? level1, string level2, string message)
    {
        var sheet = Good.WithIndicators([Good.Indicators[0].WithLevels(level1, level2), .. Good.Indicators.Skip(1)]);
        var finding = Assert.Single(PerformanceSheetChecks.Check(sheet));
        Assert.Equal("PS004", finding.RuleId);
        Assert.Equal(message, finding.Message);
    }

    [Fact]
    public void PS005_a_cost_target_above_the_total_funds()
    {
        Assert.DoesNotContain("PS005", Ids(Good.WithIndicators([Good.Indicators[0], Good.Indicators[1].WithTarget(Target.Parse("≤100万元")), Good.Indicators[2]])));
        var finding = Assert.Single(PerformanceSheetChecks.Check(Good.WithIndicators([Good.Indicators[0], Good.Indicators[1].WithTarget(Target.Parse("≤115万元")), Good.Indicators[2]])));
        Assert.Equal(("PS005", "115.00 万元", "100.00 万元", "15.00 万元"), (finding.RuleId, finding.Stated, finding.Expected, finding.Difference));
    }

    [Fact]
    public void PS006_two_indicators_with_one_name_under_one_level_2()
    {
        var first = Good.Indicators[0];
        var twice = new Indicator(first.Level1, first.Level2, first.Name, Target.Parse("12月底前"), 0);
        var finding = Assert.Single(PerformanceSheetChecks.Check(Good.WithIndicators([.. Good.Indicators, twice])));
        Assert.Equal(("PS006", Severity.Warning), (finding.RuleId, finding.Severity));
    }

    [Fact]
    public void PS006_passes_one_name_under_two_level_2s_as_normal_practice()
    {
        var first = Good.Indicators[0];
        string other = first.Level2 == "时效指标" ? "数量指标" : "时效指标";
        var twice = new Indicator("产出指标", other, first.Name, Target.Parse("12月底前"), 0);
        Assert.DoesNotContain(PerformanceSheetChecks.Check(Good.WithIndicators([.. Good.Indicators, twice])), f => f.RuleId == "PS006");
    }

    [Fact]
    public void The_seeds_sheets_have_exactly_their_real_inconsistencies()
    {
        Assert.Equal(
            [
                "PS002 完善养老保险制度体系",
                "PS002 参加世界技能大赛及大会",
                "PS003 参加世界技能大赛及大会 / 完成世界技能大赛课题研究",
                "PS002 人力资源和社会保障法制建设",
                "PS003 人力资源和社会保障法制建设 / 为人力资源社会保障事业的开展提供法律基础和保障",
            ],
            PerformanceSheetChecks.Check(Seed).Select(f => $"{f.RuleId} {f.Subject}"));
    }

    [Fact]
    public void Every_rule_is_in_the_catalogue_once_with_a_stable_id()
    {
        Assert.Equal(["PS001", "PS002", "PS003", "PS004", "PS005", "PS006"], RuleCatalogue.All.Where(r => r.Group == "PS").Select(r => r.Id));
        Assert.Equal(RuleCatalogue.All.Count, RuleCatalogue.All.Select(r => r.Id).Concat(Budget.Domain.Reading.ReadRules.All.Select(r => r.Id)).Distinct().Count() - Budget.Domain.Reading.ReadRules.All.Count);
        Assert.Same(RuleCatalogue.SheetFundsAddUp, RuleCatalogue.Find("PS001"));
        Assert.Null(RuleCatalogue.Find("XX999"));
    }

    /// <summary>Consistent sheets: funds that add up, points that add up to 90 + 10, known levels, costs below the total, unique names.</summary>
    public static Gen<PerformanceSheet> ConsistentSheets { get; } =
        from fiscal in Gen.Choose(0, 10_000_000)
        from carry in Gen.Choose(0, 1_000_000)
        from split in Gen.Choose(1, 9)
        from levels in Gen.ArrayOf(Gen.Elements(IndicatorTaxonomy.Level1Names.SelectMany(l1 => IndicatorTaxonomy.Level2NamesOf(l1).Select(l2 => (l1, l2))).ToArray()), split)
        select BuildSheet(Amount.FromFen(fiscal * 10_000L), Amount.FromFen(carry * 10_000L), levels);

    private static PerformanceSheet BuildSheet(Amount fiscal, Amount carry, (string L1, string L2)[] levels)
    {
        var points = Amount.FromFen(90).Split(levels.Length, AmountUnit.Yuan).Select(p => (int)p.Fen).ToArray();
        var indicators = levels.Select((l, i) => new Indicator(l.L1, l.L2, $"指标{i + 1}", Target.Parse($"≥{i + 1}次"), points[i])).ToList();
        var total = fiscal + carry;
        indicators.Add(new Indicator("成本指标", "经济成本指标", "成本", new MoneyTarget(TargetOperator.AtMost, total, AmountUnit.WanYuan), 0));
        return new PerformanceSheet("生成的项目", new Department("1", "部门"), "单位", AmountCell.Of(total), AmountCell.Of(fiscal), AmountCell.Of(carry), AmountCell.Empty("-"), 10, "1. 目标。", indicators);
    }

    private static PerformanceSheet Perturb(PerformanceSheet s, int rule) => rule switch
    {
        1 => s.WithFunds(AmountCell.Of(s.TotalFunds.Amount + Amount.FromWanYuan(1m)), s.FiscalAppropriation, s.CarryOver, s.OtherFunds),
        2 => s.WithExecutionRatePoints(9),
        3 => s.WithIndicators([s.Indicators[0].WithPoints(null), .. s.Indicators.Skip(1)]),
        4 => s.WithIndicators([s.Indicators[0].WithLevels("满意度指标", "数量指标"), .. s.Indicators.Skip(1)]),
        5 => s.WithIndicators([.. s.Indicators.SkipLast(1), s.Indicators[^1].WithTarget(new MoneyTarget(TargetOperator.AtMost, s.TotalFunds.Amount + Amount.FromWanYuan(0.01m), AmountUnit.WanYuan))]),
        _ => s.WithIndicators([.. s.Indicators, s.Indicators[0].WithPoints(0)]),
    };

    [Property(MaxTest = 200)]
    public Property Generated_consistent_sheets_have_no_finding() =>
        Prop.ForAll(ConsistentSheets.ToArbitrary(), s => PerformanceSheetChecks.Check(s).Count == 0);

    [Property(MaxTest = 300)]
    public Property Perturbing_a_consistent_sheet_makes_the_right_rule_fire() =>
        Prop.ForAll(ConsistentSheets.ToArbitrary(), Gen.Choose(1, 6).ToArbitrary(), (s, rule) =>
            PerformanceSheetChecks.Check(Perturb(s, rule)).Any(f => f.RuleId == $"PS00{rule}"));

    [Property(MaxTest = 200)]
    public Property The_funds_identity_holds_on_generated_sheets() =>
        Prop.ForAll(ConsistentSheets.ToArbitrary(), s => s.TotalFunds.Amount == s.FiscalAppropriation.Amount + s.CarryOver.Amount + s.OtherFunds.Amount);
}
