using System.Numerics;

namespace Budget.Domain.Money;

/// <summary>Exact integer arithmetic for rounding quotients: no binary floating point, no rounding in two steps.</summary>
internal static class ExactMath
{
    /// <summary>Rounds <paramref name="numerator"/> / <paramref name="denominator"/> to a whole number.</summary>
    internal static BigInteger DivideAndRound(BigInteger numerator, BigInteger denominator, MidpointRounding mode)
    {
        if (denominator.Sign < 0)
        {
            numerator = -numerator;
            denominator = -denominator;
        }

        var quotient = BigInteger.DivRem(numerator, denominator, out var remainder);
        if (remainder.IsZero)
        {
            return quotient;
        }

        int sign = numerator.Sign;
        int half = (BigInteger.Abs(remainder) * 2).CompareTo(denominator);
        bool awayFromZero = mode switch
        {
            MidpointRounding.ToZero => false,
            MidpointRounding.AwayFromZero => half >= 0,
            MidpointRounding.ToEven => half > 0 || (half == 0 && !quotient.IsEven),
            MidpointRounding.ToNegativeInfinity => sign < 0,
            MidpointRounding.ToPositiveInfinity => sign > 0,
            _ => throw new ArgumentOutOfRangeException(nameof(mode), mode, "Not a defined rounding mode."),
        };
        return awayFromZero ? quotient + sign : quotient;
    }

    /// <summary>Rounds a quotient to <paramref name="decimals"/> places and returns it as an exact decimal.</summary>
    internal static decimal RoundQuotient(BigInteger numerator, BigInteger denominator, int decimals, MidpointRounding mode)
    {
        var scale = BigInteger.Pow(10, decimals);
        var scaled = DivideAndRound(numerator * scale, denominator, mode);
        return ToDecimal(scaled, decimals);
    }

    /// <summary>The decimal <paramref name="mantissa"/> × 10^-<paramref name="scale"/>, exactly.</summary>
    internal static decimal ToDecimal(BigInteger mantissa, int scale)
    {
        var magnitude = BigInteger.Abs(mantissa);
        if (magnitude.GetBitLength() > 96 || scale > 28)
        {
            throw new OverflowException("The value is outside the range of System.Decimal.");
        }

        var bytes = new byte[12];
        magnitude.TryWriteBytes(bytes, out _, isUnsigned: true, isBigEndian: false);
        int lo = BitConverter.ToInt32(bytes, 0), mid = BitConverter.ToInt32(bytes, 4), hi = BitConverter.ToInt32(bytes, 8);
        return new decimal(lo, mid, hi, mantissa.Sign < 0, (byte)scale);
    }

    /// <summary>A non-negative decimal as an integer numerator over 10^scale.</summary>
    internal static BigInteger Numerator(decimal value, int scale)
    {
        // value * 10^scale is an integer because scale is at least the value's own scale.
        var whole = (BigInteger)decimal.Truncate(value);
        var fraction = value - decimal.Truncate(value);
        var result = whole * BigInteger.Pow(10, scale);
        if (fraction != 0)
        {
            int ownScale = fraction.Scale;
            var fractionDigits = (BigInteger)(fraction * Pow10(ownScale));
            result += fractionDigits * BigInteger.Pow(10, scale - ownScale);
        }

        return result;
    }

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
