using System.Text;
using BenchmarkDotNet.Attributes;
using Budget.Domain.Money;
using Budget.Domain.Reading;
using Budget.Domain.Statements;
using Budget.Domain.Tables;
using Budget.Domain.Validation;

namespace Budget.Domain.Benchmarks;

/// <summary>
/// Validating the MOHRSS 2024 disclosure with every rule (joint intervals included) against a baseline that sums
/// every amount of it once (tables and narrative). The goal is validation within 25× the baseline.
/// </summary>
[MemoryDiagnoser]
public class ValidationBenchmarks
{
    private Disclosure seed = null!;

    [GlobalSetup]
    public void Setup() =>
        seed = DisclosureReader.Read(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "mohrss-2024-budget.txt"), Encoding.UTF8)).Disclosure;

    [Benchmark(Baseline = true, Description = "Sum every amount once")]
    public long SumEveryAmount()
    {
        long fen = 0;
        foreach (var table in seed.Tables)
        {
            foreach (var row in table.Rows)
            {
                foreach (var cell in row.Cells)
                {
                    if (!cell.IsRate && cell.Amount.HasAmount)
                    {
                        fen += cell.Amount.Amount.Fen;
                    }
                }
            }
        }

        foreach (var figure in seed.Narrative)
        {
            fen += figure.Amount?.Fen ?? 0;
        }

        return fen;
    }

    [Benchmark(Description = "Validate the seed (all rules)")]
    public int Validate() => DisclosureValidator.Check(seed).Findings.Count;
}

/// <summary>
/// Validating synthetic disclosures of 10^3 … 10^6 line items (one 支出总表 of 项 rows under their 款 and 类, every
/// row with 合计 = 基本支出 + 项目支出): the cost per item should stay flat (within 1.5×), showing no quadratic lookup.
/// </summary>
[MemoryDiagnoser]
public class ValidationScaleBenchmarks
{
    private Disclosure disclosure = null!;

    [Params(1_000, 10_000, 100_000, 1_000_000)]
    public int Items { get; set; }

    [GlobalSetup]
    public void Setup() => disclosure = Synthetic(Items);

    [Benchmark(Description = "Validate N line items")]
    public int Validate() => DisclosureValidator.Check(disclosure).Findings.Count;

    /// <summary>N 项 rows (codes 2XXYYZZ: up to 100 类 × 100 款 × 100 项), consistent sums up the hierarchy.</summary>
    public static Disclosure Synthetic(int items)
    {
        var schema = TableSchemaCatalogue.Default.Find("budget.central.expenditure")!;
        var rows = new List<TableRow>();
        long totalBasic = 0, totalProject = 0;
        int made = 0;
        var body = new List<TableRow>();
        for (int c = 0; c < 100 && made < items; c++)
        {
            var classRows = new List<TableRow>();
            long classBasic = 0, classProject = 0;
            for (int k = 0; k < 100 && made < items; k++)
            {
                var itemRows = new List<TableRow>();
                long basic = 0, project = 0;
                for (int x = 0; x < 100 && made < items; x++, made++)
                {
                    long b = 10_000L * (1 + ((made * 7) % 997)), p = 10_000L * (1 + ((made * 13) % 991));
                    basic += b;
                    project += p;
                    itemRows.Add(Row(RowKey.Code($"{200 + c:D3}{k:D2}{x:D2}"), b, p));
                }

                classRows.Add(Row(RowKey.Code($"{200 + c:D3}{k:D2}"), basic, project));
                classRows.AddRange(itemRows);
                classBasic += basic;
                classProject += project;
            }

            body.Add(Row(RowKey.Code($"{200 + c:D3}"), classBasic, classProject));
            body.AddRange(classRows);
            totalBasic += classBasic;
            totalProject += classProject;
        }

        rows.Add(Row(RowKey.Line("total"), totalBasic, totalProject));
        rows.AddRange(body);
        var table = new Table(schema, AmountUnit.WanYuan, rows, null, schema.Title, SourceLocation.None);
        return new Disclosure(new DisclosingBody("合成单位"), 2024, DocumentKind.Budget).WithTable(table);

        static TableRow Row(RowKey key, long basic, long project) => new(key, key.Value, [
            TableCell.Of("total", Amount.FromFen(basic + project)), TableCell.Of("basic", Amount.FromFen(basic)), TableCell.Of("project", Amount.FromFen(project))]);
    }
}
