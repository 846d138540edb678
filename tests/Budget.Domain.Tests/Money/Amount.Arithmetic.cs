using System.Numerics;
using Budget.Domain.Money;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Budget.Domain.Tests.Money;

public class AmountArithmeticTests
{
    private static Arbitrary<Amount> Addable => MoneyArbitraries.AddableAmount.ToArbitrary();

    [Property]
    public Property Addition_is_commutative() =>
        Prop.ForAll(Addable, Addable, (a, b) => a + b == b + a && a.Add(b) == b.Add(a));

    [Property]
    public Property Addition_is_associative() =>
        Prop.ForAll(Addable, Addable, Addable, (a, b, c) => (a + b) + c == a + (b + c));

    [Property]
    public Property Zero_is_the_identity() =>
        Prop.ForAll(MoneyArbitraries.AnyAmount.ToArbitrary(), a => a + Amount.Zero == a && Amount.Zero + a == a && a - Amount.Zero == a);

    [Property]
    public Property Negation_is_the_inverse() =>
        Prop.ForAll(MoneyArbitraries.AnyAmount.ToArbitrary(), a => a + (-a) == Amount.Zero && a.Negate().Negate() == a);

    [Property]
    public Property Subtraction_adds_the_negation() =>
        Prop.ForAll(Addable, Addable, (a, b) => a - b == a + (-b) && a.Subtract(b) == a - b);

    [Property]
    public Property Addition_is_exact_or_an_overflow_error() =>
        Prop.ForAll(MoneyArbitraries.AnyAmount.ToArbitrary(), MoneyArbitraries.AnyAmount.ToArbitrary(), (a, b) =>
        {
            var exact = new BigInteger(a.Fen) + b.Fen;
            bool inRange = BigInteger.Abs(exact) <= Amount.MaxFen;
            try
            {
                var sum = a + b;
                return inRange && sum.Fen == (long)exact;
            }
            catch (OverflowException)
            {
                return !inRange;
            }
        });

    [Property]
    public Property Ordering_agrees_with_subtraction() =>
        Prop.ForAll(Addable, Addable, (a, b) =>
            Math.Sign(a.CompareTo(b)) == (a - b).Sign && (a < b) == ((a - b).IsNegative) && (a >= b) == !(a < b));

    [Fact]
    public void Overflow_at_the_edges_is_an_error()
    {
        Assert.Throws<OverflowException>(() => Amount.MaxValue + Amount.FromFen(1));
        Assert.Throws<OverflowException>(() => Amount.MinValue - Amount.FromFen(1));
        Assert.Throws<OverflowException>(() => Amount.MaxValue * 2);
        Assert.Throws<OverflowException>(() => Amount.FromFen(long.MaxValue));
        Assert.Throws<OverflowException>(() => Amount.FromYuan(10_000_000_000_000_000m));
        Assert.Throws<OverflowException>(() => Amount.Sum([Amount.MaxValue, Amount.MaxValue]));
        Assert.Throws<OverflowException>(() => Amount.MaxValue.Multiply(1.5m, RoundingPolicy.Default));
    }

    [Fact]
    public void The_range_covers_ten_to_the_fifteen_yuan_at_fen_precision()
    {
        var big = Amount.FromYuan(1_000_000_000_000_000.01m);
        Assert.Equal(100_000_000_000_000_001L, big.Fen);
        Assert.Equal(-big, Amount.FromYuan(-1_000_000_000_000_000.01m));
    }

    [Fact]
    public void Equality_ignores_decimal_scale()
    {
        Assert.Equal(Amount.FromYuan(12.5m), Amount.FromYuan(12.50m));
        Assert.Equal(Amount.FromYuan(12.5m).GetHashCode(), Amount.FromYuan(12.500m).GetHashCode());
        Assert.Equal(Amount.FromWanYuan(1m), Amount.FromYuan(10_000m));
        Assert.True(Amount.FromWanYuan(1m) == Amount.FromYiYuan(0.0001m));
    }

    [Fact]
    public void Named_twins_agree_with_operators()
    {
        var a = Amount.FromWanYuan(433_002.21m);
        var b = Amount.FromWanYuan(44_423.56m);
        Assert.Equal(a + b, a.Add(b));
        Assert.Equal(a - b, a.Subtract(b));
        Assert.Equal(-a, a.Negate());
        Assert.Equal(a * 3, a.Multiply(3));
        Assert.Equal(Amount.FromWanYuan(477_425.77m), a + b);
        Assert.Equal(Amount.FromWanYuan(433_002.21m), Amount.Max(a, b));
        Assert.Equal(b, Amount.Min(a, b));
        Assert.Equal(Amount.FromWanYuan(433_002.21m), (-a).Abs());
    }

    [Fact]
    public void Constructing_from_a_fraction_of_a_fen_is_refused_unless_rounded()
    {
        var error = Assert.Throws<ArgumentException>(() => Amount.FromYuan(0.005m));
        Assert.Contains("分", error.Message, StringComparison.Ordinal);
        Assert.Equal(Amount.FromFen(1), Amount.FromRounded(0.005m, AmountUnit.Yuan, RoundingPolicy.Default));
        Assert.Equal(Amount.FromFen(0), Amount.FromRounded(0.005m, AmountUnit.Yuan, RoundingPolicy.HalfToEven));
        Assert.Equal(Amount.FromFen(123), Amount.FromWanYuan(0.000123m));
    }

    [Fact]
    public void Multiplying_by_a_decimal_rounds_by_the_policy()
    {
        var a = Amount.FromYuan(0.05m);
        Assert.Equal(Amount.FromFen(3), a.Multiply(0.5m, RoundingPolicy.Default));
        Assert.Equal(Amount.FromFen(2), a.Multiply(0.5m, RoundingPolicy.HalfToEven));
        Assert.Equal(Amount.FromFen(-3), a.Multiply(-0.5m, RoundingPolicy.Default));
        Assert.Equal(Amount.FromYuan(105m), Amount.FromYuan(100m).Multiply(1.05m, RoundingPolicy.Default));
    }

    [Property(Arbitrary = [typeof(MoneyArbitraries)])]
    public bool Unit_conversion_round_trips(Amount a, AmountUnit unit) =>
        Amount.From(a.ToDecimal(unit), unit) == a;

    [Property(Arbitrary = [typeof(MoneyArbitraries)])]
    public bool Conversion_between_units_is_exact(Amount a) =>
        a.WanYuan * 10_000m == a.Yuan && a.YiYuan * 10_000m == a.WanYuan && a.Yuan * 100m == a.Fen;

    [Fact]
    public void Default_is_zero()
    {
        Assert.Equal(Amount.Zero, default);
        Assert.True(default(Amount).IsZero);
        Assert.Equal("0.00 元", default(Amount).ToString());
    }
}
