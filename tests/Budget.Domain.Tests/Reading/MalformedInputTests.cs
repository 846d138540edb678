using System.Text;
using Budget.Domain.Reading;
using Budget.Domain.Statements;

namespace Budget.Domain.Tests.Reading;

/// <summary>
/// Hand-made malformed documents, each a small change to the seed document: each gives its specific diagnostic on
/// the line concerned, and the rest of the document is still read.
/// </summary>
public class MalformedInputTests
{
    /// <summary>A case: what is wrong, the text, the rule expected and a text found on the line it must name (null: line 0).</summary>
    public sealed record Case(string What, string Text, string Code, string? LineHolding)
    {
        public override string ToString() => What;
    }

    private static string Seed => MohrssDisclosure.Text;

    private static string Replace(string find, string replacement)
    {
        Assert.Contains(find, Seed, StringComparison.Ordinal);
        return Seed.Replace(find, replacement, StringComparison.Ordinal);
    }

    private static string ReplaceFirst(string find, string replacement)
    {
        int at = Seed.IndexOf(find, StringComparison.Ordinal);
        Assert.True(at >= 0, find);
        return string.Concat(Seed.AsSpan(0, at), replacement, Seed.AsSpan(at + find.Length));
    }

    private static string Between(string title, string nextTitle) =>
        Seed[Seed.IndexOf(title, StringComparison.Ordinal)..Seed.IndexOf(nextTitle, StringComparison.Ordinal)];

    public static TheoryData<Case> Cases() =>
    [
        new("a non-numeric amount", Replace("2080101\t行政运行\t13,838.76", "2080101\t行政运行\t13,8x8.76"), "RD001", "13,8x8.76"),
        new("an amount too large for the money type", Replace("2080104\t综合业务管理\t3,110.51", "2080104\t综合业务管理\t99,999,999,999,999,999.99"), "RD001", "99,999,999,999,999,999.99"),
        new("a rate that is not a rate", Replace("192.98\t88.92%\t192.98\t88.92%\n20111", "192.98\t88.9x%\t192.98\t88.92%\n20111"), "RD002", "88.9x%"),
        new("a 7-digit code under the wrong 款", Replace("2080104\t综合业务管理\t3,110.51", "2050104\t综合业务管理\t3,110.51"), "RD004", "2050104"),
        new("a 款 code under the wrong 类", Replace("20204\t国际组织\t59,036.17", "20304\t国际组织\t59,036.17"), "RD004", "20304\t国际组织"),
        new("a code with a letter", Replace("2080105\t劳动保障监察\t286.36", "20801O5\t劳动保障监察\t286.36"), "RD003", "20801O5"),
        new("a code of four digits", Replace("2080106\t就业管理事务\t1,068.54", "2080\t就业管理事务\t1,068.54"), "RD003", "2080\t就业管理事务"),
        new("an economic code in the functional table", Replace("2080107\t社会保险业务管理事务\t1,217.91", "30101\t社会保险业务管理事务\t1,217.91"), "RD003", "30101\t社会保险业务管理事务\t1,217.91"),
        new("a code twice in one table", Replace("2080108\t信息化建设\t3,853.33\t\t3,853.33\t\t\t\n", "2080108\t信息化建设\t3,853.33\t\t3,853.33\t\t\t\n2080108\t信息化建设 again\t3,853.33\t\t3,853.33\t\t\t\n"), "RD005", "信息化建设 again"),
        new("a table with no header", Replace("单位：万元\n\n科目编码\t科目名称\t合 计\t基本支出\t项目支出\t上缴上级支出\t事业单位经营支出\t对附属单位 补助支出\n201\t", "单位：万元\n\n201\t"), "RD006", "201\t一般公共服务支出\t457.89"),
        new("a two-sided summary table with no header", Replace("项目\t预算数\t项目\t预算数\n一、一般公共预算拨款收入", "一、一般公共预算拨款收入"), "RD006", "一、一般公共预算拨款收入\t433,002.21"),
        new("a header without a column the table has", Replace("部门预算支出经济分类科目\t\t2024年基本支出\t\t\n科目编码\t科目名称\t合计\t人员经费\t公用经费\n<b>301</b>", "部门预算支出经济分类科目\t\t2024年基本支出\t\t\n科目编码\t科目名称\t合计\t人员经费\t\n<b>301</b>"), "RD007", "科目编码\t科目名称\t合计\t人员经费"),
        new("a header with a column the table does not have", Replace("科目编码\t科目名称\t合 计\t基本支出\t项目支出\t上缴上级支出\t事业单位经营支出\t对附属单位 补助支出\n201", "科目编码\t科目名称\t合 计\t基本支出\t项目支出\t上缴上级支出\t事业单位经营支出\t对附属单位 补助支出\t备注\n201"), "RD008", "\t备注"),
        new("a cell beyond the header's columns", Replace("2210202\t提租补贴\t105.68\t105.68\t\t\t\t", "2210202\t提租补贴\t105.68\t105.68\t\t\t\t\t7.00"), "RD009", "\t7.00"),
        new("two tables with the same title", Replace("单位公开表9\n", Between("单位公开表9\n", "## 第三部分 人力资源社会保障部本级 2024") + "单位公开表9\n"), "RD010", null),
        new("a unit line saying 元 for a 万元 table", ReplaceFirst("## 单位支出总表\n\n单位：万元", "## 单位支出总表\n\n单位：元"), "RD011", "## 单位支出总表"),
        new("a table with no unit line", Replace("### 财政拨款预算“三公”经费支出表\n\n单位：万元\n", "### 财政拨款预算“三公”经费支出表\n\n"), "RD012", "### 财政拨款预算“三公”经费支出表"),
        new("a stray line between the rows of a table", Replace("20602\t基础研究\t180,792.23", "第 3 页\n20602\t基础研究\t180,792.23"), "RD013", "第 3 页"),
        new("a second unit line that contradicts the first", Replace("2060301\t机构运行\t855.00\t855.00", "单位：元\n2060301\t机构运行\t855.00\t855.00"), "RD013", "单位：元"),
        new("a table row outside any table", Replace("### 二、关于 2024 年收入总表的说明\n", "### 二、关于 2024 年收入总表的说明\n\n甲\t乙\t丙\n"), "RD013", "甲\t乙\t丙"),
        new("a row of a sheet that is neither field nor indicator", Replace("项目名称\t人力资源流动管理", "备注栏\t见附件\n项目名称\t人力资源流动管理"), "RD013", "备注栏"),
        new("an unknown line in 财政拨款收支总表", Replace("（三）国有资本经营预算拨款\t\t（三）科学技术支出", "（四）专项转移拨款\t\t（三）科学技术支出"), "RD014", "（四）专项转移拨款"),
        new("an amount without a label in 收支总表", Replace("五、事业单位经营收入\t\t五、节能环保支出", "\t100.00\t五、节能环保支出"), "RD014", "\t100.00\t五、节能环保支出"),
        new("a table title with only empty rows", Replace("科目编码\t科目名称\t2024年国有资本经营预算支出\t\t\n\t\t小计\t基本支出\t项目支出\n\t合 计\t\t\t\n", "\t\t\t\t\n"), "RD015", "### 国有资本经营预算支出表"),
        new("no title line", Replace("# 人力资源社会保障部本级 2024 年度预算\n", string.Empty), "RD017", null),
        new("no department code anywhere", Replace("[117]人力资源社会保障部", "人力资源社会保障部"), "RD018", null),
        new("an indicator without points", Replace("召开人力资源服务业发展工作座谈会\t1次\t10", "召开人力资源服务业发展工作座谈会\t1次\t"), "RD019", "召开人力资源服务业发展工作座谈会"),
        new("an indicator without its target", Replace("\t\t\t劳动保障报专版宣传期数\t≥24期\t10", "\t\t\t劳动保障报专版宣传期数\t\t"), "RD020", "劳动保障报专版宣传期数"),
        new("an indicator row with too many cells", Replace("\t\t\t劳动保障报专版宣传期数\t≥24期\t10", "\t\t\t劳动保障报专版宣传期数\t≥24期\t另见\t附注\t10"), "RD020", "劳动保障报专版宣传期数"),
        new("a sheet without 项目名称", Replace("项目名称\t人力资源流动管理\t\t\t\t\n", string.Empty), "RD021", "# 人力资源流动管理项目绩效目标表"),
        new("a sheet whose funds are words", Replace("年度资金总额:\t\t\t364.01", "年度资金总额:\t\t\t三百六十四万"), "RD001", "三百六十四万"),
        new("a sheet without a 上年结转 line", ReplaceFirst("\t上年结转\t\t\t39.96\t\n", string.Empty), "RD021", "# 人力资源流动管理项目绩效目标表"),
        new("a narrative path that names no rows", Replace("2. 外交支出（类）国际组织（款）国际组织会费（项）", "2. 外交支出（类）国际机构（款）国际组织会费（项）"), "RD022", "国际机构（款）"),
        new("a share clause with nothing before it", Replace("一般公共服务支出 410.00 万元，占 0.10%", "占 0.10%"), "RD023", "占 0.10%"),
        new("a growth clause with no change before it", Replace("#### 1. 一般公共服务支出（类）纪检监察事务（款）派驻派", "增长 5.00%。\n\n#### 1. 一般公共服务支出（类）纪检监察事务（款）派驻派"), "RD023", "增长 5.00%"),
        new("an amount in the narrative with no subject", Replace("### （二）一般公共预算当年拨款结构情况。\n", "### （二）一般公共预算当年拨款结构情况。\n\n1,000.00 万元。\n"), "RD028", "1,000.00 万元。"),
        new("a NUL character", Replace("20603\t应用研究", "20603\t应用\0研究"), "RD024", "应用\0研究"),
        new("a performance sheet twice", Replace("# 国家表彰奖励项目绩效目标表", Between("# 人力资源流动管理项目绩效目标表", "# 就业形势监测和就业政策实施项目绩效目标表") + "# 国家表彰奖励项目绩效目标表"), "RD025", null),
        new("a row with neither code nor 合计", Replace("2080110\t劳动关系和维权\t612.07", "\t劳动关系和维权\t612.07"), "RD026", "\t劳动关系和维权\t612.07"),
        new("a coded table without its 合计 row", Replace("\t合 计\t479,761.98\t19,188.11\t460,573.87\t\t\t\n", string.Empty), "RD027", "201\t一般公共服务支出\t457.89"),
        new("text that is no budget at all", "hello\nworld\n", "RD029", null),
    ];

    [Theory]
    [MemberData(nameof(Cases))]
    public void Each_malformed_input_gives_its_diagnostic_on_its_line(Case c)
    {
        var result = DisclosureReader.Read(c.Text);
        int line = c.LineHolding is null ? -1 : c.Text.Split('\n').ToList().FindIndex(l => l.Contains(c.LineHolding, StringComparison.Ordinal)) + 1;
        Assert.True(c.LineHolding is null || line > 0, $"the case's marker “{c.LineHolding}” is in no line");
        var matching = result.DiagnosticsOf(c.Code);
        Assert.True(
            matching.Any(d => c.LineHolding is null || d.Line == line),
            $"expected {c.Code} on line {line}; got:\n{string.Join("\n", result.Diagnostics.Where(d => d.Code != "RD016"))}");
        Assert.Empty(result.DiagnosticsOf("RD099"));
        var rule = ReadRules.All.Single(r => r.Id == c.Code);
        Assert.All(matching, d => Assert.Equal(rule, d.Rule));
    }

    [Fact]
    public void There_are_at_least_thirty_cases_and_they_cover_most_rules()
    {
        var cases = ((IEnumerable<object[]>)Cases()).Select(row => (Case)row[0]).ToList();
        Assert.True(cases.Count >= 30);
        var covered = cases.Select(c => c.Code).ToHashSet();
        var uncovered = ReadRules.All.Select(r => r.Id).Where(id => !covered.Contains(id)).ToList();
        // RD030–RD033 are said of PDF files, not of text: PdfBadInputTests gives each its input; RD034 of bytes, not of
        // a string: EncodingTests gives it its inputs.
        Assert.Equal(["RD016", "RD030", "RD031", "RD032", "RD033", "RD034", "RD099"], uncovered);
    }

    [Fact]
    public void A_bad_cell_is_reported_with_its_column_and_raw_text_and_the_rest_of_its_row_is_read()
    {
        var result = DisclosureReader.Read(Replace("2080101\t行政运行\t13,838.76\t13,838.76", "2080101\t行政运行\t13,838.76\t13,8y8.76"));
        var d = Assert.Single(result.DiagnosticsOf("RD001"));
        Assert.Equal("13,8y8.76", d.Raw);
        Assert.Equal("2080101\t行政运行\t13,838.76\t".Length + 1, d.Column);
        var row = result.Budget.Expenditure!.Rows.Single(r => r.Code.Value == "2080101");
        Assert.Equal("13,838.76", row.Total.Amount.Format(Budget.Domain.Money.AmountUnit.WanYuan));
        Assert.True(row.Basic.IsEmpty);
    }

    [Fact]
    public void Bytes_that_are_not_utf8_are_reported_and_the_rest_is_read()
    {
        byte[] text = Encoding.UTF8.GetBytes(Seed);
        byte[] bad = [.. text[..200], 0xFF, 0xFE, 0xC3, .. text[200..]];
        var result = DisclosureReader.Read(new MemoryStream(bad));
        Assert.NotEmpty(result.DiagnosticsOf("RD024"));
        Assert.Equal(MohrssDisclosure.Read().Budget, result.Budget);
    }

    [Fact]
    public void A_publisher_s_column_order_does_not_shift_figures()
    {
        // 支出总表 with 基本支出 and 项目支出 swapped, header and rows alike.
        string t3 = Between("## 单位支出总表", "## 财政拨款收支总表");
        string swapped = string.Join("\n", t3.Split('\n').Select(line =>
        {
            var cells = line.Split('\t');
            if (cells.Length >= 5)
            {
                (cells[3], cells[4]) = (cells[4], cells[3]);
            }

            return string.Join("\t", cells);
        }));
        var result = DisclosureReader.Read(Seed.Replace(t3, swapped, StringComparison.Ordinal));
        Assert.Equal(MohrssDisclosure.Read().Budget.Expenditure, result.Budget.Expenditure);
    }

    [Fact]
    public void An_extra_column_is_reported_and_does_not_shift_figures()
    {
        string t5 = Between("## 一般公共预算支出表", "## 一般公共预算基本支出表");
        string extra = string.Join("\n", t5.Split('\n').Select(line =>
        {
            var cells = line.Split('\t').ToList();
            if (cells.Count >= 4)
            {
                cells.Insert(2, line.Contains("科目编码", StringComparison.Ordinal) ? "备注" : cells[0].Length > 0 ? "x" : string.Empty);
            }

            return string.Join("\t", cells);
        }));
        var result = DisclosureReader.Read(Seed.Replace(t5, extra, StringComparison.Ordinal));
        Assert.Equal(MohrssDisclosure.Read().Budget.GeneralPublicBudgetExpenditure, result.Budget.GeneralPublicBudgetExpenditure);
        Assert.Contains(result.Diagnostics, d => d.Code == "RD008" && d.Raw == "备注");
    }

    [Fact]
    public void Other_heading_forms_read_the_same()
    {
        // Bold headings instead of #, table titles numbered as in a table of contents, an ASCII colon in the unit line,
        // **bold** cells instead of <b>.
        string text = Seed
            .Replace("## 单位收支总表", "**一、单位收支总表**", StringComparison.Ordinal)
            .Replace("## 单位支出总表", "三、单位支出总表", StringComparison.Ordinal)
            .Replace("### 国有资本经营预算支出表", "表8 国有资本经营预算支出表", StringComparison.Ordinal)
            .Replace("## 一般公共预算基本支出表\n\n单位：万元", "## 一般公共预算基本支出表\n\n单位:万元", StringComparison.Ordinal)
            .Replace("# 就业形势监测和就业政策实施项目绩效目标表", "**就业形势监测和就业政策实施项目绩效目标表**", StringComparison.Ordinal)
            .Replace("<b>", "**", StringComparison.Ordinal).Replace("</b>", "**", StringComparison.Ordinal);
        var result = DisclosureReader.Read(text);
        Assert.Equal(MohrssDisclosure.Read().Budget, result.Budget);
    }

    [Fact]
    public void A_table_continued_under_a_repeated_title_is_one_table()
    {
        // Converters repeat the title after a page break: "一般公共预算基本支出表（续）" before the second page's header.
        string text = ReplaceFirst(
            "\n部门预算支出经济分类科目\t\t2024年基本支出\t\t\n科目编码\t科目名称\t合计\t人员经费\t公用经费\n30207",
            "\n## 一般公共预算基本支出表（续）\n\n单位：万元\n\n部门预算支出经济分类科目\t\t2024年基本支出\t\t\n科目编码\t科目名称\t合计\t人员经费\t公用经费\n30207");
        var result = DisclosureReader.Read(text);
        Assert.Equal(MohrssDisclosure.Read().Budget.BasicExpenditure, result.Budget.BasicExpenditure);
        Assert.Empty(result.DiagnosticsOf("RD010"));
    }

    [Fact]
    public void A_unit_line_below_the_header_is_the_table_s_unit()
    {
        string t2 = Between("## 单位收入总表", "## 单位支出总表");
        string moved = t2.Replace("单位：万元\n\n", string.Empty, StringComparison.Ordinal).Replace("<b>479,761.98</b>", "单位：万元\n<b>479,761.98</b>", StringComparison.Ordinal);
        var result = DisclosureReader.Read(Seed.Replace(t2, moved, StringComparison.Ordinal));
        Assert.Equal(MohrssDisclosure.Read().Budget.Income, result.Budget.Income);
        Assert.Empty(result.DiagnosticsOf("RD012"));
        Assert.Empty(result.DiagnosticsOf("RD013"));
    }

    [Fact]
    public void Rows_missing_their_trailing_cells_read_as_blank_cells()
    {
        string text = string.Join("\n", Seed.Split('\n').Select(l => l.Contains('\t', StringComparison.Ordinal) ? l.TrimEnd('\t') : l));
        var result = DisclosureReader.Read(text);
        Assert.Equal(MohrssDisclosure.Read().Budget, result.Budget);
        Assert.Equal(DocumentKind.Budget, result.Budget.Kind);
    }
}
