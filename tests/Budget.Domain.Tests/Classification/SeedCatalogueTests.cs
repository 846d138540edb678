using Budget.Domain.Classification;

namespace Budget.Domain.Tests.Classification;

/// <summary>Every code printed in the MOHRSS 2024 tables resolves, in the embedded 2024 catalogue, to the name the table prints.</summary>
public class SeedCatalogueTests
{
    private static readonly CatalogueSet Set = CatalogueSet.Embedded;

    private static List<string[]> Rows(string file) =>
        File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Classification", "Data", file))
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => l.Split('\t'))
            .ToList();

    private static void AssertResolves<TCode>(ClassificationCatalogue<TCode> catalogue, string file, int expectedRows)
        where TCode : struct, IClassificationCode<TCode>
    {
        var rows = Rows(file);
        Assert.Equal(expectedRows, rows.Count);
        foreach (var row in rows)
        {
            var code = TCode.Parse(row[0]).GetValueOrThrow();
            var entry = catalogue.Find(code);
            Assert.True(entry is not null, $"{row[0]} {row[1]} is not in the catalogue");
            Assert.Equal(row[1], entry!.Name);
            Assert.Equal(NameCheck.Matches, catalogue.CheckName(code, row[1]));
            Assert.Contains("MOHRSS 2024", entry.Source, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Every_code_of_the_expenditure_table_T3_resolves_to_its_printed_name() =>
        AssertResolves(Set.Functional(2024), "mohrss-2024-t3-expenditure.tsv", 36);

    [Fact]
    public void Every_code_of_the_general_public_budget_table_T5_resolves_to_its_printed_name() =>
        AssertResolves(Set.Functional(2024), "mohrss-2024-t5-general-public-budget.tsv", 32);

    [Fact]
    public void Every_code_of_the_basic_expenditure_table_T6_resolves_to_its_printed_name() =>
        AssertResolves(Set.DepartmentEconomic(2024), "mohrss-2024-t6-basic-expenditure.tsv", 41);

    [Fact]
    public void Every_expenditure_line_of_T1_and_T4_names_exactly_one_class()
    {
        var catalogue = Set.Functional(2024);
        var rows = Rows("mohrss-2024-t1-t4-classes.tsv");
        Assert.Equal(6, rows.Count);
        foreach (var row in rows)
        {
            var classes = catalogue.FindByName(row[0]).Where(e => e.Level == CodeLevel.Class).ToList();
            Assert.Single(classes);
        }
    }
}
