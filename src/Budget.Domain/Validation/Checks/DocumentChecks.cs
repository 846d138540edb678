using System.Globalization;
using System.Text.RegularExpressions;
using Budget.Domain.Classification;
using Budget.Domain.Money;
using Budget.Domain.Statements;
using Budget.Domain.Tables;

namespace Budget.Domain.Validation.Checks;

/// <summary>
/// The checks of 其他重要事项 (NR004, NR005, NR007), of codes (CD001, CD002) and of the document's hygiene (DH001 …
/// DH005), and the performance sheets (PS001 … PS006).
/// </summary>
internal static partial class DocumentChecks
{
    public static void Run(CheckRun run)
    {
        OtherMatters(run);
        Codes(run);
        Hygiene(run);
        foreach (var finding in PerformanceSheetChecks.Check(run.Disclosure.PerformanceSheets))
        {
            run.Report(finding);
        }

        foreach (var rule in RuleCatalogue.All.Where(r => r.Group == "PS"))
        {
            run.Checked[rule.Id] = run.Checked.GetValueOrDefault(rule.Id) + run.Disclosure.PerformanceSheets.Count;
        }
    }

    private static void OtherMatters(CheckRun run)
    {
        var disclosure = run.Disclosure;
        var matters = disclosure.OtherMatters;
        if (matters.StatedPerformanceSheetCount is int stated && disclosure.PerformanceSheets.Count > 0)
        {
            run.Count(RuleCatalogue.SheetCount);
            if (stated != disclosure.PerformanceSheets.Count)
            {
                var location = new FindingLocation("otherMatters", "其他重要事项", "performanceSheets", "绩效目标", string.Empty, Int(stated), SourceLocation.None);
                run.Report(CheckRun.Simple(RuleCatalogue.SheetCount, Outcome.Fail, location, Int(stated), Int(disclosure.PerformanceSheets.Count)));
            }
        }

        if (matters.ProcurementTotal.HasAmount && (matters.ProcurementGoods.HasAmount || matters.ProcurementWorks.HasAmount || matters.ProcurementServices.HasAmount))
        {
            int total = Figure(run, matters.ProcurementTotal, "procurementTotal", "政府采购预算");
            int[] parts =
            [
                Figure(run, matters.ProcurementGoods, "procurementGoods", "货物"),
                Figure(run, matters.ProcurementWorks, "procurementWorks", "工程"),
                Figure(run, matters.ProcurementServices, "procurementServices", "服务"),
            ];
            run.Add(RuleCatalogue.ProcurementParts, Relation.Equal, total, parts, "政府采购 = 货物 + 工程 + 服务", "procurement = goods + works + services");
        }

        if (matters.VehicleTotal is int vehicles && matters.VehicleCategories.Count > 0)
        {
            run.Count(RuleCatalogue.VehicleCount);
            int sum = matters.VehicleCategories.Sum(c => c.Count);
            if (sum != vehicles)
            {
                var location = new FindingLocation("otherMatters", "其他重要事项", "vehicles", "车辆", string.Empty, Int(vehicles), SourceLocation.None);
                run.Report(CheckRun.Simple(RuleCatalogue.VehicleCount, Outcome.Fail, location, Int(vehicles), Int(sum)));
            }
        }
    }

    private static int Figure(CheckRun run, AmountCell cell, string key, string label) =>
        cell.HasAmount
            ? run.AddFigure(cell.Amount, AmountUnit.WanYuan, new FindingLocation("otherMatters", "其他重要事项", key, label, string.Empty, cell.Amount.FormatWithUnit(AmountUnit.WanYuan), SourceLocation.None))
            : -1;

    private static void Codes(CheckRun run)
    {
        var disclosure = run.Disclosure;
        var functional = run.Catalogues.Nearest<FunctionalCode>(disclosure.FiscalYear, out int functionalYear);
        var economic = run.Catalogues.Nearest<DepartmentEconomicCode>(disclosure.FiscalYear, out int economicYear);
        foreach (var table in disclosure.Tables)
        {
            if (table.Schema.Rows is not (RowAxis.FunctionalCode or RowAxis.EconomicCode))
            {
                continue;
            }

            bool isFunctional = table.Schema.Rows == RowAxis.FunctionalCode;
            int year = isFunctional ? functionalYear : economicYear;
            string nearest = year == disclosure.FiscalYear ? string.Empty : string.Create(CultureInfo.InvariantCulture, $"（{disclosure.FiscalYear} 年无目录，用 {year} 年）");
            string nearestEn = year == disclosure.FiscalYear ? string.Empty : string.Create(CultureInfo.InvariantCulture, $"(no {disclosure.FiscalYear} catalogue: the {year} one is used)");
            foreach (var row in table.Rows)
            {
                if (row.Key.Kind != RowKind.Code)
                {
                    continue;
                }

                run.Count(RuleCatalogue.KnownCode);
                // A label read from a page holds its code in front (201 一般公共服务支出): the name is what follows it.
                string printed = row.NameAfterCode;
                var check = NameCheck.UnknownCode;
                string? name = null;
                if (isFunctional && FunctionalCode.TryParse(row.Key.Value, out var f))
                {
                    check = functional.CheckName(f, printed);
                    name = check == NameCheck.Differs ? functional.NameOf(f) : null;
                }
                else if (!isFunctional && DepartmentEconomicCode.TryParse(row.Key.Value, out var e))
                {
                    check = economic.CheckName(e, printed);
                    name = check == NameCheck.Differs ? economic.NameOf(e) : null;
                }

                if (check != NameCheck.UnknownCode)
                {
                    run.Count(RuleCatalogue.CodeName);
                }

                if (check == NameCheck.UnknownCode)
                {
                    run.Report(CheckRun.Simple(RuleCatalogue.KnownCode, Outcome.Fail, CheckRun.RowLocation(table, row), row.Key.Value, Int(year), nearest, nearestEn));
                }
                else if (check == NameCheck.Differs && run.On(RuleCatalogue.CodeName))
                {
                    run.Report(CheckRun.Simple(RuleCatalogue.CodeName, Outcome.Fail, CheckRun.RowLocation(table, row), printed, name));
                }
            }
        }
    }

    private static void Hygiene(CheckRun run)
    {
        var disclosure = run.Disclosure;
        string year = disclosure.FiscalYear.ToString(CultureInfo.InvariantCulture);
        foreach (var table in disclosure.Tables)
        {
            var location = CheckRun.TableLocation(table);
            run.Count(RuleCatalogue.YearStated);
            if (YearPattern().Match(table.Title) is { Success: true } match && match.Groups[1].Value != year)
            {
                run.Report(CheckRun.Simple(RuleCatalogue.YearStated, Outcome.Fail, location, match.Groups[1].Value, year));
            }

            run.Count(RuleCatalogue.EmptyTableNote);
            if (table.IsEmpty && table.Note is null)
            {
                run.Report(CheckRun.Simple(RuleCatalogue.EmptyTableNote, Outcome.Fail, location, null, null));
            }

            Placeholders(run, location, table.Title);
            Placeholders(run, location, table.Note);
            foreach (var row in table.Rows)
            {
                if (Placeholder(run, row.Label) is { } found)
                {
                    run.Report(CheckRun.Simple(RuleCatalogue.Placeholder, Outcome.Fail, CheckRun.RowLocation(table, row), found, null));
                }
            }
        }

        foreach (var sheet in disclosure.PerformanceSheets)
        {
            var location = new FindingLocation("sheet", sheet.ProjectName, string.Empty, string.Empty, string.Empty, string.Empty, SourceLocation.None);
            Placeholders(run, location, sheet.ProjectName);
            Placeholders(run, location, sheet.OverallGoal);
            string printed = sheet.Department?.Name ?? sheet.DepartmentName;
            if (printed.Length > 0 && disclosure.Body.Name.Length > 0 && run.On(RuleCatalogue.SameDepartment))
            {
                run.Count(RuleCatalogue.SameDepartment);
                if (NameKey.Of(printed) != NameKey.Of(disclosure.Body.Name) && !disclosure.Body.Name.Contains(printed, StringComparison.Ordinal) && !printed.Contains(disclosure.Body.Name, StringComparison.Ordinal))
                {
                    run.Report(CheckRun.Simple(RuleCatalogue.SameDepartment, Outcome.Fail, location, printed, disclosure.Body.Name));
                }
            }
        }

        foreach (var passage in disclosure.Passages)
        {
            Placeholders(run, new FindingLocation("passage", passage.Heading, string.Empty, string.Empty, string.Empty, string.Empty, SourceLocation.AtLine(passage.Line)), passage.Text);
        }

        RequiredTables(run);
    }

    private static void RequiredTables(CheckRun run)
    {
        var disclosure = run.Disclosure;
        var present = disclosure.Tables.Select(t => t.Schema.Id).ToHashSet(StringComparer.Ordinal);
        if (!present.Any(id => id.StartsWith(CentralPrefix, StringComparison.Ordinal)))
        {
            return;
        }

        foreach (var schema in TableSchemaCatalogue.Default.Schemas.Where(s => s.Id.StartsWith(CentralPrefix, StringComparison.Ordinal)))
        {
            run.Count(RuleCatalogue.RequiredTables);
            if (!present.Contains(schema.Id))
            {
                run.Report(CheckRun.Simple(RuleCatalogue.RequiredTables, Outcome.Fail, FindingLocation.Document, null, schema.Title));
            }
        }
    }

    private const string CentralPrefix = "budget.central.";

    private static void Placeholders(CheckRun run, FindingLocation location, string? text)
    {
        if (Placeholder(run, text) is { } found)
        {
            run.Report(CheckRun.Simple(RuleCatalogue.Placeholder, Outcome.Fail, location, found, null));
        }
    }

    /// <summary>Counts a check of a text and returns the template placeholder left in it, or null.</summary>
    private static string? Placeholder(CheckRun run, string? text)
    {
        if (string.IsNullOrEmpty(text) || !run.On(RuleCatalogue.Placeholder))
        {
            return null;
        }

        run.Count(RuleCatalogue.Placeholder);
        return text.AsSpan().IndexOfAny(PlaceholderStarts) >= 0 && PlaceholderPattern().Match(text) is { Success: true } match ? match.Value : null;
    }

    /// <summary>The characters a placeholder starts with: texts without any skip the pattern.</summary>
    private static readonly System.Buffers.SearchValues<char> PlaceholderStarts = System.Buffers.SearchValues.Create("Xx×＊○〇［[");

    private static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

    [GeneratedRegex(@"(?<![0-9])(20[0-9]{2})年", RegexOptions.CultureInvariant)]
    private static partial Regex YearPattern();

    [GeneratedRegex(@"XX+|xx+|××+|＊＊+|○○+|〇〇+|[［\[]单位名称[］\]]", RegexOptions.CultureInvariant)]
    private static partial Regex PlaceholderPattern();
}
