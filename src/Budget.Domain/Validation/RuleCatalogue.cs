namespace Budget.Domain.Validation;

/// <summary>
/// Every rule the library checks, each defined once here with its stable id. Performance-sheet rules are
/// <c>PS…</c>; docs/rules.md lists them.
/// </summary>
public static class RuleCatalogue
{
    /// <summary>PS001: 年度资金总额 = 财政拨款 + 上年结转 + 其他资金, within rounding.</summary>
    public static Rule SheetFundsAddUp { get; } = new("PS001", Severity.Error, "年度资金总额 = 财政拨款 + 上年结转 + 其他资金", "A sheet's total funds equal the sum of its fiscal appropriation, carry-over and other funds (a dash counts as none), allowing for the rounding of the displayed figures.");

    /// <summary>PS002: indicator points + 执行率 points = 100.</summary>
    public static Rule SheetPointsAddUp { get; } = new("PS002", Severity.Error, "指标分值 + 执行率分值 = 100", "The points of a sheet's indicators (90) and of its execution rate (10) add up to 100.");

    /// <summary>PS003: an indicator without points.</summary>
    public static Rule IndicatorHasPoints { get; } = new("PS003", Severity.Warning, "指标有分值", "Every indicator has its points (分值); a missing cell is reported, never taken as 0.");

    /// <summary>PS004: a level-2 name under the wrong level-1, or an unknown level name.</summary>
    public static Rule IndicatorLevelsFit { get; } = new("PS004", Severity.Error, "二级指标属于一级指标", "An indicator's level-2 name (二级指标) is one of its level-1 name's (一级指标), and both are known names.");

    /// <summary>PS005: a cost target in money above the sheet's total funds.</summary>
    public static Rule CostTargetWithinFunds { get; } = new("PS005", Severity.Error, "成本指标不超过年度资金总额", "A target that is an amount of money (a cost target such as ≤115万元) is not above the sheet's total funds.");

    /// <summary>PS006: two indicators of one sheet with the same name.</summary>
    public static Rule IndicatorNamesUnique { get; } = new("PS006", Severity.Warning, "指标名称不重复", "No two indicators of a sheet have the same name.");

    /// <summary>Every rule, by id.</summary>
    public static IReadOnlyList<Rule> All { get; } = ValueList.From(
        [SheetFundsAddUp, SheetPointsAddUp, IndicatorHasPoints, IndicatorLevelsFit, CostTargetWithinFunds, IndicatorNamesUnique]);

    /// <summary>The rule with an id, or null.</summary>
    /// <param name="id">The id, for example <c>PS001</c>.</param>
    /// <returns>The rule, or null.</returns>
    public static Rule? Find(string? id) => All.FirstOrDefault(r => r.Id == id);
}
