using System.Globalization;

namespace Budget.Domain.Money;

public readonly partial struct Amount
{
    /// <summary>
    /// Reads an amount as disclosures write it, without throwing: <c>479,761.98</c>, <c>-116.55</c>,
    /// <c>−116.55</c>, <c>４７９，７６１．９８</c>, <c>&lt;b&gt;479,761.98&lt;/b&gt;</c>, <c>**479,761.98**</c>,
    /// <c>479,761.98 万元</c>, with any surrounding white space.
    /// </summary>
    /// <param name="text">The text of the number.</param>
    /// <param name="unit">
    /// The unit the number is in (a table's 单位). A unit symbol written after the number (元, 万元, 亿元)
    /// takes precedence over it.
    /// </param>
    /// <returns>The amount, or an error that says what was wrong and at which column. An empty cell
    /// (blank, <c>-</c>, <c>—</c>, <c>--</c>) is an error here; read cells with <see cref="AmountCell.Parse"/>.</returns>
    /// <remarks>Culture-invariant: the current culture is never consulted. Thousands separators must
    /// group by three. An amount is exact to the 分, so 元 takes at most two decimals that are not zero,
    /// 万元 six and 亿元 ten.</remarks>
    public static ParseResult<Amount> Parse(string? text, AmountUnit unit) =>
        TryRead(text, unit, out var amount, out var error) ? ParseResult.Ok(amount) : ParseResult.Fail<Amount>(error!);

    /// <summary>Reads an amount as <see cref="Parse"/> does, returning whether it succeeded.</summary>
    /// <param name="text">The text of the number.</param>
    /// <param name="unit">The unit the number is in, unless the text names one.</param>
    /// <param name="amount">The amount read; zero on failure.</param>
    /// <returns>Whether the text is an amount.</returns>
    public static bool TryParse(string? text, AmountUnit unit, out Amount amount) =>
        TryRead(text, unit, out amount, out _);

    /// <summary>
    /// Prints the amount in a unit the way disclosures do: thousands separators, a minus sign for
    /// negatives, at least two decimals and as many more as needed to be exact (so that
    /// <c>Parse(x.Format(u), u)</c> is <c>x</c> for every amount and unit).
    /// </summary>
    /// <param name="unit">The unit to print in.</param>
    /// <returns>For example <c>479,761.98</c>, <c>-116.55</c> or <c>0.000123</c> (1.23 元 in 万元).</returns>
    public string Format(AmountUnit unit)
    {
        Span<char> buffer = stackalloc char[48];
        TryFormat(buffer, out int written, unit);
        return new string(buffer[..written]);
    }

    /// <summary>Prints the amount as <see cref="Format"/> does, followed by a space and the unit symbol.</summary>
    /// <param name="unit">The unit to print in.</param>
    /// <returns>For example <c>479,761.98 万元</c>.</returns>
    public string FormatWithUnit(AmountUnit unit) => Format(unit) + " " + unit.Symbol();

    /// <summary>Writes <see cref="Format"/>'s text into a span without allocating.</summary>
    /// <param name="destination">Where to write.</param>
    /// <param name="charsWritten">How many characters were written.</param>
    /// <param name="unit">The unit to print in.</param>
    /// <returns>Whether the destination was large enough (40 characters always are).</returns>
    public bool TryFormat(Span<char> destination, out int charsWritten, AmountUnit unit)
    {
        charsWritten = 0;
        long factor = unit.FenPerUnit();
        int exact = unit.ExactDecimals();
        ulong magnitude = (ulong)Math.Abs(fen);
        ulong whole = magnitude / (ulong)factor;
        ulong fraction = magnitude % (ulong)factor;

        int decimals = exact;
        while (decimals > 2 && fraction % 10 == 0)
        {
            fraction /= 10;
            decimals--;
        }

        int wholeDigits = CountDigits(whole);
        int length = (fen < 0 ? 1 : 0) + wholeDigits + ((wholeDigits - 1) / 3) + 1 + decimals;
        if (destination.Length < length)
        {
            return false;
        }

        int pos = length;
        for (int i = 0; i < decimals; i++)
        {
            destination[--pos] = (char)('0' + (int)(fraction % 10));
            fraction /= 10;
        }

        destination[--pos] = '.';
        for (int i = 0; i < wholeDigits; i++)
        {
            if (i > 0 && i % 3 == 0)
            {
                destination[--pos] = ',';
            }

            destination[--pos] = (char)('0' + (int)(whole % 10));
            whole /= 10;
        }

        if (fen < 0)
        {
            destination[--pos] = '-';
        }

        charsWritten = length;
        return true;
    }

    /// <summary>The amount in 元 with its unit, for logs, debuggers and notebooks.</summary>
    /// <returns>For example <c>4,797,619,800.00 元</c>.</returns>
    public override string ToString() => FormatWithUnit(AmountUnit.Yuan);

    internal static bool TryRead(string? text, AmountUnit unit, out Amount amount, out ParseError? error)
    {
        amount = default;
        if (!NumberText.TryScan(text, NumberSyntax.Amount, out var n, out error))
        {
            return false;
        }

        if (n.IsEmptyMarker)
        {
            error = new ParseError(ParseErrorKind.Empty, text, 0, "The cell is empty (a dash); it holds no amount.");
            return false;
        }

        return TryFromScanned(text, n, n.Unit ?? unit, out amount, out error);
    }

    internal static bool TryFromScanned(string? text, in ScannedNumber n, AmountUnit unit, out Amount amount, out ParseError? error)
    {
        amount = default;
        error = null;
        int exact = unit.ExactDecimals();
        if (n.Scale > exact)
        {
            error = NumberText.Error(
                ParseErrorKind.TooManyDecimals,
                text,
                n.FractionStart + exact,
                string.Create(CultureInfo.InvariantCulture, $"An amount in {unit.Symbol()} is exact to the 分 and takes at most {exact} decimals; this one has {n.Scale}."));
            return false;
        }

        long multiplier = NumberText.Pow10(exact - n.Scale);
        if (n.Mantissa > MaxFen / multiplier)
        {
            error = new ParseError(ParseErrorKind.Overflow, text, 0, "The number is outside the range of an amount (at most ±9,999,999,999,999,999.99 元).");
            return false;
        }

        long value = n.Mantissa * multiplier;
        amount = new Amount(n.Negative ? -value : value);
        return true;
    }

    private static int CountDigits(ulong value)
    {
        int digits = 1;
        while (value >= 10)
        {
            value /= 10;
            digits++;
        }

        return digits;
    }
}
