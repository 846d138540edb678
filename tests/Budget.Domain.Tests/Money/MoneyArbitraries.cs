using Budget.Domain.Money;
using FsCheck;
using FsCheck.Fluent;

namespace Budget.Domain.Tests.Money;

/// <summary>Generators for the money types: amounts over the whole range, biased to everyday figures.</summary>
public static class MoneyArbitraries
{
    /// <summary>Any amount in range: small figures, figures up to ±MaxFen, and the edges.</summary>
    public static Gen<Amount> AnyAmount { get; } = Gen.OneOf(
        Gen.Choose(-10_000_000, 10_000_000).Select(f => Amount.FromFen(f)),
        Gen.Choose(-99_999_999, 99_999_999).Select(wan => Amount.FromFen(wan * 10_000L)),
        from hi in Gen.Choose(-999_999_999, 999_999_999)
        from lo in Gen.Choose(0, 999_999_999)
        select Amount.FromFen((hi * 1_000_000_000L) + (hi < 0 ? -lo : lo)),
        Gen.Elements(Amount.Zero, Amount.MaxValue, Amount.MinValue, Amount.FromFen(1), Amount.FromFen(-1)));

    /// <summary>Amounts small enough (a third of the range) that the sum of three never overflows.</summary>
    public static Gen<Amount> AddableAmount { get; } =
        AnyAmount.Select(a => Amount.FromFen(a.Fen / 3));

    public static Gen<AmountUnit> AnyUnit { get; } = Gen.Elements(AmountUnit.Yuan, AmountUnit.WanYuan, AmountUnit.YiYuan);

    public static Arbitrary<Amount> Amounts() => AnyAmount.ToArbitrary();

    public static Arbitrary<AmountUnit> Units() => AnyUnit.ToArbitrary();
}
