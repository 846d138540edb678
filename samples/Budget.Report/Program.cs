// The main job, at this stage of the library: read the MOHRSS 2024 一般公共预算支出表 (general public
// budget expenditure table) exactly as it is printed, and check every code and figure of it: each code and
// its printed name against the 2024 支出功能分类 catalogue, row identities, the change amount and rate of
// every row, the class/section/item hierarchy, the grand total, and the shares the narrative states. Findings are results, not failures: the exit code is 1 only
// when the table cannot be read.
//
//   dotnet run --project samples/Budget.Report                 (the embedded sample)
//   dotnet run --project samples/Budget.Report -- other.tsv    (the same layout, another department)
using Budget.Domain.Classification;
using Budget.Domain.Money;

string path = args.Length > 0 ? args[0] : Path.Combine(AppContext.BaseDirectory, "Data", "mohrss-2024-general-public-budget.tsv");
const AmountUnit unit = AmountUnit.WanYuan;
var policy = RoundingPolicy.Default;

var rows = new List<Row>();
int unreadable = 0;
int lineNumber = 0;
foreach (string line in File.ReadLines(path))
{
    lineNumber++;
    if (line.Length == 0 || line.StartsWith('#'))
    {
        continue;
    }

    string[] cells = line.Split('\t');
    var amounts = new AmountCell[8];
    Rate? statedRate = null;
    for (int c = 0; c < 10; c++)
    {
        string text = c + 2 < cells.Length ? cells[c + 2] : string.Empty;
        if (c is 7 or 9)
        {
            // 增减(%): blank means "not stated"; anything else must read as a rate.
            var rate = string.IsNullOrWhiteSpace(text) ? (Rate?)null : Rate.Parse(text).Match<Rate?>(r => r, e =>
            {
                Console.WriteLine($"line {lineNumber}, cell {c + 3}: {e}");
                unreadable++;
                return null;
            });
            statedRate = c == 7 ? rate : statedRate;
            continue;
        }

        var cell = AmountCell.Parse(text, unit);
        if (cell.Error is { } error)
        {
            Console.WriteLine($"line {lineNumber}, cell {c + 3}: {error}");
            unreadable++;
        }

        amounts[c < 7 ? c : 7] = cell.Value;
    }

    // A row starts with its 科目编码, except the 合计 row, whose label stands in the code column.
    string first = Plain(cells[0]);
    bool hasCode = first.Length > 0 && first.All(char.IsAsciiDigit);
    rows.Add(new Row(hasCode ? first : string.Empty, hasCode && cells.Length > 1 ? Plain(cells[1]) : first, amounts, statedRate));
}

Console.WriteLine($"人力资源社会保障部本级 2024 · 一般公共预算支出表 (单位：{unit.Symbol()})");
Console.WriteLine($"{rows.Count} rows read from {Path.GetFileName(path)}, {unreadable} unreadable cells");
Console.WriteLine();

int checks = 0, findings = 0;
void Report(bool ok, string what)
{
    checks++;
    if (!ok)
    {
        findings++;
    }

    Console.WriteLine($"  {(ok ? "ok  " : "FIND")} {what}");
}

Console.WriteLine("Within each row: 小计 = 基本支出 + 项目支出; 增减额 = 小计 − 执行数; 增减(%) = 增减额 / 执行数");
foreach (var row in rows)
{
    var total = TotalCheck.Of(row.Budget, [row.Basic, row.Project], unit);
    var change = row.Budget - row.Actual;
    var rate = Rate.Change(row.Actual, row.Budget, policy);
    bool rateOk = row.StatedRate is { } stated ? stated == rate : !rate.IsApplicable;
    bool ok = total.IsConsistent && change == row.StatedChange && rateOk;
    Report(ok, $"{Pad(row.Label)} 小计 {row.Budget.Format(unit),12}  增减额 {change.Format(unit),11}  增减 {rate.Format(),8}"
        + (ok ? string.Empty : $"  (stated {row.StatedChange.Format(unit)}, {row.StatedRate?.Format() ?? "blank"}; {total.Outcome})"));
}

Console.WriteLine();
Console.WriteLine("Codes and names against the 2024 支出功能分类 catalogue");
var catalogue = CatalogueSet.Embedded.Functional(2024);
foreach (var row in rows.Where(r => r.Code.Length > 0))
{
    var code = FunctionalCode.Parse(row.Code);
    string verdict = code.Match(c => catalogue.CheckName(c, row.Name) switch
    {
        NameCheck.Matches => "ok",
        NameCheck.Differs => $"the catalogue names {c} \"{catalogue.NameOf(c)}\"",
        _ => $"{c} is not in the catalogue",
    }, error => error.ToString());
    Report(verdict == "ok", verdict == "ok" ? row.Label : $"{Pad(row.Label)}{verdict}");
}

Console.WriteLine();
Console.WriteLine("Hierarchy: 类 = Σ 款, 款 = Σ 项, 合计 = Σ 类 (执行数 and 2024 小计)");
var byCode = rows.Where(r => r.Code.Length > 0).ToList();
var grandTotal = rows.Single(r => r.Code.Length == 0);
foreach (var parent in byCode.Where(r => r.Code.Length < 7))
{
    var children = byCode.Where(r => r.Code.Length == parent.Code.Length + 2 && r.Code.StartsWith(parent.Code, StringComparison.Ordinal)).ToList();
    foreach (var (column, pick) in Columns())
    {
        var check = TotalCheck.Of(pick(parent), children.Select(pick), unit);
        Report(check.IsConsistent, $"{Pad(parent.Label)} {column}: {check}");
    }
}

foreach (var (column, pick) in Columns())
{
    var check = TotalCheck.Of(pick(grandTotal), byCode.Where(r => r.Code.Length == 3).Select(pick), unit);
    Report(check.IsConsistent, $"{Pad(grandTotal.Label)} {column}: {check}");
}

Console.WriteLine();
Console.WriteLine("Narrative (一般公共预算当年拨款结构情况): stated shares of the 2024 total");
(string Code, string Stated)[] shares = [("201", "0.10%"), ("202", "13.61%"), ("206", "41.27%"), ("208", "44.69%"), ("221", "0.33%")];
foreach (var (code, statedText) in shares)
{
    var row = byCode.Single(r => r.Code == code);
    var stated = Rate.Parse(statedText).GetValueOrThrow();
    var computed = Rate.Share(row.Budget, grandTotal.Budget, policy);
    Report(stated == computed, $"{Pad(row.Label)} stated {stated.Format(),7}, computed {computed.Format(),7}"
        + (stated == computed ? string.Empty : $"  ({stated.PointsAbove(computed):+0.00;-0.00} percentage points)"));
}

var growth = Rate.Change(grandTotal.Actual, grandTotal.Budget, policy);
Report(growth == Rate.FromPercent(93.59m), $"当年拨款 比2023年执行数增加 {(grandTotal.Budget - grandTotal.Actual).FormatWithUnit(unit)}，增长 {growth.Format()} (stated 209,329.77 万元, 93.59%)");

Console.WriteLine();
Console.WriteLine($"{checks} checks: {checks - findings} consistent, {findings} findings.");
return unreadable == 0 ? 0 : 1;

static IEnumerable<(string Column, Func<Row, Amount> Pick)> Columns() =>
    [("执行数", r => r.Actual), ("小计", r => r.Budget)];

// Pads to 40 terminal columns, counting a CJK character as two.
static string Pad(string text) => text + new string(' ', Math.Max(1, 40 - text.Sum(c => c > '\u2E80' ? 2 : 1)));

static string Plain(string cell) => cell.Replace("<b>", string.Empty, StringComparison.Ordinal).Replace("</b>", string.Empty, StringComparison.Ordinal).Trim();

/// <summary>One printed row: amounts are 执行数, 扣除后执行数, 小计, 基本, 项目, 扣除后预算数, 增减额, 增减额(扣除).</summary>
internal sealed record Row(string Code, string Name, AmountCell[] Cells, Rate? StatedRate)
{
    public Amount Actual => Cells[0].Amount;

    public Amount Budget => Cells[2].Amount;

    public Amount Basic => Cells[3].Amount;

    public Amount Project => Cells[4].Amount;

    public Amount StatedChange => Cells[6].Amount;

    public string Label => Code.Length == 0 ? Name : $"{Code} {Name}";
}
