using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Budget.Domain.Money;
using Budget.Domain.Serialization;
using Budget.Domain.Statements;
using Budget.Domain.Tables;

namespace Budget.Domain.Benchmarks;

/// <summary>
/// Enumerating every fact of the MOHRSS 2024 budget (its nine tables as <see cref="Table"/>s and its narrative)
/// and adding up the amounts, against walking the same cells in plain arrays (a <c>TableCell[]</c> per row, and the
/// narrative's amounts) as the baseline. Goal: ≤ 2× the baseline, 0 B allocated per fact.
/// </summary>
[MemoryDiagnoser]
public class FactBenchmarks
{
    private Disclosure disclosure = null!;
    private TableCell[][] cells = null!;
    private long[] narrative = null!;

    [GlobalSetup]
    public void Setup()
    {
        string json = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "mohrss-2024.budget.json"), Encoding.UTF8);
        disclosure = BudgetJson.Deserialize(json).GetValueOrThrow().ToDisclosure();
        cells = disclosure.Tables.SelectMany(t => t.Rows).Select(r => r.Cells.ToArray()).ToArray();
        narrative = disclosure.Narrative.Where(f => f.Amount is not null).Select(f => f.Amount!.Value.Fen).ToArray();
    }

    [Benchmark(Baseline = true, Description = "plain arrays: walk the cells")]
    public long PlainArrays()
    {
        long sum = 0;
        foreach (TableCell[] row in cells)
        {
            foreach (ref readonly TableCell cell in row.AsSpan())
            {
                if (cell.HasFigure)
                {
                    sum += cell.Amount.Amount.Fen;
                }
            }
        }

        foreach (long fen in narrative)
        {
            sum += fen;
        }

        return sum;
    }

    [Benchmark(Description = "Disclosure.Facts: walk every fact")]
    public long Facts()
    {
        long sum = 0;
        foreach (var fact in disclosure.Facts)
        {
            sum += fact.Amount.Fen;
        }

        return sum;
    }
}

/// <summary>
/// Finding a table schema by a printed title, against a <see cref="Dictionary{TKey, TValue}"/> lookup of the exact
/// title as the baseline: titles as schemas print them (with their aliases: department/unit forms, regional
/// wordings), and titles with a year in front (<c>2025年部门收入预算总表</c>), the slow path.
/// </summary>
[MemoryDiagnoser]
public class SchemaLookupBenchmarks
{
    private readonly TableSchemaCatalogue catalogue = TableSchemaCatalogue.Default;
    private Dictionary<string, string> exact = null!;
    private string[] titles = null!;
    private string[] withYear = null!;

    [GlobalSetup]
    public void Setup()
    {
        titles = catalogue.Schemas.SelectMany(s => s.Titles).ToArray();
        withYear = titles.Select(t => "2025年" + t).ToArray();
        exact = catalogue.Schemas.SelectMany(s => s.Titles.Select(t => (t, s.Id))).ToDictionary(p => p.t, p => p.Id, StringComparer.Ordinal);
    }

    [Benchmark(Baseline = true, Description = "Dictionary<string, string>: exact titles")]
    public int Dictionary()
    {
        int found = 0;
        foreach (string title in titles)
        {
            found += exact.TryGetValue(title, out _) ? 1 : 0;
        }

        return found;
    }

    [Benchmark(Description = "TableSchemaCatalogue.TryFindByTitle: titles and aliases")]
    public int Catalogue()
    {
        int found = 0;
        foreach (string title in titles)
        {
            found += catalogue.TryFindByTitle(title, out _) ? 1 : 0;
        }

        return found;
    }

    [Benchmark(Description = "TableSchemaCatalogue.TryFindByTitle: 2025年 + title (normalised)")]
    public int CatalogueWithYear()
    {
        int found = 0;
        foreach (string title in withYear)
        {
            found += catalogue.TryFindByTitle(title, out _) ? 1 : 0;
        }

        return found;
    }
}

/// <summary>
/// A JSON round trip of the MOHRSS 2024 budget as a schema version 2 disclosure: the library's model through
/// <see cref="BudgetJson"/>, against System.Text.Json on the plain DTO graph of the same document (the library's own
/// internal one, same source-generated metadata and writer settings) as the baseline. Goal: ≤ 1.5×.
/// </summary>
[MemoryDiagnoser]
public class DisclosureJsonBenchmarks
{
    private static readonly JsonSerializerOptions Options = new(BudgetJsonContext.Default.Options)
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private Disclosure disclosure = null!;
    private DisclosureDto dto = null!;

    [GlobalSetup]
    public void Setup()
    {
        string v1 = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "mohrss-2024.budget.json"), Encoding.UTF8);
        disclosure = BudgetJson.DeserializeDisclosure(v1).GetValueOrThrow();
        dto = JsonSerializer.Deserialize<DisclosureDto>(BudgetJson.Serialize(disclosure), Options)!;
    }

    [Benchmark(Baseline = true, Description = "System.Text.Json, plain DTO graph (v2): write + read")]
    public object? DtoRoundTrip() => JsonSerializer.Deserialize<DisclosureDto>(JsonSerializer.Serialize(dto, Options), Options);

    [Benchmark(Description = "BudgetJson, Disclosure (v2): write + read")]
    public Disclosure ModelRoundTrip() => BudgetJson.DeserializeDisclosure(BudgetJson.Serialize(disclosure)).Value;
}
