using System.Globalization;
using Budget.Domain.Money;
using Budget.Domain.Performance;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Budget.Domain.Tests.Performance;

public class TargetTests
{
    public static TheoryData<string, string, string> SeedTargets()
    {
        var data = new TheoryData<string, string, string>();
        foreach (string line in File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Performance", "Data", "mohrss-2024-targets.tsv")))
        {
            if (line.Length > 0 && !line.StartsWith('#'))
            {
                string[] f = line.Split('\t');
                data.Add(f[0], f[1], f[2]);
            }
        }

        return data;
    }

    private static string Describe(Target t) => t.Match(
        q => string.Create(CultureInfo.InvariantCulture, $"Quantity\t{q.Operator} {q.Number} {q.Magnitude} {q.Unit} /{q.Period}"),
        m => string.Create(CultureInfo.InvariantCulture, $"Money\t{m.Operator} {m.Amount.ToDecimal(AmountUnit.WanYuan)}"),
        p => string.Create(CultureInfo.InvariantCulture, $"Percentage\t{p.Operator} {p.Percent}"),
        d => $"Deadline\t{d.Meaning}",
        _ => "Qualitative\t",
        _ => "Unparsed\t");

    [Fact]
    public void The_list_holds_every_distinct_target_value_of_the_seed() => Assert.Equal(114, SeedTargets().Count);

    [Theory]
    [MemberData(nameof(SeedTargets))]
    public void Every_target_value_of_the_seed_gets_the_kind_a_person_would_give_it(string text, string kind, string detail)
    {
        var target = Target.Parse(text);
        Assert.Equal(text, target.Text);
        Assert.Equal($"{kind}\t{detail}", Describe(target));
    }

    [Fact]
    public void Quantities_keep_number_magnitude_unit_and_period()
    {
        var q = Assert.IsType<QuantityTarget>(Target.Parse("≥2.45亿人"));
        Assert.Equal(TargetOperator.AtLeast, q.Operator);
        Assert.Equal(245_000_000m, q.Value);
        Assert.Equal("人", q.Unit);
        var periodic = Assert.IsType<QuantityTarget>(Target.Parse("≥3300户/季度"));
        Assert.Equal("季度", periodic.Period);
        Assert.Equal(TargetOperator.Exactly, Assert.IsType<QuantityTarget>(Target.Parse("150人")).Operator);
    }

    [Theory]
    [InlineData("不低于30人", TargetOperator.AtLeast, 30)]
    [InlineData("不少于5篇", TargetOperator.AtLeast, 5)]
    [InlineData("不超过3次", TargetOperator.AtMost, 3)]
    [InlineData("高于10个", TargetOperator.MoreThan, 10)]
    [InlineData("少于2期", TargetOperator.LessThan, 2)]
    [InlineData("50个以上", TargetOperator.AtLeast, 50)]
    [InlineData("≥ 3 场", TargetOperator.AtLeast, 3)]
    [InlineData("＞５次", TargetOperator.MoreThan, 5)]
    public void Operators_in_symbols_and_words(string text, TargetOperator op, int value)
    {
        var q = Assert.IsType<QuantityTarget>(Target.Parse(text));
        Assert.Equal(op, q.Operator);
        Assert.Equal(value, q.Value);
    }

    [Fact]
    public void Money_percentages_and_control_phrases()
    {
        var m = Assert.IsType<MoneyTarget>(Target.Parse("控制在100万元以内"));
        Assert.Equal(TargetOperator.AtMost, m.Operator);
        Assert.Equal(Amount.FromWanYuan(100m), m.Amount);
        Assert.Equal(Amount.FromWanYuan(40m), Assert.IsType<MoneyTarget>(Target.Parse("≤40万")).Amount);
        Assert.Equal(90m, Assert.IsType<PercentageTarget>(Target.Parse("≥９０％")).Percent);
        Assert.IsType<QualitativeTarget>(Target.Parse("控制在预算内"));
    }

    [Fact]
    public void Deadlines_mean_dates_or_recurrences()
    {
        Assert.Equal(new DateOnly(2024, 12, 31), Assert.IsType<DeadlineTarget>(Target.Parse("2024年12月底前")).Date);
        Assert.Equal(new DateOnly(2024, 9, 30), Assert.IsType<DeadlineTarget>(Target.Parse("2024年10月份前")).Date);
        var yearly = Assert.IsType<DeadlineTarget>(Target.Parse("每年11月30日前"));
        Assert.Equal(Recurrence.Yearly, yearly.Recurrence);
        Assert.Null(yearly.Date);
        Assert.Equal((11, 30), (yearly.Month!.Value, yearly.Day!.Value));
        Assert.Equal(Recurrence.Monthly, Assert.IsType<DeadlineTarget>(Target.Parse("每月上旬")).Recurrence);
        Assert.Equal(Recurrence.Quarterly, Assert.IsType<DeadlineTarget>(Target.Parse("季后15个工作日内")).Recurrence);
        Assert.Null(Assert.IsType<DeadlineTarget>(Target.Parse("12月底")).Year);
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData("≥两会之后公布%", "without a number")]
    [InlineData("≥3.5.1个", "no pattern")]
    [InlineData("1-2次", "no pattern")]
    public void What_fits_no_kind_is_unparsed_with_the_reason_and_keeps_its_text(string text, string reason)
    {
        var u = Assert.IsType<UnparsedTarget>(Target.Parse(text));
        Assert.Equal(text, u.Text);
        Assert.Contains(reason, u.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0000年2月底")]
    [InlineData("0000年2月28日前")]
    [InlineData("0001年1月前")]
    [InlineData("2023年2月29日前")]
    [InlineData("2024年2月30日前")]
    [InlineData("2024年13月底前")]
    [InlineData("每年2月30日前")]
    [InlineData("99999999999999999999999999999999人")]
    [InlineData("٣月份")]
    [InlineData("٣月底前")]
    public void Impossible_dates_and_numbers_are_unparsed_never_an_exception(string text)
    {
        var target = Target.Parse(text);
        Assert.Equal(text, target.Text);
        Assert.True(target is UnparsedTarget or QualitativeTarget, target.GetType().Name);
    }

    [Fact]
    public void A_leap_day_is_a_date_in_a_leap_year()
    {
        Assert.Equal(new DateOnly(2024, 2, 29), Assert.IsType<DeadlineTarget>(Target.Parse("2024年2月29日前")).Date);
        Assert.Equal(new DateOnly(2023, 2, 28), Assert.IsType<DeadlineTarget>(Target.Parse("2023年2月底前")).Date);
    }

    private static readonly Gen<string> DateLike =
        from year in Gen.Choose(0, 10_000)
        from month in Gen.Choose(0, 14)
        from day in Gen.Choose(0, 32)
        from shape in Gen.Elements("{0}年{1}月{2}日前", "{0}年{1}月底前", "{0}年{1}月份前", "每年{1}月{2}日前", "{1}月底", "{1}月份", "当年{1}月前")
        select string.Format(CultureInfo.InvariantCulture, shape, year.ToString("0000", CultureInfo.InvariantCulture), month, day);

    [Property(MaxTest = 1000)]
    public Property Date_like_text_never_throws_and_every_date_exists() =>
        Prop.ForAll(DateLike.ToArbitrary(), text =>
        {
            var target = Target.Parse(text);
            return target.Text == text && (target is not DeadlineTarget d || d.Date is null || d.Date.Value.Year >= 1);
        });

    [Property]
    public Property Arbitrary_strings_never_throw_and_keep_their_text() =>
        Prop.ForAll(ArbMap.Default.ArbFor<string>(), text => Target.Parse(text).Text == (text ?? string.Empty));

    private static readonly Gen<TargetOperator> Operators = Gen.Elements(Enum.GetValues<TargetOperator>());

    private static readonly Gen<decimal> Numbers = Gen.OneOf(
        Gen.Choose(0, 1_000_000).Select(n => (decimal)n),
        Gen.Choose(1, 99_999).Select(n => n / 100m));

    public static Gen<Target> Generated { get; } = Gen.OneOf(
        from op in Operators
        from n in Numbers
        from magnitude in Gen.Elements(1m, 10_000m, 100_000_000m)
        from unit in Gen.Elements("人", "人次", "次", "篇", "个", "期", "户", "班次", "场", "小时")
        from period in Gen.Elements<string?>(null, "年", "季度", "月")
        select (Target)new QuantityTarget(op, n, magnitude, unit, period),
        from op in Operators
        from fen in Gen.Choose(0, 100_000_000)
        from unit in Gen.Elements(AmountUnit.WanYuan, AmountUnit.YiYuan)
        select (Target)new MoneyTarget(op, Amount.FromFen(fen * unit.FenPerUnit() / 100), unit),
        from op in Operators
        from n in Numbers
        select (Target)new PercentageTarget(op, n),
        from day in Gen.Choose(0, 3650)
        select (Target)DeadlineTarget.By(new DateOnly(2020, 1, 1).AddDays(day)),
        from month in Gen.Choose(1, 12)
        from day in Gen.Choose(1, 28)
        select (Target)DeadlineTarget.Yearly(month, day),
        Gen.Elements("作用显著", "长期有效", "按时、足额", "满足工作需要", "稳定").Select(t => (Target)new QualitativeTarget(t)));

    [Property(MaxTest = 500)]
    public Property A_printed_target_parses_back_to_the_same_target() =>
        Prop.ForAll(Generated.ToArbitrary(), t => Target.Parse(t.Text) == t);
}
