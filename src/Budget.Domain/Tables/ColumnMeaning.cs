using System.Globalization;

namespace Budget.Domain.Tables;

/// <summary>What a figure measures (the first part of a column's meaning, docs/table-kinds.md).</summary>
public enum Measure
{
    /// <summary>预算数 / 年初预算数: the budgeted amount of the fiscal year.</summary>
    Budget = 0,

    /// <summary>调整预算数 / 全年预算数: the adjusted budget.</summary>
    AdjustedBudget = 1,

    /// <summary>决算数: the final (actual) amount of the fiscal year.</summary>
    Final = 2,

    /// <summary>上年执行数: the prior year's actual.</summary>
    PriorYearActual = 3,

    /// <summary>上年预算数: the prior year's budget.</summary>
    PriorYearBudget = 4,

    /// <summary>上年决算数: the prior year's final amount.</summary>
    PriorYearFinal = 5,

    /// <summary>增减额: a change (this year − the prior year).</summary>
    Change = 6,

    /// <summary>增减%: a change rate.</summary>
    ChangeRate = 7,

    /// <summary>完成%: a completion rate (final / budget).</summary>
    CompletionRate = 8,

    /// <summary>占 x%: a share of a whole (narrative figures).</summary>
    Share = 9,
}

/// <summary>Which money a figure counts (the source of funds).</summary>
public enum FundSource
{
    /// <summary>All funds (合计).</summary>
    All = 0,

    /// <summary>财政拨款, the three funds undivided.</summary>
    FiscalAppropriation = 1,

    /// <summary>一般公共预算 (general public budget).</summary>
    GeneralPublicBudget = 2,

    /// <summary>政府性基金预算 (government fund budget).</summary>
    GovernmentFund = 3,

    /// <summary>国有资本经营预算 (state capital operations budget).</summary>
    StateCapital = 4,

    /// <summary>上级补助收入 (subsidy from the superior).</summary>
    SuperiorSubsidy = 5,

    /// <summary>事业收入 (service revenue).</summary>
    ServiceRevenue = 6,

    /// <summary>其中：教育收费 (of service revenue: education fees).</summary>
    EducationFees = 7,

    /// <summary>经营收入 / 事业单位经营收入 (business revenue).</summary>
    BusinessRevenue = 8,

    /// <summary>附属单位上缴收入 (remittances from affiliates).</summary>
    AffiliatesRemittance = 9,

    /// <summary>其他收入 (other revenue).</summary>
    OtherRevenue = 10,

    /// <summary>捐赠 (donations).</summary>
    Donations = 11,

    /// <summary>使用非财政拨款结余 (non-fiscal balance used).</summary>
    NonFiscalBalanceUsed = 12,

    /// <summary>上年结转 / 年初结转和结余 (carry-over from the prior year).</summary>
    CarryOver = 13,

    /// <summary>结转下年 / 年末结转和结余 (carry-forward to the next year).</summary>
    CarryForward = 14,

    /// <summary>结余分配 (surplus distribution).</summary>
    SurplusDistribution = 15,

    /// <summary>本年收入: the fiscal year's income from every source (收入 lines' 合计 without carry-overs).</summary>
    CurrentYearIncome = 16,

    /// <summary>
    /// 财政拨款 including the spending of carried-over appropriations: the expenditure side of a central 财政拨款收支总表
    /// (本年支出 = 当年拨款 + 上年结转 spent), which is not the same fact as a fund table's 当年拨款.
    /// </summary>
    FiscalWithCarryOver = 17,
}

/// <summary>What spending a figure counts (the nature); income figures have <see cref="Income"/>.</summary>
public enum SpendingNature
{
    /// <summary>All spending (合计 / 小计).</summary>
    Total = 0,

    /// <summary>基本支出 (basic expenditure).</summary>
    Basic = 1,

    /// <summary>人员经费 (personnel costs).</summary>
    Personnel = 2,

    /// <summary>公用经费 (operating costs).</summary>
    Operating = 3,

    /// <summary>项目支出 (project expenditure).</summary>
    Project = 4,

    /// <summary>其中：基本建设资金支出 (of which infrastructure).</summary>
    Infrastructure = 5,

    /// <summary>扣除中央基建投资后 (total excluding central infrastructure investment).</summary>
    ExcludingCentralInfrastructure = 6,

    /// <summary>上缴上级支出 (remitted to the superior).</summary>
    RemittedToSuperior = 7,

    /// <summary>经营支出 / 事业单位经营支出 (business expenditure).</summary>
    Business = 8,

    /// <summary>对附属单位补助支出 / 对下级单位补助支出 (subsidies to affiliates).</summary>
    SubsidiesToAffiliates = 9,

    /// <summary>“三公”经费合计 (the three public expenses together).</summary>
    ThreePublicExpenses = 10,

    /// <summary>因公出国（境）费 (overseas travel).</summary>
    OverseasTravel = 11,

    /// <summary>公务用车购置及运行费 (official vehicles, purchase and operation).</summary>
    Vehicles = 12,

    /// <summary>公务用车购置费 (official vehicle purchase).</summary>
    VehiclePurchase = 13,

    /// <summary>公务用车运行（维护）费 (official vehicle operation).</summary>
    VehicleOperation = 14,

    /// <summary>公务接待费 (official reception).</summary>
    Reception = 15,

    /// <summary>机关运行经费 (agency operating costs).</summary>
    AgencyOperatingCosts = 16,

    /// <summary>Not spending: an income figure.</summary>
    Income = 17,

    /// <summary>A figure that is neither (a balance line, a count).</summary>
    Other = 18,
}

/// <summary>How a column relates to the others of its table.</summary>
public enum ColumnRole
{
    /// <summary>A figure on its own (no other column adds up to it).</summary>
    Value = 0,

    /// <summary>The sum of the columns it names (合计 = 基本 + 项目 + …).</summary>
    Sum = 1,

    /// <summary>A part of a sum column.</summary>
    Part = 2,

    /// <summary>其中：… — never above its parent, never added to it.</summary>
    OfWhich = 3,

    /// <summary>Computed from other figures (a change, a rate).</summary>
    Derived = 4,
}

/// <summary>
/// What a figure means, in four parts: measure, source, nature and role. One rule written over meanings applies to
/// every table kind that has them.
/// </summary>
/// <remarks>Immutable; equal when the four parts are equal.</remarks>
public sealed record ColumnMeaning
{
    /// <summary>Creates a meaning.</summary>
    /// <param name="measure">What it measures.</param>
    /// <param name="source">Which money it counts.</param>
    /// <param name="nature">What spending it counts.</param>
    /// <param name="role">How it relates to other figures of its table.</param>
    public ColumnMeaning(Measure measure, FundSource source, SpendingNature nature, ColumnRole role)
    {
        Measure = measure;
        Source = source;
        Nature = nature;
        Role = role;
    }

    /// <summary>What it measures.</summary>
    public Measure Measure { get; }

    /// <summary>Which money it counts.</summary>
    public FundSource Source { get; }

    /// <summary>What spending it counts.</summary>
    public SpendingNature Nature { get; }

    /// <summary>How it relates to other figures of its table.</summary>
    public ColumnRole Role { get; }

    /// <summary>Whether the figure is a rate (change, completion, share), not an amount.</summary>
    public bool IsRate => Measure is Measure.ChangeRate or Measure.CompletionRate or Measure.Share;

    /// <summary>The four parts as data files write them.</summary>
    /// <returns>For example <c>final/all/basic/part</c>.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{SchemaText.Key(Measure)}/{SchemaText.Key(Source)}/{SchemaText.Key(Nature)}/{SchemaText.Key(Role)}");
}

/// <summary>The names of the meaning values in data files and JSON: camelCase member names.</summary>
internal static class SchemaText
{
    public static string Key<T>(T value)
        where T : struct, Enum =>
        Keys<T>.Names.TryGetValue(value, out string? key) ? key : Name(value);

    private static string Name<T>(T value)
        where T : struct, Enum
    {
        string name = value.ToString();
        return name.Length == 0 || !char.IsAsciiLetterUpper(name[0]) ? name : string.Concat(name[..1].ToLowerInvariant(), name.AsSpan(1));
    }

    private static class Keys<T>
        where T : struct, Enum
    {
        internal static readonly System.Collections.Frozen.FrozenDictionary<T, string> Names =
            System.Collections.Frozen.FrozenDictionary.ToFrozenDictionary(Enum.GetValues<T>().Distinct(), v => v, Name);

        internal static readonly System.Collections.Frozen.FrozenDictionary<string, T> Values =
            System.Collections.Frozen.FrozenDictionary.ToFrozenDictionary(Names, p => p.Value, p => p.Key, StringComparer.Ordinal);
    }

    /// <summary>The value of an exact key (camelCase, as the library writes it), without parsing.</summary>
    public static bool TryKey<T>(string text, out T value)
        where T : struct, Enum => Keys<T>.Values.TryGetValue(text, out value);

    public static bool TryParse<T>(string? text, out T value)
        where T : struct, Enum
    {
        value = default;
        if (string.IsNullOrEmpty(text) || !char.IsAsciiLetter(text[0]) || text.Any(c => !char.IsAsciiLetterOrDigit(c)))
        {
            return false;
        }

        return Enum.TryParse(text, ignoreCase: true, out value) && Enum.IsDefined(value);
    }
}
