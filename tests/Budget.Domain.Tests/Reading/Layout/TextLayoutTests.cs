using Budget.Domain.Reading;
using Budget.Domain.Reading.Layout;
using Budget.Domain.Tables;
using FsCheck;
using FsCheck.Fluent;

namespace Budget.Domain.Tests.Reading.Layout;

/// <summary>
/// The text source of the shared pipeline: the text layout turned into positioned words (<see cref="TextLayout"/>),
/// then read by the stages every PDF goes through (<see cref="LayoutReader"/>). That the seed reads through it to the
/// hand-typed model is <c>FixtureReadingTests</c>'s; here the source's own rules.
/// </summary>
public class TextLayoutTests
{
    private static DisclosureReadResult ThroughPipeline(string text) => LayoutReader.Read(TextLayout.Of(SourceLine.Split(text), null));

    [Fact]
    public void Each_tab_cell_is_a_word_in_its_grid_column_and_knows_its_line_and_column()
    {
        var page = Assert.Single(TextLayout.Of(SourceLine.Split("## 表\n科目编码\t科目名称\t<b>合计</b>\n201\t一般公共服务支出\t1.00"), null).Pages);
        var lines = TextLine.Of(page);

        Assert.Equal(["表", "科目编码 科目名称 合计", "201 一般公共服务支出 1.00"], lines.Select(l => string.Join(" ", l.Words.Select(w => w.Text))));
        var total = lines[1].Words[2];
        Assert.Equal(SourceLocation.AtLine(2, 11), total.Origin);
        Assert.Equal(SourceLocation.AtLine(2, 11), total.On(1));
        Assert.True(lines[1].Words[0].Right < lines[1].Words[1].Left && lines[1].Words[1].Right < total.Left);
        Assert.Equal(lines[1].Words[2].Left, lines[2].Words[2].Left);
        Assert.True(lines[0].Height > lines[1].Height, "a heading is set in larger type than a row");
    }

    [Fact]
    public void A_form_feed_is_a_page_break()
    {
        var document = TextLayout.Of(SourceLine.Split("第一页的文字。\f第二页的文字。\n还是第二页。"), null);

        Assert.Equal(2, document.Pages.Count);
        Assert.Equal(["第一页的文字。"], document.Pages[0].Words.Select(w => w.Text));
        Assert.Equal(["第二页的文字。还是第二页。"], document.Pages[1].Words.Select(w => w.Text));
        Assert.Equal([1, 2], document.Pages.Select(p => p.Number));
    }

    [Fact]
    public void A_paragraph_a_converter_broke_over_lines_is_one_word_and_a_sentence_end_starts_the_next()
    {
        string text = "本部门 2024 年收入预算为 100.00 万元，比上年增加\n\n10.00 万元。\n\n支出预算为 100.00 万元。\n\n一、关于收支总表的说明\n\n收入 1.00 万元。";
        var words = TextLayout.Of(SourceLine.Split(text), null).Pages[0].Words;

        Assert.Equal(["本部门 2024 年收入预算为 100.00 万元，比上年增加10.00 万元。", "支出预算为 100.00 万元。", "一、关于收支总表的说明", "收入 1.00 万元。"], words.Select(w => w.Text));
        Assert.Equal([1, 5, 7, 9], words.Select(w => w.Origin.Line));
    }

    [Fact]
    public void A_numbered_paragraph_marked_up_as_a_heading_runs_on_into_its_next_line()
    {
        string text = "#### 1. 一般公共服务支出（类）纪检监察事务（款）派驻派\n\n出机构（项）2024年预算数为410.00万元。";
        var words = TextLayout.Of(SourceLine.Split(text), null).Pages[0].Words;

        Assert.Equal(["1. 一般公共服务支出（类）纪检监察事务（款）派驻派出机构（项）2024年预算数为410.00万元。"], words.Select(w => w.Text));
    }

    [Theory]
    [InlineData("2024年预算数比2023年执行数", "预算数比执行数")]
    [InlineData("2023年度机关运行经费预算数", "机关运行经费预算数")]
    [InlineData("执行数", "执行数")]
    [InlineData("12024年", "12024年")]
    [InlineData("第2024年", "第")]
    [InlineData("年初预算数", "年初预算数")]
    public void A_header_key_loses_every_year_it_names(string key, string expected) =>
        Assert.Equal(expected, TableSchemaCatalogue.StripYear(key));

    /// <summary>The seed's lines cut, doubled, spliced, given form feeds and stray tabs: the text source and the
    /// pipeline never fail (a defect would show as RD099 or as an exception).</summary>
    [FsCheck.Xunit.Property(MaxTest = 60)]
    public Property The_seed_mangled_line_by_line_never_fails_the_text_source(int seed)
    {
        var random = new Random(seed);
        var lines = MohrssDisclosure.Lines.SelectMany(line => random.Next(12) switch
        {
            0 => [],
            1 => [line, line],
            2 => [line[..random.Next(line.Length + 1)]],
            3 => [line + "\f" + line],
            4 => [line.Replace(' ', '\t')],
            5 => ["#### " + line],
            _ => new[] { line },
        });
        var result = ThroughPipeline(string.Join("\n", lines));
        return (result.Diagnostics.All(d => d.Code != "RD099") && result.ToString().Length > 0).ToProperty();
    }
}
