namespace Budget.Domain.Money;

/// <summary>
/// A unit in which Chinese budget disclosures state amounts: 元, 万元 (ten thousand yuan) or 亿元
/// (one hundred million yuan).
/// </summary>
/// <remarks>
/// An <see cref="Amount"/> does not carry a unit: it is always an exact number of 分 (fen). A unit only
/// says how an amount is read from text and how it is printed. Each table of a disclosure states its unit
/// (单位：万元 / 单位：元); see <see cref="AmountUnits.TryParseStatement"/>.
/// </remarks>
public enum AmountUnit
{
    /// <summary>元 (yuan). One 元 is 100 分.</summary>
    Yuan = 0,

    /// <summary>万元 (ten thousand yuan), the usual unit of central-government tables.</summary>
    WanYuan = 1,

    /// <summary>亿元 (one hundred million yuan).</summary>
    YiYuan = 2,
}

/// <summary>Functions over <see cref="AmountUnit"/>: symbols, scale factors and reading unit statements.</summary>
/// <remarks>Stateless and thread-safe. The methods are extension methods, so they read
/// <c>unit.Symbol()</c> from C# and <c>AmountUnits.Symbol unit</c> or <c>unit.Symbol()</c> from F#.</remarks>
public static class AmountUnits
{
    /// <summary>Every unit, smallest first.</summary>
    public static IReadOnlyList<AmountUnit> All { get; } = [AmountUnit.Yuan, AmountUnit.WanYuan, AmountUnit.YiYuan];

    /// <summary>The Chinese symbol of the unit as disclosures print it: 元, 万元 or 亿元.</summary>
    /// <param name="unit">The unit.</param>
    /// <returns>The symbol; for an undefined enum value, its number.</returns>
    public static string Symbol(this AmountUnit unit) => unit switch
    {
        AmountUnit.Yuan => "元",
        AmountUnit.WanYuan => "万元",
        AmountUnit.YiYuan => "亿元",
        _ => ((int)unit).ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    /// <summary>The English name of the unit: yuan, ten thousand yuan, hundred million yuan.</summary>
    /// <param name="unit">The unit.</param>
    /// <returns>The English name.</returns>
    public static string EnglishName(this AmountUnit unit) => unit switch
    {
        AmountUnit.Yuan => "yuan",
        AmountUnit.WanYuan => "ten thousand yuan",
        AmountUnit.YiYuan => "hundred million yuan",
        _ => "unknown unit",
    };

    /// <summary>How many 分 (fen) one of this unit is: 100, 1 000 000 or 10 000 000 000.</summary>
    /// <param name="unit">The unit.</param>
    /// <returns>The number of fen in one unit.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is not a defined unit.</exception>
    public static long FenPerUnit(this AmountUnit unit) => unit switch
    {
        AmountUnit.Yuan => 100L,
        AmountUnit.WanYuan => 1_000_000L,
        AmountUnit.YiYuan => 10_000_000_000L,
        _ => throw new ArgumentOutOfRangeException(nameof(unit), unit, "Not a defined amount unit."),
    };

    /// <summary>
    /// How many decimal places a figure in this unit needs to be exact to the 分: 2 for 元, 6 for 万元,
    /// 10 for 亿元.
    /// </summary>
    /// <param name="unit">The unit.</param>
    /// <returns>The number of decimal places.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is not a defined unit.</exception>
    public static int ExactDecimals(this AmountUnit unit) => unit switch
    {
        AmountUnit.Yuan => 2,
        AmountUnit.WanYuan => 6,
        AmountUnit.YiYuan => 10,
        _ => throw new ArgumentOutOfRangeException(nameof(unit), unit, "Not a defined amount unit."),
    };

    /// <summary>Reads a unit symbol: <c>元</c>, <c>万元</c> or <c>亿元</c> (surrounding white space allowed).</summary>
    /// <param name="text">The symbol.</param>
    /// <param name="unit">The unit read; <see cref="AmountUnit.Yuan"/> when this returns false.</param>
    /// <returns>Whether the text is a unit symbol.</returns>
    public static bool TryParse(string? text, out AmountUnit unit)
    {
        unit = AmountUnit.Yuan;
        if (text is null)
        {
            return false;
        }

        switch (text.Trim())
        {
            case "元":
                unit = AmountUnit.Yuan;
                return true;
            case "万元":
                unit = AmountUnit.WanYuan;
                return true;
            case "亿元":
                unit = AmountUnit.YiYuan;
                return true;
            default:
                return false;
        }
    }

    /// <summary>
    /// Reads a table's unit statement as disclosures print it: <c>单位：万元</c>, <c>单位:元</c>,
    /// <c>金额单位：万元</c>, <c>（单位：万元）</c>, with half- or full-width colon and brackets and any spaces.
    /// </summary>
    /// <param name="line">The line that states the unit.</param>
    /// <param name="unit">The unit stated; <see cref="AmountUnit.Yuan"/> when this returns false.</param>
    /// <returns>Whether the line is a unit statement.</returns>
    public static bool TryParseStatement(string? line, out AmountUnit unit)
    {
        unit = AmountUnit.Yuan;
        if (string.IsNullOrWhiteSpace(line))
        {
            return false;
        }

        var compact = new System.Text.StringBuilder(line.Length);
        foreach (var c in line)
        {
            if (!char.IsWhiteSpace(c) && c is not ('(' or ')' or '（' or '）' or '[' or ']' or '【' or '】'))
            {
                compact.Append(c == '：' ? ':' : c);
            }
        }

        var s = compact.ToString();
        if (s.StartsWith("金额", StringComparison.Ordinal))
        {
            s = s[2..];
        }

        return s.StartsWith("单位:", StringComparison.Ordinal) && TryParse(s[3..], out unit);
    }
}
