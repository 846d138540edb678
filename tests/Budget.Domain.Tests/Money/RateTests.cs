using Budget.Domain.Money;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Budget.Domain.Tests.Money;

public class RateTests
{
    private static Amount Wan(string text) => Amount.Parse(text, AmountUnit.WanYuan).GetValueOrThrow();

    [Theory]
    // 一般公共预算支出表 (T5): 2023 执行数 → 2024 预算数, and the 增减(%) the seed prints.
    [InlineData("223,672.44", "433,002.21", "93.59%")]
    [InlineData("217.02", "410.00", "88.92%")]
    [InlineData("44,232.00", "58,943.00", "33.26%")]
    [InlineData("42,938.00", "57,503.00", "33.92%")]
    [InlineData("26,000.00", "178,705.00", "587.33%")]
    [InlineData("11,551.36", "11,434.81", "-1.01%")]
    [InlineData("140.00", "0.00", "-100.00%")]
    [InlineData("77.49", "77.49", "0.00%")]
    [InlineData("61.64", "60.00", "-2.66%")]
    [InlineData("1,747.72", "1,872.65", "7.15%")]
    [InlineData("3,715.01", "4,071.05", "9.58%")]
    public void Change_rates_match_the_seed(string from, string to, string expected)
    {
        var rate = Rate.Change(Wan(from), Wan(to), RoundingPolicy.Default);
        Assert.Equal(Rate.Parse(expected).GetValueOrThrow(), rate);
        Assert.Equal(expected, rate.Format());
    }

    [Theory]
    // 收入总表 and 支出总表 narrative: 占 x% of 479,761.98 万元.
    [InlineData("44,423.56", "479,761.98", "9.26%")]
    [InlineData("433,002.21", "479,761.98", "90.25%")]
    [InlineData("2,336.21", "479,761.98", "0.49%")]
    [InlineData("19,188.11", "479,761.98", "4.00%")]
    [InlineData("460,573.87", "479,761.98", "96.00%")]
    [InlineData("58,943.00", "433,002.21", "13.61%")]
    [InlineData("178,705.00", "433,002.21", "41.27%")]
    [InlineData("193,509.21", "433,002.21", "44.69%")]
    [InlineData("1,435.00", "433,002.21", "0.33%")]
    public void Shares_match_the_seed(string part, string whole, string expected) =>
        Assert.Equal(expected, Rate.Share(Wan(part), Wan(whole), RoundingPolicy.Default).Format());

    [Fact]
    public void The_seed_prints_a_share_adjusted_so_that_shares_add_up_to_100()
    {
        // 一般公共服务支出 410.00 of 433,002.21 is 0.0947% → 0.09%; the seed prints 0.10% so that the five
        // shares add to 100.00%. The library computes the true figure; validation reports the adjustment.
        Assert.Equal("0.09%", Rate.Share(Wan("410.00"), Wan("433,002.21"), RoundingPolicy.Default).Format());
    }

    [Fact]
    public void A_zero_base_is_not_applicable_never_an_exception()
    {
        Assert.Equal(Rate.NotApplicable, Rate.Change(Amount.Zero, Wan("140.00"), RoundingPolicy.Default));
        Assert.Equal(Rate.NotApplicable, Rate.Share(Wan("1.00"), Amount.Zero, RoundingPolicy.Default));
        Assert.False(Rate.NotApplicable.IsApplicable);
        Assert.Equal(0m, Rate.NotApplicable.Percent);
        Assert.Equal("-", Rate.NotApplicable.Format());
        Assert.Equal("n/a", Rate.NotApplicable.ToString());
        Assert.Equal(Rate.NotApplicable, default);
    }

    [Fact]
    public void The_change_rate_follows_the_direction_of_change_on_a_negative_base() =>
        Assert.Equal("50.00%", Rate.Change(Wan("-100.00"), Wan("-50.00"), RoundingPolicy.Default).Format());

    [Fact]
    public void Rounding_of_rates_is_explicit()
    {
        // 1/3 = 33.333…% and 2/3 = 66.666…%; 0.125 = 12.5% exactly, a midpoint at one decimal.
        Assert.Equal(33.33m, Rate.Share(Amount.FromFen(1), Amount.FromFen(3), RoundingPolicy.Default).Percent);
        Assert.Equal(66.67m, Rate.Share(Amount.FromFen(2), Amount.FromFen(3), RoundingPolicy.Default).Percent);
        Assert.Equal(66.66m, Rate.Share(Amount.FromFen(2), Amount.FromFen(3), RoundingPolicy.TowardZero).Percent);
        Assert.Equal(12.5m, Rate.Share(Amount.FromFen(1), Amount.FromFen(8), RoundingPolicy.Default.WithDecimals(1)).Percent);
        Assert.Equal(12.5m, Rate.Share(Amount.FromFen(1), Amount.FromFen(8), RoundingPolicy.Default).Percent);
        Assert.Equal(13m, Rate.Share(Amount.FromFen(1), Amount.FromFen(8), RoundingPolicy.Default.WithDecimals(0)).Percent);
        Assert.Equal(12m, Rate.Share(Amount.FromFen(1), Amount.FromFen(8), RoundingPolicy.HalfToEven.WithDecimals(0)).Percent);
        Assert.Equal(-13m, Rate.Share(Amount.FromFen(-1), Amount.FromFen(8), RoundingPolicy.Default.WithDecimals(0)).Percent);
        Assert.Equal(Rate.FromPercent(33.33m), Rate.FromPercent(33.3333m).Round(RoundingPolicy.Default));
    }

    [Theory]
    [InlineData("93.59%", "93.59")]
    [InlineData("-100.00%", "-100")]
    [InlineData("−1.01%", "-1.01")]
    [InlineData("９３．５９％", "93.59")]
    [InlineData("<b>7.15%</b>", "7.15")]
    [InlineData("**587.33%**", "587.33")]
    [InlineData("93.59", "93.59")]
    [InlineData(" 0.00 % ", "0")]
    [InlineData("1,234.5%", "1234.5")]
    public void Reads_rates_as_printed(string text, string percent) =>
        Assert.Equal(Rate.FromPercent(decimal.Parse(percent, System.Globalization.CultureInfo.InvariantCulture)), Rate.Parse(text).GetValueOrThrow());

    [Theory]
    [InlineData("-")]
    [InlineData("—")]
    [InlineData("--")]
    public void Reads_dashes_as_not_applicable(string text) => Assert.Equal(Rate.NotApplicable, Rate.Parse(text).GetValueOrThrow());

    [Theory]
    [InlineData("", ParseErrorKind.Empty, 0)]
    [InlineData("93.59 万元", ParseErrorKind.InvalidCharacter, 6)]
    [InlineData("12a%", ParseErrorKind.InvalidCharacter, 3)]
    [InlineData("1.00000000001%", ParseErrorKind.TooManyDecimals, 13)]
    [InlineData("100000000%", ParseErrorKind.Overflow, 0)]
    [InlineData("٣%", ParseErrorKind.UnsupportedDigit, 1)]
    public void Malformed_rates_get_a_precise_reason(string text, ParseErrorKind kind, int column)
    {
        var result = Rate.Parse(text);
        Assert.False(result.Success);
        Assert.Equal(kind, result.Error!.Kind);
        Assert.Equal(column, result.Error.Column);
        Assert.False(Rate.TryParse(text, out _));
    }

    [Fact]
    public void Equality_ignores_scale_and_order_puts_not_applicable_first()
    {
        Assert.Equal(Rate.FromPercent(93.5m), Rate.FromPercent(93.50m));
        Assert.Equal(Rate.FromPercent(93.5m).GetHashCode(), Rate.FromPercent(93.500m).GetHashCode());
        Assert.True(Rate.NotApplicable < Rate.FromPercent(-100m));
        Assert.True(Rate.FromPercent(-1.01m) < Rate.Zero);
        Assert.Equal(
            [Rate.NotApplicable, Rate.FromPercent(-1m), Rate.Zero, Rate.FromPercent(93.59m)],
            new[] { Rate.FromPercent(93.59m), Rate.Zero, Rate.NotApplicable, Rate.FromPercent(-1m) }.Order());
    }

    [Fact]
    public void Mixing_an_applicable_rate_with_a_not_applicable_one_is_a_domain_error()
    {
        Assert.Equal(2.5m, Rate.FromPercent(10m).PointsAbove(Rate.FromPercent(7.5m)));
        var error = Assert.Throws<IncompatibleOperandsException>(() => Rate.FromPercent(10m).PointsAbove(Rate.NotApplicable));
        Assert.Contains("n/a", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Out_of_range_and_over_precise_rates_are_refused()
    {
        Assert.Throws<ArgumentException>(() => Rate.FromPercent(1m / 3m));
        Assert.Throws<OverflowException>(() => Rate.FromPercent(100_000_000m));
        Assert.Equal(Rate.FromPercent(1.5m), Rate.FromPercent(1.500000000000000m));
    }

    [Fact]
    public void Match_handles_both_cases()
    {
        Assert.Equal("93.59", Rate.FromPercent(93.59m).Match(p => p.ToString(System.Globalization.CultureInfo.InvariantCulture), () => "n/a"));
        Assert.Equal("n/a", Rate.NotApplicable.Match(p => p.ToString(System.Globalization.CultureInfo.InvariantCulture), () => "n/a"));
        Assert.Equal(0.9359m, Rate.FromPercent(93.59m).Fraction);
    }

    [Property]
    public Property Parse_of_format_is_the_identity() =>
        Prop.ForAll(
            Gen.OneOf(
                from m in Gen.Choose(-1_000_000, 1_000_000)
                from s in Gen.Choose(0, 10)
                select Rate.FromPercent(m / Pow10(s)),
                Gen.Constant(Rate.NotApplicable)).ToArbitrary(),
            r => Rate.Parse(r.Format()).GetValueOrThrow() == r);

    private static decimal Pow10(int n)
    {
        decimal p = 1m;
        for (int i = 0; i < n; i++)
        {
            p *= 10m;
        }

        return p;
    }
}
