using System.Globalization;

namespace Budget.Domain.Money;

/// <summary>
/// How figures are rounded: a mode (四舍五入 by default) and a number of decimals (2 by default), for
/// amounts in a display unit and for rates in percent.
/// </summary>
/// <remarks>
/// Immutable and thread-safe; pass it explicitly wherever rounding happens (the library has no ambient
/// rounding setting). Two policies are equal when mode and decimals are equal.
/// </remarks>
public sealed record RoundingPolicy
{
    /// <summary>Creates a policy.</summary>
    /// <param name="mode">How to round: <see cref="MidpointRounding.AwayFromZero"/> is 四舍五入.</param>
    /// <param name="decimals">How many decimals to keep, 0 to 10.</param>
    /// <exception cref="ArgumentOutOfRangeException">An undefined mode or decimals outside 0 to 10.</exception>
    public RoundingPolicy(MidpointRounding mode, int decimals)
    {
        if (!Enum.IsDefined(mode))
        {
            throw new ArgumentOutOfRangeException(nameof(mode), mode, "Not a defined rounding mode.");
        }

        ArgumentOutOfRangeException.ThrowIfNegative(decimals);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(decimals, 10);
        Mode = mode;
        Decimals = decimals;
    }

    /// <summary>四舍五入 (half away from zero) to two decimals: the Chinese convention and the library's default.</summary>
    public static RoundingPolicy Default { get; } = new(MidpointRounding.AwayFromZero, 2);

    /// <summary>Banker's rounding (half to even) to two decimals.</summary>
    public static RoundingPolicy HalfToEven { get; } = new(MidpointRounding.ToEven, 2);

    /// <summary>Truncation (toward zero) to two decimals.</summary>
    public static RoundingPolicy TowardZero { get; } = new(MidpointRounding.ToZero, 2);

    /// <summary>How to round.</summary>
    public MidpointRounding Mode { get; }

    /// <summary>How many decimals to keep.</summary>
    public int Decimals { get; }

    /// <summary>The same mode with another number of decimals.</summary>
    /// <param name="decimals">How many decimals to keep, 0 to 10.</param>
    /// <returns>A new policy.</returns>
    public RoundingPolicy WithDecimals(int decimals) => new(Mode, decimals);

    /// <summary>The same number of decimals with another mode.</summary>
    /// <param name="mode">How to round.</param>
    /// <returns>A new policy.</returns>
    public RoundingPolicy WithMode(MidpointRounding mode) => new(mode, Decimals);

    /// <summary>Rounds a number to <see cref="Decimals"/> places by <see cref="Mode"/>.</summary>
    /// <param name="value">The number.</param>
    /// <returns>The rounded number.</returns>
    public decimal Round(decimal value) => Math.Round(value, Decimals, Mode);

    /// <summary>Rounds an amount to <see cref="Decimals"/> places of a display unit (0.01 万元 by default).</summary>
    /// <param name="amount">The amount.</param>
    /// <param name="unit">The unit it is displayed in.</param>
    /// <returns>The rounded amount.</returns>
    public Amount Round(Amount amount, AmountUnit unit) => amount.Round(unit, this);

    /// <summary>Names the mode and the decimals.</summary>
    /// <returns>For example <c>四舍五入 (half away from zero), 2 decimals</c>.</returns>
    public override string ToString()
    {
        string mode = Mode switch
        {
            MidpointRounding.AwayFromZero => "四舍五入 (half away from zero)",
            MidpointRounding.ToEven => "half to even",
            MidpointRounding.ToZero => "toward zero",
            MidpointRounding.ToNegativeInfinity => "toward negative infinity",
            _ => "toward positive infinity",
        };
        return string.Create(CultureInfo.InvariantCulture, $"{mode}, {Decimals} decimals");
    }

    /// <summary>The display step in fen: 0.01 万元 is 10 000 fen; never less than 1.</summary>
    internal long StepFen(AmountUnit unit)
    {
        long step = unit.FenPerUnit();
        for (int i = 0; i < Decimals && step > 1; i++)
        {
            step /= 10;
        }

        return step;
    }
}
