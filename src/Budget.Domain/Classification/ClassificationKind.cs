namespace Budget.Domain.Classification;

/// <summary>The three lists of 政府收支分类科目 that budget tables are keyed by.</summary>
public enum ClassificationKind
{
    /// <summary>支出功能分类 (functional classification: what the money is for). 类 2xx, 款 5 digits, 项 7 digits.</summary>
    Functional = 0,

    /// <summary>部门预算支出经济分类 (departmental economic classification: what kind of spending). 类 3xx, 款 5 digits.</summary>
    DepartmentEconomic = 1,

    /// <summary>政府预算支出经济分类 (government economic classification). 类 5xx, 款 5 digits.</summary>
    GovernmentEconomic = 2,
}

/// <summary>The levels of a classification code.</summary>
public enum CodeLevel
{
    /// <summary>No level: only <c>default</c> codes, which parsing never returns.</summary>
    None = 0,

    /// <summary>类 (class), 3 digits.</summary>
    Class = 1,

    /// <summary>款 (section), 5 digits.</summary>
    Section = 2,

    /// <summary>项 (item), 7 digits; only in 支出功能分类.</summary>
    Item = 3,
}

/// <summary>Names of the lists and levels, in Chinese and English.</summary>
public static class ClassificationNames
{
    /// <summary>The Chinese name of a list: 支出功能分类, 部门预算支出经济分类 or 政府预算支出经济分类.</summary>
    /// <param name="kind">The list.</param>
    /// <returns>Its Chinese name.</returns>
    public static string ChineseName(this ClassificationKind kind) => kind switch
    {
        ClassificationKind.Functional => "支出功能分类",
        ClassificationKind.DepartmentEconomic => "部门预算支出经济分类",
        ClassificationKind.GovernmentEconomic => "政府预算支出经济分类",
        _ => kind.ToString(),
    };

    /// <summary>The English name of a list.</summary>
    /// <param name="kind">The list.</param>
    /// <returns>For example <c>functional classification</c>.</returns>
    public static string EnglishName(this ClassificationKind kind) => kind switch
    {
        ClassificationKind.Functional => "functional classification",
        ClassificationKind.DepartmentEconomic => "departmental economic classification",
        ClassificationKind.GovernmentEconomic => "government economic classification",
        _ => kind.ToString(),
    };

    /// <summary>The Chinese name of a level: 类, 款 or 项.</summary>
    /// <param name="level">The level.</param>
    /// <returns>Its Chinese name; empty for <see cref="CodeLevel.None"/>.</returns>
    public static string ChineseName(this CodeLevel level) => level switch
    {
        CodeLevel.Class => "类",
        CodeLevel.Section => "款",
        CodeLevel.Item => "项",
        _ => string.Empty,
    };
}
