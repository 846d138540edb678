using Budget.Domain.Money;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Budget.Domain.Tests.Money;

public class TotalCheckTests
{
    private static Amount Wan(string text) => Amount.Parse(text, AmountUnit.WanYuan).GetValueOrThrow();

    [Fact]
    public void The_seed_expenditure_total_equals_its_classes_exactly()
    {
        // 单位支出总表 合计 479,761.98 = the six 类.
        var check = TotalCheck.Of(
            Wan("479,761.98"),
            [Wan("457.89"), Wan("59,036.17"), Wan("181,647.23"), Wan("236,933.62"), Wan("139.64"), Wan("1,547.43")],
            AmountUnit.WanYuan);
        Assert.Equal(Consistency.Exact, check.Outcome);
        Assert.True(check.IsConsistent);
        Assert.Equal(Amount.Zero, check.Difference);
        Assert.Equal(6, check.PartCount);
        Assert.Equal(0.035m, check.Tolerance);
    }

    [Fact]
    public void A_difference_that_rounding_explains_is_within_rounding()
    {
        // Three parts: tolerance (3 + 1) × 0.005 = 0.02 万元.
        var check = TotalCheck.Of(Wan("100.02"), [Wan("33.33"), Wan("33.33"), Wan("33.34")], AmountUnit.WanYuan);
        Assert.Equal(Consistency.WithinRounding, check.Outcome);
        Assert.Equal(Wan("0.02"), check.Difference);
        Assert.Equal(
            "WithinRounding: stated 100.02 万元, parts (3) sum to 100.00 万元, difference 0.02 万元, tolerance ±0.020 万元",
            check.ToString());
    }

    [Fact]
    public void A_difference_beyond_rounding_is_inconsistent_with_its_size()
    {
        var check = TotalCheck.Of(Wan("100.03"), [Wan("33.33"), Wan("33.33"), Wan("33.34")], AmountUnit.WanYuan);
        Assert.Equal(Consistency.Inconsistent, check.Outcome);
        Assert.False(check.IsConsistent);
        Assert.Equal(Wan("0.03"), check.Difference);

        var negative = TotalCheck.Of(Wan("99.00"), [Wan("100.00")], AmountUnit.WanYuan);
        Assert.Equal(Wan("-1.00"), negative.Difference);
        Assert.Equal(Consistency.Inconsistent, negative.Outcome);
    }

    [Fact]
    public void The_tolerance_scales_with_the_unit()
    {
        // In 元, 0.01 元 over two parts is within (2 + 1) × 0.005 元 = 0.015 元; 0.02 元 is not.
        Assert.Equal(Consistency.WithinRounding, TotalCheck.Of(Amount.FromYuan(2.01m), [Amount.FromYuan(1m), Amount.FromYuan(1m)], AmountUnit.Yuan).Outcome);
        Assert.Equal(Consistency.Inconsistent, TotalCheck.Of(Amount.FromYuan(2.02m), [Amount.FromYuan(1m), Amount.FromYuan(1m)], AmountUnit.Yuan).Outcome);
    }

    private static readonly Gen<long[]> TrueParts =
        Gen.Choose(1, 30).SelectMany(n => Gen.ArrayOf(Gen.Choose(-500_000_000, 500_000_000).Select(f => (long)f * 3), n));

    [Property]
    public Property Totals_of_rounded_figures_are_never_called_inconsistent() =>
        Prop.ForAll(TrueParts.ToArbitrary(), Gen.Elements(MidpointRounding.AwayFromZero, MidpointRounding.ToEven).ToArbitrary(), (fens, mode) =>
        {
            // The true figures are exact in 元; the document displays each, and the total, rounded to the
            // nearest 0.01 万元 (a displayed figure stands for ±0.005; directed rounding is not display rounding).
            var policy = new RoundingPolicy(mode, 2);
            var parts = fens.Select(f => Amount.FromFen(f).Round(AmountUnit.WanYuan, policy)).ToList();
            var total = Amount.FromFen(fens.Sum()).Round(AmountUnit.WanYuan, policy);
            return TotalCheck.Of(total, parts, AmountUnit.WanYuan).IsConsistent;
        });

    [Property]
    public Property A_total_off_by_more_than_the_tolerance_is_inconsistent() =>
        Prop.ForAll(TrueParts.ToArbitrary(), Gen.Choose(1, 1_000).ToArbitrary(), (fens, extraSteps) =>
        {
            var parts = fens.Select(f => Amount.FromFen(f).Round(AmountUnit.WanYuan, RoundingPolicy.Default)).ToList();
            var sum = Amount.Sum(parts);
            long toleranceSteps = (parts.Count + 1) / 2;
            var off = sum + Amount.FromFen((toleranceSteps + extraSteps) * 10_000L);
            var check = TotalCheck.Of(off, parts, AmountUnit.WanYuan);
            return check.Outcome == Consistency.Inconsistent && check.Difference == off - sum;
        });
}
