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
/// lists, no validation, no exact amounts) as the baseline. The DTO graph is the library's own internal one, with
/// the same source-generated metadata and the same writer settings, so both sides write the same text.
/// </summary>
[MemoryDiagnoser]
public class SerializationBenchmarks
{
    private static readonly JsonSerializerOptions Options = new(BudgetJsonContext.Default.Options)
    {
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
    public object? DtoRoundTrip() => JsonSerializer.Deserialize<BudgetDto>(JsonSerializer.Serialize(dto, Options), Options);

    [Benchmark(Description = "System.Text.Json, plain DTO graph: write")]
    public string DtoWrite() => JsonSerializer.Serialize(dto, Options);

    [Benchmark(Description = "BudgetJson, DepartmentBudget: write")]
    public string ModelWrite() => BudgetJson.Serialize(budget);

    [Benchmark(Description = "System.Text.Json, plain DTO graph: read")]
    public object? DtoRead() => JsonSerializer.Deserialize<BudgetDto>(json, Options);

    [Benchmark(Description = "BudgetJson, DepartmentBudget: read")]
    public DepartmentBudget ModelRead() => BudgetJson.Deserialize(json).Value;

    [Benchmark(Description = "BudgetJson, DepartmentBudget: write + read")]
    public DepartmentBudget ModelRoundTrip() => BudgetJson.Deserialize(BudgetJson.Serialize(budget)).Value;
}
