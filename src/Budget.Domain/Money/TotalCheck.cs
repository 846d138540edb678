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
/// <remarks>Immutable and thread-safe; equal when every property is equal. Validation builds on it.</remarks>
public sealed record TotalCheck
{
    private TotalCheck(Amount stated, Amount sumOfParts, int partCount, AmountUnit unit)
    {
        Stated = stated;
        SumOfParts = sumOfParts;
        PartCount = partCount;
        Unit = unit;
        Difference = stated - sumOfParts;
        Tolerance = (partCount + 1) * 0.005m;
        long doubledDifference = Math.Abs(Difference.Fen) * 2;
        long doubledTolerance = (partCount + 1) * (unit.FenPerUnit() / 100);
        Outcome = Difference.IsZero ? Consistency.Exact
            : doubledDifference <= doubledTolerance ? Consistency.WithinRounding
            : Consistency.Inconsistent;
    }

    /// <summary>The verdict.</summary>
    public Consistency Outcome { get; }

    /// <summary>Whether the total is exact or within rounding.</summary>
    public bool IsConsistent => Outcome != Consistency.Inconsistent;

    /// <summary>The total as stated.</summary>
    public Amount Stated { get; }

    /// <summary>The sum of the displayed parts.</summary>
    public Amount SumOfParts { get; }

    /// <summary>Stated total minus the sum of the parts.</summary>
    public Amount Difference { get; }

    /// <summary>The largest difference rounding can explain, in <see cref="Unit"/>: (n + 1) × 0.005.</summary>
    public decimal Tolerance { get; }

    /// <summary>How many parts were summed.</summary>
    public int PartCount { get; }

    /// <summary>The unit the figures are displayed in, with two decimals.</summary>
    public AmountUnit Unit { get; }

    /// <summary>Compares a stated total with displayed parts.</summary>
    /// <param name="stated">The total as stated.</param>
    /// <param name="displayedParts">The parts as displayed.</param>
    /// <param name="unit">The unit the figures are displayed in, with two decimals (0.01 万元 in most tables).</param>
    /// <returns>The comparison.</returns>
    /// <exception cref="OverflowException">The sum of the parts is out of range.</exception>
    public static TotalCheck Of(Amount stated, IEnumerable<Amount> displayedParts, AmountUnit unit)
    {
        ArgumentNullException.ThrowIfNull(displayedParts);
        var parts = displayedParts as IReadOnlyCollection<Amount> ?? displayedParts.ToList();
        return new(stated, Amount.Sum(parts), parts.Count, unit);
    }

    /// <summary>The verdict with the figures.</summary>
    /// <returns>For example <c>WithinRounding: stated 100.01 万元, parts (3) sum to 100.00 万元, difference 0.01 万元, tolerance ±0.02 万元</c>.</returns>
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"{Outcome}: stated {Stated.FormatWithUnit(Unit)}, parts ({PartCount}) sum to {SumOfParts.FormatWithUnit(Unit)}, difference {Difference.FormatWithUnit(Unit)}, tolerance ±{Tolerance} {Unit.Symbol()}");
}
