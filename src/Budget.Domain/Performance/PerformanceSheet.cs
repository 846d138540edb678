using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Budget.Domain.Classification;
using Budget.Domain.Money;

namespace Budget.Domain.Performance;

/// <summary>The template a performance target sheet follows.</summary>
public enum SheetTemplate
{
    /// <summary>项目绩效目标表 (central: funds in 万元, points 90 + 10).</summary>
    Central = 0,

    /// <summary>财政项目支出绩效目标填报表 (Shanghai: funds in 元, 项目性质, 项目类别, 项目总目标, no points).</summary>
    Shanghai = 1,
}

/// <summary>One indicator of a performance sheet: its level-1 and level-2 names, the indicator itself (三级指标), its
/// target value (指标值) and its points (分值; null when the document prints none, which is not 0).</summary>
/// <remarks>Immutable; equal when every property is equal.</remarks>
public sealed record Indicator
{
    /// <summary>Creates an indicator.</summary>
    /// <param name="level1">The level-1 name (一级指标), or null when the document gives none.</param>
    /// <param name="level2">The level-2 name (二级指标), or null when the document gives none.</param>
    /// <param name="name">The indicator (三级指标).</param>
    /// <param name="target">The target value.</param>
    /// <param name="points">The points, or null when missing: whole or not (2.5), from 0 to <see cref="MaxPoints"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">The points are negative or above <see cref="MaxPoints"/>.</exception>
    public Indicator(string? level1, string? level2, string name, Target target, decimal? points)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(target);
        if (points is < 0 or > MaxPoints)
        {
            throw new ArgumentOutOfRangeException(nameof(points), points, "Points are from 0 to 1,000,000,000,000.");
        }

        Level1 = string.IsNullOrWhiteSpace(level1) ? null : level1.Trim();
        Level2 = string.IsNullOrWhiteSpace(level2) ? null : level2.Trim();
        Name = name.Trim();
        Target = target;
        Points = points;
    }

    /// <summary>The level-1 name (一级指标), or null.</summary>
    public string? Level1 { get; }

    /// <summary>The level-2 name (二级指标), or null.</summary>
    public string? Level2 { get; }

    /// <summary>The indicator (三级指标).</summary>
    public string Name { get; }

    /// <summary>The target value (指标值).</summary>
    public Target Target { get; }

    /// <summary>The most points an indicator may have: no number of indicators can then overflow their sum.</summary>
    public const decimal MaxPoints = 1_000_000_000_000m;

    /// <summary>The points (分值), as printed (5, 2.5); null when the document prints none.</summary>
    public decimal? Points { get; }

    /// <summary>A copy with other points.</summary>
    /// <param name="points">The points, or null.</param>
    /// <returns>The new indicator.</returns>
    public Indicator WithPoints(decimal? points) => new(Level1, Level2, Name, Target, points);

    /// <summary>A copy with another target.</summary>
    /// <param name="target">The target.</param>
    /// <returns>The new indicator.</returns>
    public Indicator WithTarget(Target target) => new(Level1, Level2, Name, target, Points);

    /// <summary>A copy with other level names.</summary>
    /// <param name="level1">The level-1 name, or null.</param>
    /// <param name="level2">The level-2 name, or null.</param>
    /// <returns>The new indicator.</returns>
    public Indicator WithLevels(string? level1, string? level2) => new(level1, level2, Name, Target, Points);

    /// <summary>The indicator as a line.</summary>
    /// <returns>For example <c>产出指标/数量指标/举办培训班: ≥1个 (10)</c>.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Level1}/{Level2}/{Name}: {Target.Text} ({(Points is { } p ? p.ToString(CultureInfo.InvariantCulture) : "no points")})");
}

/// <summary>
/// A project performance target sheet (项目绩效目标表): the project, its department and implementing unit, its funds
/// (年度资金总额 = 财政拨款 + 上年结转 + 其他资金; <c>-</c> is none, kept distinct from 0), the points for 执行率, the
/// overall goal split into its numbered goals, and the indicators.
/// </summary>
/// <remarks>Immutable; equal when every property is equal, lists included. Funds are in 万元 as the sheets state them.</remarks>
public sealed record PerformanceSheet
{
    /// <summary>Creates a sheet.</summary>
    /// <param name="projectName">项目名称.</param>
    /// <param name="department">主管部门及代码.</param>
    /// <param name="implementingUnit">实施单位.</param>
    /// <param name="totalFunds">年度资金总额.</param>
    /// <param name="fiscalAppropriation">其中：财政拨款.</param>
    /// <param name="carryOver">上年结转.</param>
    /// <param name="otherFunds">其他资金 (a dash means none).</param>
    /// <param name="executionRatePoints">执行率 分值 (10), or null when not printed.</param>
    /// <param name="overallGoal">年度总体目标 as text.</param>
    /// <param name="indicators">The indicators, in printed order.</param>
    public PerformanceSheet(
        string projectName,
        Department department,
        string implementingUnit,
        AmountCell totalFunds,
        AmountCell fiscalAppropriation,
        AmountCell carryOver,
        AmountCell otherFunds,
        int? executionRatePoints,
        string overallGoal,
        IEnumerable<Indicator> indicators)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(projectName);
        ArgumentNullException.ThrowIfNull(department);
        ProjectName = projectName.Trim();
        Department = department;
        DepartmentName = department.Name;
        ImplementingUnit = (implementingUnit ?? string.Empty).Trim();
        TotalFunds = totalFunds;
        FiscalAppropriation = fiscalAppropriation;
        CarryOver = carryOver;
        OtherFunds = otherFunds;
        ExecutionRatePoints = executionRatePoints;
        OverallGoal = (overallGoal ?? string.Empty).Trim();
        Goals = SplitGoals(OverallGoal);
        Indicators = ValueList.From(indicators);
    }

    /// <summary>项目名称.</summary>
    public string ProjectName { get; }

    /// <summary>主管部门及代码; null on a sheet that prints the department without a code (Shanghai's).</summary>
    public Department? Department { get; private init; }

    /// <summary>主管部门 as printed (the department's name).</summary>
    public string DepartmentName { get; private init; } = string.Empty;

    /// <summary>The template of the sheet: central 项目绩效目标表 or Shanghai 财政项目支出绩效目标填报表.</summary>
    public SheetTemplate Template { get; private init; }

    /// <summary>The unit the sheet's funds are stated in: 万元 on central sheets, 元 on Shanghai's.</summary>
    public AmountUnit Unit { get; private init; } = AmountUnit.WanYuan;

    /// <summary>项目性质 (Shanghai), or null.</summary>
    public string? ProjectNature { get; private init; }

    /// <summary>项目类别 (Shanghai), or null.</summary>
    public string? ProjectCategory { get; private init; }

    /// <summary>项目总目标 (Shanghai), or null.</summary>
    public string? ProjectGoal { get; private init; }

    /// <summary>项目资金总额 (Shanghai: the project's funds over all its years), blank when not printed.</summary>
    public AmountCell ProjectTotalFunds { get; private init; }

    /// <summary>项目资金总额 其中：财政资金, blank when not printed.</summary>
    public AmountCell ProjectFiscalFunds { get; private init; }

    /// <summary>项目资金总额 其他资金, blank when not printed.</summary>
    public AmountCell ProjectOtherFunds { get; private init; }

    /// <summary>实施单位.</summary>
    public string ImplementingUnit { get; }

    /// <summary>The unit central sheets state their funds in: 万元 (see <see cref="Unit"/> for a sheet's own).</summary>
    public static AmountUnit FundsUnit => AmountUnit.WanYuan;

    /// <summary>年度资金总额 (total funds of the year).</summary>
    public AmountCell TotalFunds { get; private init; }

    /// <summary>其中：财政拨款 (fiscal appropriation).</summary>
    public AmountCell FiscalAppropriation { get; private init; }

    /// <summary>上年结转 (carry-over from the prior year).</summary>
    public AmountCell CarryOver { get; private init; }

    /// <summary>其他资金 (other funds); a dash is none.</summary>
    public AmountCell OtherFunds { get; private init; }

    /// <summary>执行率 分值 (points for the execution rate, normally 10), or null.</summary>
    public int? ExecutionRatePoints { get; private init; }

    /// <summary>年度总体目标 as text.</summary>
    public string OverallGoal { get; }

    /// <summary>The overall goal split into its numbered goals (1. … 2. …, or list items); the whole text when it is not numbered.</summary>
    public IReadOnlyList<string> Goals { get; }

    /// <summary>The indicators, in printed order.</summary>
    public IReadOnlyList<Indicator> Indicators { get; private init; }

    /// <summary>The sum of the indicators' points that are printed (exact; no number of indicators of at most
    /// <see cref="Indicator.MaxPoints"/> each can overflow it).</summary>
    public decimal IndicatorPoints => Indicators.Sum(i => i.Points ?? 0m);

    /// <summary>A copy with other indicators.</summary>
    /// <param name="indicators">The indicators.</param>
    /// <returns>The new sheet.</returns>
    public PerformanceSheet WithIndicators(IEnumerable<Indicator> indicators) => this with { Indicators = ValueList.From(indicators) };

    /// <summary>A copy with other funds.</summary>
    /// <param name="totalFunds">年度资金总额.</param>
    /// <param name="fiscalAppropriation">财政拨款.</param>
    /// <param name="carryOver">上年结转.</param>
    /// <param name="otherFunds">其他资金.</param>
    /// <returns>The new sheet.</returns>
    public PerformanceSheet WithFunds(AmountCell totalFunds, AmountCell fiscalAppropriation, AmountCell carryOver, AmountCell otherFunds) =>
        this with { TotalFunds = totalFunds, FiscalAppropriation = fiscalAppropriation, CarryOver = carryOver, OtherFunds = otherFunds };

    /// <summary>A copy with other execution-rate points.</summary>
    /// <param name="points">The points, or null.</param>
    /// <returns>The new sheet.</returns>
    public PerformanceSheet WithExecutionRatePoints(int? points) => this with { ExecutionRatePoints = points };

    /// <summary>
    /// A Shanghai 财政项目支出绩效目标填报表: funds in a stated unit (元), 项目性质, 项目类别, 项目总目标 and the project's
    /// funds over all its years besides the year's, and no points.
    /// </summary>
    /// <param name="projectName">项目名称.</param>
    /// <param name="departmentName">主管部门 as printed.</param>
    /// <param name="department">The department with its code where printed, or null.</param>
    /// <param name="implementingUnit">实施单位.</param>
    /// <param name="unit">The unit of its funds (单位：元).</param>
    /// <param name="totalFunds">年度资金申请总额.</param>
    /// <param name="fiscalAppropriation">其中：当年财政拨款.</param>
    /// <param name="carryOver">上年结转资金.</param>
    /// <param name="otherFunds">其他资金.</param>
    /// <param name="overallGoal">年度总体目标.</param>
    /// <param name="indicators">The indicators (no points).</param>
    /// <returns>The sheet.</returns>
    public static PerformanceSheet Shanghai(string projectName, string departmentName, Department? department, string implementingUnit, AmountUnit unit, AmountCell totalFunds, AmountCell fiscalAppropriation, AmountCell carryOver, AmountCell otherFunds, string overallGoal, IEnumerable<Indicator> indicators)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(departmentName);
        var sheet = new PerformanceSheet(projectName, department ?? new Department("0", departmentName), implementingUnit, totalFunds, fiscalAppropriation, carryOver, otherFunds, null, overallGoal, indicators);
        return sheet with { Department = department, DepartmentName = departmentName.Trim(), Template = SheetTemplate.Shanghai, Unit = unit };
    }

    /// <summary>A copy with the Shanghai project details.</summary>
    /// <param name="nature">项目性质.</param>
    /// <param name="category">项目类别.</param>
    /// <param name="projectGoal">项目总目标.</param>
    /// <returns>The new sheet.</returns>
    public PerformanceSheet WithProjectDetails(string? nature, string? category, string? projectGoal) =>
        this with { ProjectNature = Blank(nature), ProjectCategory = Blank(category), ProjectGoal = Blank(projectGoal) };

    /// <summary>A copy with the project's funds over all its years (项目资金总额).</summary>
    /// <param name="total">项目资金总额.</param>
    /// <param name="fiscal">其中：财政资金.</param>
    /// <param name="other">其他资金.</param>
    /// <returns>The new sheet.</returns>
    public PerformanceSheet WithProjectFunds(AmountCell total, AmountCell fiscal, AmountCell other) =>
        this with { ProjectTotalFunds = total, ProjectFiscalFunds = fiscal, ProjectOtherFunds = other };

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    /// <summary>
    /// Splits a goal text into its numbered goals: HTML list items (<c>&lt;li&gt;</c>), or goals numbered <c>1.</c>,
    /// <c>1、</c>, <c>(1)</c> or <c>（1）</c> in sequence. Markup is removed; text before the first number (a preamble)
    /// is kept as a goal of its own. An unnumbered text is one goal.
    /// </summary>
    /// <param name="text">The goal text.</param>
    /// <returns>The goals; empty for a blank text.</returns>
    public static IReadOnlyList<string> SplitGoals(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return ValueList.Empty<string>();
        }

        if (text.Contains("<li", StringComparison.OrdinalIgnoreCase))
        {
            var parts = ListItem.Split(text);
            return ValueList.From(parts.Select(StripMarkup).Where(p => p.Length > 0));
        }

        string plain = StripMarkup(text);
        var goals = new List<string>();
        int expected = 1, start = 0;
        foreach (var (index, length, number) in GoalNumbers(plain))
        {
            if (number != expected)
            {
                continue;
            }

            if (index > start)
            {
                goals.Add(plain[start..index].Trim());
            }

            start = index + length;
            expected++;
        }

        goals.Add(plain[start..].Trim());
        return ValueList.From(goals.Where(g => g.Length > 0));
    }

    /// <summary>The project and its funds.</summary>
    /// <returns>For example <c>人力资源流动管理: 364.01 万元, 7 indicators</c>.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{ProjectName}: {TotalFunds.Format(Unit)} {Unit.Symbol()}, {Indicators.Count} indicators");

    private static readonly Regex ListItem = new("<li[^>]{0,80}>", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking | RegexOptions.CultureInvariant);



    /// <summary>Goal numbers: 1. 1、 (1) （1） at the start or after white space or punctuation, with their position.</summary>
    private static IEnumerable<(int Index, int Length, int Number)> GoalNumbers(string text)
    {
        for (int i = 0; i < text.Length; i++)
        {
            if (i > 0 && !(char.IsWhiteSpace(text[i - 1]) || text[i - 1] is '。' or '；' or ';' or '，' or ','))
            {
                continue;
            }

            int j = i;
            bool bracket = text[j] is '(' or '（';
            if (bracket)
            {
                j++;
            }

            int digits = 0, number = 0;
            while (j < text.Length && digits < 2 && char.IsAsciiDigit(text[j]))
            {
                number = (number * 10) + (text[j] - '0');
                digits++;
                j++;
            }

            if (digits > 0 && j < text.Length && (bracket ? text[j] is ')' or '）' : text[j] is '.' or '、' or '．'))
            {
                yield return (i, j + 1 - i, number);
            }
        }
    }

    private static string StripMarkup(string text) => CellText.PlainText(text, numberListItems: false);
}
