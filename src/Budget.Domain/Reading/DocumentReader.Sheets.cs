using System.Globalization;
using System.Text;
using Budget.Domain.Classification;
using Budget.Domain.Money;
using Budget.Domain.Performance;

namespace Budget.Domain.Reading;

/// <summary>
/// The performance sheets: the field rows (项目名称, 主管部门及代码, 项目资金, 年度总体目标) and the indicator
/// block. Indicator rows are read by what their cells say, not where they stand, because converters flatten the
/// merged level cells: level names are recognised from the indicator taxonomy and carried down, and the points are
/// the last cell when it is a small integer — never invented when missing.
/// </summary>
internal sealed partial class DocumentReader
{
    private int ReadSheet(int titleIndex)
    {
        var title = lines[titleIndex];
        var sheet = new SheetFields();
        string? level1 = null, level2 = null;
        bool inGoal = false, inIndicators = false;
        var indicators = new List<Indicator>();
        int j = titleIndex + 1;
        for (; j < lines.Count; j++)
        {
            var line = lines[j];
            if (line.IsBlank || IsLabelLine(line.Text) || (!line.HasTab && IsYearLine(line.Text)))
            {
                continue;
            }

            if (!line.HasTab)
            {
                if (line.IsHeading || IsSheetTitle(line.Text) || IsPartHeading(line.Text))
                {
                    break;
                }

                if (inGoal)
                {
                    sheet.Goal.Append(' ').Append(line.Raw.Trim());
                }
                else
                {
                    Report(ReadRules.StrayLine, line.Number, 0, "A line inside a performance sheet that is not a row of it; it is kept here.", line.Raw);
                }

                continue;
            }

            var cells = line.Cells;
            if (cells.Any(c => c.Length <= 6 && ReadText.Key(c) is "一级指标" or "三级指标"))
            {
                inIndicators = true;
                inGoal = false;
                continue;
            }

            if (inIndicators)
            {
                if (ReadIndicator(line, ref level1, ref level2) is { } indicator)
                {
                    indicators.Add(indicator);
                }

                continue;
            }

            inGoal = false;
            if (ReadSheetField(line, [.. cells.Select(ReadText.Key)], sheet))
            {
                inGoal = sheet.GoalLine == line.Number;
                continue;
            }

            Report(ReadRules.StrayLine, line.Number, 0, "A row of a performance sheet that is neither a field nor an indicator; it is kept here.", line.Raw);
        }

        string projectName = sheet.ProjectName ?? string.Empty;
        if (projectName.Length == 0)
        {
            string fromTitle = ReadText.Squeeze(title.Text);
            projectName = fromTitle.EndsWith("项目绩效目标表", StringComparison.Ordinal) ? fromTitle[..^7] : fromTitle[..^5];
            Report(ReadRules.MissingSheetField, title.Number, 0, $"The sheet has no 项目名称 row; the name “{projectName}” is taken from its title.", title.Raw);
        }

        if (projectName.Length == 0)
        {
            projectName = "（未命名项目）";
        }

        if (sheet.Department is null && !sheet.DepartmentReported)
        {
            Report(ReadRules.MissingSheetField, title.Number, 0, $"The sheet “{projectName}” has no readable 主管部门及代码; the document's department stands in.", title.Raw);
        }

        foreach (var (name, found) in new[] { ("年度资金总额", sheet.TotalFound), ("财政拨款", sheet.FiscalFound), ("上年结转", sheet.CarryFound), ("其他资金", sheet.OtherFound) })
        {
            if (!found)
            {
                Report(ReadRules.MissingSheetField, title.Number, 0, $"The sheet “{projectName}” has no {name} line; it is read as blank.", title.Raw);
            }
        }

        if (!sheetNames.Add(projectName))
        {
            Report(ReadRules.DuplicateSheet, title.Number, 0, $"A second performance sheet for “{projectName}”.", title.Raw);
        }

        var dept = sheet.Department ?? department ?? new Department("0", string.IsNullOrWhiteSpace(unitName) ? "未知部门" : unitName);
        sheets.Add(new PerformanceSheet(
            projectName, dept, sheet.ImplementingUnit ?? string.Empty, sheet.Total, sheet.Fiscal, sheet.Carry, sheet.Other, sheet.ExecutionPoints,
            ReadText.GoalText(sheet.Goal.ToString()), indicators));
        return j;
    }

    private bool ReadSheetField(SourceLine line, string[] keys, SheetFields sheet)
    {
        var cells = line.Cells;
        int At(string key) => Array.FindIndex(keys, k => k == key);
        string After(int index) => cells.Skip(index + 1).FirstOrDefault(c => c.Length > 0) ?? string.Empty;

        for (int c = 0; c < cells.Count; c++)
        {
            string k = keys[c];
            int open = k.IndexOf("分值(", StringComparison.Ordinal);
            if (k.Contains("执行率", StringComparison.Ordinal) && open >= 0 && ReadText.TryInteger(k[(open + 3)..].TrimEnd(')'), out int points))
            {
                sheet.ExecutionPoints = points;
            }
        }

        if (At("项目名称") is int p and >= 0)
        {
            sheet.ProjectName = After(p);
            return true;
        }

        if (At("主管部门及代码") is int d and >= 0)
        {
            string text = After(d);
            if (Department.TryParse(text, out var dept))
            {
                sheet.Department = dept;
                sheetDepartment ??= dept;
            }
            else
            {
                sheet.DepartmentReported = true;
                Report(ReadRules.MissingSheetField, line.Number, line.ColumnOf(Math.Min(d + 1, cells.Count - 1)), $"“{text}” is not a department as [code]name; the document's department stands in.", line.Raw);
            }

            if (At("实施单位") is int u and >= 0)
            {
                sheet.ImplementingUnit = After(u);
            }

            return true;
        }

        if (At("年度总体目标") is int g and >= 0)
        {
            sheet.Goal.Clear().Append(string.Join(" ", Enumerable.Range(g + 1, Math.Max(0, cells.Count - g - 1)).Select(line.RawCell)));
            sheet.GoalLine = line.Number;
            return true;
        }

        for (int c = 0; c < keys.Length; c++)
        {
            string key = keys[c].TrimEnd(':', '：');
            int field = key switch
            {
                _ when key.Contains("年度资金总额", StringComparison.Ordinal) => 0,
                _ when key.Contains("财政拨款", StringComparison.Ordinal) => 1,
                "上年结转" => 2,
                _ when key.Contains("其他资金", StringComparison.Ordinal) => 3,
                _ => -1,
            };
            if (field < 0)
            {
                continue;
            }

            var cell = AmountCell.Blank;
            bool found = false;
            for (int a = c + 1; a < cells.Count; a++)
            {
                string text = cells[a];
                if (text.Length == 0 || text.Contains("执行率", StringComparison.Ordinal) || text.Contains("分值", StringComparison.Ordinal))
                {
                    continue;
                }

                var parsed = AmountCell.Parse(text, PerformanceSheet.FundsUnit);
                if (!parsed.TryGetValue(out cell))
                {
                    Report(ReadRules.UnreadableAmount, line.Number, line.ColumnOf(a), $"The {key} of the sheet is not an amount: {parsed.Error!.Message}", line.RawCell(a));
                    cell = AmountCell.Blank;
                }

                found = true;
                break;
            }

            switch (field)
            {
                case 0: sheet.Total = cell; sheet.TotalFound = found; break;
                case 1: sheet.Fiscal = cell; sheet.FiscalFound = found; break;
                case 2: sheet.Carry = cell; sheet.CarryFound = found; break;
                default: sheet.Other = cell; sheet.OtherFound = found; break;
            }

            return true;
        }

        return false;
    }

    private Indicator? ReadIndicator(SourceLine line, ref string? level1, ref string? level2)
    {
        var all = line.Cells;
        if (all.Count is 5 or 6 && (all[0].Length == 0 || ReadText.Key(all[0]) == "绩效指标") && all.Skip(1).Take(4).All(c => c.Length > 0)
            && IndicatorTaxonomy.Level1Of(all[1]) is null && (all.Count == 5 || all[5].Length == 0 || ReadText.TryPoints(all[5], out _)))
        {
            // The standard layout: 一级指标, 二级指标, 三级指标, 指标值, 分值 in their places.
            decimal? standardPoints = all.Count == 6 && ReadText.TryPoints(all[5], out decimal sp) ? sp : null;
            level1 = all[1];
            level2 = all[2];
            if (standardPoints is null)
            {
                Report(ReadRules.MissingPoints, line.Number, 0, $"The indicator “{all[3]}” prints no points (分值); it is read with none.", line.Raw);
            }

            return new Indicator(level1, level2, all[3], Target.Parse(all[4]), standardPoints);
        }

        var cells = all.Select((c, i) => (Text: c, Index: i)).Where(c => c.Text.Length > 0).ToList();
        while (cells.Count > 0 && ReadText.Key(cells[0].Text) == "绩效指标")
        {
            cells.RemoveAt(0);
        }

        if (cells.Count == 0)
        {
            return null;
        }

        decimal? points = null;
        if (cells.Count >= 3 && cells[^1].Text.Length <= 5 && ReadText.TryPoints(cells[^1].Text, out decimal p))
        {
            points = p;
            cells.RemoveAt(cells.Count - 1);
        }

        string? newLevel1 = null, newLevel2 = null;
        while (cells.Count > 0)
        {
            string text = cells[0].Text;
            if (IndicatorTaxonomy.IsLevel1(text))
            {
                newLevel1 = text;
            }
            else if (IndicatorTaxonomy.Level1Of(text) is not null)
            {
                newLevel2 = text;
            }
            else
            {
                break;
            }

            cells.RemoveAt(0);
        }

        if (cells.Count == 4 && cells[0].Index == 1 && cells[3].Index == 4)
        {
            // Level names outside the taxonomy, in their standard places.
            newLevel1 = cells[0].Text;
            newLevel2 = cells[1].Text;
            cells.RemoveRange(0, 2);
        }
        else if (cells.Count == 3 && cells[0].Index == 2 && cells[2].Index == 4)
        {
            newLevel2 = cells[0].Text;
            cells.RemoveAt(0);
        }

        if (cells.Count != 2)
        {
            Report(ReadRules.UnreadableIndicator, line.Number, 0, cells.Count < 2
                ? "An indicator row without both a name and a target; it is kept here."
                : "An indicator row with more cells than level names, name, target and points; it is kept here.", line.Raw);
            return null;
        }

        string? previousLevel1 = level1;
        if (newLevel2 is not null && newLevel1 is null)
        {
            newLevel1 = IndicatorTaxonomy.Level1Of(newLevel2) ?? level1;
        }

        level1 = newLevel1 ?? level1;
        level2 = newLevel2 ?? (newLevel1 is not null && newLevel1 != previousLevel1 ? null : level2);
        if (points is null)
        {
            Report(ReadRules.MissingPoints, line.Number, 0, $"The indicator “{cells[0].Text}” prints no points (分值); it is read with none.", line.Raw);
        }

        return new Indicator(level1, level2, cells[0].Text, Target.Parse(cells[1].Text), points);
    }

    private sealed class SheetFields
    {
        public string? ProjectName { get; set; }

        public Department? Department { get; set; }

        public string? ImplementingUnit { get; set; }

        public AmountCell Total { get; set; }

        public AmountCell Fiscal { get; set; }

        public AmountCell Carry { get; set; }

        public AmountCell Other { get; set; }

        public bool TotalFound { get; set; }

        public bool FiscalFound { get; set; }

        public bool CarryFound { get; set; }

        public bool OtherFound { get; set; }

        public int? ExecutionPoints { get; set; }

        public bool DepartmentReported { get; set; }

        public StringBuilder Goal { get; } = new();

        public int GoalLine { get; set; }

        public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{ProjectName} ({Total})");
    }
}
