using Budget.Domain.Money;
using FsCheck.Xunit;

namespace Budget.Domain.Tests.Money;

public class AmountCellTests
{
    [Theory]
    [InlineData("", "")]
    [InlineData("   ", "")]
    [InlineData("-", "-")]
    [InlineData("—", "—")]
    [InlineData("--", "--")]
    [InlineData("——", "——")]
    [InlineData("－", "－")]
    [InlineData("<b></b>", "")]
    [InlineData(" - ", "-")]
    [InlineData("无", "无")]
    [InlineData(" 无 ", "无")]
    [InlineData(null, "")]
    public void Empty_cells_are_empty_and_keep_their_marker(string? text, string marker)
    {
        var cell = AmountCell.Parse(text, AmountUnit.WanYuan);
        Assert.True(cell.Success);
        Assert.True(cell.Value.IsEmpty);
        Assert.False(cell.Value.HasAmount);
        Assert.Equal(marker, cell.Value.EmptyMarker);
        Assert.Equal(Amount.Zero, cell.Value.Amount);
    }

    [Fact]
    public void Zero_is_not_empty()
    {
        var zero = AmountCell.Parse("0.00", AmountUnit.WanYuan).Value;
        Assert.True(zero.HasAmount);
        Assert.NotEqual(AmountCell.Blank, zero);
        Assert.NotEqual(AmountCell.Empty("-"), AmountCell.Blank);
        Assert.Equal(AmountCell.Of(Amount.Zero), zero);
        Assert.Equal(zero.Amount, AmountCell.Blank.Amount);
    }

    [Fact]
    public void Cells_read_amounts_and_report_errors()
    {
        Assert.Equal(AmountCell.Of(Amount.FromWanYuan(44_423.56m)), AmountCell.Parse("44,423.56", AmountUnit.WanYuan).Value);
        var bad = AmountCell.Parse("44,42.356", AmountUnit.WanYuan);
        Assert.False(bad.Success);
        Assert.Equal(ParseErrorKind.MisplacedGroupSeparator, bad.Error!.Kind);
        Assert.False(AmountCell.TryParse("x", AmountUnit.Yuan, out _));
    }

    [Fact]
    public void Match_and_ToString_describe_both_cases()
    {
        Assert.Equal("blank", AmountCell.Blank.Match(_ => "amount", m => m.Length == 0 ? "blank" : m));
        Assert.Equal("-", AmountCell.Empty("-").Match(_ => "amount", m => m));
        Assert.Equal("(blank)", AmountCell.Blank.ToString());
        Assert.Equal("(empty \"—\")", AmountCell.Empty("—").ToString());
        Assert.Equal("1.00 元", AmountCell.Of(Amount.FromYuan(1m)).ToString());
        Assert.Throws<ArgumentException>(() => AmountCell.Empty("x"));
    }

    [Fact]
    public void The_word_none_is_an_empty_cell_of_its_own_neither_blank_nor_a_dash_nor_zero()
    {
        var none = AmountCell.Parse("无", AmountUnit.WanYuan).Value;
        Assert.Equal(AmountCell.Empty("无"), none);
        Assert.NotEqual(AmountCell.Blank, none);
        Assert.NotEqual(AmountCell.Empty("-"), none);
        Assert.NotEqual(AmountCell.Of(Amount.Zero), none);
        Assert.Equal("(empty \"无\")", none.ToString());
        Assert.False(AmountCell.TryParse("无无", AmountUnit.WanYuan, out _));
        Assert.False(AmountCell.TryParse("无1", AmountUnit.WanYuan, out _));
        Assert.True(Rate.Parse("无").Success && !Rate.Parse("无").Value.IsApplicable);
    }

    [Property(Arbitrary = [typeof(MoneyArbitraries)])]
    public bool Format_then_parse_round_trips(Amount a, AmountUnit unit)
    {
        var cells = new[] { AmountCell.Of(a), AmountCell.Blank, AmountCell.Empty("-"), AmountCell.Empty("—"), AmountCell.Empty("--"), AmountCell.Empty("无") };
        return cells.All(c => AmountCell.Parse(c.Format(unit), unit).Value == c);
    }
}
