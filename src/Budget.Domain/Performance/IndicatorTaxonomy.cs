namespace Budget.Domain.Performance;

/// <summary>
/// The levels of performance indicators (绩效指标): each level-1 name (一级指标) and the level-2 names (二级指标) under
/// it. A level-2 name implies its level-1.
/// </summary>
/// <remarks>产出指标: 数量/质量/时效指标; 效益指标: 经济/社会/生态效益指标, 可持续影响指标; 满意度指标: 服务对象满意度指标;
/// 成本指标: 经济/社会/生态环境成本指标. Names are compared as <see cref="Classification.NameKey"/> compares them.</remarks>
public static class IndicatorTaxonomy
{
    private static readonly (string Level1, string[] Level2)[] Levels =
    [
        ("产出指标", ["数量指标", "质量指标", "时效指标"]),
        ("效益指标", ["经济效益指标", "社会效益指标", "生态效益指标", "可持续影响指标"]),
        ("满意度指标", ["服务对象满意度指标"]),
        ("成本指标", ["经济成本指标", "社会成本指标", "生态环境成本指标"]),
    ];

    /// <summary>The level-1 names, in standard order.</summary>
    public static IReadOnlyList<string> Level1Names { get; } = ValueList.From(Levels.Select(l => l.Level1));

    /// <summary>Every level-2 name, with its level-1 name.</summary>
    private static readonly Dictionary<string, string> ParentOf = Levels.SelectMany(l => l.Level2.Select(n => (n, l.Level1))).ToDictionary(p => p.n, p => p.Level1);

    /// <summary>The level-2 names under a level-1 name; empty for an unknown one.</summary>
    /// <param name="level1">The level-1 name.</param>
    /// <returns>The level-2 names, in standard order.</returns>
    public static IReadOnlyList<string> Level2NamesOf(string? level1)
    {
        string name = Clean(level1);
        return ValueList.From(Levels.FirstOrDefault(l => l.Level1 == name).Level2 ?? []);
    }

    /// <summary>Whether a name is a level-1 name.</summary>
    /// <param name="name">The name.</param>
    /// <returns>True for 产出指标, 效益指标, 满意度指标, 成本指标.</returns>
    public static bool IsLevel1(string? name)
    {
        if (!MayBeLevel(name))
        {
            return false;
        }

        string key = Clean(name);
        return Array.Exists(Levels, l => l.Level1 == key);
    }

    /// <summary>The level-1 name a level-2 name belongs to; null for an unknown level-2 name.</summary>
    /// <param name="level2">The level-2 name, for example <c>时效指标</c>.</param>
    /// <returns>For example <c>产出指标</c>, or null.</returns>
    public static string? Level1Of(string? level2) => MayBeLevel(level2) ? ParentOf.GetValueOrDefault(Clean(level2)) : null;

    /// <summary>Every level name ends in 标 (指标); a quick test before normalising.</summary>
    private static bool MayBeLevel(string? name) => name is { Length: > 0 and < 40 } && name.Contains('标', StringComparison.Ordinal);

    private static string Clean(string? name) => Classification.NameKey.Of(name);
}
