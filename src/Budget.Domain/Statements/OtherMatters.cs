using Budget.Domain.Money;

namespace Budget.Domain.Statements;

/// <summary>A purchase 其他重要事项 says is planned (拟购置公务用车 1 辆).</summary>
/// <remarks>Immutable; equal when item, count and amount are equal.</remarks>
public sealed record PlannedPurchase
{
    /// <summary>Creates a planned purchase.</summary>
    /// <param name="item">What is to be bought, as stated (公务用车, 单位价值100万元以上设备).</param>
    /// <param name="count">How many, or null.</param>
    /// <param name="amount">For how much, blank when not stated.</param>
    public PlannedPurchase(string item, int? count, AmountCell amount)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(item);
        Item = item.Trim();
        Count = count;
        Amount = amount;
    }

    /// <summary>What is to be bought.</summary>
    public string Item { get; }

    /// <summary>How many, or null.</summary>
    public int? Count { get; }

    /// <summary>For how much, blank when not stated.</summary>
    public AmountCell Amount { get; }

    /// <summary>Item and count.</summary>
    /// <returns>For example <c>公务用车 1</c>.</returns>
    public override string ToString() => $"{Item} {Count}";
}

/// <summary>A number of vehicles of one category (部级领导干部用车 18 辆).</summary>
/// <remarks>Immutable; equal when name and count are equal.</remarks>
public sealed record VehicleCategory
{
    /// <summary>Creates a category.</summary>
    /// <param name="name">The category as printed.</param>
    /// <param name="count">How many vehicles; not negative.</param>
    public VehicleCategory(string name, int count)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        Name = name.Trim();
        Count = count;
    }

    /// <summary>The category as printed.</summary>
    public string Name { get; }

    /// <summary>How many vehicles.</summary>
    public int Count { get; }

    /// <summary>Name and count.</summary>
    /// <returns>For example <c>机要通信用车 3</c>.</returns>
    public override string ToString() => $"{Name} {Count}";
}

/// <summary>
/// 其他重要事项: 机关运行经费 and its change, 政府采购 with its 货物/工程/服务 parts, vehicles by category,
/// equipment of 1,000,000 元 or more, and 预算绩效管理 (the amount covered and the stated number of sheets).
/// Each is null or blank when the document does not state it.
/// </summary>
/// <remarks>Immutable; equal when every property is equal.</remarks>
public sealed record OtherMatters
{
    /// <summary>Creates the section.</summary>
    /// <param name="agencyOperatingCosts">机关运行经费 (agency operating costs).</param>
    /// <param name="agencyOperatingCostsChange">机关运行经费's change against the prior year, as stated.</param>
    /// <param name="procurementTotal">政府采购预算总额.</param>
    /// <param name="procurementGoods">政府采购货物预算.</param>
    /// <param name="procurementWorks">政府采购工程预算.</param>
    /// <param name="procurementServices">政府采购服务预算.</param>
    /// <param name="vehiclesAsOf">The date the vehicle count is as of (截至 …).</param>
    /// <param name="vehicleTotal">共有车辆 … 辆.</param>
    /// <param name="vehicleCategories">The vehicles by category.</param>
    /// <param name="equipmentOverOneMillion">单位价值 100 万元及以上的设备 … 台(套).</param>
    /// <param name="performanceCoveredAmount">绩效目标管理 涉及预算拨款.</param>
    /// <param name="statedPerformanceSheetCount">The number of performance sheets the text says are attached.</param>
    public OtherMatters(
        AmountCell agencyOperatingCosts,
        NarrativeFigure? agencyOperatingCostsChange,
        AmountCell procurementTotal,
        AmountCell procurementGoods,
        AmountCell procurementWorks,
        AmountCell procurementServices,
        DateOnly? vehiclesAsOf,
        int? vehicleTotal,
        IEnumerable<VehicleCategory>? vehicleCategories,
        int? equipmentOverOneMillion,
        AmountCell performanceCoveredAmount,
        int? statedPerformanceSheetCount)
    {
        AgencyOperatingCosts = agencyOperatingCosts;
        AgencyOperatingCostsChange = agencyOperatingCostsChange;
        ProcurementTotal = procurementTotal;
        ProcurementGoods = procurementGoods;
        ProcurementWorks = procurementWorks;
        ProcurementServices = procurementServices;
        VehiclesAsOf = vehiclesAsOf;
        VehicleTotal = vehicleTotal;
        VehicleCategories = ValueList.From(vehicleCategories);
        EquipmentOverOneMillion = equipmentOverOneMillion;
        PerformanceCoveredAmount = performanceCoveredAmount;
        StatedPerformanceSheetCount = statedPerformanceSheetCount;
    }

    /// <summary>Nothing stated.</summary>
    public static OtherMatters None { get; } = new(default, null, default, default, default, default, null, null, null, null, default, null);

    /// <summary>机关运行经费 (agency operating costs).</summary>
    public AmountCell AgencyOperatingCosts { get; }

    /// <summary>机关运行经费's change against the prior year, as stated; null when none is.</summary>
    public NarrativeFigure? AgencyOperatingCostsChange { get; }

    /// <summary>政府采购预算总额 (government procurement total).</summary>
    public AmountCell ProcurementTotal { get; }

    /// <summary>政府采购货物预算 (goods).</summary>
    public AmountCell ProcurementGoods { get; }

    /// <summary>政府采购工程预算 (works).</summary>
    public AmountCell ProcurementWorks { get; }

    /// <summary>政府采购服务预算 (services).</summary>
    public AmountCell ProcurementServices { get; }

    /// <summary>The date the vehicle count is as of.</summary>
    public DateOnly? VehiclesAsOf { get; private init; }

    /// <summary>The number of vehicles stated.</summary>
    public int? VehicleTotal { get; private init; }

    /// <summary>The vehicles by category.</summary>
    public IReadOnlyList<VehicleCategory> VehicleCategories { get; private init; }

    /// <summary>The number of pieces of equipment of 1,000,000 元 or more.</summary>
    public int? EquipmentOverOneMillion { get; private init; }

    /// <summary>The amount the performance targets cover (涉及预算拨款).</summary>
    public AmountCell PerformanceCoveredAmount { get; }

    /// <summary>The number of performance sheets the text says are attached.</summary>
    public int? StatedPerformanceSheetCount { get; }

    /// <summary>授予中小企业合同金额 (the procurement awarded to small and medium enterprises), blank when not stated.</summary>
    public AmountCell SmallBusinessProcurement { get; private init; }

    /// <summary>The share of procurement for small and medium enterprises (占政府采购预算的 x%), not applicable when not stated.</summary>
    public Rate SmallBusinessShare { get; private init; }

    /// <summary>The unit value above which equipment is counted (单位价值 50 万元以上 …), or null for the central
    /// wording, 1,000,000 元; <see cref="EquipmentOverOneMillion"/> is the count at or above it.</summary>
    public Amount? EquipmentThreshold { get; private init; }

    /// <summary>资产总额 or another stated asset value (国有资产占有使用情况), blank when not stated.</summary>
    public AmountCell AssetsTotal { get; private init; }

    /// <summary>Planned purchases stated (拟购置公务用车 1 辆, 拟购置单位价值 100 万元以上设备 2 台).</summary>
    public IReadOnlyList<PlannedPurchase> PlannedPurchases { get; private init; } = ValueList.Empty<PlannedPurchase>();

    /// <summary>绩效 management: the number of projects with performance targets (… 个项目), or null.</summary>
    public int? PerformanceProjectCount { get; private init; }

    /// <summary>绩效 management: the number of projects evaluated (开展绩效评价 … 个), or null.</summary>
    public int? PerformanceEvaluationCount { get; private init; }

    /// <summary>A copy with the small and medium enterprise figures of 政府采购.</summary>
    /// <param name="amount">The amount awarded to them.</param>
    /// <param name="share">Their share of procurement.</param>
    /// <returns>The new section.</returns>
    public OtherMatters WithSmallBusinessProcurement(AmountCell amount, Rate share) => this with { SmallBusinessProcurement = amount, SmallBusinessShare = share };

    /// <summary>A copy with the equipment count and the unit value it counts above.</summary>
    /// <param name="threshold">The stated unit value, or null for 1,000,000 元.</param>
    /// <param name="count">The number of pieces.</param>
    /// <returns>The new section.</returns>
    public OtherMatters WithEquipment(Amount? threshold, int? count) => this with { EquipmentThreshold = threshold, EquipmentOverOneMillion = count };

    /// <summary>A copy with the vehicles stated.</summary>
    /// <param name="asOf">The date the count is as of.</param>
    /// <param name="total">The number of vehicles.</param>
    /// <param name="categories">The vehicles by category.</param>
    /// <returns>The new section.</returns>
    public OtherMatters WithVehicles(DateOnly? asOf, int? total, IEnumerable<VehicleCategory>? categories) =>
        this with { VehiclesAsOf = asOf, VehicleTotal = total, VehicleCategories = ValueList.From(categories) };

    /// <summary>A copy with a stated asset value.</summary>
    /// <param name="total">The value.</param>
    /// <returns>The new section.</returns>
    public OtherMatters WithAssetsTotal(AmountCell total) => this with { AssetsTotal = total };

    /// <summary>A copy with the planned purchases stated.</summary>
    /// <param name="purchases">The purchases.</param>
    /// <returns>The new section.</returns>
    public OtherMatters WithPlannedPurchases(IEnumerable<PlannedPurchase>? purchases) => this with { PlannedPurchases = ValueList.From(purchases) };

    /// <summary>A copy with the 绩效 management counts.</summary>
    /// <param name="projects">Projects with performance targets.</param>
    /// <param name="evaluated">Projects evaluated.</param>
    /// <returns>The new section.</returns>
    public OtherMatters WithPerformanceCounts(int? projects, int? evaluated) => this with { PerformanceProjectCount = projects, PerformanceEvaluationCount = evaluated };

    /// <summary>The main figures.</summary>
    /// <returns>A one-line summary.</returns>
    public override string ToString() =>
        $"其他重要事项: 机关运行经费 {AgencyOperatingCosts}, 政府采购 {ProcurementTotal}, 车辆 {VehicleTotal}, 设备 {EquipmentOverOneMillion}, 绩效 {PerformanceCoveredAmount} ({StatedPerformanceSheetCount} sheets)";
}
