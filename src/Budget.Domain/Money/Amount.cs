using System.Globalization;
using System.Numerics;

namespace Budget.Domain.Money;

/// <summary>
/// An exact amount of Chinese yuan (CNY), held as a whole number of 分 (fen, 0.01 元).
/// </summary>
/// <remarks>
/// <para>
/// An amount has no unit of its own: 1.00 万元 and 10,000.00 元 are the same amount. Units (元, 万元, 亿元)
/// only decide how an amount is read from text and printed (<see cref="Parse"/>, <see cref="Format"/>),
/// so converting between units never loses precision.
/// </para>
/// <para>
/// The range is ±9,999,999,999,999,999.99 元 (just under 10^16 元), at 分 precision. Arithmetic that leaves
/// the range throws <see cref="OverflowException"/>; it never wraps. No binary floating point is used anywhere.
/// </para>
/// <para>
/// Equality and ordering are by value, so they ignore how many decimals the figure was written with
/// (12.5 == 12.50). <c>default(Amount)</c> is zero. The type is an immutable value and thread-safe.
/// </para>
/// </remarks>
public readonly partial struct Amount : IEquatable<Amount>, IComparable<Amount>, IComparable
{
    /// <summary>The largest number of fen an amount can hold: 999,999,999,999,999,999 (about 10^16 元).</summary>
    public const long MaxFen = NumberText.MaxMantissa;

    /// <summary>The smallest number of fen an amount can hold: −<see cref="MaxFen"/>.</summary>
    public const long MinFen = -MaxFen;

    private readonly long fen;

    private Amount(long fen) => this.fen = fen;

    /// <summary>Zero yuan (also <c>default(Amount)</c>).</summary>
    public static Amount Zero => default;

    /// <summary>The largest amount: 9,999,999,999,999,999.99 元.</summary>
    public static Amount MaxValue => new(MaxFen);

    /// <summary>The smallest amount: −9,999,999,999,999,999.99 元.</summary>
    public static Amount MinValue => new(MinFen);

    /// <summary>The amount in 分 (fen): 1 元 is 100.</summary>
    public long Fen => fen;

    /// <summary>The amount in 元, exactly.</summary>
    public decimal Yuan => ToDecimal(AmountUnit.Yuan);

    /// <summary>The amount in 万元, exactly (up to six decimals).</summary>
    public decimal WanYuan => ToDecimal(AmountUnit.WanYuan);

    /// <summary>The amount in 亿元, exactly (up to ten decimals).</summary>
    public decimal YiYuan => ToDecimal(AmountUnit.YiYuan);

    /// <summary>−1, 0 or 1 as the amount is negative, zero or positive.</summary>
    public int Sign => Math.Sign(fen);

    /// <summary>Whether the amount is zero.</summary>
    public bool IsZero => fen == 0;

    /// <summary>Whether the amount is below zero.</summary>
    public bool IsNegative => fen < 0;

    /// <summary>Creates an amount from a number of fen.</summary>
    /// <param name="fen">The number of 分.</param>
    /// <returns>The amount.</returns>
    /// <exception cref="OverflowException">The value is outside [<see cref="MinFen"/>, <see cref="MaxFen"/>].</exception>
    public static Amount FromFen(long fen) => new(CheckRange(fen));

    /// <summary>Creates an amount from a number of 元.</summary>
    /// <param name="yuan">The number of 元; at most two decimals that are not zero.</param>
    /// <returns>The amount.</returns>
    /// <exception cref="ArgumentException">The value has a fraction of a 分.</exception>
    /// <exception cref="OverflowException">The value is out of range.</exception>
    public static Amount FromYuan(decimal yuan) => From(yuan, AmountUnit.Yuan);

    /// <summary>Creates an amount from a number of 万元.</summary>
    /// <param name="wanYuan">The number of 万元; at most six decimals that are not zero.</param>
    /// <returns>The amount.</returns>
    /// <exception cref="ArgumentException">The value has a fraction of a 分.</exception>
    /// <exception cref="OverflowException">The value is out of range.</exception>
    public static Amount FromWanYuan(decimal wanYuan) => From(wanYuan, AmountUnit.WanYuan);

    /// <summary>Creates an amount from a number of 亿元.</summary>
    /// <param name="yiYuan">The number of 亿元; at most ten decimals that are not zero.</param>
    /// <returns>The amount.</returns>
    /// <exception cref="ArgumentException">The value has a fraction of a 分.</exception>
    /// <exception cref="OverflowException">The value is out of range.</exception>
    public static Amount FromYiYuan(decimal yiYuan) => From(yiYuan, AmountUnit.YiYuan);

    /// <summary>Creates an amount from a number in the given unit, exactly.</summary>
    /// <param name="value">The number.</param>
    /// <param name="unit">The unit the number is in.</param>
    /// <returns>The amount.</returns>
    /// <exception cref="ArgumentException">The value has a fraction of a 分: round it first with <see cref="FromRounded"/>.</exception>
    /// <exception cref="OverflowException">The value is out of range.</exception>
    public static Amount From(decimal value, AmountUnit unit)
    {
        decimal fen = value * unit.FenPerUnit();
        if (fen != decimal.Truncate(fen))
        {
            throw new ArgumentException(
                $"{value.ToString(System.Globalization.CultureInfo.InvariantCulture)} {unit.Symbol()} is not a whole number of 分; use FromRounded with a rounding policy.",
                nameof(value));
        }

        return new(CheckRange(fen));
    }

    /// <summary>Creates an amount from a number in the given unit, rounded to the 分 by the policy's mode.</summary>
    /// <param name="value">The number.</param>
    /// <param name="unit">The unit the number is in.</param>
    /// <param name="policy">The rounding policy whose <see cref="RoundingPolicy.Mode"/> is used.</param>
    /// <returns>The amount.</returns>
    /// <exception cref="OverflowException">The value is out of range.</exception>
    public static Amount FromRounded(decimal value, AmountUnit unit, RoundingPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        return new(CheckRange(Math.Round(value * unit.FenPerUnit(), 0, policy.Mode)));
    }

    /// <summary>The amount as an exact decimal number of the given unit.</summary>
    /// <param name="unit">The unit.</param>
    /// <returns>For example 479761.98 for 479,761.98 万元 in <see cref="AmountUnit.WanYuan"/>.</returns>
    public decimal ToDecimal(AmountUnit unit) => fen / (decimal)unit.FenPerUnit();

    /// <summary>The absolute value.</summary>
    /// <returns>The amount without its sign.</returns>
    public Amount Abs() => new(Math.Abs(fen));

    /// <summary>
    /// Rounds to the display precision of a unit: <paramref name="policy"/>'s
    /// <see cref="RoundingPolicy.Decimals"/> decimals of <paramref name="unit"/> (0.01 万元 by default).
    /// </summary>
    /// <param name="unit">The unit the amount is displayed in.</param>
    /// <param name="policy">How to round.</param>
    /// <returns>The rounded amount.</returns>
    public Amount Round(AmountUnit unit, RoundingPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        long step = policy.StepFen(unit);
        if (step == 1)
        {
            return this;
        }

        var steps = ExactMath.DivideAndRound(fen, step, policy.Mode);
        return new(CheckRange((decimal)(steps * step)));
    }

    /// <summary>Multiplies by a factor and rounds the product to the 分 by the policy's mode.</summary>
    /// <param name="factor">The factor (for example 1.05 for a 5% rise).</param>
    /// <param name="policy">The rounding policy whose <see cref="RoundingPolicy.Mode"/> is used.</param>
    /// <returns>The product.</returns>
    /// <exception cref="OverflowException">The product is out of range.</exception>
    public Amount Multiply(decimal factor, RoundingPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        int scale = factor.Scale;
        var numerator = ExactMath.Numerator(Math.Abs(factor), scale) * fen * Math.Sign(factor);
        var product = ExactMath.DivideAndRound(numerator, BigInteger.Pow(10, scale), policy.Mode);
        return new(CheckRange(product));
    }

    /// <summary>The sum of amounts. Only the total must be in range: the running sum may leave it, so the order of the
    /// amounts never matters (<c>[Max, Max, Min]</c> is Max).</summary>
    /// <param name="amounts">The amounts to add.</param>
    /// <returns>The sum; zero for none.</returns>
    /// <exception cref="OverflowException">The total is out of range (<see cref="TrySum"/> is the form that does not throw).</exception>
    public static Amount Sum(IEnumerable<Amount> amounts) =>
        TrySum(amounts, out var sum) ? sum : throw RangeError();

    /// <summary>The sum of amounts without throwing when the total is out of range.</summary>
    /// <param name="amounts">The amounts to add.</param>
    /// <param name="sum">The sum; zero when it is out of range.</param>
    /// <returns>Whether the total is within the range of an amount.</returns>
    public static bool TrySum(IEnumerable<Amount> amounts, out Amount sum)
    {
        var total = ExactSum(amounts);
        bool inRange = total >= MinFen && total <= MaxFen;
        sum = inRange ? new((long)total) : Zero;
        return inRange;
    }

    /// <summary>The exact sum in fen, out of range or not (2^63 values of ±<see cref="MaxFen"/> still fit).</summary>
    internal static Int128 ExactSum(IEnumerable<Amount> amounts)
    {
        ArgumentNullException.ThrowIfNull(amounts);
        Int128 total = 0;
        foreach (var a in amounts)
        {
            total += a.fen;
        }

        return total;
    }

    /// <summary>The larger of two amounts.</summary>
    /// <param name="a">The first amount.</param>
    /// <param name="b">The second amount.</param>
    /// <returns>The larger.</returns>
    public static Amount Max(Amount a, Amount b) => a.fen >= b.fen ? a : b;

    /// <summary>The smaller of two amounts.</summary>
    /// <param name="a">The first amount.</param>
    /// <param name="b">The second amount.</param>
    /// <returns>The smaller.</returns>
    public static Amount Min(Amount a, Amount b) => a.fen <= b.fen ? a : b;

    /// <inheritdoc/>
    public bool Equals(Amount other) => fen == other.fen;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Amount other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => fen.GetHashCode();

    /// <summary>Orders amounts by value, smallest first.</summary>
    /// <param name="other">The other amount.</param>
    /// <returns>Negative, zero or positive.</returns>
    public int CompareTo(Amount other) => fen.CompareTo(other.fen);

    /// <inheritdoc/>
    int IComparable.CompareTo(object? obj) => obj switch
    {
        null => 1,
        Amount other => CompareTo(other),
        _ => throw new ArgumentException("The object is not an Amount.", nameof(obj)),
    };

    /// <summary>An exact number of fen as an amount, or null when it is outside the range.</summary>
    internal static Amount? FromExact(Int128 fen) => fen >= MinFen && fen <= MaxFen ? new Amount((long)fen) : null;

    /// <summary>Prints an exact number of fen in a unit as <see cref="Format"/> does, in range or not (for messages
    /// about sums and differences that leave the range).</summary>
    internal static string FormatExact(Int128 fen, AmountUnit unit) =>
        FromExact(fen) is { } amount
            ? amount.Format(unit)
            : ((decimal)fen / unit.FenPerUnit()).ToString("#,0.00########", CultureInfo.InvariantCulture);

    internal static long CheckRange(long fen) =>
        fen is < MinFen or > MaxFen ? throw RangeError() : fen;

    private static long CheckRange(decimal fen) =>
        fen is < MinFen or > MaxFen ? throw RangeError() : (long)fen;

    private static long CheckRange(BigInteger fen) =>
        fen < MinFen || fen > MaxFen ? throw RangeError() : (long)fen;

    private static OverflowException RangeError() =>
        new("The result is outside the range of an amount (±9,999,999,999,999,999.99 元).");
}
