using Budget.Domain.Classification;
using Budget.Domain.Money;
using Budget.Domain.Performance;

namespace Budget.Domain.Tests.Performance;

public class PerformanceSheetTests
{
    private readonly IReadOnlyList<PerformanceSheet> sheets;

    public PerformanceSheetTests()
        : this(MohrssSheets2024.Build())
    {
    }

    /// <summary>Runs every test of the class on another source of the same sheets (the disclosure reader's).</summary>
    protected PerformanceSheetTests(IReadOnlyList<PerformanceSheet> sheets) => this.sheets = sheets;

    private IReadOnlyList<PerformanceSheet> Sheets => sheets;

    private static AmountCell Wan(decimal value) => AmountCell.Of(Amount.FromWanYuan(value));

    private PerformanceSheet Sheet(string project) => Sheets.Single(s => s.ProjectName == project);

    [Theory]
    [InlineData("人力资源流动管理", "364.01", "324.05", "39.96")]
    [InlineData("就业形势监测和就业政策实施", "704.53", "600.00", "104.53")]
    [InlineData("完善工伤保险制度体系研究", "249.58", "248.00", "1.58")]
    [InlineData("社会保险基金监管", "219.58", "216.94", "2.64")]
    [InlineData("失业保险制度建设", "241.13", "170.10", "71.03")]
    [InlineData("完善养老保险制度体系", "401.69", "400.00", "1.69")]
    [InlineData("专业技术人员管理服务经费", "545.48", "460.00", "85.48")]
    [InlineData("参加世界技能大赛及大会", "5252.28", "4237.35", "1014.93")]
    [InlineData("技能人才队伍建设", "1073.10", "759.98", "313.12")]
    [InlineData("事业单位工资制度改革经费", "105.14", "75.60", "29.54")]
    [InlineData("国家表彰奖励", "306.63", "234.26", "72.37")]
    [InlineData("人力资源社会保障综合统计及专项调查", "1799.75", "1570.26", "229.49")]
    [InlineData("人力资源和社会保障法制建设", "121.83", "120.00", "1.83")]
    [InlineData("国际交流合作项目", "365.39", "320.00", "45.39")]
    [InlineData("劳动保障监察维权", "286.36", "254.38", "31.98")]
    [InlineData("国务院农民工工作领导小组办公室工作经费", "139.95", "120.80", "19.15")]
    [InlineData("企业工资分配体制改革和制度建设", "395.29", "350.00", "45.29")]
    [InlineData("创新劳动关系协调机制", "76.83", "64.26", "12.57")]
    [InlineData("争议处理能力建设", "81.39", "77.49", "3.90")]
    [InlineData("国际组织会费项目", "57593.76", "57503.00", "90.76")]
    public void The_funds_of_every_sheet(string project, string total, string fiscal, string carryOver)
    {
        var sheet = Sheet(project);
        Assert.Equal(Wan(decimal.Parse(total, System.Globalization.CultureInfo.InvariantCulture)), sheet.TotalFunds);
        Assert.Equal(Wan(decimal.Parse(fiscal, System.Globalization.CultureInfo.InvariantCulture)), sheet.FiscalAppropriation);
        Assert.Equal(Wan(decimal.Parse(carryOver, System.Globalization.CultureInfo.InvariantCulture)), sheet.CarryOver);
        Assert.True(sheet.OtherFunds.IsEmpty);
        Assert.Equal("-", sheet.OtherFunds.EmptyMarker);
        Assert.Equal(new Department("117", "人力资源社会保障部"), sheet.Department);
        Assert.Equal("人力资源和社会保障部本级", sheet.ImplementingUnit);
        Assert.Equal(10, sheet.ExecutionRatePoints);
    }

    [Fact]
    public void There_are_twenty_sheets_with_every_indicator()
    {
        Assert.Equal(20, Sheets.Count);
        Assert.Equal(207, Sheets.Sum(s => s.Indicators.Count));
    }

    [Fact]
    public void Every_indicator_of_人力资源流动管理()
    {
        (string, string, string, string, decimal?)[] expected =
        [
            ("产出指标", "数量指标", "中央财政选拔招募“三支一扶”人员数", "≥34000人", 10),
            ("产出指标", "数量指标", "劳动保障报专版宣传期数", "≥24期", 10),
            ("产出指标", "数量指标", "西部和东北地区人力资源市场建设援助计划举办就业和人才服务活动场次", "≥3次", 10),
            ("产出指标", "数量指标", "召开人力资源服务业发展工作座谈会", "1次", 10),
            ("产出指标", "质量指标", "人力资源市场“一线观察”完成市场监测报告期数", "≥4期", 10),
            ("效益指标", "社会效益指标", "“三支一扶”信息系统点击量", "≥30000次", 20),
            ("效益指标", "社会效益指标", "“最美基层高校毕业生”宣传发布媒体报道次数", "≥100000次", 20),
        ];
        Assert.Equal(expected, Sheet("人力资源流动管理").Indicators.Select(i => (i.Level1!, i.Level2!, i.Name, i.Target.Text, i.Points)));
    }

    [Fact]
    public void Every_indicator_of_国际组织会费项目()
    {
        (string, string, string, string, decimal?)[] expected =
        [
            ("产出指标", "数量指标", "每年缴纳会费国际组织数量", "6个", 20),
            ("产出指标", "质量指标", "缴纳国际组织会费和世界技能大赛办赛费", "按时、足额", 20),
            ("产出指标", "时效指标", "缴纳会费时间", "会费到期日前1个月", 10),
            ("效益指标", "社会效益指标", "对外宣传介绍我国人力资源社会保障事业发展情况和取得的成绩", "长期有效", 20),
            ("效益指标", "社会效益指标", "深入参与多边外交事务,发出中国声音,反映中国关切", "作用显著", 20),
        ];
        Assert.Equal(expected, Sheet("国际组织会费项目").Indicators.Select(i => (i.Level1!, i.Level2!, i.Name, i.Target.Text, i.Points)));
    }

    [Fact]
    public void Every_indicator_of_企业工资分配体制改革和制度建设()
    {
        (string, string, string, string, decimal?)[] expected =
        [
            ("成本指标", "经济成本指标", "加强国有企业工资内外收入监督管理", "控制在预算资金范围内", 20),
            ("产出指标", "数量指标", "开展年度最低工资标准评估", "1次/年", 20),
            ("产出指标", "时效指标", "开展国有企业工资分配制度培训", "12月底前", 20),
            ("效益指标", "社会效益指标", "规范国有企业工资分配管理", "作用显著", 20),
            ("满意度指标", "服务对象满意度指标", "受训人员对培训工作的满意度", "≥90%", 10),
        ];
        Assert.Equal(expected, Sheet("企业工资分配体制改革和制度建设").Indicators.Select(i => (i.Level1!, i.Level2!, i.Name, i.Target.Text, i.Points)));
    }

    [Fact]
    public void Missing_points_stay_missing_and_are_not_zero()
    {
        var skills = Sheet("参加世界技能大赛及大会");
        var research = skills.Indicators.Single(i => i.Name == "完成世界技能大赛课题研究");
        Assert.Null(research.Points);
        Assert.Equal("2024年11月底前", research.Target.Text);
        Assert.Equal(85, skills.IndicatorPoints);
        Assert.Null(Sheet("人力资源和社会保障法制建设").Indicators.Single(i => i.Name == "为人力资源社会保障事业的开展提供法律基础和保障").Points);
        Assert.Equal(80, Sheet("完善养老保险制度体系").IndicatorPoints);
    }

    [Fact]
    public void Rows_that_show_a_neighbours_cell_are_read_into_the_right_levels()
    {
        // 法制建设 prints "时效指标 时效指标" where 一级指标 should be; 就业形势 prints 时效指标 in the 一级 column.
        var law = Sheet("人力资源和社会保障法制建设").Indicators.Single(i => i.Name == "普法宣传和考察调研工作完成时间");
        Assert.Equal(("产出指标", "时效指标"), (law.Level1, law.Level2));
        var jobs = Sheet("就业形势监测和就业政策实施").Indicators.Single(i => i.Name == "上报月度就业主要数据报告时限");
        Assert.Equal(("产出指标", "时效指标"), (jobs.Level1, jobs.Level2));
        Assert.IsType<DeadlineTarget>(jobs.Target);
    }

    [Fact]
    public void Goals_are_split_into_their_numbers()
    {
        var goals = Sheet("人力资源流动管理").Goals;
        Assert.Equal(5, goals.Count);
        Assert.Equal("加强人力资源市场建设与管理。", goals[0]);
        Assert.Equal("做好人员调配工作。", goals[4]);
        Assert.Equal(12, Sheet("就业形势监测和就业政策实施").Goals.Count);
        Assert.Single(Sheet("专业技术人员管理服务经费").Goals);
        Assert.Equal(["总目标", "第一", "第二"], PerformanceSheet.SplitGoals("总目标 1、第一 2、第二"));
        Assert.Equal(["甲", "乙"], PerformanceSheet.SplitGoals("<ol><li>甲</li><li>乙</li></ol>"));
        Assert.Equal(["(一) 不是编号 3. 也不是"], PerformanceSheet.SplitGoals("(一) 不是编号 3. 也不是"));
        Assert.Empty(PerformanceSheet.SplitGoals("  "));
    }

    [Fact]
    public void Sheets_are_values()
    {
        Assert.Equal(MohrssSheets2024.Build(), Sheets);
        var sheet = Sheets[0];
        var changed = sheet.WithIndicators(sheet.Indicators.Select((i, k) => k == 0 ? i.WithPoints(null) : i));
        Assert.NotEqual(sheet, changed);
        Assert.Equal(sheet, changed.WithIndicators(sheet.Indicators));
        Assert.Equal("人力资源流动管理: 364.01 万元, 7 indicators", sheet.ToString());
    }
}
