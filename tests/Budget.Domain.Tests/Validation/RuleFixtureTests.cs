using Budget.Domain.Classification;
using Budget.Domain.Money;
using Budget.Domain.Performance;
using Budget.Domain.Statements;
using Budget.Domain.Tables;
using Budget.Domain.Tests.Reading;
using Budget.Domain.Tests.Tables;
using Budget.Domain.Validation;

namespace Budget.Domain.Tests.Validation;

/// <summary>
/// One passing and one failing fixture per rule of the catalogue, named by the rule id: the passing one makes at least
/// one check of the rule and no failing finding of it; the failing one (most often the passing one with one figure,
/// code or title changed) yields a failing finding of the rule. A rule added to the catalogue without fixtures fails
/// <see cref="Every_rule_of_the_catalogue_has_fixtures"/>.
/// </summary>
public class RuleFixtureTests
{
    private static Disclosure Seed => MohrssDisclosure.Read().Disclosure;

    private static Disclosure Doc(string name) => CorpusDocuments.Build(name).Disclosure;

    private const string Welfare = "putuo-welfare-home-2024-unit-budget";

    /// <summary>The fixtures: rule id → (passing, failing, run the strict set).</summary>
    private static readonly Dictionary<string, (Func<Disclosure> Passing, Func<Disclosure> Failing, bool Strict)> Fixtures = new()
    {
        ["TB001"] = (() => Seed, () => Add(Seed, "budget.central.income", "total", "total", 1m), false),
        ["TB002"] = (() => Doc("swu-2023-budget"), () => OfWhichAbove(Doc("swu-2023-budget")), false),
        ["TB003"] = (() => Seed, () => Add(Seed, "budget.central.summary", "generalPublicBudget", "amount", 1m), false),
        ["HI001"] = (() => Seed, () => Add(Seed, "budget.central.expenditure", "20111", "total", 1m), false),
        ["HI002"] = (() => Seed, () => Add(Seed, "budget.central.expenditure", "201", "total", 1m), false),
        ["BL001"] = (() => Seed, () => Add(Seed, "budget.central.summary", "incomeTotal", "amount", 1m), false),
        ["XT001"] = (() => Seed, () => Add(Seed, "budget.central.summary", "generalPublicBudget", "amount", 1m), false),
        ["XT002"] = (() => Doc("swu-2023-budget"), () => Add(Doc("swu-2023-budget"), "university.budget.income", "20506", "fiscal", 1m), false),
        ["DC001"] = (() => Doc("putuo-social-work-2024-final-accounts"), () => Add(Doc("putuo-social-work-2024-final-accounts"), "final.summary", "generalPublicBudget", "income", 1m), false),
        ["DC002"] = (() => Doc("putuo-wanli-2025-budget"), () => Add(Doc("putuo-wanli-2025-budget"), "budget.local.basicExpenditure", "301", "operating", 1m), false),
        ["DC003"] = (() => Seed, () => Add(Seed, "budget.central.basicExpenditure", "30231", "total", 1m), false),
        ["CH001"] = (() => Seed, () => Add(Seed, "budget.central.generalPublicBudgetExpenditure", "201", "priorYearActual", 1m), false),
        ["CH002"] = (() => Seed, () => SetRate(Seed, "budget.central.generalPublicBudgetExpenditure", "201", "changeRate", "80.00%"), false),
        ["CH003"] = (() => Completion("90.00%"), () => Completion("95.00%"), false),
        ["NR001"] = (() => Seed, () => Narrate(Seed, "收入预算", f => f.Amount!.Value + Amount.FromWanYuan(1m), f => f.Rate), false),
        ["NR002"] = (() => Narrate(Seed, "一般公共服务支出", f => f.Amount, f => f.Kind == FigureKind.Share ? Rate.Parse("0.09%").GetValueOrThrow() : f.Rate, FigureKind.Share), () => Narrate(Seed, "上年结转", f => f.Amount, f => Rate.Parse("10.26%").GetValueOrThrow()), false),
        ["NR003"] = (() => Seed, () => Add(Seed, "budget.central.generalPublicBudgetExpenditure", "2011105", "change", 1m), false),
        ["NR004"] = (() => Seed, () => Seed.WithPerformanceSheets(Seed.PerformanceSheets.Skip(1)), false),
        ["NR005"] = (() => Seed, () => Seed.WithOtherMatters(Procurement(Seed.OtherMatters, Amount.FromWanYuan(1m))), false),
        ["NR006"] = (() => SmallBusiness(Seed, "50.00%"), () => SmallBusiness(Seed, "60.00%"), false),
        ["NR007"] = (() => Seed, () => Seed.WithOtherMatters(Seed.OtherMatters.WithVehicles(Seed.OtherMatters.VehiclesAsOf, Seed.OtherMatters.VehicleTotal + 1, Seed.OtherMatters.VehicleCategories)), false),
        ["NR008"] = (() => AgencyStated(Doc(Welfare), 0m), () => AgencyStated(Doc(Welfare), 1m), false),
        ["BD001"] = (() => SetAgency(Administrative(Doc(Welfare)), 212.10m), () => Administrative(Doc(Welfare)), false),
        ["CD001"] = (() => ReKey(Doc(Welfare), "71102", "2101102"), () => Doc(Welfare), false),
        ["CD002"] = (() => Seed, () => Relabel(Seed, "budget.central.expenditure", "2011105", "并非目录中的名称"), true),
        ["CD003"] = (() => ReKey(Doc(Welfare), "71102", "2101102"), () => Doc(Welfare), false),
        ["DH001"] = (() => Seed, () => Seed.WithTables([Seed.Tables[0].WithTitle("2023年部门收支总表"), .. Seed.Tables.Skip(1)]), false),
        ["DH002"] = (() => Seed, () => Seed.WithTables([Seed.Tables[0].WithTitle("XX部门收支总表"), .. Seed.Tables.Skip(1)]), false),
        ["DH003"] = (() => EmptyFundTable(Seed, "本部门无政府性基金预算拨款。"), () => EmptyFundTable(Seed, null), false),
        ["DH004"] = (() => Seed, () => Seed.WithBody(new DisclosingBody("人力资源和社会保障局", "117")), true),
        ["DH005"] = (() => Seed, () => Seed.WithTables(Seed.Tables.Where(t => t.Schema.Id != "budget.central.basicExpenditure")), false),
        ["PS001"] = (() => Sheet(Good), () => Sheet(Good.WithFunds(Wan(100.51m), Wan(80m), Wan(20m), AmountCell.Empty("-"))), false),
        ["PS002"] = (() => Sheet(Good), () => Sheet(Good.WithExecutionRatePoints(5)), false),
        ["PS003"] = (() => Sheet(Good), () => Sheet(Good.WithIndicators([.. Good.Indicators.Take(2), Good.Indicators[2].WithPoints(null)])), false),
        ["PS004"] = (() => Sheet(Good), () => Sheet(Good.WithIndicators([Good.Indicators[0].WithLevels("产出指标", "社会效益指标"), .. Good.Indicators.Skip(1)])), false),
        ["PS005"] = (() => Sheet(Good), () => Sheet(Good.WithIndicators([Good.Indicators[0], Good.Indicators[1].WithTarget(Target.Parse("≤115万元")), Good.Indicators[2]])), false),
        ["PS006"] = (() => Sheet(Good), () => Sheet(Good.WithIndicators([.. Good.Indicators, new Indicator(Good.Indicators[0].Level1, Good.Indicators[0].Level2, Good.Indicators[0].Name, Target.Parse("12月底前"), 0)])), false),
        ["JI001"] = (() => Doc("putuo-planning-resources-2024-final-accounts"), () => Add(Doc("putuo-planning-resources-2024-final-accounts"), "final.expenditure", "210", "basic", 0.01m), false),
    };

    public static TheoryData<string> RuleIds() => [.. RuleCatalogue.All.Select(r => r.Id)];

    [Fact]
    public void Every_rule_of_the_catalogue_has_fixtures() =>
        Assert.Equal(RuleCatalogue.All.Select(r => r.Id).Order(), Fixtures.Keys.Order());

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Passing_fixture(string rule)
    {
        var (passing, _, strict) = Fixtures[rule];
        var report = Validate(passing(), rule, strict);
        Assert.True(report.Tallies.Single(t => t.Rule.Id == rule).Checks > 0, $"{rule}'s passing fixture makes no check of it.");
        Assert.DoesNotContain(report.Failures, f => f.RuleId == rule);
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Failing_fixture(string rule)
    {
        var (_, failing, strict) = Fixtures[rule];
        var report = Validate(failing(), rule, strict);
        var finding = Assert.Single(report.Failures.Where(f => f.RuleId == rule).Take(1));
        Assert.Equal(RuleCatalogue.Find(rule)!.Severity, finding.Severity);
        Assert.NotEmpty(finding.Message);
        Assert.NotEmpty(finding.ChineseMessage);
    }

    [Fact]
    public void Codes_are_checked_against_the_catalogues_the_options_give()
    {
        // 2011199 is in no embedded list; a user's own (fuller) list that names it makes it known, and its name is checked.
        var disclosure = ReKey(Seed, "2011105", "2011199");
        var embedded = ValidationOptions.Default.WithStrict(true).WithRuleIds(["CD001", "CD002"]);
        Assert.Contains(new DisclosureValidator(embedded).Run(disclosure).Failures, f => f.RuleId == "CD001" && f.Locations[0].Row == "2011199");

        var theirs = ClassificationCatalogue.Create(2024, [new CatalogueEntry<FunctionalCode>(FunctionalCode.Parse("2011199").GetValueOrThrow(), "派驻派出机构", "a user's list")]);
        var own = embedded.WithCatalogues(CatalogueSet.Embedded.With(theirs));
        var report = new DisclosureValidator(own).Run(disclosure);
        Assert.DoesNotContain(report.Failures, f => f.RuleId == "CD001");
        Assert.DoesNotContain(report.Failures, f => f.RuleId == "CD002" && f.Locations[0].Row == "2011199");

        var misnamed = new DisclosureValidator(own).Run(Relabel(disclosure, "budget.central.expenditure", "2011199", "别的名称"));
        Assert.Contains(misnamed.Failures, f => f.RuleId == "CD002" && f.Locations[0].Row == "2011199" && f.Locations[0].Table == "budget.central.expenditure");

        Assert.Same(CatalogueSet.Embedded, ValidationOptions.Default.Catalogues);
        Assert.Equal(own.Catalogues, own.WithStrict(false).WithRuleIds(null).WithMinimumSeverity(Severity.Error).Catalogues);
        Assert.Contains("CatalogueSet", own.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("CatalogueSet", ValidationOptions.Default.ToString(), StringComparison.Ordinal);
    }

    private static ValidationReport Validate(Disclosure disclosure, string rule, bool strict) =>
        new DisclosureValidator(ValidationOptions.Default.WithStrict(strict).WithRuleIds(rule == "JI001" ? null : [rule])).Run(disclosure);

    private static PerformanceSheet Good => PerformanceSheetRuleTests.Good;

    private static AmountCell Wan(decimal value) => AmountCell.Of(Amount.FromWanYuan(value));

    private static Disclosure Sheet(PerformanceSheet sheet) => Seed.WithPerformanceSheets([sheet]).WithOtherMatters(OtherMatters.None);

    private static Disclosure Map(Disclosure d, string schema, string row, Func<TableRow, TableRow> change)
    {
        var tables = d.Tables.ToArray();
        int t = Array.FindIndex(tables, x => x.Schema.Id == schema);
        Assert.True(t >= 0, $"No table {schema}.");
        var rows = tables[t].Rows.ToArray();
        int r = Array.FindIndex(rows, x => x.Key.Value == row);
        Assert.True(r >= 0, $"No row {row} in {schema}.");
        rows[r] = change(rows[r]);
        tables[t] = tables[t].WithRows(rows);
        return d.WithTables(tables);
    }

    private static Disclosure Add(Disclosure d, string schema, string row, string column, decimal wanYuan) =>
        Map(d, schema, row, r =>
        {
            var cell = r.Cells.FirstOrDefault(c => c.Column == column);
            var amount = (cell.Column == column ? cell.Amount.Amount : Amount.Zero) + Amount.FromWanYuan(wanYuan);
            return r.WithCell(TableCell.Of(column, amount, cell.Location));
        });

    /// <summary>The first of-which cell of the document set above the figure it is part of.</summary>
    private static Disclosure OfWhichAbove(Disclosure d)
    {
        foreach (var table in d.Tables)
        {
            foreach (var column in table.Schema.Columns.Where(c => c.Meaning.Role == ColumnRole.OfWhich && c.Of.Count == 1))
            {
                if (table.Rows.FirstOrDefault(r => r.Cells.Any(c => c.Column == column.Key && c.Amount.HasAmount)) is { } row)
                {
                    var parent = row.Cells.FirstOrDefault(c => c.Column == column.Of[0]);
                    var above = (parent.Column == column.Of[0] ? parent.Amount.Amount : Amount.Zero) + Amount.FromWanYuan(1m);
                    return Map(d, table.Schema.Id, row.Key.Value, r => r.WithCell(TableCell.Of(column.Key, above, default)));
                }
            }
        }

        throw new InvalidOperationException("The document prints no of-which figure.");
    }

    private static Disclosure SetRate(Disclosure d, string schema, string row, string column, string rate) =>
        Map(d, schema, row, r => r.WithCell(TableCell.OfRate(column, Rate.Parse(rate).GetValueOrThrow())));

    private static Disclosure Relabel(Disclosure d, string schema, string row, string label) =>
        Map(d, schema, row, r => new TableRow(r.Key, label, r.Cells, r.Location));

    private static Disclosure ReKey(Disclosure d, string from, string to) =>
        d.WithTables(d.Tables.Select(t => t.WithRows(t.Rows.Select(r => r.Key.Kind == RowKind.Code && r.Key.Value == from
            ? new TableRow(RowKey.Code(to, r.Key.Side), r.Label.StartsWith(from, StringComparison.Ordinal) ? to + r.Label[from.Length..] : r.Label, r.Cells, r.Location)
            : r))));

    private static Disclosure Narrate(Disclosure d, string subject, Func<NarrativeFigure, Amount?> amount, Func<NarrativeFigure, Rate?> rate, FigureKind? kind = null)
    {
        var list = d.Narrative.ToArray();
        int n = Array.FindIndex(list, f => f.Subject == subject && (kind is null || f.Kind == kind));
        var f = list[n];
        list[n] = new NarrativeFigure(f.Section, f.Subject, f.Kind, amount(f), rate(f), f.Basis, f.Direction, f.Code, f.Unit).WithDecimals(f.Decimals);
        return d.WithNarrative(list);
    }

    private static OtherMatters Procurement(OtherMatters m, Amount extra) =>
        new(m.AgencyOperatingCosts, m.AgencyOperatingCostsChange, AmountCell.Of(m.ProcurementTotal.Amount + extra), m.ProcurementGoods, m.ProcurementWorks, m.ProcurementServices,
            m.VehiclesAsOf, m.VehicleTotal, m.VehicleCategories, m.EquipmentOverOneMillion, m.PerformanceCoveredAmount, m.StatedPerformanceSheetCount);

    private static Disclosure SmallBusiness(Disclosure d, string share)
    {
        var total = d.OtherMatters.ProcurementTotal.Amount;
        return d.WithOtherMatters(d.OtherMatters.WithSmallBusinessProcurement(AmountCell.Of(Amount.FromFen(total.Fen / 2)), Rate.Parse(share).GetValueOrThrow()));
    }

    private static Disclosure AgencyStated(Disclosure d, decimal wanYuan) =>
        d.WithOtherMatters(new OtherMatters(Wan(wanYuan), null, AmountCell.Blank, AmountCell.Blank, AmountCell.Blank, AmountCell.Blank, null, null, null, null, AmountCell.Blank, null));

    private static Disclosure Administrative(Disclosure d) => d.WithBody(d.Body.WithBodyType(BodyType.Administrative));

    private static Disclosure SetAgency(Disclosure d, decimal wanYuan)
    {
        var table = d.Tables.First(t => t.Rows.Any(r => r.Cells.Any(c => c.Column == "agencyOperatingCosts")));
        var row = table.Rows.First(r => r.Cells.Any(c => c.Column == "agencyOperatingCosts"));
        return Map(d, table.Schema.Id, row.Key.Value, r => r.WithCell(TableCell.Of("agencyOperatingCosts", Amount.FromWanYuan(wanYuan))));
    }

    private static Disclosure EmptyFundTable(Disclosure d, string? note) =>
        d.WithTables(d.Tables.Select(t => t.Schema.Id == "budget.central.governmentFundExpenditure" ? t.WithRows([]).WithNote(note) : t));

    private static Disclosure Completion(string rate)
    {
        var schema = TableSchemaCatalogue.Default.Find("final.generalPublicBudgetExpenditure.completion")!;
        TableRow Row(RowKey key, string label) => new(key, label, [
            TableCell.Of("budget", Amount.FromWanYuan(100m)), TableCell.Of("adjustedBudget", Amount.FromWanYuan(100m)),
            TableCell.Of("final", Amount.FromWanYuan(90m)), TableCell.OfRate("completionRate", Rate.Parse(rate).GetValueOrThrow())]);
        var table = new Table(schema, AmountUnit.WanYuan, [Row(RowKey.Line("total"), "合计"), Row(RowKey.Code("201"), "一般公共服务支出")], null, schema.Title, SourceLocation.None);
        return new Disclosure(new DisclosingBody("测试单位"), 2024, DocumentKind.FinalAccounts).WithTable(table);
    }
}
