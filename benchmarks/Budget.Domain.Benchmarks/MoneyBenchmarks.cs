using System.Globalization;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Budget.Domain.Money;

namespace Budget.Domain.Benchmarks;

/// <summary>
/// The money type against <see cref="decimal"/>, its natural baseline: adding and comparing a column of 1,024
/// figures, and reading one disclosure number. Each category has its own baseline in the same run.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class MoneyBenchmarks
{
    private const int Count = 1_024;
    private const string Text = "479,761.98";

    private readonly decimal[] decimals = new decimal[Count];
    private readonly decimal[] otherDecimals = new decimal[Count];
    private readonly Amount[] amounts = new Amount[Count];
    private readonly Amount[] otherAmounts = new Amount[Count];

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(20240401);
        for (int i = 0; i < Count; i++)
        {
            long a = random.NextInt64(-10_000_000_000, 10_000_000_000);
            long b = random.NextInt64(-10_000_000_000, 10_000_000_000);
            decimals[i] = a / 100m;
            otherDecimals[i] = b / 100m;
            amounts[i] = Amount.FromFen(a);
            otherAmounts[i] = Amount.FromFen(b);
        }
    }

    [Benchmark(Baseline = true, Description = "decimal: add 1,024")]
    [BenchmarkCategory("Add")]
    public decimal AddDecimal()
    {
        decimal sum = 0m;
        foreach (var d in decimals)
        {
            sum += d;
        }

        return sum;
    }

    [Benchmark(Description = "Amount: add 1,024")]
    [BenchmarkCategory("Add")]
    public Amount AddAmount()
    {
        var sum = Amount.Zero;
        foreach (var a in amounts)
        {
            sum += a;
        }

        return sum;
    }

    [Benchmark(Baseline = true, Description = "decimal: compare 1,024")]
    [BenchmarkCategory("Compare")]
    public int CompareDecimal()
    {
        int less = 0;
        for (int i = 0; i < Count; i++)
        {
            if (decimals[i] < otherDecimals[i])
            {
                less++;
            }
        }

        return less;
    }

    [Benchmark(Description = "Amount: compare 1,024")]
    [BenchmarkCategory("Compare")]
    public int CompareAmount()
    {
        int less = 0;
        for (int i = 0; i < Count; i++)
        {
            if (amounts[i] < otherAmounts[i])
            {
                less++;
            }
        }

        return less;
    }

    [Benchmark(Baseline = true, Description = "decimal.Parse(\"479,761.98\")")]
    [BenchmarkCategory("Parse")]
    public decimal ParseDecimal() => decimal.Parse(Text, NumberStyles.Number, CultureInfo.InvariantCulture);

    [Benchmark(Description = "Amount.Parse(\"479,761.98\", 万元)")]
    [BenchmarkCategory("Parse")]
    public Amount ParseAmount() => Amount.Parse(Text, AmountUnit.WanYuan).Value;

    [Benchmark(Description = "Amount.TryParse(\"479,761.98\", 万元)")]
    [BenchmarkCategory("Parse")]
    public Amount TryParseAmount() => Amount.TryParse(Text, AmountUnit.WanYuan, out var a) ? a : default;
}
