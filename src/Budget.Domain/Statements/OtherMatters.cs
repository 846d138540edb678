using Budget.Domain.Money;

namespace Budget.Domain.Statements;

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
    public DateOnly? VehiclesAsOf { get; }

    /// <summary>The number of vehicles stated.</summary>
    public int? VehicleTotal { get; }

    /// <summary>The vehicles by category.</summary>
    public IReadOnlyList<VehicleCategory> VehicleCategories { get; }

    /// <summary>The number of pieces of equipment of 1,000,000 元 or more.</summary>
    public int? EquipmentOverOneMillion { get; }

    /// <summary>The amount the performance targets cover (涉及预算拨款).</summary>
    public AmountCell PerformanceCoveredAmount { get; }

    /// <summary>The number of performance sheets the text says are attached.</summary>
    public int? StatedPerformanceSheetCount { get; }

    /// <summary>The main figures.</summary>
    /// <returns>A one-line summary.</returns>
    public override string ToString() =>
        $"其他重要事项: 机关运行经费 {AgencyOperatingCosts}, 政府采购 {ProcurementTotal}, 车辆 {VehicleTotal}, 设备 {EquipmentOverOneMillion}, 绩效 {PerformanceCoveredAmount} ({StatedPerformanceSheetCount} sheets)";
}
