using System.Globalization;

namespace Budget.Domain.Money;

/// <summary>What a number in disclosure text may carry after it.</summary>
internal enum NumberSyntax
{
    /// <summary>An amount: an optional unit symbol (元, 万元, 亿元); no percent sign.</summary>
    Amount,

    /// <summary>A rate: an optional percent sign (% or ％); no unit symbol.</summary>
    Rate,
}

/// <summary>A number as written, before it becomes an amount or a rate: sign, digits, decimals, suffix.</summary>
/// <remarks><see cref="Scale"/> counts the decimals that carry value (0.10 has 1); <see cref="PrintedScale"/> the
/// decimals as printed, trailing zeros included (0.10 has 2).</remarks>
internal readonly record struct ScannedNumber(
    bool Negative,
    long Mantissa,
    int Scale,
    int FractionStart,
    AmountUnit? Unit,
    bool IsEmptyMarker,
    int MarkerStart,
    int MarkerLength,
    int PrintedScale = 0);

/// <summary>
/// The one scanner behind every number the library reads from disclosure text. It unwraps the cell
/// (<see cref="CellText"/>: white space and markup around the number), reads a unit or percent suffix, recognises empty-cell dashes, and reads
/// ASCII or full-width digits, signs (-, −, －, +), thousands separators (, ，) and decimal points (. ．).
/// It never allocates on success and never looks at the current culture.
/// </summary>
internal static class NumberText
{
    /// <summary>The largest mantissa (digits without the decimal point) the scanner accepts.</summary>
    internal const long MaxMantissa = 999_999_999_999_999_999;

    private static readonly long[] Powers = [1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000, 1_000_000_000, 10_000_000_000, 100_000_000_000, 1_000_000_000_000, 10_000_000_000_000, 100_000_000_000_000, 1_000_000_000_000_000, 10_000_000_000_000_000, 100_000_000_000_000_000, 1_000_000_000_000_000_000];

    /// <summary>10 to the power <paramref name="n"/> (0 … 18).</summary>
    internal static long Pow10(int n) => Powers[n];

    internal static bool TryScan(string? text, NumberSyntax syntax, out ScannedNumber number, out ParseError? error)
    {
        number = default;
        error = null;
        var s = (text ?? string.Empty).AsSpan();
        int start = 0, end = s.Length;
        AmountUnit? unit = null;

        CellText.Trim(s, ref start, ref end);
        CellText.StripMarkup(s, ref start, ref end);
        if (syntax == NumberSyntax.Amount && TryStripUnit(s, ref start, ref end, out var u))
        {
            unit = u;
            CellText.StripMarkup(s, ref start, ref end);
        }
        else if (syntax == NumberSyntax.Rate && end > start && s[end - 1] is '%' or '％')
        {
            end--;
            CellText.Trim(s, ref start, ref end);
            CellText.StripMarkup(s, ref start, ref end);
        }

        if (start == end)
        {
            error = new ParseError(ParseErrorKind.Empty, text, 0, "There is no number: the text is empty.");
            return false;
        }

        if (IsEmptyMarker(s[start..end]))
        {
            number = new ScannedNumber(false, 0, 0, -1, unit, true, start, end - start);
            return true;
        }

        int i = start;
        bool negative = false;
        if (IsMinus(s[i]))
        {
            negative = true;
            i++;
        }
        else if (s[i] is '+' or '＋')
        {
            i++;
        }

        long mantissa = 0;
        int scale = 0, pendingZeros = 0, digits = 0, groupDigits = 0, lastSeparator = -1, fractionStart = -1;
        bool inFraction = false, sawSeparator = false;
        for (; i < end; i++)
        {
            char c = s[i];
            int d = CellText.DigitValue(c);
            if (d >= 0)
            {
                digits++;
                if (!inFraction)
                {
                    groupDigits++;
                    if (!TryAppend(ref mantissa, d))
                    {
                        error = OverflowError(text, syntax);
                        return false;
                    }
                }
                else if (d == 0)
                {
                    pendingZeros++;
                }
                else
                {
                    for (; pendingZeros > 0; pendingZeros--, scale++)
                    {
                        if (!TryAppend(ref mantissa, 0))
                        {
                            error = OverflowError(text, syntax);
                            return false;
                        }
                    }

                    if (!TryAppend(ref mantissa, d))
                    {
                        error = OverflowError(text, syntax);
                        return false;
                    }

                    scale++;
                }

                continue;
            }

            if (c is ',' or '，')
            {
                if (inFraction)
                {
                    error = Error(ParseErrorKind.MisplacedGroupSeparator, text, i, "A thousands separator cannot stand among the decimals.");
                    return false;
                }

                if (groupDigits == 0)
                {
                    error = Error(ParseErrorKind.MisplacedGroupSeparator, text, i, "A thousands separator must follow a digit.");
                    return false;
                }

                if (sawSeparator ? groupDigits != 3 : groupDigits > 3)
                {
                    error = GroupError(text, sawSeparator ? lastSeparator : i, groupDigits, sawSeparator);
                    return false;
                }

                sawSeparator = true;
                groupDigits = 0;
                lastSeparator = i;
                continue;
            }

            if (c is '.' or '．')
            {
                if (inFraction)
                {
                    error = Error(ParseErrorKind.MultipleDecimalPoints, text, i, "A second decimal point.");
                    return false;
                }

                if (sawSeparator && groupDigits != 3)
                {
                    error = GroupError(text, lastSeparator, groupDigits, true);
                    return false;
                }

                inFraction = true;
                fractionStart = i + 1;
                continue;
            }

            error = CharacterError(text, i, c, syntax);
            return false;
        }

        if (!inFraction && sawSeparator && groupDigits != 3)
        {
            error = GroupError(text, lastSeparator, groupDigits, true);
            return false;
        }

        if (digits == 0)
        {
            error = new ParseError(ParseErrorKind.NoDigits, text, 0, "There is no digit in the number.");
            return false;
        }

        number = new ScannedNumber(negative && mantissa != 0, mantissa, scale, fractionStart, unit, false, 0, 0, scale + pendingZeros);
        return true;
    }

    /// <summary>Whether the text is one of the dashes that mark an empty cell: -, --, —, ——, －, – or −.</summary>
    internal static bool IsEmptyMarker(ReadOnlySpan<char> s)
    {
        if (s is ['无'])
        {
            return true;
        }

        if (s.Length is 0 or > 3)
        {
            return false;
        }

        foreach (var c in s)
        {
            if (!IsMinus(c) && c is not ('—' or '―' or '‐'))
            {
                return false;
            }
        }

        return true;
    }

    internal static ParseError Error(ParseErrorKind kind, string? text, int index, string message) =>
        new(kind, text, index + 1, message);

    private static bool IsMinus(char c) => c is '-' or '−' or '－' or '–';

    private static bool TryAppend(ref long mantissa, int digit)
    {
        if (mantissa > (MaxMantissa - digit) / 10)
        {
            return false;
        }

        mantissa = (mantissa * 10) + digit;
        return true;
    }

    private static bool TryStripUnit(ReadOnlySpan<char> s, ref int start, ref int end, out AmountUnit unit)
    {
        var t = s[start..end];
        if (t.EndsWith("万元"))
        {
            unit = AmountUnit.WanYuan;
            end -= 2;
        }
        else if (t.EndsWith("亿元"))
        {
            unit = AmountUnit.YiYuan;
            end -= 2;
        }
        else if (t.EndsWith("元"))
        {
            unit = AmountUnit.Yuan;
            end -= 1;
        }
        else
        {
            unit = AmountUnit.Yuan;
            return false;
        }

        CellText.Trim(s, ref start, ref end);
        return true;
    }

    private static ParseError GroupError(string? text, int separator, int groupDigits, bool after) =>
        Error(
            ParseErrorKind.MisplacedGroupSeparator,
            text,
            separator,
            after
                ? string.Create(CultureInfo.InvariantCulture, $"The thousands separator is followed by a group of {groupDigits} digit(s), not 3.")
                : string.Create(CultureInfo.InvariantCulture, $"The thousands separator comes after {groupDigits} digits; the first group has at most 3."));

    private static ParseError CharacterError(string? text, int index, char c, NumberSyntax syntax)
    {
        string shown = string.Create(CultureInfo.InvariantCulture, $"'{c}' (U+{(int)c:X4})");
        if (char.IsDigit(c))
        {
            return Error(ParseErrorKind.UnsupportedDigit, text, index, $"The digit {shown} is not supported: only ASCII (0-9) and full-width (０-９) digits are read.");
        }

        if (syntax == NumberSyntax.Amount && c is '%' or '％')
        {
            return Error(ParseErrorKind.MissingOrWrongSuffix, text, index, "A percent sign cannot follow an amount; read it as a rate.");
        }

        return Error(ParseErrorKind.InvalidCharacter, text, index, $"Unexpected character {shown} in a number.");
    }

    private static ParseError OverflowError(string? text, NumberSyntax syntax) =>
        new(
            ParseErrorKind.Overflow,
            text,
            0,
            syntax == NumberSyntax.Amount
                ? "The number is outside the range of an amount (at most ±9,999,999,999,999,999.99 元)."
                : "The number has more than 18 significant digits.");
}
