using Budget.Domain.Money;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Budget.Domain.Tests.Money;

public class RoundingPolicyTests
{
    [Theory]
    // 四舍五入: half away from zero, both signs.
    [InlineData("0.005", MidpointRounding.AwayFromZero, "0.01")]
    [InlineData("-0.005", MidpointRounding.AwayFromZero, "-0.01")]
    [InlineData("0.015", MidpointRounding.AwayFromZero, "0.02")]
    [InlineData("-0.015", MidpointRounding.AwayFromZero, "-0.02")]
    [InlineData("0.004999", MidpointRounding.AwayFromZero, "0.00")]
    [InlineData("2.675", MidpointRounding.AwayFromZero, "2.68")]
    // Banker's rounding: half to even.
    [InlineData("0.005", MidpointRounding.ToEven, "0.00")]
    [InlineData("0.015", MidpointRounding.ToEven, "0.02")]
    [InlineData("-0.025", MidpointRounding.ToEven, "-0.02")]
    // Truncation.
    [InlineData("0.019", MidpointRounding.ToZero, "0.01")]
    [InlineData("-0.019", MidpointRounding.ToZero, "-0.01")]
    public void Rounds_at_the_midpoint_by_mode(string value, MidpointRounding mode, string expected)
    {
        // InlineData cannot hold decimals, so the figures come as text.
        decimal v = decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture);
        decimal e = decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture);
        var policy = new RoundingPolicy(mode, 2);
        Assert.Equal(e, policy.Round(v));
        Assert.Equal(Amount.FromWanYuan(e), policy.Round(Amount.FromWanYuan(v), AmountUnit.WanYuan));
    }

    [Fact]
    public void Rounds_amounts_to_the_display_precision_of_a_unit()
    {
        // 1,234.5650 元 is 0.123,456,5 万元 → 0.12 万元; 0.005 万元 = 50 元 is the midpoint.
        Assert.Equal(Amount.FromWanYuan(0.12m), Amount.FromYuan(1_234.56m).Round(AmountUnit.WanYuan, RoundingPolicy.Default));
        Assert.Equal(Amount.FromWanYuan(0.01m), Amount.FromYuan(50m).Round(AmountUnit.WanYuan, RoundingPolicy.Default));
        Assert.Equal(Amount.FromWanYuan(-0.01m), Amount.FromYuan(-50m).Round(AmountUnit.WanYuan, RoundingPolicy.Default));
        Assert.Equal(Amount.Zero, Amount.FromYuan(50m).Round(AmountUnit.WanYuan, RoundingPolicy.HalfToEven));
        Assert.Equal(Amount.FromYuan(1_234.56m), Amount.FromYuan(1_234.56m).Round(AmountUnit.Yuan, RoundingPolicy.Default));
        Assert.Equal(Amount.FromYuan(1_235m), Amount.FromYuan(1_234.5m).Round(AmountUnit.Yuan, RoundingPolicy.Default.WithDecimals(0)));
        Assert.Equal(Amount.FromYiYuan(1.23m), Amount.FromYiYuan(1.234999m).Round(AmountUnit.YiYuan, RoundingPolicy.Default));
    }

    [Property]
    public Property Rounded_amounts_lie_on_the_grid_within_half_a_step() =>
        Prop.ForAll(MoneyArbitraries.AddableAmount.ToArbitrary(), a =>
    {
        var r = a.Round(AmountUnit.WanYuan, RoundingPolicy.Default);
        return r.Fen % 10_000 == 0 && Math.Abs(r.Fen - a.Fen) <= 5_000 && r.Round(AmountUnit.WanYuan, RoundingPolicy.Default) == r;
    });

    [Fact]
    public void Rounding_past_the_edge_of_the_range_is_an_overflow_error() =>
        Assert.Throws<OverflowException>(() => Amount.MinValue.Round(AmountUnit.WanYuan, RoundingPolicy.Default));

    [Fact]
    public void Policies_are_values_with_a_readable_description()
    {
        Assert.Equal(new RoundingPolicy(MidpointRounding.AwayFromZero, 2), RoundingPolicy.Default);
        Assert.Equal(RoundingPolicy.HalfToEven, RoundingPolicy.Default.WithMode(MidpointRounding.ToEven));
        Assert.NotEqual(RoundingPolicy.Default, RoundingPolicy.Default.WithDecimals(3));
        Assert.Equal("四舍五入 (half away from zero), 2 decimals", RoundingPolicy.Default.ToString());
        Assert.Throws<ArgumentOutOfRangeException>(() => new RoundingPolicy(MidpointRounding.AwayFromZero, 11));
        Assert.Throws<ArgumentOutOfRangeException>(() => new RoundingPolicy((MidpointRounding)42, 2));
    }

    [Property]
    public Property Rounding_matches_decimal_rounding_for_every_mode() =>
        Prop.ForAll(
            Gen.Choose(-2_000_000, 2_000_000).ToArbitrary(),
            Gen.Elements(Enum.GetValues<MidpointRounding>()).ToArbitrary(),
            (fen, mode) =>
            {
                var policy = new RoundingPolicy(mode, 2);
                var rounded = Amount.FromFen(fen).Round(AmountUnit.WanYuan, policy);
                return rounded.WanYuan == Math.Round(fen / 1_000_000m, 2, mode);
            });
}
