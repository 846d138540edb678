// The main job: read the MOHRSS 2024 department budget as published (the document's text, as PDF-to-text
// converters produce it: Data/mohrss-2024-budget.txt) into the model, report what the reader could not read, and
// check the budget with the money and classification types: every code and printed name against the 2024
// catalogues, the row identities and the 类/款/项 hierarchy of the expenditure tables, the change amount and rate of
// every row of the general public budget table, the narrative's shares and changes against the tables, and the
// performance target sheets against the rule catalogue (PS001-PS006). Findings are results, not failures: the exit
// code is 1 only when the document cannot be read.
//
//   dotnet run --project samples/Budget.Report                       (the embedded sample)
//   dotnet run --project samples/Budget.Report -- other-budget.txt   (any document in the same text layout)
//   dotnet run --project samples/Budget.Report -- other.budget.json  (any budget in the library's JSON schema)
using Budget.Domain;
using Budget.Domain.Classification;
using Budget.Domain.Money;
using Budget.Domain.Reading;
using Budget.Domain.Serialization;
using Budget.Domain.Statements;
using Budget.Domain.Validation;

string path = args.Length > 0 ? args[0] : Path.Combine(AppContext.BaseDirectory, "Data", "mohrss-2024-budget.txt");
DepartmentBudget budget;
if (path.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
{
    ParseResult<DepartmentBudget> read;
    using (var stream = File.OpenRead(path))
    {
        read = BudgetJson.Deserialize(stream);
    }

    if (read.Error is { } readError)
    {
        Console.Error.WriteLine($"{path}: {readError}");
        return 1;
    }

    budget = read.Value;
}
else
{
    DisclosureReadResult document;
    using (var stream = File.OpenRead(path))
    {
        document = DisclosureReader.Read(stream);
    }

    var notable = document.Diagnostics.Where(d => d.Severity != Severity.Information).ToList();
    Console.WriteLine($"Read {Path.GetFileName(path)}: {document}");
    Console.WriteLine($"  {document.Passages.Count} passages of text kept outside the model; {notable.Count} diagnostics beyond them:");
    foreach (var diagnostic in notable)
    {
        Console.WriteLine($"  line {diagnostic}");
    }

    if (document.DiagnosticsOf(ReadRules.NothingRead.Id).Count > 0)
    {
        return 1;
    }

    budget = document.Budget;
}

var policy = RoundingPolicy.Default;
var functional = CatalogueSet.Embedded.Functional(budget.FiscalYear);
var economic = CatalogueSet.Embedded.DepartmentEconomic(budget.FiscalYear);
int checks = 0, findings = 0, sectionStart = 0, sectionFindings = 0;

Console.WriteLine(budget);
foreach (var table in budget.Tables)
{
    Console.WriteLine($"  {table.Kind.ChineseTitle(),-16} {table.AllRows.Count,3} rows  单位：{table.Unit.Symbol()}{(table.Note is null ? string.Empty : "  注：" + table.Note)}");
}

Section("Codes and printed names against the catalogues");
foreach (var row in (budget.Expenditure?.Rows ?? []).Cast<BudgetRow>().Concat(budget.GeneralPublicBudgetExpenditure?.Rows ?? []))
{
    var code = FunctionalCode.Parse(row.CodeValue).Value;
    Check(functional.CheckName(code, row.Name) == NameCheck.Matches, $"{row.CodeValue} {row.Name}", $"the catalogue has \"{functional.NameOf(code)}\"");
}

foreach (var row in budget.BasicExpenditure?.Rows ?? [])
{
    Check(economic.CheckName(row.Code, row.Name) == NameCheck.Matches, $"{row.Code} {row.Name}", $"the catalogue has \"{economic.NameOf(row.Code)}\"");
}

if (budget.Expenditure is { } t3)
{
    Section("支出总表: 合计 = 基本支出 + 项目支出 + …, and 类 = Σ 款, 款 = Σ 项, 合计 = Σ 类");
    foreach (var row in t3.AllRows.Cast<ExpenditureRow>())
    {
        var sum = TotalCheck.Of(row.Total.Amount, row.Cells.Skip(1).Select(c => c.Amount), t3.Unit);
        Check(sum.IsConsistent, Label(row) + " 合计", sum.ToString());
    }

    Hierarchy(t3, r => r.Total.Amount, "合计");
}

if (budget.GeneralPublicBudgetExpenditure is { } t5)
{
    Section("一般公共预算支出表: 小计 = 基本 + 项目; 增减额 = 小计 − 执行数; 增减(%) = 增减额 / 执行数");
    foreach (var row in t5.AllRows.Cast<GeneralPublicBudgetExpenditureRow>())
    {
        var sum = TotalCheck.Of(row.Budget.Amount, [row.Basic.Amount, row.Project.Amount], t5.Unit);

        // 小计 − 执行数 may leave the range of an amount in a damaged document: TotalCheck computes it exactly.
        var change = TotalCheck.Of(row.Budget.Amount, [row.PriorYearActual.Amount], t5.Unit).Difference;
        Rate.TryChange(row.PriorYearActual.Amount, row.Budget.Amount, policy, out var rate);
        Check(
            sum.IsConsistent && change == row.Change.Amount && rate == row.ChangeRate,
            $"{Label(row)} 小计 {row.Budget.Format(t5.Unit)}, 增减额 {change?.Format(t5.Unit) ?? "outside the range of an amount"}, 增减 {rate.Format()}",
            $"stated 增减额 {row.Change.Format(t5.Unit)}, 增减 {row.ChangeRate.Format()}; {sum}");
    }

    Hierarchy(t5, r => r.PriorYearActual.Amount, "执行数");
    Hierarchy(t5, r => r.Budget.Amount, "小计");
}

Section("Narrative figures against the tables");
var bases = new Dictionary<string, Amount?>
{
    ["收入预算"] = budget.IncomeExpenditureSummary?.IncomeTotal.Amount,
    ["支出预算"] = budget.Expenditure?.Total?.Total.Amount,
    ["一般公共预算当年拨款"] = budget.GeneralPublicBudgetExpenditure?.Total?.Budget.Amount,
};
foreach (var figure in budget.Narrative)
{
    if (figure is { Kind: FigureKind.Share, Amount: { } part, Rate: { } stated, Basis: { } basis } && bases.GetValueOrDefault(basis) is { } whole)
    {
        Rate.TryShare(part, whole, policy, out var computed);
        string off = computed.IsApplicable && stated.IsApplicable ? $" ({stated.PointsAbove(computed):+0.00;-0.00} percentage points)" : string.Empty;
        Check(computed == stated, $"{figure.Subject} 占 {stated.Format()} of {basis}", $"{part.Format(figure.Unit)} / {whole.Format(figure.Unit)} is {computed.Format()}{off}");
    }
    else if (figure is { Kind: FigureKind.Change, Code: { } code } && budget.GeneralPublicBudgetExpenditure?.Find(FunctionalCode.Parse(code).Value) is { } row)
    {
        var signed = figure.Direction == ChangeDirection.Decrease ? -(figure.Amount ?? Amount.Zero) : figure.Amount ?? Amount.Zero;
        var rate = figure.Rate is { } r ? (figure.Direction == ChangeDirection.Decrease ? Rate.FromPercent(-r.Percent) : r) : Rate.Zero;
        Check(
            signed == row.Change.Amount && (figure.Direction == ChangeDirection.Flat ? row.Change.Amount.IsZero : rate == row.ChangeRate),
            $"{code} {figure.Direction} {figure.Amount?.Format(figure.Unit)} {figure.Rate?.Format()}",
            $"the table has 增减额 {row.Change.Format(AmountUnit.WanYuan)}, 增减 {row.ChangeRate.Format()}");
    }
}

Section($"Performance target sheets ({budget.PerformanceSheets.Count}): rules PS001-PS006, the stated count and the coverage");
Check(
    budget.OtherMatters.StatedPerformanceSheetCount == budget.PerformanceSheets.Count,
    "number of sheets",
    $"the text states {budget.OtherMatters.StatedPerformanceSheetCount}, {budget.PerformanceSheets.Count} are attached");
if (budget.GeneralPublicBudgetExpenditure?.Total is { } t5Total)
{
    Check(
        budget.OtherMatters.PerformanceCoveredAmount == t5Total.Project,
        "绩效目标管理 涉及预算拨款 = 一般公共预算 项目支出",
        $"{budget.OtherMatters.PerformanceCoveredAmount.Format(AmountUnit.WanYuan)} vs {t5Total.Project.Format(AmountUnit.WanYuan)}");
}

foreach (var sheet in budget.PerformanceSheets)
{
    var sheetFindings = PerformanceSheetChecks.Check(sheet);
    checks++;
    findings += sheetFindings.Count > 0 ? 1 : 0;
    foreach (var finding in sheetFindings)
    {
        Console.WriteLine($"  FIND {finding}");
    }
}

Section(null);
Console.WriteLine();
Console.WriteLine($"{checks} checks: {checks - findings} consistent, {findings} findings.");
return 0;

void Hierarchy<TCode, TRow>(CodedTable<TCode, TRow> table, Func<TRow, Amount> pick, string column)
    where TCode : struct, IClassificationCode<TCode>
    where TRow : BudgetRow, ICodedRow<TCode>
{
    foreach (var parent in table.Rows.Where(r => r.Code.Level != CodeLevel.Item))
    {
        var children = table.Rows.Where(r => r.Code.Parent is { } p && p.Equals(parent.Code)).Select(pick).ToList();
        if (children.Count > 0)
        {
            var sum = TotalCheck.Of(pick(parent), children, table.Unit);
            Check(sum.IsConsistent, $"{Label(parent)} {column} = Σ below", sum.ToString());
        }
    }

    if (table.Total is { } total)
    {
        var sum = TotalCheck.Of(pick(total), table.AtLevel(CodeLevel.Class).Select(pick), table.Unit);
        Check(sum.IsConsistent, $"合计 {column} = Σ 类", sum.ToString());
    }
}

void Check(bool ok, string what, string detail)
{
    checks++;
    if (!ok)
    {
        findings++;
        Console.WriteLine($"  FIND {what}: {detail}");
    }
}

void Section(string? title)
{
    if (checks > sectionStart)
    {
        Console.WriteLine($"  {checks - sectionStart} checks, {findings - sectionFindings} findings");
    }

    (sectionStart, sectionFindings) = (checks, findings);
    if (title is not null)
    {
        Console.WriteLine();
        Console.WriteLine(title);
    }
}

static string Label(BudgetRow row) => row.CodeValue.Length > 0 ? $"{row.CodeValue} {row.Name}" : row.Name;
