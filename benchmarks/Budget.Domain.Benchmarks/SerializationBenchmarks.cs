using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Budget.Domain.Serialization;
using Budget.Domain.Statements;

namespace Budget.Domain.Benchmarks;

/// <summary>
/// A JSON round trip (write, then read back) of the MOHRSS 2024 budget: the library's model through
/// <see cref="BudgetJson"/>, against System.Text.Json on a plain DTO graph of the same document (strings and
/// lists, no validation, no exact amounts) as the baseline.
/// </summary>
[MemoryDiagnoser]
public class SerializationBenchmarks
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private DepartmentBudget budget = null!;
    private BudgetDto dto = null!;
    private string json = null!;

    [GlobalSetup]
    public void Setup()
    {
        json = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "mohrss-2024.budget.json"), Encoding.UTF8);
        budget = BudgetJson.Deserialize(json).GetValueOrThrow();
        dto = JsonSerializer.Deserialize<BudgetDto>(json, Options)!;
    }

    [Benchmark(Baseline = true, Description = "System.Text.Json, plain DTO graph: write + read")]
    public BudgetDto? DtoRoundTrip() => JsonSerializer.Deserialize<BudgetDto>(JsonSerializer.Serialize(dto, Options), Options);

    [Benchmark(Description = "System.Text.Json, plain DTO graph: write")]
    public string DtoWrite() => JsonSerializer.Serialize(dto, Options);

    [Benchmark(Description = "BudgetJson, DepartmentBudget: write")]
    public string ModelWrite() => BudgetJson.Serialize(budget);

    [Benchmark(Description = "System.Text.Json, plain DTO graph: read")]
    public BudgetDto? DtoRead() => JsonSerializer.Deserialize<BudgetDto>(json, Options);

    [Benchmark(Description = "BudgetJson, DepartmentBudget: read")]
    public DepartmentBudget ModelRead() => BudgetJson.Deserialize(json).Value;

    [Benchmark(Description = "BudgetJson, DepartmentBudget: write + read")]
    public DepartmentBudget ModelRoundTrip() => BudgetJson.Deserialize(BudgetJson.Serialize(budget)).Value;
}

#pragma warning disable CA1002, CA2227, SA1402 // a plain DTO graph, as a user would write one
public sealed class BudgetDto
{
    public string? Schema { get; set; }

    public int SchemaVersion { get; set; }

    public DepartmentDto? Department { get; set; }

    public int FiscalYear { get; set; }

    public string? Kind { get; set; }

    public Dictionary<string, TableDto>? Tables { get; set; }

    public List<FigureDto>? Narrative { get; set; }

    public OtherMattersDto? OtherMatters { get; set; }
}

public sealed class DepartmentDto
{
    public string? Code { get; set; }

    public string? Name { get; set; }
}

public sealed class TableDto
{
    public string? Unit { get; set; }

    public string? Note { get; set; }

    public List<RowDto>? Rows { get; set; }

    public RowDto? Total { get; set; }

    public RowDto? Row { get; set; }

    public List<LineDto>? IncomeItems { get; set; }

    public List<LineDto>? ExpenditureItems { get; set; }

    public string? CurrentYearIncome { get; set; }

    public string? UnusedNonFiscalBalance { get; set; }

    public string? CarryOver { get; set; }

    public string? IncomeTotal { get; set; }

    public string? CurrentYearExpenditure { get; set; }

    public string? CarryForward { get; set; }

    public string? ExpenditureTotal { get; set; }

    public Dictionary<string, string?>? CurrentYearIncomeByFund { get; set; }

    public Dictionary<string, string?>? CarryOverByFund { get; set; }
}

public sealed class RowDto
{
    public string? Code { get; set; }

    public string? Name { get; set; }

    public Dictionary<string, string?>? Cells { get; set; }

    public Dictionary<string, string?>? Rates { get; set; }
}

public sealed class LineDto
{
    public string? Name { get; set; }

    public string? Amount { get; set; }
}

public sealed class FigureDto
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
}

public sealed class OtherMattersDto
{
    public string? Unit { get; set; }

    public string? AgencyOperatingCosts { get; set; }

    public FigureDto? AgencyOperatingCostsChange { get; set; }

    public string? ProcurementTotal { get; set; }

    public string? ProcurementGoods { get; set; }

    public string? ProcurementWorks { get; set; }

    public string? ProcurementServices { get; set; }

    public string? VehiclesAsOf { get; set; }

    public int? VehicleTotal { get; set; }

    public List<VehicleDto>? VehicleCategories { get; set; }

    public int? EquipmentOverOneMillion { get; set; }

    public string? PerformanceCoveredAmount { get; set; }

    public int? StatedPerformanceSheetCount { get; set; }
}

public sealed class VehicleDto
{
    public string? Name { get; set; }

    public int Count { get; set; }
}
#pragma warning restore CA1002, CA2227, SA1402
