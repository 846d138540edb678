using Budget.Domain.Classification;
using Budget.Domain.Money;
using Budget.Domain.Statements;
using FsCheck;
using FsCheck.Fluent;

namespace Budget.Domain.Tests.Statements;

/// <summary>A budget with one figure changed, and what was changed.</summary>
public sealed record PerturbedBudget(DepartmentBudget Original, DepartmentBudget Budget, string What)
{
    public override string ToString() => What;
}

/// <summary>
/// Generators of department budgets: consistent ones (every identity of docs/domain.md that the model can hold
/// holds: rows add up, T3 = T5 with no carry-over or other income, T1/T2/T4 agree, T6 allocates the basic total,
/// T9 adds up, the narrative's shares and growth are the computed ones) and perturbed ones (one figure moved by
/// at least 1.00 万元). Validation reuses them: perturb a consistent budget, and the right rule must fire.
/// </summary>
public static class BudgetGenerators
{
    private const long Step = 10_000; // 0.01 万元 in fen

    private static readonly string[] Classes = ["201", "205", "208", "221"];

    private static readonly string[] VehicleNames = ["部级领导干部用车", "机要通信用车", "应急保障用车"];

    private static AmountCell Cell(Amount amount) => AmountCell.Of(amount);

    private static Amount Steps(int steps) => Amount.FromFen(steps * Step);

    public static Gen<DepartmentBudget> Consistent { get; } =
        from year in Gen.Choose(2020, 2030)
        from department in Gen.Elements(new Department("117", "人力资源社会保障部"), new Department("301", "某某局"), new Department("12", "测试部门, \"引号\""))
        from classCount in Gen.Choose(1, Classes.Length)
        from leaves in Gen.ArrayOf(
            from basic in Gen.Choose(0, 5_000_000)
            from project in Gen.Choose(0, 5_000_000)
            from prior in Gen.Choose(0, 8_000_000)
            select (Basic: Steps(basic), Project: Steps(project), Prior: Steps(prior)),
            classCount * 4)
        from economicWeights in Gen.ArrayOf(Gen.Choose(1, 100).Select(w => (decimal)w), 5)
        from three in Gen.ArrayOf(Gen.Choose(0, 200_000), 4)
        from procurement in Gen.ArrayOf(Gen.Choose(0, 300_000), 3)
        from vehicles in Gen.ArrayOf(Gen.Choose(0, 30), 3)
        from sheets in Gen.Choose(0, 40)
        select Build(department, year, classCount, leaves, economicWeights, three, procurement, vehicles, sheets);

    public static Gen<PerturbedBudget> Perturbed { get; } =
        from budget in Consistent
        from which in Gen.Choose(0, 7)
        from delta in Gen.Choose(100, 1_000_000).SelectMany(d => Gen.Elements(d, -d))
        select Perturb(budget, which, Steps(delta));

    private static DepartmentBudget Build(
        Department department,
        int year,
        int classCount,
        (Amount Basic, Amount Project, Amount Prior)[] leaves,
        decimal[] economicWeights,
        int[] three,
        int[] procurement,
        int[] vehicleCounts,
        int sheets)
    {
        var policy = RoundingPolicy.Default;

        // Functional hierarchy: each class has sections 01 and 02, each with items 01 and 02.
        var items = new List<(string Code, Amount Basic, Amount Project, Amount Prior)>();
        for (int c = 0; c < classCount; c++)
        {
            for (int i = 0; i < 4; i++)
            {
                var leaf = leaves[(c * 4) + i];
                items.Add(($"{Classes[c]}0{1 + (i / 2)}0{1 + (i % 2)}", leaf.Basic, leaf.Project, leaf.Prior));
            }
        }

        var codes = items.Select(i => i.Code[..3]).Distinct()
            .SelectMany(cls => new[] { cls }.Concat(items.Where(i => i.Code.StartsWith(cls, StringComparison.Ordinal)).Select(i => i.Code[..5]).Distinct().SelectMany(sec => new[] { sec }.Concat(items.Where(i => i.Code.StartsWith(sec, StringComparison.Ordinal)).Select(i => i.Code)))))
            .ToList();
        (Amount Basic, Amount Project, Amount Prior) Sum(string prefix)
        {
            var under = items.Where(i => i.Code.StartsWith(prefix, StringComparison.Ordinal)).ToList();
            return (Amount.Sum(under.Select(i => i.Basic)), Amount.Sum(under.Select(i => i.Project)), Amount.Sum(under.Select(i => i.Prior)));
        }

        string Name(string code) => CatalogueSet.Embedded.Functional(2024).NameOf(FunctionalCode.Parse(code).Value) ?? "科目" + code;
        var total = Sum(string.Empty);
        var budgetTotal = total.Basic + total.Project;

        var t3Rows = codes.Select(code =>
        {
            var s = Sum(code);
            return new ExpenditureRow(FunctionalCode.Parse(code).Value, Name(code), Cell(s.Basic + s.Project), Cell(s.Basic), Cell(s.Project), default, default, default);
        });
        var t3 = new ExpenditureTable(AmountUnit.WanYuan, t3Rows, ExpenditureRow.TotalRow([Cell(budgetTotal), Cell(total.Basic), Cell(total.Project), default, default, default]), null);

        GeneralPublicBudgetExpenditureRow T5Row(FunctionalCode code, string name, (Amount Basic, Amount Project, Amount Prior) s)
        {
            var b = s.Basic + s.Project;
            var rate = Rate.Change(s.Prior, b, policy);
            return new GeneralPublicBudgetExpenditureRow(code, name, Cell(s.Prior), Cell(s.Prior), Cell(b), Cell(s.Basic), Cell(s.Project), Cell(b), Cell(b - s.Prior), Cell(b - s.Prior), rate, rate);
        }

        var t5Total = T5Row(default, "合计", total);
        var t5 = new GeneralPublicBudgetExpenditureTable(AmountUnit.WanYuan, codes.Select(c => T5Row(FunctionalCode.Parse(c).Value, Name(c), Sum(c))), t5Total, null);

        // T6: the basic total allocated over two personnel and three operating sections.
        string[] economic = ["30101", "30102", "30201", "30205", "30299"];
        var parts = total.Basic.Allocate(economicWeights, AmountUnit.WanYuan);
        var personnel = parts[0] + parts[1];
        var operating = parts[2] + parts[3] + parts[4];
        var t6Rows = new List<BasicExpenditureRow>
        {
            new(DepartmentEconomicCode.Parse("301").Value, "工资福利支出", Cell(personnel), Cell(personnel), default),
            new(DepartmentEconomicCode.Parse("30101").Value, "基本工资", Cell(parts[0]), Cell(parts[0]), default),
            new(DepartmentEconomicCode.Parse("30102").Value, "津贴补贴", Cell(parts[1]), Cell(parts[1]), default),
            new(DepartmentEconomicCode.Parse("302").Value, "商品和服务支出", Cell(operating), default, Cell(operating)),
        };
        for (int i = 2; i < 5; i++)
        {
            t6Rows.Add(new(DepartmentEconomicCode.Parse(economic[i]).Value, "科目" + economic[i], Cell(parts[i]), default, Cell(parts[i])));
        }

        var t6 = new BasicExpenditureTable(AmountUnit.WanYuan, t6Rows, BasicExpenditureRow.TotalRow([Cell(total.Basic), Cell(personnel), Cell(operating)]), null);

        var classLines = codes.Where(c => c.Length == 3).Select(c => new SummaryLine(Name(c), Cell(Sum(c).Basic + Sum(c).Project))).ToList();
        var t1 = new IncomeExpenditureSummaryTable(
            AmountUnit.WanYuan,
            [new SummaryLine("一般公共预算拨款收入", Cell(budgetTotal)), new SummaryLine("其他收入", default)],
            Cell(budgetTotal), default, default, Cell(budgetTotal), classLines, Cell(budgetTotal), default, Cell(budgetTotal), null);
        var t2 = new IncomeTable(AmountUnit.WanYuan, [new IncomeRow("合计", Cell(budgetTotal), default, Cell(budgetTotal), default, default, default, default, default, default, default, default, default)], null);
        var t4 = new FiscalAppropriationSummaryTable(
            AmountUnit.WanYuan, Cell(budgetTotal), new FundAmounts(Cell(budgetTotal), default, default), default, new FundAmounts(default, default, default),
            Cell(budgetTotal), Cell(budgetTotal), classLines, default, Cell(budgetTotal), null);
        var empty = AmountCell.Blank;
        var t7 = new GovernmentFundExpenditureTable(AmountUnit.WanYuan, [], GovernmentFundExpenditureRow.TotalRow([empty, empty, empty]), "没有政府性基金收入，也没有使用政府性基金安排的支出。");
        var t8 = new StateCapitalExpenditureTable(AmountUnit.WanYuan, [], null, "没有国有资本经营预算收入。");
        var overseas = Steps(three[0]);
        var purchase = Steps(three[1]);
        var operation = Steps(three[2]);
        var reception = Steps(three[3]);
        var t9 = new ThreePublicExpensesTable(
            AmountUnit.WanYuan,
            new ThreePublicExpensesRow(Cell(overseas + purchase + operation + reception), Cell(overseas), Cell(purchase + operation), purchase.IsZero ? AmountCell.Empty("-") : Cell(purchase), Cell(operation), Cell(reception)),
            null);

        var narrative = classLines.Select(l => NarrativeFigure.OfShare("一般公共预算支出表", l.Name, l.Amount.Amount, Rate.Share(l.Amount.Amount, budgetTotal, policy), "一般公共预算当年拨款", AmountUnit.WanYuan))
            .Append(NarrativeFigure.OfAmount("收支总表", "收支总预算", budgetTotal, AmountUnit.WanYuan));
        if (!total.Prior.IsZero)
        {
            var change = budgetTotal - total.Prior;
            var direction = change.IsZero ? ChangeDirection.Flat : change.IsNegative ? ChangeDirection.Decrease : ChangeDirection.Increase;
            var rate = Rate.Change(total.Prior, budgetTotal, policy);
            narrative = narrative.Append(NarrativeFigure.OfChange("一般公共预算支出表", "一般公共预算当年拨款", change.Abs(), Rate.FromPercent(Math.Abs(rate.Percent)), direction, $"{year - 1}年执行数", null, AmountUnit.WanYuan));
        }

        var goods = Steps(procurement[0]);
        var works = Steps(procurement[1]);
        var services = Steps(procurement[2]);
        var other = new OtherMatters(
            Cell(operating),
            null,
            Cell(goods + works + services),
            Cell(goods),
            works.IsZero ? AmountCell.Blank : Cell(works),
            Cell(services),
            new DateOnly(year - 1, 8, 31),
            vehicleCounts.Sum(),
            vehicleCounts.Select((n, i) => new VehicleCategory(VehicleNames[i], n)),
            vehicleCounts[0],
            Cell(total.Project),
            sheets);

        return new DepartmentBudget(department, year, DocumentKind.Budget)
            .WithIncomeExpenditureSummary(t1).WithIncome(t2).WithExpenditure(t3).WithFiscalAppropriationSummary(t4)
            .WithGeneralPublicBudgetExpenditure(t5).WithBasicExpenditure(t6).WithGovernmentFundExpenditure(t7)
            .WithStateCapitalExpenditure(t8).WithThreePublicExpenses(t9).WithNarrative(narrative).WithOtherMatters(other);
    }

    private static PerturbedBudget Perturb(DepartmentBudget b, int which, Amount delta)
    {
        AmountCell Moved(AmountCell cell) => AmountCell.Of(cell.Amount + delta);
        switch (which)
        {
            case 0:
            {
                var t3 = b.Expenditure!;
                var row = t3.Rows[^1];
                return new(b, b.WithExpenditure(t3.WithRow(row.WithCell(ExpenditureRow.ColumnList[1], Moved(row.Basic)))), $"T3 {row.Code} 基本支出 moved by {delta}");
            }

            case 1:
            {
                var t3 = b.Expenditure!;
                return new(b, b.WithExpenditure(t3.WithTotal(t3.Total!.WithCell(ExpenditureRow.ColumnList[0], Moved(t3.Total.Total)))), $"T3 合计 moved by {delta}");
            }

            case 2:
            {
                var t1 = b.IncomeExpenditureSummary!;
                return new(b, b.WithIncomeExpenditureSummary(t1.WithTotals(t1.CurrentYearIncome, t1.UnusedNonFiscalBalance, t1.CarryOver, Moved(t1.IncomeTotal), t1.CurrentYearExpenditure, t1.CarryForward, t1.ExpenditureTotal)), $"T1 收入总计 moved by {delta}");
            }

            case 3:
            {
                var t5 = b.GeneralPublicBudgetExpenditure!;
                var row = t5.Rows[0];
                return new(b, b.WithGeneralPublicBudgetExpenditure(t5.WithRow(row.WithCell(GeneralPublicBudgetExpenditureRow.ColumnList[6], Moved(row.Change)))), $"T5 {row.Code} 增减额 moved by {delta}");
            }

            case 4:
            {
                var t6 = b.BasicExpenditure!;
                var row = t6.Rows[^1];
                return new(b, b.WithBasicExpenditure(t6.WithRow(row.WithCell(BasicExpenditureRow.ColumnList[0], Moved(row.Total)))), $"T6 {row.Code} 合计 moved by {delta}");
            }

            case 5:
            {
                var t9 = b.ThreePublicExpenses!;
                return new(b, b.WithThreePublicExpenses(t9.WithRow(t9.Row.WithCell(ThreePublicExpensesRow.ColumnList[0], Moved(t9.Row.Total)))), $"T9 合计 moved by {delta}");
            }

            case 6:
            {
                var t2 = b.Income!;
                var row = t2.Rows[0];
                return new(b, b.WithIncome(t2.WithRows([row.WithCell(IncomeRow.ColumnList[0], Moved(row.Total))])), $"T2 合计 moved by {delta}");
            }

            default:
            {
                var t4 = b.FiscalAppropriationSummary!;
                return new(b, b.WithFiscalAppropriationSummary(t4.WithExpenditureTotals(t4.CurrentYearExpenditure, t4.CarryForward, Moved(t4.ExpenditureTotal))), $"T4 支出总计 moved by {delta}");
            }
        }
    }
}
