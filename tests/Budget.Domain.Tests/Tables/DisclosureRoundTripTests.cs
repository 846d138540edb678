using System.Globalization;
using Budget.Domain.Money;
using Budget.Domain.Reading;
using Budget.Domain.Serialization;
using Budget.Domain.Statements;
using Budget.Domain.Tables;
using Budget.Domain.Tests.Reading;
using Budget.Domain.Tests.Statements;
using CsvHelper;

namespace Budget.Domain.Tests.Tables;

/// <summary>The seed and the corpus as disclosures: typed views, JSON version 2 (and version 1 read), facts as CSV.</summary>
public class DisclosureRoundTripTests
{
    public static TheoryData<string> Documents => new(CorpusDocuments.Names);

    private static DepartmentBudget Seed => MohrssBudget2024.Build();

    [Fact]
    public void The_seed_s_nine_tables_are_tables_of_the_central_schemas_and_come_back_unchanged()
    {
        var disclosure = Seed.ToDisclosure();
        Assert.Equal(9, disclosure.Tables.Count);
        Assert.All(disclosure.Tables, t => Assert.StartsWith("budget.central.", t.Schema.Id, StringComparison.Ordinal));
        Assert.Equal(Seed, disclosure.ToBudget());
    }

    [Fact]
    public void The_seed_read_from_its_text_gives_the_same_disclosure_as_typed_by_hand()
    {
        var read = MohrssDisclosure.Read();
        Assert.Equal(Seed.ToDisclosure().Tables, read.Budget.ToDisclosure().Tables);
    }

    [Fact]
    public void The_seed_s_facts_are_its_figures_counted_from_the_typed_tables()
    {
        var budget = Seed;
        int cells = budget.Tables.Sum(t => t.AllRows.Sum(r => r.Cells.Count(c => c.HasAmount) + r.Rates.Count(x => x.IsApplicable)));
        int narrative = budget.Narrative.Sum(f => (f.Amount is null ? 0 : 1) + (f.Rate is { IsApplicable: true } ? 1 : 0));
        var facts = budget.ToDisclosure().Facts;
        Assert.Equal(cells + narrative, facts.Count);
        Assert.Equal(cells, facts.Count(f => f.Table != "narrative"));
    }

    [Fact]
    public void Walking_facts_keeps_equality_and_a_copy_with_other_figures_walks_its_own()
    {
        var walked = Seed.ToDisclosure();
        int all = walked.Facts.Count;
        Assert.Equal(Seed.ToDisclosure(), walked);
        Assert.Equal(Seed.ToDisclosure().GetHashCode(), walked.GetHashCode());

        var fewer = walked.WithNarrative(walked.Narrative.Take(3)).WithTables(walked.Tables.Skip(1));
        int expected = fewer.Tables.Sum(t => t.Rows.Sum(r => r.Cells.Count(c => c.HasFigure)))
            + fewer.Narrative.Sum(f => (f.Amount is null ? 0 : 1) + (f.Rate is { IsApplicable: true } ? 1 : 0));
        Assert.Equal(expected, fewer.Facts.Count);
        Assert.True(expected < all);
        Assert.Equal(all, walked.Facts.Count);
        Assert.Equal(walked.Facts.ToList(), Seed.ToDisclosure().Facts.ToList());
        Assert.NotEqual(walked, fewer);
        Assert.Equal(0, default(FactCollection).Count);
        Assert.False(default(FactCollection.Enumerator).MoveNext());
    }

    [Fact]
    public void A_fact_of_the_seed_knows_its_meaning_and_year()
    {
        var facts = Seed.ToDisclosure().Facts;
        var prior = facts.First(f => f.Table == "budget.central.generalPublicBudgetExpenditure" && f.Column == "priorYearActual");
        Assert.Equal(Measure.PriorYearActual, prior.Measure);
        Assert.Equal(2023, prior.Year);
        var rate = facts.First(f => f.Column == "changeRate");
        Assert.True(rate.IsRate);
        Assert.Equal(Measure.ChangeRate, rate.Measure);
    }

    [Fact]
    public void The_seed_round_trips_through_json_version_2()
    {
        var disclosure = MohrssDisclosure.Read().Budget.ToDisclosure(MohrssDisclosure.Read().Passages);
        string json = BudgetJson.Serialize(disclosure);
        Assert.Contains("\"schemaVersion\": 2", json, StringComparison.Ordinal);
        var back = BudgetJson.DeserializeDisclosure(json);
        Assert.True(back.Success, back.Error?.ToString());
        Assert.Equal(disclosure, back.Value);
        Assert.Equal(json, BudgetJson.Serialize(back.Value));
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void Every_corpus_document_round_trips_through_json_version_2_exactly(string name)
    {
        var disclosure = CorpusDocuments.Build(name).Disclosure;
        var back = BudgetJson.DeserializeDisclosure(BudgetJson.Serialize(disclosure));
        Assert.True(back.Success, back.Error?.ToString());
        Assert.Equal(disclosure, back.Value);
    }

    [Fact]
    public void Version_1_documents_still_read_as_disclosures()
    {
        string v1 = BudgetJson.Serialize(Seed);
        Assert.Contains("\"schemaVersion\": 1", v1, StringComparison.Ordinal);
        var read = BudgetJson.DeserializeDisclosure(v1);
        Assert.True(read.Success, read.Error?.ToString());
        Assert.Equal(Seed.ToDisclosure(), read.Value);
    }

    [Fact]
    public void A_table_of_an_unknown_schema_is_an_error_naming_it_until_its_schema_is_merged_in()
    {
        var schema = new TableSchema("user.grants", "补助明细表", null, DocumentKind.Budget, null, RowAxis.Units, null, null, [new ColumnSchema("amount", "金额", null, new ColumnMeaning(Measure.Budget, FundSource.All, SpendingNature.SubsidiesToAffiliates, ColumnRole.Value))], new SchemaProvenance("用户", "某市", "2025", "test"));
        var table = new Table(schema, AmountUnit.Yuan, [new TableRow(RowKey.Unit("某单位"), "某单位", [TableCell.Of("amount", Amount.FromYuan(12.5m))])]);
        var disclosure = new Disclosure(new DisclosingBody("某局"), 2025, DocumentKind.Budget).WithTable(table);
        string json = BudgetJson.Serialize(disclosure);
        var failed = BudgetJson.DeserializeDisclosure(json);
        Assert.False(failed.Success);
        Assert.Contains("user.grants", failed.Error!.Message, StringComparison.Ordinal);
        Assert.StartsWith("$.tables[0].schema", failed.Error.Message, StringComparison.Ordinal);
        var merged = TableSchemaCatalogue.Default.Merge(TableSchemaCatalogue.Of([schema]));
        Assert.Equal(disclosure, BudgetJson.DeserializeDisclosure(json, merged).Value);
    }

    [Theory]
    [InlineData("{\"schema\":\"budget-domain/disclosure\",\"schemaVersion\":3}", "$.schemaVersion")]
    [InlineData("{\"schema\":\"other\"}", "$.schema")]
    [InlineData("{\"schema\":\"budget-domain/disclosure\",\"schemaVersion\":2,\"body\":{\"name\":\"x\",\"scope\":\"nation\",\"level\":\"central\"},\"fiscalYear\":2024,\"kind\":\"budget\"}", "$.body.scope")]
    [InlineData("{\"schema\":\"budget-domain/disclosure\",\"schemaVersion\":2,\"body\":{\"name\":\"x\",\"scope\":\"unit\",\"level\":\"county\"},\"fiscalYear\":2024,\"kind\":\"budget\",\"tables\":[{\"schema\":\"final.expenditure\",\"unit\":\"万元\",\"rows\":[{\"kind\":\"code\",\"key\":\"201\",\"cells\":{\"nope\":\"1\"}}]}]}", "$.tables[0].rows[0].cells.nope")]
    [InlineData("{\"schema\":\"budget-domain/disclosure\",\"schemaVersion\":2,\"body\":{\"name\":\"x\",\"scope\":\"unit\",\"level\":\"county\"},\"fiscalYear\":2024,\"kind\":\"budget\",\"tables\":[{\"schema\":\"final.expenditure\",\"unit\":\"万元\",\"rows\":[{\"kind\":\"code\",\"key\":\"201\",\"cells\":{\"basic\":\"1.2.3\"}}]}]}", "$.tables[0].rows[0].cells.basic")]
    public void Bad_version_2_documents_are_errors_that_say_where(string json, string path)
    {
        var read = BudgetJson.DeserializeDisclosure(json);
        Assert.False(read.Success);
        Assert.StartsWith(path, read.Error!.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void The_facts_csv_has_one_record_per_fact_with_its_value(string name)
    {
        var disclosure = CorpusDocuments.Build(name).Disclosure;
        string csvText = BudgetCsv.ExportFacts(disclosure);
        using var csv = new CsvReader(new StringReader(csvText), CultureInfo.InvariantCulture);
        csv.Read();
        csv.ReadHeader();
        Assert.Equal(BudgetCsv.FactHeader, csv.HeaderRecord);
        var facts = disclosure.Facts.ToList();
        int i = 0;
        while (csv.Read())
        {
            Assert.Equal(facts[i].Table, csv.GetField("table"));
            Assert.Equal(facts[i].Column, csv.GetField("column"));
            Assert.Equal(facts[i].Amount, Amount.Parse(csv.GetField("value"), facts[i].Unit).Value);
            i++;
        }

        Assert.Equal(facts.Count, i);
    }
}
