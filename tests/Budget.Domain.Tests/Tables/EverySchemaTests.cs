using Budget.Domain.Money;
using Budget.Domain.Serialization;
using Budget.Domain.Statements;
using Budget.Domain.Tables;
using Budget.Domain.Tests.Statements;

namespace Budget.Domain.Tests.Tables;

/// <summary>Every schema of the catalogue has an instance built from real figures: the corpus, the seed, and (for
/// the kinds the corpus does not print) tables made here from a corpus document's figures.</summary>
public class EverySchemaTests
{
    /// <summary>Tables of the kinds no corpus document prints, from figures the corpus does print.</summary>
    public static IReadOnlyList<Table> HandBuilt()
    {
        var schemas = TableSchemaCatalogue.Default;
        var social = CorpusDocuments.Build("putuo-social-work-2024-final-accounts").Disclosure;
        var planning = CorpusDocuments.Build("putuo-planning-resources-2024-final-accounts").Disclosure;
        var swu = CorpusDocuments.Build("swu-2023-budget").Disclosure;
        static TableCell W(string column, decimal wan) => TableCell.Of(column, Amount.FromWanYuan(wan));

        // 社会工作部 2024 决算: 全年预算为321.02万元, 支出决算为307.82万元, 完成年初预算的95.89% (its narrative).
        var completion = new Table(schemas.Get("final.generalPublicBudgetExpenditure.completion"), AmountUnit.WanYuan,
            [new TableRow(RowKey.Line("total"), "合计", [W("budget", 321.02m), W("final", 307.82m), TableCell.OfRate("completionRate", Rate.FromPercent(95.89m))])]);

        // The body of that document is its one unit.
        var units = new Table(schemas.Get("final.units"), AmountUnit.WanYuan, [new TableRow(RowKey.Unit(social.Body.Name), social.Body.Name, null)]);

        // 规划和自然资源局 2024: its basic expenditure by economic 类 (the corpus table) as the detail table's total row.
        var basic = planning.Table("final.basicExpenditure")!;
        Amount Class(string code) => basic.RowOfCode(code)?["final"].Amount.Amount ?? Amount.Zero;
        var parts = new[] { ("wages", "301"), ("goodsAndServices", "302"), ("householdSubsidies", "303"), ("capital", "310") };
        var detail = new Table(schemas.Get("final.expenditureDetail"), AmountUnit.WanYuan,
            [new TableRow(RowKey.Line("total"), "合计", parts.Select(p => TableCell.Of(p.Item1, Class(p.Item2))).Prepend(TableCell.Of("total", Amount.Sum(parts.Select(p => Class(p.Item2))))))]);

        // 西南大学 2023: the corpus has no university 决算, so its budget's figures fill the 决算 shapes.
        var summary = swu.Table("university.budget.summary")!;
        var finalSummary = new Table(schemas.Get("university.final.summary"), AmountUnit.WanYuan, summary.Rows
            .Where(r => r.Key.Kind != RowKind.Line || schemas.Get("university.final.summary").Line(r.Key.Value) is not null)
            .Select(r => new TableRow(r.Key, r.Label, r.Cells.Select(c => TableCell.Of(c.Column, c.Amount)))));
        var fiscal = swu.Table("university.budget.fiscalExpenditure")!;
        var finalFiscal = new Table(schemas.Get("university.final.fiscalExpenditure"), AmountUnit.WanYuan, fiscal.Rows.Take(6)
            .Select(r => new TableRow(r.Key, r.Label, r.Cells.Select(c => TableCell.Of(c.Column, c.Amount)))));
        return [completion, units, detail, finalSummary, finalFiscal];
    }

    [Fact]
    public void Every_schema_has_an_instance_built_from_real_figures()
    {
        var used = CorpusDocuments.Names.SelectMany(n => CorpusDocuments.Build(n).Disclosure.Tables)
            .Concat(MohrssBudget2024.Build().ToDisclosure().Tables)
            .Concat(HandBuilt())
            .Select(t => t.Schema.Id)
            .ToHashSet();
        Assert.Equal(TableSchemaCatalogue.Default.Schemas.Select(s => s.Id).Order(), used.Order());
        Assert.True(TableSchemaCatalogue.Default.Schemas.Count >= 30, "about thirty kinds");
    }

    [Fact]
    public void The_hand_built_tables_round_trip_through_json_exactly()
    {
        var disclosure = new Disclosure(new DisclosingBody("中共上海市普陀区委社会工作部", null, DisclosureScope.Department, GovernmentLevel.County), 2024, DocumentKind.FinalAccounts).WithTables(HandBuilt());
        var back = BudgetJson.DeserializeDisclosure(BudgetJson.Serialize(disclosure));
        Assert.True(back.Success, back.Error?.ToString());
        Assert.Equal(disclosure, back.Value);
        Assert.All(HandBuilt().Where(t => t.Schema.Id != "final.units"), t => Assert.NotEmpty(t.Facts(2024)));
    }

    [Fact]
    public void Every_schema_states_its_provenance_and_its_titles_find_it()
    {
        foreach (var schema in TableSchemaCatalogue.Default.Schemas)
        {
            Assert.False(string.IsNullOrWhiteSpace(schema.Provenance.Template), schema.Id);
            Assert.False(string.IsNullOrWhiteSpace(schema.Provenance.Source), schema.Id);
            Assert.False(string.IsNullOrWhiteSpace(schema.EnglishTitle), schema.Id);
            foreach (string title in schema.Titles)
            {
                Assert.Equal(schema.Id, TableSchemaCatalogue.Default.FindByTitle(title)?.Id);
                Assert.Equal(schema.Id, TableSchemaCatalogue.Default.FindByTitle("2026年度" + title)?.Id);
            }
        }
    }

    [Theory]
    [InlineData("{}", "$.provenance")]
    [InlineData("{\"provenance\":{\"template\":\"t\",\"region\":\"r\",\"years\":\"y\",\"source\":\"s\"},\"schemas\":[{\"id\":\"a\",\"title\":\"表\",\"rows\":\"oneRow\",\"columns\":[{\"key\":\"x\",\"header\":\"金额\",\"meaning\":\"budget/all/total\"}]}]}", "$.schemas[0]")]
    [InlineData("{\"provenance\":{\"template\":\"t\",\"region\":\"r\",\"years\":\"y\",\"source\":\"s\"},\"schemas\":[{\"id\":\"a\",\"title\":\"表\",\"rows\":\"diagonal\",\"columns\":[]}]}", "$.schemas[0]")]
    [InlineData("{\"provenance\":{\"template\":\"t\",\"region\":\"r\",\"years\":\"y\",\"source\":\"s\"},\"schemas\":[{\"id\":\"a\",\"title\":\"表\",\"rows\":\"oneRow\",\"columns\":[{\"key\":\"x\",\"header\":\"合计\",\"meaning\":\"budget/all/total/sum\",\"of\":[\"y\"]}]}]}", "$.schemas[0]")]
    [InlineData("{\"provenance\":", "$")]
    public void A_bad_schema_file_is_an_error_that_says_where(string json, string path)
    {
        var loaded = TableSchemaCatalogue.Load(json);
        Assert.False(loaded.Success);
        Assert.StartsWith(path, loaded.Error!.Message.Length > 0 && loaded.Error.Kind == ParseErrorKind.Malformed ? "$" : loaded.Error.Message, StringComparison.Ordinal);
    }
}

/// <summary>The typed tables of 0.1.0 and their schemas name the same columns.</summary>
public class TypedViewTests
{
    public static TheoryData<TableKind> Kinds => new(Enum.GetValues<TableKind>());

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Every_column_of_a_typed_row_is_a_column_of_its_schema(TableKind kind)
    {
        var schema = kind.Schema();
        IReadOnlyList<TableColumn> columns = kind switch
        {
            TableKind.IncomeExpenditureSummary or TableKind.FiscalAppropriationSummary => SummaryLine.ColumnList,
            TableKind.Income => IncomeRow.ColumnList,
            TableKind.Expenditure => ExpenditureRow.ColumnList,
            TableKind.GeneralPublicBudgetExpenditure => [.. GeneralPublicBudgetExpenditureRow.ColumnList, .. GeneralPublicBudgetExpenditureRow.RateColumnList],
            TableKind.BasicExpenditure => BasicExpenditureRow.ColumnList,
            TableKind.GovernmentFundExpenditure => GovernmentFundExpenditureRow.ColumnList,
            TableKind.StateCapitalExpenditure => StateCapitalExpenditureRow.ColumnList,
            _ => ThreePublicExpensesRow.ColumnList,
        };
        Assert.All(columns, c => Assert.NotNull(schema.Column(c.Key)));
        Assert.Equal(columns.Count, schema.Columns.Count);
    }
}

/// <summary>Found by the fuzz runner: typed tables with lines printed without a name.</summary>
public class TypedViewReproducerTests
{
    [Fact]
    public void Lines_without_a_name_convert_and_come_back()
    {
        var blank = new SummaryLine("", AmountCell.Of(Amount.FromWanYuan(1m)));
        var t1 = new IncomeExpenditureSummaryTable(AmountUnit.WanYuan, [blank], default, default, default, default, [blank, blank], default, default, default, null);
        var t2 = new IncomeTable(AmountUnit.WanYuan, [new IncomeRow(" ", Enumerable.Repeat(AmountCell.Blank, 12))], null);
        var budget = MohrssBudget2024.Build().WithIncomeExpenditureSummary(t1).WithIncome(t2);
        Assert.Equal(budget, budget.ToDisclosure().ToBudget());
    }
}
