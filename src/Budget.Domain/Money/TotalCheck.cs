using System.Globalization;

namespace Budget.Domain.Money;

/// <summary>How a stated total compares with the sum of its displayed parts.</summary>
public enum Consistency
{
    /// <summary>The total equals the sum of the parts to the last displayed digit.</summary>
    Exact = 0,

    /// <summary>The total differs from the sum, but by no more than rounding of the displayed figures can explain.</summary>
    WithinRounding = 1,

    /// <summary>The difference is larger than rounding can explain.</summary>
    Inconsistent = 2,
}

/// <summary>
/// A rounding-aware comparison of a stated total with the sum of displayed parts. Each figure displayed with
/// two decimals in a unit stands for the interval ±0.005 of that unit around it, so a total of n parts can
/// differ from their displayed sum by up to (n + 1) × 0.005 without any error.
/// </summary>
/// <remarks>Immutable and thread-safe; equal when every property is equal. Validation builds on it. It never throws
/// for any amounts: the sum and the difference are computed exactly, and when either is outside the range of an
/// amount the outcome is <see cref="Consistency.Inconsistent"/> (an in-range total cannot equal such a sum),
/// <see cref="SumOfParts"/> or <see cref="Difference"/> is null and <see cref="ToString"/> prints the exact figure.</remarks>
public sealed record TotalCheck
{
    private readonly Int128 exactSum;

    private TotalCheck(Amount stated, Int128 sumOfParts, int partCount, AmountUnit unit)
    {
        exactSum = sumOfParts;
        Stated = stated;
        PartCount = partCount;
        Unit = unit;
        SumOfParts = Amount.FromExact(sumOfParts);
        Int128 difference = stated.Fen - sumOfParts;
        Difference = Amount.FromExact(difference);
        Tolerance = (partCount + 1m) * 0.005m;
        Int128 doubledDifference = Int128.Abs(difference) * 2;
        Int128 doubledTolerance = ((Int128)partCount + 1) * (unit.FenPerUnit() / 100);
        Outcome = difference == 0 ? Consistency.Exact
            : doubledDifference <= doubledTolerance ? Consistency.WithinRounding
            : Consistency.Inconsistent;
    }

    /// <summary>The verdict.</summary>
    public Consistency Outcome { get; }

    /// <summary>Whether the total is exact or within rounding.</summary>
    public bool IsConsistent => Outcome != Consistency.Inconsistent;

    /// <summary>The total as stated.</summary>
    public Amount Stated { get; }

    /// <summary>The sum of the displayed parts; null when it is outside the range of an amount.</summary>
    public Amount? SumOfParts { get; }

    /// <summary>Stated total minus the sum of the parts; null when it is outside the range of an amount.</summary>
    public Amount? Difference { get; }

    /// <summary>The largest difference rounding can explain, in <see cref="Unit"/>: (n + 1) × 0.005.</summary>
    public decimal Tolerance { get; }

    /// <summary>How many parts were summed.</summary>
    public int PartCount { get; }

    /// <summary>The unit the figures are displayed in, with two decimals.</summary>
    public AmountUnit Unit { get; }

    /// <summary>Compares a stated total with displayed parts. Never throws for any amounts (see the remarks).</summary>
    /// <param name="stated">The total as stated.</param>
    /// <param name="displayedParts">The parts as displayed.</param>
    /// <param name="unit">The unit the figures are displayed in, with two decimals (0.01 万元 in most tables).</param>
    /// <returns>The comparison.</returns>
    public static TotalCheck Of(Amount stated, IEnumerable<Amount> displayedParts, AmountUnit unit)
    {
        ArgumentNullException.ThrowIfNull(displayedParts);
        var parts = displayedParts as IReadOnlyCollection<Amount> ?? displayedParts.ToList();
        return new(stated, Amount.ExactSum(parts), parts.Count, unit);
    }

    /// <inheritdoc/>
    public bool Equals(TotalCheck? other) =>
        other is not null && exactSum == other.exactSum && Stated == other.Stated && PartCount == other.PartCount && Unit == other.Unit;

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(exactSum, Stated, PartCount, Unit);

    /// <summary>The verdict with the figures.</summary>
    /// <returns>For example <c>WithinRounding: stated 100.01 万元, parts (3) sum to 100.00 万元, difference 0.01 万元, tolerance ±0.02 万元</c>.</returns>
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"{Outcome}: stated {Stated.FormatWithUnit(Unit)}, parts ({PartCount}) sum to {Amount.FormatExact(exactSum, Unit)} {Unit.Symbol()}, difference {Amount.FormatExact(Stated.Fen - exactSum, Unit)} {Unit.Symbol()}, tolerance ±{Tolerance} {Unit.Symbol()}");
}
