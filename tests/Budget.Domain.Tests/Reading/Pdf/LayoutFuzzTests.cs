using Budget.Domain.Pdf;
using Budget.Domain.Reading.Layout;
using FsCheck;
using FsCheck.Fluent;

namespace Budget.Domain.Tests.Reading.Pdf;

/// <summary>The layout pipeline never fails on any words anywhere: random pages of table-like words, and a real
/// budget's pages with words moved, dropped and duplicated. A defect would show as RD099.</summary>
public class LayoutFuzzTests
{
    private static readonly string[] Vocabulary =
    [
        "2025年部门收入预算总表", "收入支出决算总表", "单位：元", "单位:万元", "项目", "合计", "预算数", "决算数", "基本支出", "项目支出",
        "收入", "支出", "收 ", "入", "类", "款", "项", "201", "13", "01", "2011301", "行政运行", "一、一般公共服务支出", "总计",
        "1,234.56", "0.00", "0", "-", "无", "12.5%", "999999999999999999999.99", "注：本表无数据。", "说明：", "栏次", "1",
        "编制部门：某单位", "年初财政拨款结转和结余", "一般公共预算财政拨款", "小计", "", " ", "\u0000", "\uFFFD", "２０２５",
        "项目绩效目标表", "财政项目支出绩效目标填报表", "项目名称", "主管部门及代码", "教育部 105", "实施单位", "年度资金总额：",
        "其中：财政拨款", "上年结转", "其他资金", "执行率", "（10）", "一级指标", "二级指标", "三级指标", "指标值", "分值", "数量指标",
        "产出指标", "2.5", "≥95%", "一、部门预算编制说明", "（一）收入预算情况说明", "收入预算37,151.47万元，占9.26%，比2024年增加1.00万元。",
        "与2023年度相比，", "“一般公共服务支出（类）商贸事务（款）行政运行（项）”：", "名词解释", "（含外宾接待支出0.00万元）",
    ];

    private static Gen<LayoutWord> Word =>
        from text in Gen.Elements(Vocabulary)
        from left in Gen.Choose(-50, 900)
        from bottom in Gen.Choose(-50, 900)
        from width in Gen.Choose(0, 300)
        from height in Gen.Elements(0, 5, 10, 12, 40)
        from odd in Gen.Elements(0f, 0f, 0f, float.NaN, float.PositiveInfinity, -1e30f)
        select new LayoutWord(text, left + odd, bottom, left + width, bottom + height);

    [FsCheck.Xunit.Property(MaxTest = 300)]
    public Property Random_words_on_random_pages_never_fail()
    {
        var page = from number in Gen.Choose(0, 5)
                   from words in Gen.ListOf(Word)
                   select new LayoutPage(number, 842, 595, words);
        return Prop.ForAll(Gen.ListOf(page).Select(p => new LayoutDocument(p)).ToArbitrary(), document =>
        {
            var result = LayoutReader.Read(document);
            return result.Diagnostics.All(d => d.Code != "RD099") && result.ToString().Length > 0;
        });
    }

    /// <summary>A district unit's budget (tables, narrative) and the budgets with performance sheets: the university's
    /// (central sheets with points) and 万里 2023's (Shanghai's 填报表).</summary>
    private static readonly LayoutDocument[] Real = [.. new[] { "putuo-govoffice-2025-unit-budget", "swu-2023-budget", "putuo-wanli-2023-budget" }
        .Select(name => PdfLayout.Open(File.ReadAllBytes(CorpusPdf.PathOf(name))))];

    [FsCheck.Xunit.Property(MaxTest = 60)]
    public Property A_real_budget_with_words_moved_dropped_and_repeated_never_fails(int seed)
    {
        var random = new Random(seed);
        var pages = Real[Math.Abs(seed % Real.Length)].Pages.Select(p => new LayoutPage(p.Number, p.Width, p.Height, p.Words.SelectMany(w => random.Next(10) switch
        {
            0 => [],
            1 => [w, w],
            2 => [new LayoutWord(w.Text, w.Left + random.Next(-30, 30), w.Bottom + random.Next(-8, 8), w.Right + random.Next(-30, 30), w.Top + random.Next(-8, 8))],
            _ => new[] { w },
        })));
        var result = LayoutReader.Read(new LayoutDocument(pages));
        return (result.Diagnostics.All(d => d.Code != "RD099")).Label(string.Join("\n", result.Diagnostics.Where(d => d.Code == "RD099")));
    }
}
