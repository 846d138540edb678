using BenchmarkDotNet.Attributes;
using Budget.Domain.Classification;

namespace Budget.Domain.Benchmarks;

/// <summary>
/// Reading a code and finding its name in the embedded 2024 catalogue, against the plainest alternative: a
/// <c>Dictionary&lt;string, string&gt;</c> from code to name, looked up with the raw text.
/// </summary>
[MemoryDiagnoser]
public class ClassificationBenchmarks
{
    private const string Text = "2080101";
    private ClassificationCatalogue<FunctionalCode> catalogue = null!;
    private Dictionary<string, string> names = null!;

    [GlobalSetup]
    public void Setup()
    {
        catalogue = CatalogueSet.Embedded.Functional(2024);
        names = catalogue.Entries.ToDictionary(e => e.Code.Value, e => e.Name, StringComparer.Ordinal);
    }

    [Benchmark(Baseline = true, Description = "Dictionary<string,string> lookup")]
    public string? DictionaryLookup() => names.GetValueOrDefault(Text);

    [Benchmark(Description = "FunctionalCode.Parse + catalogue.NameOf")]
    public string? ParseAndLookup() => catalogue.NameOf(FunctionalCode.Parse(Text).Value);

    [Benchmark(Description = "FunctionalCode.TryParse + catalogue.NameOf")]
    public string? TryParseAndLookup() => FunctionalCode.TryParse(Text, out var code) ? catalogue.NameOf(code) : null;

    [Benchmark(Description = "catalogue.Find (code already parsed)")]
    public CatalogueEntry<FunctionalCode>? Find() => catalogue.Find(Parsed);

    private static readonly FunctionalCode Parsed = FunctionalCode.Parse(Text).Value;
}
