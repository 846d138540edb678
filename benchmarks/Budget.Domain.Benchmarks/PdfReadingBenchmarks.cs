using BenchmarkDotNet.Attributes;
using Budget.Domain.Pdf;
using Budget.Domain.Reading;
using UglyToad.PdfPig;

namespace Budget.Domain.Benchmarks;

/// <summary>
/// Reading a corpus PDF (万里街道 2023 budget: 9 tables over 19 pages, 67-row tables across four pages) against PdfPig's
/// own word extraction of all its pages, in the same run. The goal is reading within 2× the baseline.
/// </summary>
[MemoryDiagnoser]
public class PdfReadingBenchmarks
{
    private byte[] pdf = null!;

    [GlobalSetup]
    public void Setup() => pdf = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "putuo-wanli-2023-budget.pdf"));

    [Benchmark(Baseline = true, Description = "PdfPig: open, every page's words")]
    public int Words()
    {
        using var document = PdfDocument.Open(pdf);
        int words = 0;
        foreach (var page in document.GetPages())
        {
            words += page.GetWords().Count();
        }

        return words;
    }

    [Benchmark(Description = "PdfDisclosureReader.Read (words, then the layout pipeline)")]
    public DisclosureReadResult Read() => PdfDisclosureReader.Read(pdf);
}
