using System.Globalization;
using System.Numerics;

namespace Budget.Domain.Money;

/// <summary>
/// A percentage as disclosures print it (<c>93.59%</c>, <c>-100.00%</c>), or "not applicable" (a rate on a
/// zero base, such as growth from nothing).
/// </summary>
/// <remarks>
/// <para>
/// Held as an exact decimal number of percent with at most ten decimals and fewer than 10^8 percent in
/// magnitude. Equality ignores decimal scale (93.5% == 93.50%). Not-applicable rates are equal to each other
/// and order before every applicable rate.
/// </para>
/// <para>
/// <c>default(Rate)</c> is <see cref="NotApplicable"/>, so an unset rate is never mistaken for 0%. Immutable
/// and thread-safe.
/// </para>
/// </remarks>
public readonly struct Rate : IEquatable<Rate>, IComparable<Rate>, IComparable
{
    private const int MaxDecimals = 10;

    private Rate(decimal percent)
    {
        Percent = percent;
        IsApplicable = true;
    }

    /// <summary>The rate that does not apply (zero base). Printed as <c>-</c>.</summary>
    public static Rate NotApplicable => default;

    /// <summary>0%.</summary>
    public static Rate Zero => new(0m);

    /// <summary>Whether the rate applies; false for a rate on a zero base.</summary>
    public bool IsApplicable { get; }

    /// <summary>The rate in percent (93.59 for 93.59%); zero when not applicable. A parsed rate keeps the decimals it
    /// was printed with (0.10% has scale 2), which equality ignores.</summary>
    public decimal Percent { get; }

    /// <summary>The rate as a fraction (0.9359 for 93.59%); zero when not applicable.</summary>
    public decimal Fraction => Percent / 100m;

    /// <summary>Creates a rate from a number of percent.</summary>
    /// <param name="percent">The percent, with at most ten decimals (trailing zeros do not count).</param>
    /// <returns>The rate.</returns>
    /// <exception cref="ArgumentException">More than ten decimals: round first with <see cref="RoundingPolicy.Round(decimal)"/>.</exception>
    /// <exception cref="OverflowException">10^8 percent or more in magnitude.</exception>
    public static Rate FromPercent(decimal percent)
    {
        var (mantissa, scale) = Digits(percent);
        if (scale > MaxDecimals)
        {
            throw new ArgumentException("A rate keeps at most ten decimals of percent; round it first.", nameof(percent));
        }

        return InRange(mantissa, scale) ? new(percent) : throw RangeError();
    }

    /// <summary>The change rate as <see cref="Change"/> computes it, without throwing when it is out of range.</summary>
    /// <param name="from">The base.</param>
    /// <param name="to">The new amount.</param>
    /// <param name="policy">How to round the percent.</param>
    /// <param name="rate">The rate; not applicable when it is out of range.</param>
    /// <returns>Whether the rate is less than 10^8 percent in magnitude (a zero base gives true and not applicable).</returns>
    public static bool TryChange(Amount from, Amount to, RoundingPolicy policy, out Rate rate)
    {
        ArgumentNullException.ThrowIfNull(policy);
        rate = NotApplicable;
        return from.IsZero || TryQuotient((new BigInteger(to.Fen) - from.Fen) * 100, BigInteger.Abs(from.Fen), policy, out rate);
    }

    /// <summary>The share as <see cref="Share"/> computes it, without throwing when it is out of range.</summary>
    /// <param name="part">The part.</param>
    /// <param name="whole">The whole.</param>
    /// <param name="policy">How to round the percent.</param>
    /// <param name="rate">The rate; not applicable when it is out of range.</param>
    /// <returns>Whether the rate is less than 10^8 percent in magnitude (a zero whole gives true and not applicable).</returns>
    public static bool TryShare(Amount part, Amount whole, RoundingPolicy policy, out Rate rate)
    {
        ArgumentNullException.ThrowIfNull(policy);
        rate = NotApplicable;
        return whole.IsZero || TryQuotient(new BigInteger(part.Fen) * 100, whole.Fen, policy, out rate);
    }

    private static bool TryQuotient(BigInteger numerator, BigInteger denominator, RoundingPolicy policy, out Rate rate)
    {
        var percent = ExactMath.RoundQuotient(numerator, denominator, policy.Decimals, policy.Mode);
        var (mantissa, scale) = Digits(percent);
        rate = InRange(mantissa, scale) ? new(percent) : NotApplicable;
        return rate.IsApplicable;
    }

    private static bool InRange(BigInteger mantissa, int scale) => mantissa <= NumberText.MaxMantissa / BigInteger.Pow(10, MaxDecimals - scale);

    private static OverflowException RangeError() => new("A rate must be less than 100,000,000% in magnitude.");

    /// <summary>
    /// The change rate from one amount to another, (to − from) / |from|, in percent rounded by the policy
    /// (增减% = 增减额 / 执行数). Not applicable when <paramref name="from"/> is zero.
    /// </summary>
    /// <param name="from">The base (for example the prior year's 执行数).</param>
    /// <param name="to">The new amount (for example this year's 预算数).</param>
    /// <param name="policy">How to round the percent.</param>
    /// <returns>For 223,672.44 → 433,002.21 with the default policy, 93.59%.</returns>
    /// <exception cref="OverflowException">The rate is 10^8 percent or more (<see cref="TryChange"/> does not throw).</exception>
    public static Rate Change(Amount from, Amount to, RoundingPolicy policy)
    {
        return TryChange(from, to, policy, out var rate) ? rate : throw RangeError();
    }

    /// <summary>
    /// The share of a part in a whole, part / whole, in percent rounded by the policy (占 x%). Not applicable
    /// when <paramref name="whole"/> is zero.
    /// </summary>
    /// <param name="part">The part.</param>
    /// <param name="whole">The whole.</param>
    /// <param name="policy">How to round the percent.</param>
    /// <returns>For 44,423.56 of 479,761.98 with the default policy, 9.26%.</returns>
    /// <exception cref="OverflowException">The rate is 10^8 percent or more (<see cref="TryShare"/> does not throw).</exception>
    public static Rate Share(Amount part, Amount whole, RoundingPolicy policy)
    {
        return TryShare(part, whole, policy, out var rate) ? rate : throw RangeError();
    }

    /// <summary>Reads a rate without throwing: <c>93.59%</c>, <c>-100.00%</c>, <c>９３．５９％</c>,
    /// <c>&lt;b&gt;7.15%&lt;/b&gt;</c>, or <c>93.59</c> in a column headed (%); a dash (<c>-</c>, <c>—</c>, <c>--</c>) is
    /// <see cref="NotApplicable"/>.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The rate, or what was wrong and where.</returns>
    public static ParseResult<Rate> Parse(string? text)
    {
        if (!NumberText.TryScan(text, NumberSyntax.Rate, out var n, out var error))
        {
            return ParseResult.Fail<Rate>(error!);
        }

        if (n.IsEmptyMarker)
        {
            return ParseResult.Ok(NotApplicable);
        }

        if (n.Scale > MaxDecimals)
        {
            return ParseResult.Fail<Rate>(NumberText.Error(
                ParseErrorKind.TooManyDecimals, text, n.FractionStart + MaxDecimals, "A rate keeps at most ten decimals of percent."));
        }

        if (n.Mantissa > NumberText.MaxMantissa / NumberText.Pow10(MaxDecimals - n.Scale))
        {
            return ParseResult.Fail<Rate>(new ParseError(ParseErrorKind.Overflow, text, 0, "A rate must be less than 100,000,000% in magnitude."));
        }

        // The mantissa's two 32-bit halves, assembled bit for bit (unchecked: the low half may exceed int.MaxValue).
        var percent = new decimal(unchecked((int)n.Mantissa), unchecked((int)(n.Mantissa >> 32)), 0, n.Negative, (byte)n.Scale);

        // Keep the decimals as printed (0.10% has two): validation reads a printed rate as ± half its last digit.
        // Adding a zero of that scale gives the sum that scale, and the value stays exact.
        if (n.PrintedScale > n.Scale && n.PrintedScale <= MaxDecimals)
        {
            percent += new decimal(0, 0, 0, false, (byte)n.PrintedScale);
        }

        return ParseResult.Ok(new Rate(percent));
    }

    /// <summary>Reads a rate as <see cref="Parse"/> does, returning whether it succeeded.</summary>
    /// <param name="text">The text.</param>
    /// <param name="rate">The rate read; not applicable on failure.</param>
    /// <returns>Whether the text is a rate.</returns>
    public static bool TryParse(string? text, out Rate rate) => Parse(text).TryGetValue(out rate);

    /// <summary>Rounds the percent by a policy.</summary>
    /// <param name="policy">How to round.</param>
    /// <returns>The rounded rate; not applicable stays not applicable.</returns>
    public Rate Round(RoundingPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        return IsApplicable ? new(policy.Round(Percent)) : this;
    }

    /// <summary>The difference to another rate in percentage points (this − other).</summary>
    /// <param name="other">The other rate.</param>
    /// <returns>The difference in percentage points.</returns>
    /// <exception cref="IncompatibleOperandsException">Either rate is not applicable.</exception>
    public decimal PointsAbove(Rate other)
    {
        if (!IsApplicable || !other.IsApplicable)
        {
            throw new IncompatibleOperandsException($"Cannot take the difference of {this} and {other}: a rate that is not applicable has no value.");
        }

        return Percent - other.Percent;
    }

    /// <summary>Handles both cases exhaustively.</summary>
    /// <typeparam name="TResult">The type of the answer.</typeparam>
    /// <param name="applicable">Called with the percent when the rate applies.</param>
    /// <param name="notApplicable">Called when it does not.</param>
    /// <returns>What the chosen function returns.</returns>
    public TResult Match<TResult>(Func<decimal, TResult> applicable, Func<TResult> notApplicable)
    {
        ArgumentNullException.ThrowIfNull(applicable);
        ArgumentNullException.ThrowIfNull(notApplicable);
        return IsApplicable ? applicable(Percent) : notApplicable();
    }

    /// <summary>Prints the rate as disclosures do: at least two decimals, more if needed to be exact, and <c>%</c>;
    /// <c>-</c> when not applicable. <see cref="Parse"/> reads it back to an equal rate.</summary>
    /// <returns>For example <c>93.59%</c>, <c>-100.00%</c>, <c>-</c>.</returns>
    public string Format() =>
        IsApplicable ? Percent.ToString("0.00########", CultureInfo.InvariantCulture) + "%" : "-";

    /// <summary>The rate as <see cref="Format"/> prints it, or <c>n/a</c> when not applicable.</summary>
    /// <returns>For example <c>93.59%</c> or <c>n/a</c>.</returns>
    public override string ToString() => IsApplicable ? Format() : "n/a";

    /// <inheritdoc/>
    public bool Equals(Rate other) => IsApplicable == other.IsApplicable && Percent == other.Percent;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Rate other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(IsApplicable, Percent);

    /// <summary>Orders rates: not applicable first, then by percent.</summary>
    /// <param name="other">The other rate.</param>
    /// <returns>Negative, zero or positive.</returns>
    public int CompareTo(Rate other) =>
        IsApplicable != other.IsApplicable ? (IsApplicable ? 1 : -1) : Percent.CompareTo(other.Percent);

    /// <inheritdoc/>
    int IComparable.CompareTo(object? obj) => obj switch
    {
        null => 1,
        Rate other => CompareTo(other),
        _ => throw new ArgumentException("The object is not a Rate.", nameof(obj)),
    };

    /// <summary>Whether two rates are equal.</summary>
    /// <param name="left">The first rate.</param>
    /// <param name="right">The second rate.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(Rate left, Rate right) => left.Equals(right);

    /// <summary>Whether two rates differ.</summary>
    /// <param name="left">The first rate.</param>
    /// <param name="right">The second rate.</param>
    /// <returns>True when they differ.</returns>
    public static bool operator !=(Rate left, Rate right) => !left.Equals(right);

    /// <summary>Whether the first rate orders before the second.</summary>
    /// <param name="left">The first rate.</param>
    /// <param name="right">The second rate.</param>
    /// <returns>True when <paramref name="left"/> &lt; <paramref name="right"/>.</returns>
    public static bool operator <(Rate left, Rate right) => left.CompareTo(right) < 0;

    /// <summary>Whether the first rate orders before or with the second.</summary>
    /// <param name="left">The first rate.</param>
    /// <param name="right">The second rate.</param>
    /// <returns>True when <paramref name="left"/> ≤ <paramref name="right"/>.</returns>
    public static bool operator <=(Rate left, Rate right) => left.CompareTo(right) <= 0;

    /// <summary>Whether the first rate orders after the second.</summary>
    /// <param name="left">The first rate.</param>
    /// <param name="right">The second rate.</param>
    /// <returns>True when <paramref name="left"/> &gt; <paramref name="right"/>.</returns>
    public static bool operator >(Rate left, Rate right) => left.CompareTo(right) > 0;

    /// <summary>Whether the first rate orders after or with the second.</summary>
    /// <param name="left">The first rate.</param>
    /// <param name="right">The second rate.</param>
    /// <returns>True when <paramref name="left"/> ≥ <paramref name="right"/>.</returns>
    public static bool operator >=(Rate left, Rate right) => left.CompareTo(right) >= 0;

    private static (BigInteger Mantissa, int Scale) Digits(decimal value)
    {
        int scale = value.Scale;
        var mantissa = ExactMath.Numerator(Math.Abs(value), scale);
        while (scale > 0 && (mantissa % 10).IsZero)
        {
            mantissa /= 10;
            scale--;
        }

        return (mantissa, scale);
    }
}
