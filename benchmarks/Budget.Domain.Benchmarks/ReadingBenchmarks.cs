using System.Text;
using BenchmarkDotNet.Attributes;
using Budget.Domain.Reading;
using Budget.Domain.Serialization;
using Budget.Domain.Statements;

namespace Budget.Domain.Benchmarks;

/// <summary>
/// Reading the MOHRSS 2024 document (the test fixture: 970 lines, nine tables, narrative, 20 sheets) into the model,
/// against a tokenize-only baseline that splits the same text into lines and tab-separated cells and does nothing
/// else. The goal is reading within 3× the baseline. For scale: building the same model by hand from its printed
/// cells (the tests' MohrssBudget2024.Build: every amount, rate, code and target parsed, no layout to recognise),
/// reading it from the library's JSON, and printing it back.
/// </summary>
[MemoryDiagnoser]
public class ReadingBenchmarks
{
    private string text = null!;
    private DepartmentBudget budget = null!;
    private string json = null!;

    [GlobalSetup]
    public void Setup()
    {
        text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "mohrss-2024-budget.txt"), Encoding.UTF8);
        budget = DisclosureReader.Read(text).Budget;
        json = BudgetJson.Serialize(budget);
    }

    [Benchmark(Baseline = true, Description = "Tokenize only: lines and tab cells")]
    public int Tokenize()
    {
        int cells = 0;
        foreach (string line in text.Split('\n'))
        {
            cells += line.Split('\t').Length;
        }

        return cells;
    }

    [Benchmark(Description = "DisclosureReader.Read (text source + shared pipeline)")]
    public DisclosureReadResult Read() => DisclosureReader.Read(text);

    [Benchmark(Description = "Model built from its printed cells (no layout)")]
    public DepartmentBudget BuildFromCells() => Budget.Domain.Tests.Statements.MohrssBudget2024.Build();

    [Benchmark(Description = "BudgetJson.Deserialize, same budget")]
    public object JsonRead() => BudgetJson.Deserialize(json);

    [Benchmark(Description = "DisclosureWriter.Write")]
    public string Write() => DisclosureWriter.Write(budget);
}
