using Budget.Domain.Classification;
using Budget.Domain.Money;
using Budget.Domain.Statements;

namespace Budget.Domain.Tests.Statements;

/// <summary>The MOHRSS 2024 budget in the model, its figures asserted as typed by hand from the document.</summary>
public class SeedBudgetTests
{
    private readonly DepartmentBudget budget;

    public SeedBudgetTests()
        : this(MohrssBudget2024.Build())
    {
    }

    /// <summary>Runs every test of the class on another source of the same budget (the disclosure reader's).</summary>
    protected SeedBudgetTests(DepartmentBudget budget) => this.budget = budget;

    private DepartmentBudget Budget => budget;

    private static AmountCell Wan(decimal value) => AmountCell.Of(Amount.FromWanYuan(value));

    private static FunctionalCode F(string code) => FunctionalCode.Parse(code).Value;

    [Fact]
    public void The_header_and_all_nine_tables_are_there()
    {
        Assert.Equal(new Department("117", "人力资源社会保障部"), Budget.Department);
        Assert.Equal(2024, Budget.FiscalYear);
        Assert.Equal(DocumentKind.Budget, Budget.Kind);
        Assert.Equal(Enum.GetValues<TableKind>(), Budget.Tables.Select(t => t.Kind));
        Assert.All(Budget.Tables, t => Assert.Equal(AmountUnit.WanYuan, t.Unit));
    }

    [Fact]
    public void T1_income_and_expenditure_summary()
    {
        var t = Budget.IncomeExpenditureSummary!;
        Assert.Equal(Wan(433_002.21m), t.IncomeItem("一般公共预算拨款收入")!.Amount);
        Assert.True(t.IncomeItem("政府性基金预算拨款收入")!.Amount.IsEmpty);
        Assert.Equal(Wan(2_336.21m), t.IncomeItem("其他收入")!.Amount);
        Assert.Equal(Wan(435_338.42m), t.CurrentYearIncome);
        Assert.True(t.UnusedNonFiscalBalance.IsEmpty);
        Assert.Equal(Wan(44_423.56m), t.CarryOver);
        Assert.Equal(Wan(479_761.98m), t.IncomeTotal);
        Assert.Equal(6, t.ExpenditureItems.Count);
        Assert.Equal(Wan(59_036.17m), t.ExpenditureItem("外交支出")!.Amount);
        Assert.Equal(Wan(236_933.62m), t.ExpenditureItem("社会保障和就业支出")!.Amount);
        Assert.Equal(Wan(479_761.98m), t.CurrentYearExpenditure);
        Assert.True(t.CarryForward.IsEmpty);
        Assert.Equal(Wan(479_761.98m), t.ExpenditureTotal);
    }

    [Fact]
    public void T2_income()
    {
        var row = Assert.Single(Budget.Income!.Rows);
        Assert.Same(row, Budget.Income.Total);
        Assert.Equal(Wan(479_761.98m), row.Total);
        Assert.Equal(Wan(44_423.56m), row.CarryOver);
        Assert.Equal(Wan(433_002.21m), row.GeneralPublicBudget);
        Assert.Equal(Wan(2_336.21m), row.Other);
        Assert.True(row.GovernmentFund.IsEmpty && row.ServiceRevenue.IsEmpty && row.EducationFees.IsEmpty && row.UnusedNonFiscalBalance.IsEmpty);
    }

    [Fact]
    public void T3_expenditure()
    {
        var t = Budget.Expenditure!;
        Assert.Equal(36, t.Rows.Count);
        Assert.Equal(Wan(479_761.98m), t.Total!.Total);
        Assert.Equal(Wan(19_188.11m), t.Total.Basic);
        Assert.Equal(Wan(460_573.87m), t.Total.Project);
        Assert.True(t.Total.RemittedToSuperior.IsEmpty);

        var admin = t.Find(F("2080101"))!;
        Assert.Equal("行政运行", admin.Name);
        Assert.Equal(Wan(13_838.76m), admin.Total);
        Assert.Equal(Wan(13_838.76m), admin.Basic);
        Assert.True(admin.Project.IsEmpty);

        Assert.Equal(Wan(181_647.23m), t.Find(F("206"))!.Total);
        Assert.Equal(Wan(855.00m), t.Find(F("206"))!.Basic);
        Assert.Equal(Wan(180_792.23m), t.Find(F("206"))!.Project);
        Assert.Equal(Wan(3_853.33m), t.Find(F("2080108"))!.Project);
        Assert.Equal(Wan(2_946.92m), t.Find(F("20805"))!.Basic);
        Assert.Equal(Wan(586.19m), t.Find(F("2210203"))!.Total);
    }

    [Fact]
    public void T4_fiscal_appropriation_summary()
    {
        var t = Budget.FiscalAppropriationSummary!;
        Assert.Equal(Wan(433_002.21m), t.CurrentYearIncome);
        Assert.Equal(Wan(433_002.21m), t.CurrentYearIncomeByFund.GeneralPublicBudget);
        Assert.True(t.CurrentYearIncomeByFund.GovernmentFund.IsEmpty);
        Assert.Equal(Wan(44_423.56m), t.CarryOver);
        Assert.Equal(Wan(44_423.56m), t.CarryOverByFund.GeneralPublicBudget);
        Assert.Equal(Wan(477_425.77m), t.IncomeTotal);
        Assert.Equal(Wan(477_425.77m), t.CurrentYearExpenditure);
        Assert.Equal(Wan(234_597.41m), t.ExpenditureItem("社会保障和就业支出")!.Amount);
        Assert.Equal(Wan(1_547.43m), t.ExpenditureItem("住房保障支出")!.Amount);
        Assert.True(t.CarryForward.IsEmpty);
        Assert.Equal(Wan(477_425.77m), t.ExpenditureTotal);
    }

    [Fact]
    public void T5_general_public_budget_expenditure()
    {
        var t = Budget.GeneralPublicBudgetExpenditure!;
        Assert.Equal(32, t.Rows.Count);
        var total = t.Total!;
        Assert.Equal(Wan(223_672.44m), total.PriorYearActual);
        Assert.Equal(Wan(223_672.44m), total.PriorYearActualExcludingInfrastructure);
        Assert.Equal(Wan(433_002.21m), total.Budget);
        Assert.Equal(Wan(14_706.46m), total.Basic);
        Assert.Equal(Wan(418_295.75m), total.Project);
        Assert.Equal(Wan(433_002.21m), total.BudgetExcludingInfrastructure);
        Assert.Equal(Wan(209_329.77m), total.Change);
        Assert.Equal(Rate.FromPercent(93.59m), total.ChangeRate);
        Assert.Equal(Rate.FromPercent(93.59m), total.ChangeRateExcludingInfrastructure);

        var admin = t.Find(F("2080101"))!;
        Assert.Equal(Wan(11_551.36m), admin.PriorYearActual);
        Assert.Equal(Wan(11_434.81m), admin.Budget);
        Assert.Equal(Wan(-116.55m), admin.Change);
        Assert.Equal(Rate.FromPercent(-1.01m), admin.ChangeRate);

        var medical = t.Find(F("2101101"))!;
        Assert.Equal(Wan(140.00m), medical.PriorYearActual);
        Assert.True(medical.Budget.IsEmpty);
        Assert.NotEqual(Wan(0m), medical.Budget);
        Assert.Equal(Wan(-140.00m), medical.Change);
        Assert.Equal(Rate.FromPercent(-100m), medical.ChangeRate);

        Assert.Equal(Wan(1_836.65m), t.Find(F("20805"))!.Basic);
        Assert.Equal(Rate.FromPercent(587.33m), t.Find(F("2060208"))!.ChangeRate);
        Assert.Equal(Wan(0m), t.Find(F("2080112"))!.Change);
    }

    [Fact]
    public void T6_basic_expenditure()
    {
        var t = Budget.BasicExpenditure!;
        Assert.Equal(41, t.Rows.Count);
        Assert.Equal(Wan(14_706.46m), t.Total!.Total);
        Assert.Equal(Wan(10_635.41m), t.Total.Personnel);
        Assert.Equal(Wan(4_071.05m), t.Total.Operating);
        var wages = t.Find(DepartmentEconomicCode.Parse("301").Value)!;
        Assert.Equal(Wan(10_600.21m), wages.Total);
        Assert.True(wages.Operating.IsEmpty);
        var repairs = t.Find(DepartmentEconomicCode.Parse("30213").Value)!;
        Assert.Equal("维修（护）费", repairs.Name);
        Assert.Equal(Wan(500.00m), repairs.Operating);
        Assert.Equal(Wan(294.95m), t.Find(DepartmentEconomicCode.Parse("30231").Value)!.Total);
        Assert.Equal(Wan(70.00m), t.Find(DepartmentEconomicCode.Parse("310").Value)!.Operating);
    }

    [Fact]
    public void T7_and_T8_are_empty_with_their_notes()
    {
        Assert.True(Budget.GovernmentFundExpenditure!.IsEmpty);
        Assert.Contains("没有政府性基金收入", Budget.GovernmentFundExpenditure.Note, StringComparison.Ordinal);
        Assert.True(Budget.StateCapitalExpenditure!.IsEmpty);
        Assert.Contains("没有国有资本经营预算收入", Budget.StateCapitalExpenditure.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void T9_three_public_expenses()
    {
        var row = Budget.ThreePublicExpenses!.Row;
        Assert.Equal(Wan(1_914.15m), row.Total);
        Assert.Equal(Wan(1_575.65m), row.OverseasTravel);
        Assert.Equal(Wan(294.95m), row.Vehicles);
        Assert.True(row.VehiclePurchase.IsEmpty);
        Assert.Equal(Wan(294.95m), row.VehicleOperation);
        Assert.Equal(Wan(43.55m), row.Reception);
    }

    [Fact]
    public void The_narrative_figures_with_what_they_refer_to()
    {
        var carryOver = Budget.Narrative.Single(f => f.Section == "收入总表" && f.Subject == "上年结转");
        Assert.Equal(FigureKind.Share, carryOver.Kind);
        Assert.Equal(Amount.FromWanYuan(44_423.56m), carryOver.Amount);
        Assert.Equal(Rate.FromPercent(9.26m), carryOver.Rate);
        Assert.Equal("收入预算", carryOver.Basis);

        var growth = Budget.Narrative.Single(f => f.Kind == FigureKind.Change && f.Subject == "一般公共预算当年拨款");
        Assert.Equal(Amount.FromWanYuan(209_329.77m), growth.Amount);
        Assert.Equal(Rate.FromPercent(93.59m), growth.Rate);
        Assert.Equal(ChangeDirection.Increase, growth.Direction);

        var admin = Budget.Narrative.Single(f => f.Kind == FigureKind.Change && f.Code == "2080101");
        Assert.Equal(ChangeDirection.Decrease, admin.Direction);
        Assert.Equal(Amount.FromWanYuan(116.55m), admin.Amount);
        Assert.Equal(Rate.FromPercent(1.01m), admin.Rate);

        Assert.Equal(ChangeDirection.Flat, Budget.Narrative.Single(f => f.Kind == FigureKind.Change && f.Code == "2080112").Direction);
        Assert.Equal(Rate.FromPercent(0.10m), Budget.Narrative.Single(f => f.Kind == FigureKind.Share && f.Subject == "一般公共服务支出").Rate);
        Assert.Equal(19, Budget.Narrative.Count(f => f.Kind == FigureKind.Amount && f.Code is not null));
        Assert.Equal(71, Budget.Narrative.Count);
    }

    [Fact]
    public void Other_important_matters()
    {
        var o = Budget.OtherMatters;
        Assert.Equal(Wan(4_071.05m), o.AgencyOperatingCosts);
        Assert.Equal(Amount.FromWanYuan(356.04m), o.AgencyOperatingCostsChange!.Amount);
        Assert.Equal(Rate.FromPercent(9.58m), o.AgencyOperatingCostsChange.Rate);
        Assert.Equal(Wan(1_783.50m), o.ProcurementTotal);
        Assert.Equal(Wan(455.00m), o.ProcurementGoods);
        Assert.True(o.ProcurementWorks.IsEmpty);
        Assert.Equal(Wan(1_328.50m), o.ProcurementServices);
        Assert.Equal(new DateOnly(2023, 8, 31), o.VehiclesAsOf);
        Assert.Equal(23, o.VehicleTotal);
        Assert.Equal([18, 3, 2], o.VehicleCategories.Select(c => c.Count));
        Assert.Equal(11, o.EquipmentOverOneMillion);
        Assert.Equal(Wan(418_295.75m), o.PerformanceCoveredAmount);
        Assert.Equal(20, o.StatedPerformanceSheetCount);
    }
}
