using System.Numerics;
using Budget.Domain.Money;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Budget.Domain.Tests.Money;

public class AllocationTests
{
    private static readonly Gen<decimal[]> Weights =
        Gen.Choose(1, 12).SelectMany(n =>
            Gen.ArrayOf(Gen.Choose(0, 10_000).Select(w => w / 100m), n))
        .Where(ws => ws.Sum() > 0);

    [Property]
    public Property Parts_add_up_to_the_whole_exactly() =>
        Prop.ForAll(MoneyArbitraries.AnyAmount.ToArbitrary(), Weights.ToArbitrary(), (a, ws) =>
            Amount.Sum(a.Allocate(ws, AmountUnit.Yuan)) == a && a.Allocate(ws, AmountUnit.Yuan).Count == ws.Length);

    [Property]
    public Property Each_part_is_within_one_step_of_its_exact_share() =>
        Prop.ForAll(MoneyArbitraries.AnyAmount.ToArbitrary(), Weights.ToArbitrary(), (a, ws) =>
        {
            var parts = a.Allocate(ws, AmountUnit.Yuan);
            decimal total = ws.Sum();
            return parts.Select((p, i) =>
                BigInteger.Abs((new BigInteger(p.Fen) * (BigInteger)(total * 100)) - (new BigInteger(a.Fen) * (BigInteger)(ws[i] * 100)))
                < (BigInteger)(total * 100)).All(ok => ok);
        });

    [Property]
    public Property Equal_weights_give_parts_that_differ_by_at_most_one_step() =>
        Prop.ForAll(MoneyArbitraries.AnyAmount.ToArbitrary(), Gen.Choose(1, 50).ToArbitrary(), (a, n) =>
        {
            var parts = a.Split(n, AmountUnit.Yuan);
            return parts.Count == n
                && Amount.Sum(parts) == a
                && parts.Max().Fen - parts.Min().Fen <= 1
                && parts.Zip(parts.Skip(1)).All(p => Math.Abs(p.First.Fen) >= Math.Abs(p.Second.Fen));
        });

    [Property]
    public Property Splitting_in_wan_yuan_steps_keeps_every_part_on_the_display_grid() =>
        Prop.ForAll(Gen.Choose(-99_999_999, 99_999_999).ToArbitrary(), Gen.Choose(1, 20).ToArbitrary(), (steps, n) =>
        {
            var whole = Amount.FromFen(steps * 10_000L);
            var parts = whole.Split(n, AmountUnit.WanYuan);
            return Amount.Sum(parts) == whole
                && parts.All(p => p.Fen % 10_000 == 0)
                && parts.Max().Fen - parts.Min().Fen <= 10_000;
        });

    [Fact]
    public void Splits_a_hundred_yuan_in_three()
    {
        var parts = Amount.FromYuan(100m).Split(3, AmountUnit.Yuan);
        Assert.Equal([Amount.FromYuan(33.34m), Amount.FromYuan(33.33m), Amount.FromYuan(33.33m)], parts);
    }

    [Fact]
    public void Allocates_by_weights_with_the_remainder_to_the_largest_remainders()
    {
        // 0.05 元 by 1:1:1 → 5 fen: 2, 2, 1 (remainders tie, earlier parts first).
        Assert.Equal([Amount.FromFen(2), Amount.FromFen(2), Amount.FromFen(1)], Amount.FromFen(5).Allocate([1m, 1m, 1m], AmountUnit.Yuan));

        // 10 fen by 0.7 : 0.2 : 0.1 → exactly 7, 2, 1.
        Assert.Equal([Amount.FromFen(7), Amount.FromFen(2), Amount.FromFen(1)], Amount.FromFen(10).Allocate([0.7m, 0.2m, 0.1m], AmountUnit.Yuan));

        // 10 fen by 1 : 2 → 3.33 and 6.67: the larger remainder (0.67) gets the extra fen.
        Assert.Equal([Amount.FromFen(3), Amount.FromFen(7)], Amount.FromFen(10).Allocate([1m, 2m], AmountUnit.Yuan));

        // Negative amounts split symmetrically; zero weights get nothing.
        Assert.Equal([Amount.FromFen(-7), Amount.Zero, Amount.FromFen(-3)], Amount.FromFen(-10).Allocate([7m, 0m, 3m], AmountUnit.Yuan));
    }

    [Fact]
    public void Splits_the_seed_income_by_its_stated_shares()
    {
        // 收入总计 479,761.98 万元 by the narrative's shares 9.26 : 90.25 : 0.49, to 0.01 万元.
        var parts = Amount.FromWanYuan(479_761.98m).Allocate([9.26m, 90.25m, 0.49m], AmountUnit.WanYuan);
        Assert.Equal(Amount.FromWanYuan(479_761.98m), Amount.Sum(parts));
        Assert.Equal([Amount.FromWanYuan(44_425.96m), Amount.FromWanYuan(432_985.19m), Amount.FromWanYuan(2_350.83m)], parts);
    }

    [Fact]
    public void Bad_weights_and_off_grid_amounts_are_refused()
    {
        Assert.Throws<ArgumentException>(() => Amount.FromYuan(1m).Allocate([], AmountUnit.Yuan));
        Assert.Throws<ArgumentException>(() => Amount.FromYuan(1m).Allocate([1m, -1m], AmountUnit.Yuan));
        Assert.Throws<ArgumentException>(() => Amount.FromYuan(1m).Allocate([0m, 0m], AmountUnit.Yuan));
        Assert.Throws<ArgumentException>(() => Amount.FromYuan(1.23m).Allocate([1m], AmountUnit.WanYuan));
        Assert.Throws<ArgumentOutOfRangeException>(() => Amount.FromYuan(1m).Split(0, AmountUnit.Yuan));
    }
}
