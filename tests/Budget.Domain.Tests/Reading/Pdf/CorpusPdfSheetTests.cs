using System.Text.Json;
using Budget.Domain.Money;
using Budget.Domain.Tests.Tables;

namespace Budget.Domain.Tests.Reading.Pdf;

/// <summary>The performance target sheets of the corpus PDFs against the transcription: how many, and for each its
/// project, its year's funds (total and 其中 lines) in the sheet's unit, and the number of its indicators.</summary>
public sealed class CorpusPdfSheetTests
{
    public static TheoryData<string> Names => [.. CorpusDocuments.Names];

    [Theory]
    [MemberData(nameof(Names))]
    public void Every_sheet_is_read_with_its_funds_and_indicators(string name)
    {
        var read = CorpusPdf.Read(name);
        using var json = JsonDocument.Parse(File.ReadAllText(CorpusDocuments.PathOf(name)));
        var expected = json.RootElement.GetProperty("sheets");
        var sheets = read.Disclosure.PerformanceSheets;
        var problems = new List<string>();
        if (sheets.Count != expected.GetProperty("count").GetInt32())
        {
            problems.Add($"{sheets.Count} sheets read, {expected.GetProperty("count").GetInt32()} printed: {string.Join(", ", sheets.Select(s => s.ProjectName))}");
        }

        foreach (var item in expected.GetProperty("items").EnumerateArray())
        {
            string project = item.GetProperty("project").GetString()!;
            var sheet = sheets.FirstOrDefault(s => s.ProjectName == project);
            if (sheet is null)
            {
                problems.Add($"{project}: not read");
                continue;
            }

            var unit = item.GetProperty("unit").GetString() == "元" ? AmountUnit.Yuan : AmountUnit.WanYuan;
            AmountCell Cell(string printed) => AmountCell.Parse(printed, unit).Value;
            void Same(string what, AmountCell read, string printed)
            {
                if (read != Cell(printed))
                {
                    problems.Add($"{project}: {what} {read.Format(unit)}, printed {printed}");
                }
            }

            Same("年度资金总额", sheet.TotalFunds, item.GetProperty("annual_total").GetString()!);
            foreach (var part in item.GetProperty("parts").EnumerateObject())
            {
                var cell = part.Name.Contains("财政拨款", StringComparison.Ordinal) ? sheet.FiscalAppropriation
                    : part.Name.StartsWith("上年结转", StringComparison.Ordinal) ? sheet.CarryOver : sheet.OtherFunds;
                Same(part.Name, cell, part.Value.GetString()!);
            }

            if (item.TryGetProperty("project_total", out var projectTotal))
            {
                foreach (var part in projectTotal.EnumerateObject())
                {
                    var cell = part.Name == "项目资金总额" ? sheet.ProjectTotalFunds : part.Name.Contains("财政资金", StringComparison.Ordinal) ? sheet.ProjectFiscalFunds : sheet.ProjectOtherFunds;
                    Same(part.Name, cell, part.Value.GetString()!);
                }
            }

            int indicators = item.GetProperty("indicators").GetInt32();
            if (sheet.Indicators.Count != indicators)
            {
                problems.Add($"{project}: {sheet.Indicators.Count} indicators, {indicators} printed: {string.Join(" | ", sheet.Indicators.Select(i => $"{i.Level2}/{i.Name}={i.Target}({i.Points})"))}");
            }

            if (sheet.Unit != unit)
            {
                problems.Add($"{project}: unit {sheet.Unit}, printed {unit}");
            }
        }

        Assert.True(problems.Count == 0, $"{name}:\n{string.Join("\n", problems)}");
        Assert.All(sheets, s => Assert.All(s.Indicators, i => Assert.False(string.IsNullOrWhiteSpace(i.Level2), $"{s.ProjectName}: {i.Name} has no level")));

        // Where every indicator prints points (2.5 included), they make 100 with 执行率's.
        if (name == "swu-2023-budget")
        {
            Assert.Contains(sheets.SelectMany(s => s.Indicators), i => i.Points == 2.5m);
        }

        Assert.All(sheets.Where(s => s.Indicators.All(i => i.Points is not null) && s.Indicators.Count > 0), s => Assert.Equal(100, s.IndicatorPoints + (s.ExecutionRatePoints ?? 0)));
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Validating_the_sheets_read_finds_only_what_the_page_prints(string name)
    {
        var read = CorpusPdf.Read(name);
        var report = Budget.Domain.Validation.DisclosureValidator.Check(read.Disclosure.WithTables(null).WithNarrative(null).WithOtherMatters(null));
        Assert.Equal(read.Disclosure.PerformanceSheets.Count > 0, report.Tallies.Where(t => t.Rule.Id.StartsWith("PS", StringComparison.Ordinal)).Sum(t => t.Checks) > 0);

        // Each error is one the printed page shows: a total the transcription's own parts do not make (PS001); a level-2
        // name that is a level-1 name of the taxonomy (PS004).
        using var json = JsonDocument.Parse(File.ReadAllText(CorpusDocuments.PathOf(name)));
        var unbalanced = json.RootElement.GetProperty("sheets").GetProperty("items").EnumerateArray()
            .Where(i => decimal.Parse(i.GetProperty("annual_total").GetString()!, System.Globalization.CultureInfo.InvariantCulture)
                != i.GetProperty("parts").EnumerateObject().Sum(p => decimal.Parse(p.Value.GetString()!, System.Globalization.CultureInfo.InvariantCulture)))
            .Select(i => i.GetProperty("project").GetString()!).ToHashSet();
        var sheets = read.Disclosure.PerformanceSheets.ToDictionary(s => s.ProjectName);
        bool Printed(Budget.Domain.Validation.Finding f)
        {
            string subject = f.ToString();
            var sheet = sheets.Values.FirstOrDefault(s => subject.Contains("[" + s.ProjectName, StringComparison.Ordinal));
            return f.Rule.Id switch
            {
                "PS001" => sheet is not null && unbalanced.Contains(sheet.ProjectName),
                "PS004" => sheet is not null && sheet.Indicators.Any(i => Budget.Domain.Performance.IndicatorTaxonomy.IsLevel1(i.Level2) && subject.Contains(i.Name, StringComparison.Ordinal)),
                _ => false,
            };
        }

        Assert.Empty(report.Findings.Where(f => f.Severity == Budget.Domain.Validation.Severity.Error && !Printed(f)).Select(f => $"{f} | {f.Message}"));
        Assert.Equal(unbalanced.Count, report.Findings.Count(f => f.Rule.Id == "PS001"));
        Assert.Empty(read.DiagnosticsOf("RD019"));
    }
}
