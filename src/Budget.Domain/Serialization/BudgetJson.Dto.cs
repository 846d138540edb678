using System.Text.Json.Serialization;

namespace Budget.Domain.Serialization;

// The shape of the JSON document (docs/json-schema.md), read by System.Text.Json's source generator with unknown
// properties refused; BudgetJson.Read.cs maps it to the model and checks what the schema cannot.
#pragma warning disable CA1812, CA2227, CA1002 // instantiated by the serializer; settable collections are what it fills

internal sealed class BudgetDto
{
    public string? Schema { get; set; }

    public int? SchemaVersion { get; set; }

    public DepartmentDto? Department { get; set; }

    public int? FiscalYear { get; set; }

    public string? Kind { get; set; }

    public TablesDto? Tables { get; set; }

    public List<FigureDto?>? Narrative { get; set; }

    public OtherMattersDto? OtherMatters { get; set; }

    public List<SheetDto?>? PerformanceSheets { get; set; }
}

internal sealed class SheetDto
{
    public string? ProjectName { get; set; }

    public string? Template { get; set; }

    public string? ProjectNature { get; set; }

    public string? ProjectCategory { get; set; }

    public string? ProjectGoal { get; set; }

    public string? ProjectTotalFunds { get; set; }

    public string? ProjectFiscalFunds { get; set; }

    public string? ProjectOtherFunds { get; set; }

    public DepartmentDto? Department { get; set; }

    public string? ImplementingUnit { get; set; }

    public string? Unit { get; set; }

    public string? TotalFunds { get; set; }

    public string? FiscalAppropriation { get; set; }

    public string? CarryOver { get; set; }

    public string? OtherFunds { get; set; }

    public int? ExecutionRatePoints { get; set; }

    public string? OverallGoal { get; set; }

    public List<IndicatorDto?>? Indicators { get; set; }
}

internal sealed class IndicatorDto
{
    public string? Level1 { get; set; }

    public string? Level2 { get; set; }

    public string? Name { get; set; }

    public string? Target { get; set; }

    public decimal? Points { get; set; }
}

internal sealed class DepartmentDto
{
    public string? Code { get; set; }

    public string? Name { get; set; }
}

internal sealed class TablesDto
{
    public SummaryDto? IncomeExpenditureSummary { get; set; }

    public RowsDto? Income { get; set; }

    public RowsDto? Expenditure { get; set; }

    public FiscalDto? FiscalAppropriationSummary { get; set; }

    public RowsDto? GeneralPublicBudgetExpenditure { get; set; }

    public RowsDto? BasicExpenditure { get; set; }

    public RowsDto? GovernmentFundExpenditure { get; set; }

    public RowsDto? StateCapitalExpenditure { get; set; }

    public OneRowDto? ThreePublicExpenses { get; set; }
}

internal sealed class RowsDto
{
    public string? Unit { get; set; }

    public string? Note { get; set; }

    public List<RowDto?>? Rows { get; set; }

    public RowDto? Total { get; set; }
}

internal sealed class OneRowDto
{
    public string? Unit { get; set; }

    public string? Note { get; set; }

    public RowDto? Row { get; set; }
}

internal sealed class RowDto
{
    public string? Code { get; set; }

    public string? Name { get; set; }

    public Dictionary<string, string?>? Cells { get; set; }

    public Dictionary<string, string?>? Rates { get; set; }
}

internal sealed class LineDto
{
    public string? Name { get; set; }

    public string? Amount { get; set; }
}

internal sealed class SummaryDto
{
    public string? Unit { get; set; }

    public string? Note { get; set; }

    public List<LineDto?>? IncomeItems { get; set; }

    public string? CurrentYearIncome { get; set; }

    public string? UnusedNonFiscalBalance { get; set; }

    public string? CarryOver { get; set; }

    public string? IncomeTotal { get; set; }

    public List<LineDto?>? ExpenditureItems { get; set; }

    public string? CurrentYearExpenditure { get; set; }

    public string? CarryForward { get; set; }

    public string? ExpenditureTotal { get; set; }
}

internal sealed class FundsDto
{
    public string? GeneralPublicBudget { get; set; }

    public string? GovernmentFund { get; set; }

    public string? StateCapitalOperations { get; set; }
}

internal sealed class FiscalDto
{
    public string? Unit { get; set; }

    public string? Note { get; set; }

    public string? CurrentYearIncome { get; set; }

    public FundsDto? CurrentYearIncomeByFund { get; set; }

    public string? CarryOver { get; set; }

    public FundsDto? CarryOverByFund { get; set; }

    public string? IncomeTotal { get; set; }

    public string? CurrentYearExpenditure { get; set; }

    public List<LineDto?>? ExpenditureItems { get; set; }

    public string? CarryForward { get; set; }

    public string? ExpenditureTotal { get; set; }
}

internal sealed class FigureDto
{
    public string? Section { get; set; }

    public string? Subject { get; set; }

    public string? Kind { get; set; }

    public string? Amount { get; set; }

    public string? Rate { get; set; }

    public string? Basis { get; set; }

    public string? Direction { get; set; }

    public string? Code { get; set; }

    public string? Unit { get; set; }

    public int? Decimals { get; set; }
}

internal sealed class VehicleDto
{
    public string? Name { get; set; }

    public int? Count { get; set; }
}

internal sealed class OtherMattersDto
{
    public string? Unit { get; set; }

    public OtherMattersExtendedDto? Extended { get; set; }

    public string? AgencyOperatingCosts { get; set; }

    public FigureDto? AgencyOperatingCostsChange { get; set; }

    public string? ProcurementTotal { get; set; }

    public string? ProcurementGoods { get; set; }

    public string? ProcurementWorks { get; set; }

    public string? ProcurementServices { get; set; }

    public string? VehiclesAsOf { get; set; }

    public int? VehicleTotal { get; set; }

    public List<VehicleDto?>? VehicleCategories { get; set; }

    public int? EquipmentOverOneMillion { get; set; }

    public string? PerformanceCoveredAmount { get; set; }

    public int? StatedPerformanceSheetCount { get; set; }
}

internal sealed class OtherMattersExtendedDto
{
    public string? SmallBusinessProcurement { get; set; }

    public string? SmallBusinessShare { get; set; }

    public string? EquipmentThreshold { get; set; }

    public string? AssetsTotal { get; set; }

    public List<PurchaseDto?>? PlannedPurchases { get; set; }

    public int? PerformanceProjectCount { get; set; }

    public int? PerformanceEvaluationCount { get; set; }
}

internal sealed class PurchaseDto
{
    public string? Item { get; set; }

    public int? Count { get; set; }

    public string? Amount { get; set; }
}

internal sealed class DisclosureDto
{
    public string? Schema { get; set; }

    public int? SchemaVersion { get; set; }

    public BodyDto? Body { get; set; }

    public int? FiscalYear { get; set; }

    public string? Kind { get; set; }

    public List<TableDto?>? Tables { get; set; }

    public List<FigureDto?>? Narrative { get; set; }

    public OtherMattersDto? OtherMatters { get; set; }

    public List<SheetDto?>? PerformanceSheets { get; set; }

    public List<PassageDto?>? Passages { get; set; }
}

internal sealed class BodyDto
{
    public string? Name { get; set; }

    public string? Code { get; set; }

    public string? Scope { get; set; }

    public string? Level { get; set; }

    public string? BodyType { get; set; }

    public string? Region { get; set; }
}

internal sealed class TableDto
{
    public string? Schema { get; set; }

    public string? Title { get; set; }

    public string? Unit { get; set; }

    public string? Note { get; set; }

    public LocationDto? At { get; set; }

    public List<TableRowDto?>? Rows { get; set; }
}

internal sealed class TableRowDto
{
    public string? Kind { get; set; }

    public string? Key { get; set; }

    public string? Side { get; set; }

    public string? Under { get; set; }

    public string? Label { get; set; }

    public LocationDto? At { get; set; }

    public Dictionary<string, string?>? Cells { get; set; }

    public Dictionary<string, LocationDto?>? CellsAt { get; set; }
}

internal sealed class LocationDto
{
    public int? Page { get; set; }

    public int? Line { get; set; }

    public int? Column { get; set; }

    public List<float>? Box { get; set; }
}

internal sealed class PassageDto
{
    public string? Heading { get; set; }

    public int? Line { get; set; }

    public string? Text { get; set; }
}

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    NumberHandling = JsonNumberHandling.Strict)]
[JsonSerializable(typeof(BudgetDto))]
[JsonSerializable(typeof(DisclosureDto))]
internal sealed partial class BudgetJsonContext : JsonSerializerContext
{
}
#pragma warning restore CA1812, CA2227, CA1002
