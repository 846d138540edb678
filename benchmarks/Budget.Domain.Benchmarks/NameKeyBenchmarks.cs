using System.Text;
using BenchmarkDotNet.Attributes;
using Budget.Domain.Classification;

namespace Budget.Domain.Benchmarks;

/// <summary>
/// NameKey.Of (the library's own NFKC fold table, no ICU) against the platform's NFKC with the same white-space
/// removal, on printed names as disclosures write them: plain, with full-width brackets and spaces, with compatibility
/// characters (Ⅰ, ㎡, ⼀).
/// </summary>
[MemoryDiagnoser]
public class NameKeyBenchmarks
{
    private static readonly string[] Names =
    [
        "社会保障和就业支出", "维修（护）费", "对个人和 家庭的补助", "因公出国（境）费", "其中：教育收费", "合　计",
        "“三公”经费", "第Ⅰ部分", "办公用房面积㎡", "⼀般公共服务支出", "ＡＢＣ　１２３", "人力资源和社会保障管理事务",
    ];

    [Benchmark(Baseline = true, Description = "string.Normalize(FormKC) + remove white space (ICU)")]
    public int Icu()
    {
        int total = 0;
        foreach (string name in Names)
        {
            var builder = new StringBuilder();
            foreach (char c in name.Normalize(NormalizationForm.FormKC))
            {
                if (!char.IsWhiteSpace(c))
                {
                    builder.Append(c);
                }
            }

            total += builder.Length;
        }

        return total;
    }

    [Benchmark(Description = "NameKey.Of (own fold table)")]
    public int Own()
    {
        int total = 0;
        foreach (string name in Names)
        {
            total += NameKey.Of(name).Length;
        }

        return total;
    }
}
