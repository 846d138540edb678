using Budget.Domain.Money;
using FsCheck.Xunit;

namespace Budget.Domain.Tests.Money;

public class AmountTextTests
{
    [Theory]
    [InlineData("479,761.98", 479_761_980_000L)]
    [InlineData("479761.98", 479_761_980_000L)]
    [InlineData("-116.55", -116_550_000L)]
    [InlineData("−116.55", -116_550_000L)]
    [InlineData("－116.55", -116_550_000L)]
    [InlineData("+116.55", 116_550_000L)]
    [InlineData("４７９，７６１．９８", 479_761_980_000L)]
    [InlineData("<b>479,761.98</b>", 479_761_980_000L)]
    [InlineData("<B>479,761.98</B>", 479_761_980_000L)]
    [InlineData("<span class=\"x\">1.00</span>", 1_000_000L)]
    [InlineData("**479,761.98**", 479_761_980_000L)]
    [InlineData("<b>-140.00</b>", -140_000_000L)]
    [InlineData("  479,761.98 \t", 479_761_980_000L)]
    [InlineData("\u3000433,002.21\u3000", 433_002_210_000L)]
    [InlineData("0.00", 0L)]
    [InlineData("-0.00", 0L)]
    [InlineData("855", 855_000_000L)]
    [InlineData("0.000123", 123L)]
    [InlineData("1.50000000", 1_500_000L)]
    [InlineData("479,761.98 万元", 479_761_980_000L)]
    [InlineData("479,761.98万元", 479_761_980_000L)]
    [InlineData("12.34 元", 1_234L)]
    [InlineData("2.45亿元", 24_500_000_000L)]
    [InlineData("**1,914.15** 万元", 1_914_150_000L)]
    public void Reads_the_number_formats_of_disclosures(string text, long fen)
    {
        var result = Amount.Parse(text, AmountUnit.WanYuan);
        Assert.True(result.Success, result.Error?.ToString());
        Assert.Equal(fen, result.Value.Fen);
        Assert.True(Amount.TryParse(text, AmountUnit.WanYuan, out var viaTry));
        Assert.Equal(result.Value, viaTry);
    }

    [Fact]
    public void The_stated_unit_decides_how_numbers_are_read()
    {
        Assert.Equal(Amount.FromYuan(1_914.15m), Amount.Parse("1,914.15", AmountUnit.Yuan).Value);
        Assert.Equal(Amount.FromWanYuan(1_914.15m), Amount.Parse("1,914.15", AmountUnit.WanYuan).Value);
        Assert.Equal(Amount.FromYiYuan(1_914.15m), Amount.Parse("1,914.15", AmountUnit.YiYuan).Value);
    }

    [Theory]
    [InlineData("单位：万元", AmountUnit.WanYuan)]
    [InlineData("单位:万元", AmountUnit.WanYuan)]
    [InlineData("单位: 元", AmountUnit.Yuan)]
    [InlineData("（单位：万元）", AmountUnit.WanYuan)]
    [InlineData("金额单位：亿元", AmountUnit.YiYuan)]
    [InlineData(" 单位 ： 元 ", AmountUnit.Yuan)]
    public void Reads_unit_statements(string line, AmountUnit unit)
    {
        Assert.True(AmountUnits.TryParseStatement(line, out var read));
        Assert.Equal(unit, read);
    }

    [Theory]
    [InlineData("单位：美元")]
    [InlineData("万元")]
    [InlineData("")]
    [InlineData(null)]
    public void Rejects_what_is_not_a_unit_statement(string? line) =>
        Assert.False(AmountUnits.TryParseStatement(line, out _));

    [Theory]
    [InlineData("1,2,3.4.5", ParseErrorKind.MisplacedGroupSeparator, 2)]
    [InlineData("12a", ParseErrorKind.InvalidCharacter, 3)]
    [InlineData("٣", ParseErrorKind.UnsupportedDigit, 1)]
    [InlineData("1٣", ParseErrorKind.UnsupportedDigit, 2)]
    [InlineData("100000000000000000000", ParseErrorKind.Overflow, 0)]
    [InlineData("99,999,999,999,999.99", ParseErrorKind.Overflow, 0)]
    [InlineData("1.2.3", ParseErrorKind.MultipleDecimalPoints, 4)]
    [InlineData("1.0000001", ParseErrorKind.TooManyDecimals, 9)]
    [InlineData(",123", ParseErrorKind.MisplacedGroupSeparator, 1)]
    [InlineData("1234,567", ParseErrorKind.MisplacedGroupSeparator, 5)]
    [InlineData("12,34", ParseErrorKind.MisplacedGroupSeparator, 3)]
    [InlineData("12,3456", ParseErrorKind.MisplacedGroupSeparator, 3)]
    [InlineData("1.234,5", ParseErrorKind.MisplacedGroupSeparator, 6)]
    [InlineData("+", ParseErrorKind.NoDigits, 0)]
    [InlineData(".", ParseErrorKind.NoDigits, 0)]
    [InlineData("", ParseErrorKind.Empty, 0)]
    [InlineData("   ", ParseErrorKind.Empty, 0)]
    [InlineData(null, ParseErrorKind.Empty, 0)]
    [InlineData("-", ParseErrorKind.Empty, 0)]
    [InlineData("93.59%", ParseErrorKind.MissingOrWrongSuffix, 6)]
    [InlineData("<b>12", ParseErrorKind.InvalidCharacter, 1)]
    [InlineData("--12", ParseErrorKind.InvalidCharacter, 2)]
    [InlineData("1 234", ParseErrorKind.InvalidCharacter, 2)]
    [InlineData("(116.55)", ParseErrorKind.InvalidCharacter, 1)]
    [InlineData("1e5", ParseErrorKind.InvalidCharacter, 2)]
    public void Malformed_numbers_get_a_precise_reason(string? text, ParseErrorKind kind, int column)
    {
        var result = Amount.Parse(text, AmountUnit.WanYuan);
        Assert.False(result.Success);
        Assert.NotNull(result.Error);
        Assert.Equal(kind, result.Error!.Kind);
        Assert.Equal(column, result.Error.Column);
        Assert.Equal(text ?? string.Empty, result.Error.Text);
        Assert.False(string.IsNullOrWhiteSpace(result.Error.Message));
        Assert.Equal(Amount.Zero, result.Value);
        Assert.False(Amount.TryParse(text, AmountUnit.WanYuan, out _));
    }

    [Fact]
    public void Error_messages_name_the_offending_character()
    {
        Assert.Contains("'a' (U+0061)", Amount.Parse("12a", AmountUnit.Yuan).Error!.Message, StringComparison.Ordinal);
        Assert.Contains("'٣' (U+0663)", Amount.Parse("٣", AmountUnit.Yuan).Error!.Message, StringComparison.Ordinal);
        Assert.Contains("group of 1 digit", Amount.Parse("1,2,3.4.5", AmountUnit.Yuan).Error!.Message, StringComparison.Ordinal);
        Assert.Contains("at most 2 decimals", Amount.Parse("0.001", AmountUnit.Yuan).Error!.Message, StringComparison.Ordinal);
        Assert.Equal("InvalidCharacter at column 3 in \"12a\": Unexpected character 'a' (U+0061) in a number.", Amount.Parse("12a", AmountUnit.Yuan).Error!.ToString());
    }

    [Fact]
    public void Yuan_takes_two_decimals_wan_six_yi_ten()
    {
        Assert.Equal(ParseErrorKind.TooManyDecimals, Amount.Parse("0.001", AmountUnit.Yuan).Error!.Kind);
        Assert.True(Amount.Parse("0.010", AmountUnit.Yuan).Success);
        Assert.True(Amount.Parse("0.000001", AmountUnit.WanYuan).Success);
        Assert.Equal(ParseErrorKind.TooManyDecimals, Amount.Parse("0.0000001", AmountUnit.WanYuan).Error!.Kind);
        Assert.Equal(1L, Amount.Parse("0.0000000001", AmountUnit.YiYuan).Value.Fen);
    }

    [Fact]
    public void GetValueOrThrow_throws_a_format_exception_with_the_reason()
    {
        var error = Assert.Throws<FormatException>(() => Amount.Parse("12a", AmountUnit.Yuan).GetValueOrThrow());
        Assert.Contains("column 3", error.Message, StringComparison.Ordinal);
        Assert.Equal(Amount.FromYuan(12m), Amount.Parse("12", AmountUnit.Yuan).GetValueOrThrow());
    }

    [Fact]
    public void Match_handles_both_outcomes()
    {
        Assert.Equal("1,234.00", Amount.Parse("1234", AmountUnit.Yuan).Match(a => a.Format(AmountUnit.Yuan), e => e.Message));
        Assert.Equal(ParseErrorKind.InvalidCharacter, Amount.Parse("x", AmountUnit.Yuan).Match(_ => ParseErrorKind.Empty, e => e.Kind));
    }

    [Theory]
    [InlineData(479_761_980_000L, AmountUnit.WanYuan, "479,761.98")]
    [InlineData(-116_550_000L, AmountUnit.WanYuan, "-116.55")]
    [InlineData(0L, AmountUnit.WanYuan, "0.00")]
    [InlineData(123L, AmountUnit.WanYuan, "0.000123")]
    [InlineData(123L, AmountUnit.Yuan, "1.23")]
    [InlineData(100_000_000_000_000_001L, AmountUnit.Yuan, "1,000,000,000,000,000.01")]
    [InlineData(Amount.MaxFen, AmountUnit.Yuan, "9,999,999,999,999,999.99")]
    [InlineData(Amount.MinFen, AmountUnit.YiYuan, "-99,999,999.9999999999")]
    [InlineData(24_500_000_000_00L, AmountUnit.YiYuan, "245.00")]
    public void Prints_the_way_disclosures_do(long fen, AmountUnit unit, string expected)
    {
        var amount = Amount.FromFen(fen);
        Assert.Equal(expected, amount.Format(unit));
        Assert.Equal(expected + " " + unit.Symbol(), amount.FormatWithUnit(unit));
    }

    [Fact]
    public void ToString_shows_yuan_with_its_unit() =>
        Assert.Equal("4,797,619,800.00 元", Amount.FromWanYuan(479_761.98m).ToString());

    [Fact]
    public void TryFormat_reports_a_short_buffer()
    {
        Span<char> small = stackalloc char[4];
        Assert.False(Amount.FromYuan(12_345m).TryFormat(small, out _, AmountUnit.Yuan));
        Span<char> enough = stackalloc char[40];
        Assert.True(Amount.MinValue.TryFormat(enough, out int written, AmountUnit.YiYuan));
        Assert.Equal("-99,999,999.9999999999", enough[..written].ToString());
    }

    [Property(Arbitrary = [typeof(MoneyArbitraries)], MaxTest = 500)]
    public bool Parse_of_format_is_the_identity(Amount a, AmountUnit unit) =>
        Amount.Parse(a.Format(unit), unit).Value == a && Amount.Parse(a.Format(unit), unit).Success;

    [Property(Arbitrary = [typeof(MoneyArbitraries)], MaxTest = 500)]
    public bool Parse_of_format_with_unit_is_the_identity_whatever_the_default_unit(Amount a, AmountUnit unit, AmountUnit other) =>
        Amount.Parse(a.FormatWithUnit(unit), other).Value == a;

    [Property(Arbitrary = [typeof(MoneyArbitraries)])]
    public bool Full_width_and_markup_read_the_same(Amount a, AmountUnit unit)
    {
        string text = a.Format(unit);
        string fullWidth = new(text.Select(c => c switch
        {
            >= '0' and <= '9' => (char)('０' + (c - '0')),
            ',' => '，',
            '.' => '．',
            '-' => '－',
            _ => c,
        }).ToArray());
        return Amount.Parse(fullWidth, unit).Value == a
            && Amount.Parse("<b>" + text + "</b>", unit).Value == a
            && Amount.Parse("**" + text + "**", unit).Value == a;
    }

    [Property]
    public bool Parsing_arbitrary_text_never_throws(string? text)
    {
        var result = Amount.Parse(text, AmountUnit.WanYuan);
        var cell = AmountCell.Parse(text, AmountUnit.Yuan);
        var rate = Rate.Parse(text);
        return result.Success == (result.Error is null) && cell.Success == (cell.Error is null) && rate.Success == (rate.Error is null);
    }
}
