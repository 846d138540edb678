using System.Globalization;
using Budget.Domain.Money;
using Budget.Domain.Performance;
using Budget.Domain.Statements;

namespace Budget.Domain.Reading;

/// <summary>
/// Prints a department budget in the text layout of published documents that <see cref="DisclosureReader"/>
/// reads: a title, the nine tables (tab-separated, one header row, 单位 line, 注 line), the narrative figures as one
/// sentence each under their 关于…的说明 section, 其他重要事项, and the performance sheets.
/// </summary>
/// <remarks>
/// Reading what it prints gives the same budget back (a property test holds it to that) for every budget whose
/// texts hold no tab or line break, whose narrative subjects do not begin with a year, the department's name or a
/// connective (其中, 主要是…), and whose indicators all have level names. New lines are <c>\n</c>; the output does not
/// depend on the culture.
/// </remarks>
public static class DisclosureWriter
{
    /// <summary>Prints a budget.</summary>
    /// <param name="budget">The budget.</param>
    /// <returns>The document's text.</returns>
    public static string Write(DepartmentBudget budget)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        Write(budget, writer);
        return writer.ToString();
    }

    /// <summary>Prints a budget to a text writer.</summary>
    /// <param name="budget">The budget.</param>
    /// <param name="writer">Where to print; it is not closed.</param>
    public static void Write(DepartmentBudget budget, TextWriter writer) => Write(budget, [], writer);

    /// <summary>Prints a disclosure: its typed tables as <see cref="Write(DepartmentBudget)"/> does, then its tables of
    /// other schemas (one header row of their columns' printed headers, one line per row), which the reader reads back
    /// by their schemas.</summary>
    /// <param name="disclosure">The disclosure.</param>
    /// <returns>The document's text.</returns>
    /// <exception cref="InvalidOperationException">The body has no code (the text layout prints <c>[code]name</c>).</exception>
    public static string Write(Disclosure disclosure)
    {
        ArgumentNullException.ThrowIfNull(disclosure);
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        Write(disclosure.ToBudget(), disclosure.Tables.Where(t => t.Schema.StandardKind is null), writer);
        return writer.ToString();
    }

    private static void Write(DepartmentBudget budget, IEnumerable<Tables.Table> others, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(budget);
        ArgumentNullException.ThrowIfNull(writer);
        var w = new Printer(writer);
        string year = budget.FiscalYear.ToString(CultureInfo.InvariantCulture);
        w.Line($"# {budget.Department} {year} 年度{(budget.Kind == DocumentKind.FinalAccounts ? "决算" : "预算")}");
        w.Line();
        w.Line($"# 第二部分 {year}年{(budget.Kind == DocumentKind.FinalAccounts ? "决算" : "预算")}表");
        w.Line();
        foreach (var table in budget.Tables)
        {
            WriteTable(w, table);
        }

        foreach (var table in others)
        {
            WriteSchemaTable(w, table);
        }

        w.Line($"# 第三部分 {year}年预算情况说明");
        w.Line();
        WriteNarrative(w, budget.Narrative, year);
        WriteOtherMatters(w, budget.OtherMatters, year);
        if (budget.PerformanceSheets.Count > 0)
        {
            w.Line("# 第五部分 附件");
            w.Line();
            foreach (var sheet in budget.PerformanceSheets)
            {
                WriteSheet(w, sheet, year);
            }
        }
    }

    private static void WriteSchemaTable(Printer w, Tables.Table table)
    {
        w.Line($"## {table.Title}");
        w.Line();
        w.Line($"单位：{table.Unit.Symbol()}");
        w.Line();
        var columns = table.Schema.Columns;
        w.Line("科目编码\t科目名称\t" + string.Join("\t", columns.Select(c => c.Header)));
        foreach (var row in table.Rows)
        {
            string code = row.Key.Kind == Tables.RowKind.Code || (row.Key.Kind == Tables.RowKind.Unit && row.Label.StartsWith(row.Key.Value + " ", StringComparison.Ordinal)) ? row.Key.Value : string.Empty;
            string name = code.Length > 0 && row.Label.StartsWith(code, StringComparison.Ordinal) ? row.Label[code.Length..].Trim() : row.Label;
            w.Line(code + "\t" + name + "\t" + string.Join("\t", columns.Select(c => row[c.Key].Format(table.Unit))));
        }

        w.Line();
        if (table.Note is { } note)
        {
            w.Line(note.StartsWith('注') || note.StartsWith("说明", StringComparison.Ordinal) ? note : "注：" + note);
            w.Line();
        }
    }

    private static void WriteTable(Printer w, IStandardTable table)
    {
        w.Line($"## {table.Kind.ChineseTitle()}");
        w.Line();
        w.Line($"单位：{table.Unit.Symbol()}");
        w.Line();
        string F(AmountCell cell) => cell.Format(table.Unit);
        switch (table)
        {
            case IncomeExpenditureSummaryTable t1:
                w.Line("收 入\t\t支 出\t");
                w.Line("项目\t预算数\t项目\t预算数");
                Sides(
                    w,
                    t1.IncomeItems.Select(l => (l.Name, F(l.Amount))).Concat([("本年收入合计", F(t1.CurrentYearIncome)), ("使用非财政拨款结余", F(t1.UnusedNonFiscalBalance)), ("上年结转", F(t1.CarryOver))]),
                    t1.ExpenditureItems.Select(l => (l.Name, F(l.Amount))).Concat([("本年支出合计", F(t1.CurrentYearExpenditure)), ("结转下年", F(t1.CarryForward))]));
                w.Cells("收入总计", F(t1.IncomeTotal), "支出总计", F(t1.ExpenditureTotal));
                break;
            case FiscalAppropriationSummaryTable t4:
                w.Line("收 入\t\t支 出\t");
                w.Line("项目\t预算数\t项目\t预算数");
                (string, string)[] Funds(FundAmounts f) => [("一般公共预算拨款", F(f.GeneralPublicBudget)), ("政府性基金预算拨款", F(f.GovernmentFund)), ("国有资本经营预算拨款", F(f.StateCapitalOperations))];
                Sides(
                    w,
                    new[] { ("本年收入", F(t4.CurrentYearIncome)) }.Concat(Funds(t4.CurrentYearIncomeByFund)).Append(("上年结转", F(t4.CarryOver))).Concat(Funds(t4.CarryOverByFund)),
                    new[] { ("本年支出", F(t4.CurrentYearExpenditure)) }.Concat(t4.ExpenditureItems.Select(l => (l.Name, F(l.Amount)))).Append(("结转下年", F(t4.CarryForward))));
                w.Cells("收入总计", F(t4.IncomeTotal), "支出总计", F(t4.ExpenditureTotal));
                break;
            default:
                var shape = TableShape.Of(table.Kind)!;
                w.Cells([.. shape.Slots.Select(s => s.Header)]);
                foreach (var row in table.AllRows)
                {
                    w.Cells([.. shape.Slots.Select(s => s.Kind switch
                    {
                        SlotKind.Code => row.CodeValue,
                        SlotKind.Name => row.Name,
                        SlotKind.Amount => F(row.Cells[s.Index]),
                        _ => row.Rates[s.Index].IsApplicable ? row.Rates[s.Index].Format() : string.Empty,
                    })]);
                }

                break;
        }

        w.Line();
        if (table.Note is { } note)
        {
            w.Line($"注：{note}");
            w.Line();
        }
    }

    private static void Sides(Printer w, IEnumerable<(string Label, string Amount)> income, IEnumerable<(string Label, string Amount)> expenditure)
    {
        var left = income.ToList();
        var right = expenditure.ToList();
        for (int i = 0; i < Math.Max(left.Count, right.Count); i++)
        {
            var (a, b) = i < left.Count ? left[i] : (string.Empty, string.Empty);
            var (c, d) = i < right.Count ? right[i] : (string.Empty, string.Empty);
            w.Cells(a, b, c, d);
        }
    }

    private static void WriteNarrative(Printer w, IReadOnlyList<NarrativeFigure> figures, string year)
    {
        string? section = null;
        int number = 0;
        foreach (var figure in figures)
        {
            if (figure.Section != section)
            {
                section = figure.Section;
                w.Line($"## {ChineseNumber(++number)}、关于{year}年{section}的说明");
                w.Line();
            }

            w.Line(Sentence(figure));
            w.Line();
        }
    }

    /// <summary>一 to 九十九, as section numbers are written.</summary>
    private static string ChineseNumber(int n)
    {
        const string Digits = "零一二三四五六七八九";
        int tens = n / 10 % 10, ones = n % 10;
        string t = tens == 0 ? string.Empty : (tens == 1 ? string.Empty : Digits[tens].ToString()) + "十";
        return t + (ones == 0 && tens > 0 ? string.Empty : Digits[ones].ToString());
    }

    private static string Sentence(NarrativeFigure figure)
    {
        string amount = figure.Amount is { } a ? $" {a.Format(figure.Unit)} {figure.Unit.Symbol()}" : string.Empty;
        return figure.Kind switch
        {
            FigureKind.Share => $"{figure.Subject}{amount}，占{figure.Basis}的 {figure.Rate?.Format()}。",
            FigureKind.Change => Change(figure, figure.Subject) + "。",
            _ => $"{figure.Subject}{amount}。",
        };
    }

    private static string Change(NarrativeFigure figure, string lead)
    {
        string amount = figure.Amount is { } a ? $" {a.Format(figure.Unit)} {figure.Unit.Symbol()}" : string.Empty;
        string rate = figure.Rate is { } r ? $" {r.Format()}" : string.Empty;
        if (figure.Direction is ChangeDirection.Flat or null)
        {
            return $"{lead}与{figure.Basis}持平" + (amount.Length > 0 ? $"，增减额{amount}" : string.Empty) + (rate.Length > 0 ? $"，增减{rate}" : string.Empty);
        }

        bool up = figure.Direction == ChangeDirection.Increase;
        return amount.Length > 0
            ? $"{lead}比{figure.Basis}{(up ? "增加" : "减少")}{amount}" + (rate.Length > 0 ? $"，{(up ? "增长" : "降低")}{rate}" : string.Empty)
            : $"{lead}比{figure.Basis}{(up ? "增长" : "降低")}{rate}";
    }

    private static void WriteOtherMatters(Printer w, OtherMatters m, string year)
    {
        if (m == OtherMatters.None)
        {
            return;
        }

        w.Line("## 十、其他重要事项情况说明");
        w.Line();
        string A(AmountCell cell) => $" {cell.Amount.Format(AmountUnit.WanYuan)} 万元";
        if (m.AgencyOperatingCosts.HasAmount || m.AgencyOperatingCostsChange is not null)
        {
            w.Line("### （一）机关运行经费");
            w.Line();
            var change = m.AgencyOperatingCostsChange;
            string subject = change?.Subject ?? "机关运行经费财政拨款预算";
            string costs = m.AgencyOperatingCosts.HasAmount ? subject + A(m.AgencyOperatingCosts) : string.Empty;
            w.Line(change is null ? costs + "。" : costs.Length > 0 ? $"{costs}，{Change(change, string.Empty)}。" : Change(change, subject) + "。");
            w.Line();
        }

        var procurement = new[] { ("政府采购预算总额", m.ProcurementTotal), ("政府采购货物预算", m.ProcurementGoods), ("政府采购工程预算", m.ProcurementWorks), ("政府采购服务预算", m.ProcurementServices) }
            .Where(p => p.Item2.HasAmount).Select(p => p.Item1 + A(p.Item2)).ToList();
        if (procurement.Count > 0)
        {
            w.Line("### （二）政府采购情况");
            w.Line();
            w.Line(string.Join("、", procurement) + "。");
            w.Line();
        }

        var assets = new List<string>();
        if (m.VehiclesAsOf is { } date)
        {
            assets.Add(string.Create(CultureInfo.InvariantCulture, $"截至 {date.Year} 年 {date.Month} 月 {date.Day} 日"));
        }

        if (m.VehicleTotal is int total)
        {
            assets.Add(string.Create(CultureInfo.InvariantCulture, $"共有车辆 {total} 辆"));
        }

        if (m.VehicleCategories.Count > 0)
        {
            assets.Add("其中，" + string.Join("、", m.VehicleCategories.Select(c => string.Create(CultureInfo.InvariantCulture, $"{c.Name} {c.Count} 辆"))));
        }

        string equipment = m.EquipmentOverOneMillion is int e ? string.Create(CultureInfo.InvariantCulture, $"单位价值 100 万元及以上的设备 {e} 台（套）。") : string.Empty;
        if (assets.Count > 0 || equipment.Length > 0)
        {
            w.Line("### （三）国有资产占有使用情况");
            w.Line();
            w.Line((assets.Count > 0 ? string.Join("，", assets) + "。" : string.Empty) + equipment);
            w.Line();
        }

        if (m.PerformanceCoveredAmount.HasAmount || m.StatedPerformanceSheetCount is not null)
        {
            w.Line("### （四）预算绩效管理情况");
            w.Line();
            if (m.PerformanceCoveredAmount.HasAmount)
            {
                w.Line($"{year}年对项目支出全面实施绩效目标管理，涉及预算拨款{A(m.PerformanceCoveredAmount)}。");
                w.Line();
            }

            if (m.StatedPerformanceSheetCount is int count)
            {
                w.Line(string.Create(CultureInfo.InvariantCulture, $"在{year}年度预算中反映 {count} 个二级项目绩效目标表。"));
                w.Line();
            }
        }
    }

    private static void WriteSheet(Printer w, PerformanceSheet sheet, string year)
    {
        string F(AmountCell cell) => cell.Format(PerformanceSheet.FundsUnit);
        w.Line($"# {sheet.ProjectName}项目绩效目标表");
        w.Line();
        w.Line($"({year}年度)");
        w.Line();
        w.Cells("项目名称", sheet.ProjectName);
        w.Cells("主管部门及代码", sheet.Department?.ToString() ?? sheet.DepartmentName, "实施单位", sheet.ImplementingUnit);
        w.Cells(sheet.ExecutionRatePoints is int p
            ? ["项目资金 (万元)", "年度资金总额:", F(sheet.TotalFunds), string.Create(CultureInfo.InvariantCulture, $"执行率 分值({p})")]
            : ["项目资金 (万元)", "年度资金总额:", F(sheet.TotalFunds)]);
        w.Cells(string.Empty, "其中:财政拨款", F(sheet.FiscalAppropriation));
        w.Cells(string.Empty, "上年结转", F(sheet.CarryOver));
        w.Cells(string.Empty, "其他资金", F(sheet.OtherFunds));
        w.Cells("年度总体目标", sheet.OverallGoal);
        w.Cells("绩效指标", "一级指标", "二级指标", "三级指标", "指标值", "分值");
        foreach (var indicator in sheet.Indicators)
        {
            w.Cells(string.Empty, indicator.Level1 ?? string.Empty, indicator.Level2 ?? string.Empty, indicator.Name, indicator.Target.Text, indicator.Points?.ToString(CultureInfo.InvariantCulture) ?? string.Empty);
        }

        w.Line();
    }

    private sealed class Printer(TextWriter writer)
    {
        public void Line(string text = "")
        {
            writer.Write(text);
            writer.Write('\n');
        }

        public void Cells(params string[] cells) => Line(string.Join('\t', cells));
    }
}
