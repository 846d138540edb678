using Budget.Domain.Classification;
using Budget.Domain.Tables;
using Budget.Domain.Tests.Tables;

namespace Budget.Domain.Tests.Classification;

/// <summary>The catalogues of 2023 to 2026: from what the corpus and the seed print, each entry with its source.</summary>
public class YearCatalogueTests
{
    private static CatalogueSet Set => CatalogueSet.Embedded;

    [Fact]
    public void The_embedded_set_has_2023_2024_and_2025()
    {
        Assert.Equal([2023, 2024, 2025], Set.FiscalYears);
        Assert.NotEmpty(Set.Functional(2023).Entries);
        Assert.NotEmpty(Set.DepartmentEconomic(2025).Entries);
    }

    [Theory]
    [InlineData("2081005", 2024, "社会工作")]
    [InlineData("2296004", 2023, "")]
    [InlineData("2150899", 2025, "")]
    [InlineData("2169999", 2025, "")]
    public void Codes_the_2024_list_lacked_are_in_the_year_that_prints_them(string code, int year, string nameHint)
    {
        var entry = Set.Functional(year).Find(FunctionalCode.Parse(code).Value);
        Assert.NotNull(entry);
        Assert.Contains("corpus:", entry.Source, StringComparison.Ordinal);
        Assert.True(nameHint.Length == 0 || entry.Source.Contains(nameHint, StringComparison.Ordinal) || entry.Name.Length > 0);
    }

    [Fact]
    public void A_year_without_its_own_catalogue_uses_the_nearest_earlier_one_and_says_so()
    {
        var catalogue = Set.Nearest<FunctionalCode>(2026, out int used);
        Assert.Equal(2025, used);
        Assert.Equal(2025, catalogue.FiscalYear);
        Assert.Equal(Set.Functional(2025), catalogue);
        Set.Nearest<FunctionalCode>(2024, out used);
        Assert.Equal(2024, used);
        Assert.Empty(Set.Nearest<FunctionalCode>(2000, out used).Entries);
        Assert.Equal(2000, used);
    }

    [Theory]
    [MemberData(nameof(CorpusTableTests.Documents), MemberType = typeof(CorpusTableTests))]
    public void Every_code_a_corpus_table_prints_is_in_its_year_s_catalogue_under_its_name(string name)
    {
        var disclosure = CorpusDocuments.Build(name).Disclosure;
        int misprints = 0;
        foreach (var table in disclosure.Tables)
        {
            foreach (var row in table.Rows.Where(r => r.Key.Kind == RowKind.Code))
            {
                string printed = row.Label[(row.Key.Value.Length + 1)..];
                if (table.Schema.Rows == RowAxis.EconomicCode)
                {
                    var entry = Set.DepartmentEconomic(disclosure.FiscalYear).Find(DepartmentEconomicCode.Parse(row.Key.Value).Value);
                    Assert.True(entry is not null, $"{table.Title} {row.Label}");
                }
                else if (!FunctionalCode.TryParse(row.Key.Value, out _))
                {
                    // A misprinted code (7 11 02 for 210 11 02) is kept as printed; validation reports it.
                    misprints++;
                }
                else
                {
                    var entry = Set.Functional(disclosure.FiscalYear).Find(FunctionalCode.Parse(row.Key.Value).Value);
                    Assert.True(entry is not null, $"{table.Title} {row.Label}");
                    Assert.True(NameKey.Same(entry.Name, printed) || entry.Source.Contains("MOF", StringComparison.Ordinal) || entry.Source.Contains("reference", StringComparison.Ordinal), $"{row.Label} vs {entry.Name}");
                }
            }
        }

        Assert.Equal(name == "putuo-welfare-home-2024-unit-budget" ? 2 : 0, misprints);
    }
}
