using Budget.Domain.Classification;
using Budget.Domain.Money;
using Budget.Domain.Performance;
using Budget.Domain.Tables;

namespace Budget.Domain.Reading.Layout;

/// <summary>
/// The performance target sheets (项目绩效目标表, 财政项目支出绩效目标填报表) among the lines outside tables, read by
/// position: a sheet is its title, then the field labels (项目名称, 主管部门(及代码), 实施单位, 年度资金(申请)总额 and its
/// 其中 lines, the project's 项目资金总额), the goal, and the indicator block under the header that names 三级指标. A field's
/// value is the text right of its label; an amount is the number nearest its label on the right. An indicator is a
/// line of the 指标值 column: the 三级指标 words nearest it are its name (wrapped names join), the 分值 on its line its
/// points, and the 二级指标 label nearest it its level (一级 from the taxonomy, or the label nearest it).
/// </summary>
internal static class SheetLayout
{
    private static readonly string[] TitleEnds = ["绩效目标表", "绩效目标填报表", "绩效目标申报表"];

    /// <summary>Reads the sheets of the lines outside tables; the lines a sheet took are added to <paramref name="used"/>.</summary>
    public static List<PerformanceSheet> Read(List<TextLine?> lines, string bodyName, Action<ReadDiagnostic> report, HashSet<TextLine> used)
    {
        var sheets = new List<PerformanceSheet>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < lines.Count; i++)
        {
            if (lines[i] is not { } title || !IsTitle(title.Text) || FieldLine(lines, i) is not int first)
            {
                continue;
            }

            float height = lines[first]!.Height;
            int end = first;
            while (end + 1 < lines.Count && lines[end + 1] is { } next && !IsTitle(next.Text) && next.Height <= 1.3f * height)
            {
                end++;
            }

            var block = lines.Skip(first).Take(end - first + 1).OfType<TextLine>().ToList();
            used.Add(title);
            used.UnionWith(block);
            if (i > 0 && lines[i - 1] is { } before && before.Page == title.Page && Math.Abs(before.Height - title.Height) < 0.1f * title.Height && before.Bottom - title.Top < title.Height)
            {
                // A title wrapped over two lines: its first part is the sheet's too.
                used.Add(before);
            }

            try
            {
                ReadSteps.Probe("the performance sheet", title.Location);
                var sheet = ReadSheet(title, block, bodyName, report);
                if (!names.Add(sheet.ProjectName))
                {
                    report(new ReadDiagnostic(ReadRules.DuplicateSheet, title.Location, $"A second performance sheet for “{sheet.ProjectName}”.", title.Text));
                }

                sheets.Add(sheet);
            }
#pragma warning disable CA1031 // A defect in one sheet loses that sheet only (RD099), never the document.
            catch (Exception e)
#pragma warning restore CA1031
            {
                report(new ReadDiagnostic(ReadRules.InternalError, title.Location, $"Reading the performance sheet failed: {e.GetType().Name}: {e.Message} The sheet is left out.", title.Text));
            }

            i = end;
        }

        return sheets;
    }

    private static bool IsTitle(string text)
    {
        string key = ReadText.Squeeze(text);
        return key.Length is >= 5 and <= 80 && TitleEnds.Any(e => key.EndsWith(e, StringComparison.Ordinal)) && !key.Contains("说明", StringComparison.Ordinal);
    }

    /// <summary>The 项目名称 line within a few lines after a title, or null (a title quoted in the text).</summary>
    private static int? FieldLine(List<TextLine?> lines, int title)
    {
        for (int j = title + 1; j < lines.Count && j <= title + 4; j++)
        {
            if (lines[j] is { } line && line.Words.Any(w => Key(w.Text) is "项目名称" || Key(w.Text).StartsWith("主管部门", StringComparison.Ordinal)))
            {
                return j;
            }
        }

        return null;
    }

    private static string Key(string text) => ReadText.Squeeze(text).TrimEnd('：', ':');

    private static PerformanceSheet ReadSheet(TextLine title, List<TextLine> block, string bodyName, Action<ReadDiagnostic> report)
    {
        var index = block.Select((l, i) => (l, i)).ToDictionary(x => x.l, x => x.i);
        var words = block.SelectMany(l => l.Words.Select(w => (Line: l, Word: w))).ToList();
        (TextLine Line, LayoutWord Word)? Label(Func<string, bool> matches) =>
            words.Where(x => matches(Key(x.Word.Text))).Select(x => ((TextLine Line, LayoutWord Word)?)x).FirstOrDefault();

        var header = Label(k => k == "三级指标");
        int fieldsEnd = header is { } h ? index[h.Line] : block.Count;
        var fields = words.Where(x => index[x.Line] < Math.Max(0, fieldsEnd - 2) || header is null).ToList();

        // The funds stand anywhere above the indicator header's band (绩效指标, 一级指标 … printed around it): in a
        // grid the goal is one line, and 其他资金 may be the line before the header's.
        var band = header is { } hb ? block.Where(l => l.Page == hb.Line.Page && Math.Abs(l.CenterY - hb.Line.CenterY) <= 3 * hb.Line.Height && l.Words.Any(w => IsHeaderWord(Key(w.Text)))).ToHashSet() : [];
        var funds = words.Where(x => header is null || (index[x.Line] < fieldsEnd && !band.Contains(x.Line))).ToList();
        (TextLine Line, LayoutWord Word)? Field(Func<string, bool> matches) =>
            fields.Where(x => matches(Key(x.Word.Text))).Select(x => ((TextLine Line, LayoutWord Word)?)x).FirstOrDefault();

        var unit = words.Select(x => Key(x.Word.Text).Trim('（', '）', '(', ')')).FirstOrDefault(k => k is "元" or "万元" or "单位元" or "单位万元") is { } u
            ? (u.EndsWith("万元", StringComparison.Ordinal) ? AmountUnit.WanYuan : AmountUnit.Yuan) : PerformanceSheet.FundsUnit;

        string project = Field(k => k == "项目名称") is { } p ? TextAfter(p, fields) : string.Empty;
        if (project.Length == 0)
        {
            project = ReadText.Squeeze(title.Text);
            project = TitleEnds.Where(e => project.EndsWith(e, StringComparison.Ordinal)).Select(e => project[..^e.Length]).FirstOrDefault() ?? project;
            project = project.EndsWith("项目", StringComparison.Ordinal) && project.Length > 2 ? project[..^2] : project;
            report(new ReadDiagnostic(ReadRules.MissingSheetField, title.Location, $"The sheet has no 项目名称 row; the name “{project}” is taken from its title.", title.Text));
        }

        project = project.Length == 0 ? "（未命名项目）" : project;
        var departmentLabel = Field(k => k.StartsWith("主管部门", StringComparison.Ordinal));
        string departmentText = departmentLabel is { } d ? TextAfter(d, fields) : string.Empty;
        var department = DepartmentOf(departmentText);
        string implementing = Field(k => k == "实施单位") is { } iu ? TextAfter(iu, fields) : string.Empty;

        var annual = Field(k => k.StartsWith("年度资金", StringComparison.Ordinal) && k.EndsWith("总额", StringComparison.Ordinal));
        float annualLeft = annual is { } a ? a.Word.Left - a.Word.Height : float.MinValue;
        float projectRight = annual is { } b ? b.Word.Left : float.MaxValue;
        bool Annual((TextLine Line, LayoutWord Word) x) => x.Word.Left >= annualLeft;
        AmountCell Amount(Func<string, bool> matches, bool annualBlock, string name)
        {
            var label = funds.Where(x => matches(Key(x.Word.Text)) && Annual(x) == annualBlock).Select(x => ((TextLine Line, LayoutWord Word)?)x).FirstOrDefault();
            if (label is not { } l)
            {
                if (annualBlock)
                {
                    report(new ReadDiagnostic(ReadRules.MissingSheetField, title.Location, $"The sheet “{project}” has no {name} line; it is read as blank.", title.Text));
                }

                return AmountCell.Blank;
            }

            var near = funds.Where(x => x.Line.Page == l.Line.Page && x.Word.Left > l.Word.Right && (LayoutReader.IsNumber(x.Word.Text) || x.Word.Text.Trim() is "-" or "—" or "－" or "/")
                    && Math.Abs(x.Word.CenterY - l.Word.CenterY) <= 1.5f * l.Word.Height && (annualBlock || x.Word.CenterX < projectRight))
                .OrderBy(x => Math.Abs(x.Word.CenterY - l.Word.CenterY)).ThenBy(x => x.Word.Left).Select(x => (LayoutWord?)x.Word).FirstOrDefault();
            if (near is null)
            {
                // Words where the amount stands (三百六十四万): said, read as blank.
                var words = l.Line.Words.Where(w => w.Left > l.Word.Right && !IsFieldLabel(Key(w.Text)) && Key(w.Text).Length > 0 && !Key(w.Text).Contains("执行率", StringComparison.Ordinal)).ToList();
                if (annualBlock && words.Count > 0 && l.Word.Origin.IsKnown)
                {
                    report(new ReadDiagnostic(ReadRules.UnreadableAmount, words[0].On(l.Line.Page), $"The {name} of the sheet is not an amount: “{words[0].Text}”.", words[0].Text));
                }

                return AmountCell.Blank;
            }

            var parsed = AmountCell.Parse(near.Text, unit);
            if (parsed.TryGetValue(out var cell))
            {
                return cell;
            }

            report(new ReadDiagnostic(ReadRules.UnreadableAmount, near.On(l.Line.Page), $"The {name} of the sheet is not an amount: {parsed.Error!.Message}", near.Text));
            return AmountCell.Blank;
        }

        var total = Amount(k => k.StartsWith("年度资金", StringComparison.Ordinal) && k.EndsWith("总额", StringComparison.Ordinal), true, "年度资金总额");
        var fiscal = Amount(k => k.Contains("财政拨款", StringComparison.Ordinal), true, "财政拨款");
        var carry = Amount(k => k.StartsWith("上年结转", StringComparison.Ordinal), true, "上年结转");
        var other = Amount(k => k.Contains("其他资金", StringComparison.Ordinal), true, "其他资金");
        var indicators = header is { } hd ? Indicators(block, hd, report) : [];
        if (header is null)
        {
            report(new ReadDiagnostic(ReadRules.MissingSheetField, title.Location, $"The sheet “{project}” has no indicator header (三级指标); it is read without indicators.", title.Text));
        }

        string goal = Goal(block, index, fields, funds, header, out string? projectGoal);
        // The central template prints 主管部门及代码 and points; Shanghai's 填报表 prints 项目资金总额 and a department without a code.
        var shanghai = Field(k => k == "项目资金总额") is not null || (department is null && Field(k => k.Contains("执行率", StringComparison.Ordinal)) is null);
        if (!shanghai && department is null)
        {
            report(new ReadDiagnostic(ReadRules.MissingSheetField, departmentLabel?.Line.Location ?? title.Location, $"The sheet “{project}” has no readable 主管部门及代码 (“{departmentText}” is not a name with its code); the document's body stands in with the code 0.", departmentText));
            department = new Department("0", departmentText.Length > 0 ? departmentText : bodyName.Length > 0 ? bodyName : "未知部门");
        }

        if (!shanghai)
        {
            return new PerformanceSheet(project, department!, implementing, total, fiscal, carry, other, ExecutionPoints(fields), goal, indicators);
        }

        string departmentName = department?.Name ?? (departmentText.Length > 0 ? departmentText : bodyName.Length > 0 ? bodyName : "未知部门");
        var projectTotal = Amount(k => k == "项目资金总额", false, "项目资金总额");
        var projectFiscal = Amount(k => k.Contains("财政资金", StringComparison.Ordinal), false, "财政资金");
        var projectOther = Amount(k => k.Contains("其他资金", StringComparison.Ordinal), false, "其他资金");
        string? nature = Field(k => k == "项目性质") is { } n ? TextAfter(n, fields) : null;
        string? category = Field(k => k == "项目类别") is { } c ? TextAfter(c, fields) : null;
        return PerformanceSheet.Shanghai(project, departmentName, department, implementing, unit, total, fiscal, carry, other, goal, indicators)
            .WithProjectDetails(nature, category, projectGoal).WithProjectFunds(projectTotal, projectFiscal, projectOther);
    }

    /// <summary>The text right of a label on its line, up to the next label (项目性质, 实施单位 …).</summary>
    private static string TextAfter((TextLine Line, LayoutWord Word) label, List<(TextLine Line, LayoutWord Word)> fields)
    {
        // The value's line: the label's own, or (a label printed over two lines) the line nearest it with words on the right.
        var line = label.Line.Words.Any(w => w.Left >= label.Word.Right - 1) ? label.Line
            : fields.Where(x => x.Line.Page == label.Line.Page && x.Word.Left >= label.Word.Right - 1 && Math.Abs(x.Word.CenterY - label.Word.CenterY) <= 1.2f * label.Word.Height)
                .OrderBy(x => Math.Abs(x.Word.CenterY - label.Word.CenterY)).Select(x => x.Line).FirstOrDefault() ?? label.Line;
        var after = line.Words.Where(w => w.Left >= label.Word.Right - 1).ToList();
        var parts = new List<string>();
        foreach (var word in after)
        {
            string k = Key(word.Text);
            if (IsFieldLabel(k))
            {
                break;
            }

            parts.Add(word.Text.Trim());
        }

        return string.Join(" ", parts.Where(p => p.Length > 0));
    }

    private static bool IsFieldLabel(string key) =>
        key is "实施单位" or "项目性质" or "项目类别" or "计划开始日期" or "计划完成日期" or "执行率" or "分值"
        || key.StartsWith("主管部门", StringComparison.Ordinal) || key.StartsWith("年度资金", StringComparison.Ordinal);

    /// <summary>The department of 主管部门及代码: <c>教育部 105</c>, <c>105 教育部</c> or <c>[105]教育部</c>; null without a code.</summary>
    private static Department? DepartmentOf(string text)
    {
        if (Department.TryParse(text, out var parsed))
        {
            return parsed;
        }

        var parts = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var code = parts.FirstOrDefault(p => p.Length <= 12 && p.All(char.IsAsciiDigit));
        string name = string.Concat(parts.Where(p => p != code));
        return code is not null && name.Length > 0 ? new Department(code, name) : null;
    }

    /// <summary>执行率's points, printed （10） under it.</summary>
    private static int? ExecutionPoints(List<(TextLine Line, LayoutWord Word)> fields)
    {
        var rate = fields.FirstOrDefault(x => Key(x.Word.Text).Contains("执行率", StringComparison.Ordinal));
        if (rate.Word is null)
        {
            return null;
        }

        // 执行率 and its points in one cell: 执行率 分值(10).
        string own = Key(rate.Word.Text);
        int open = own.LastIndexOfAny(['（', '(']);
        if (open > 0 && own[^1] is '）' or ')' && own.Length - open is > 2 and <= 5 && own[(open + 1)..^1].All(char.IsAsciiDigit))
        {
            return int.Parse(own[(open + 1)..^1], System.Globalization.CultureInfo.InvariantCulture);
        }

        var points = fields.Where(x => x.Line.Page == rate.Line.Page && x.Word.CenterY < rate.Word.CenterY && x.Word.CenterY > rate.Word.CenterY - (5 * rate.Word.Height)
                && Math.Abs(x.Word.CenterX - rate.Word.CenterX) < rate.Word.Width)
            .Select(x => x.Word.Text.Trim('（', '）', '(', ')')).FirstOrDefault(t => t.Length is > 0 and <= 3 && t.All(char.IsAsciiDigit));
        return points is null ? null : int.Parse(points, System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>The goal: the lines between the funds and the indicator header, in the 年度总体目标 column where one is
    /// printed beside 项目总目标 (the project's goal), and without a label printed down the margin one character a line.</summary>
    private static string Goal(List<TextLine> block, Dictionary<TextLine, int> index, List<(TextLine Line, LayoutWord Word)> fields, List<(TextLine Line, LayoutWord Word)> funds, (TextLine Line, LayoutWord Word)? header, out string? projectGoal)
    {
        projectGoal = null;
        var lastField = fields.Where(x => LayoutReader.IsNumber(x.Word.Text) || Key(x.Word.Text) is "其他资金" or "年度总体目标")
            .Concat(funds.Where(x => Key(x.Word.Text) == "其他资金")).Select(x => index[x.Line]).DefaultIfEmpty(-1).Max();
        int stop = header is { } h ? index[h.Line] : block.Count;
        var lines = block.Skip(lastField + 1).Take(Math.Max(0, stop - lastField - 1)).ToList();
        var yearLabel = fields.FirstOrDefault(x => Key(x.Word.Text) == "年度总体目标");
        var projectLabel = fields.FirstOrDefault(x => Key(x.Word.Text) == "项目总目标");
        var words = lines.SelectMany(l => l.Words).Where(w => Key(w.Text).Length > 0 && Key(w.Text) is not ("一级" or "一级指标" or "二级指标" or "三级指标" or "年度总体目标" or "项目总目标")).ToList();
        float textLeft = words.Where(w => w.Text.Length > 1).Select(w => w.Left).DefaultIfEmpty(0).Min();
        words = words.Where(w => w.Text.Length > 1 || w.Right > textLeft).ToList();
        if (yearLabel.Word is not null && projectLabel.Word is not null)
        {
            float split = (yearLabel.Word.CenterX + projectLabel.Word.CenterX) / 2;
            projectGoal = string.Concat(words.Where(w => w.CenterX < split && w.Left > projectLabel.Word.Left - (8 * projectLabel.Word.Height)).Select(w => w.Text));
            return string.Concat(words.Where(w => w.CenterX >= split).Select(w => w.Text));
        }

        // A grid's goal cell runs on over lines a converter broke it into: its parts join with a space.
        return string.Join(words.Count > 0 && words[0].Origin.IsKnown ? " " : string.Empty, words.Select(w => w.Text));
    }

    private static List<Indicator> Indicators(List<TextLine> block, (TextLine Line, LayoutWord Word) header, Action<ReadDiagnostic> report)
    {
        int at = block.IndexOf(header.Line);
        // The header's words: the column names on the lines near the 三级指标 line (a label printed down the margin aside).
        var near = block.Skip(Math.Max(0, at - 3)).Take(7).Where(l => l.Page == header.Line.Page && Math.Abs(l.CenterY - header.Line.CenterY) <= 3 * header.Line.Height).ToList();
        var head = near.SelectMany(l => l.Words).Where(w => IsHeaderWord(Key(w.Text))).ToList();
        float margin = head.Min(w => w.Left) - header.Word.Height;
        var band = near.Where(l => l.Words.All(w => w.Right < margin || IsHeaderWord(Key(w.Text)))).ToList();
        LayoutWord? Head(Func<string, bool> matches) => head.FirstOrDefault(w => matches(Key(w.Text)));
        var level1 = Head(k => k.StartsWith("一级", StringComparison.Ordinal));
        var level2 = Head(k => k == "二级指标");
        var name = header.Word;
        var value = Head(k => k.Contains("指标值", StringComparison.Ordinal));
        var points = Head(k => k == "分值" || IsPointsTotal(k));
        if (value is null)
        {
            report(new ReadDiagnostic(ReadRules.UnreadableIndicator, header.Line.Location, "The indicator header has no 指标值 column; the indicators are not read.", header.Line.Text));
            return [];
        }

        var columns = new[] { level1, level2, name, value, points }.Select((w, i) => (Word: w, Column: i)).Where(c => c.Word is not null).OrderBy(c => c.Word!.CenterX).ToList();
        float left = columns[0].Word!.Left - columns[0].Word!.Height;
        // A header repeated inside the sheet (its second page's, or a converter's copy) is no indicator.
        var lines = block.Skip(at + 1).Where(l => !band.Contains(l) && l.Words.Count(w => IsHeaderWord(Key(w.Text))) < 2).ToList();

        if (header.Word.Origin.IsKnown)
        {
            return GridIndicators(lines, points is not null, report);
        }

        // Names are printed from the left of their column, under a centred header: the column starts where most words
        // between the level column and the value column start.
        float nameStart = lines.SelectMany(l => l.Words).Where(w => w.Text.Length > 3 && w.CenterX > (level2 ?? level1 ?? name).CenterX && w.Right < value.Left)
            .GroupBy(w => MathF.Round(w.Left / 2)).OrderByDescending(g => g.Count()).Select(g => g.Min(w => w.Left)).DefaultIfEmpty(name.Left).First();
        int ColumnOf(LayoutWord w)
        {
            if (w.Right < left)
            {
                return -1;
            }

            if (w.Left >= nameStart - 2 && w.Right < value.Left && w.CenterX < value.CenterX)
            {
                return 2;
            }

            return columns.OrderBy(c => Math.Abs(c.Word!.CenterX - w.CenterX)).First().Column;
        }

        var body = lines.SelectMany(l => l.Words.Select(w => (l.Page, Word: w, Column: ColumnOf(w)))).Where(x => x.Column >= 0).ToList();

        // An indicator per line of the 指标值 column.
        var rows = lines.Select(l => (l.Page, Y: l.CenterY, Text: string.Concat(l.Words.Where(w => ColumnOf(w) == 3).Select(w => w.Text)))).Where(r => r.Text.Length > 0).ToList();
        rows = MergeLines(rows, value.Height);
        int Nearest(int page, float y) => NearestOf(rows, page, y);

        var names = rows.Select(_ => new List<LayoutWord>()).ToList();
        var pointsOf = new LayoutWord?[rows.Count];
        foreach (var (page, word, column) in body)
        {
            int r = Nearest(page, word.CenterY);
            if (r < 0)
            {
                continue;
            }

            if (column == 2)
            {
                names[r].Add(word);
            }
            else if (column == 4 && Math.Abs(rows[r].Y - word.CenterY) <= Math.Max(word.Height, value.Height) && word.Text.Length <= 5 && LayoutReader.IsNumber(word.Text))
            {
                pointsOf[r] = word;
            }
        }

        var level2Labels = Labels(body.Where(x => x.Column == 1).ToList());
        var level1Labels = Labels(body.Where(x => x.Column == 0).ToList());
        // On a page a level's label is centred on its merged cell; in a grid it is written in the cell's first row.
        bool grid = header.Word.Origin.IsKnown;
        string? NearestLabel(List<(int Page, float Y, string Text)> labels, int page, float y) =>
            (grid ? AtOrAbove(labels, page, y) : NearestOf(labels, page, y)) is int at and >= 0 ? labels[at].Text : null;

        // A value line without a name of its own is part of the value next to it (2023年12月30 / 日内, printed around the
        // name's line): it joins the nearer neighbour on its page, with its points.
        for (int r = rows.Count - 1; r >= 0 && rows.Count > 1; r--)
        {
            if (names[r].Count > 0 || r >= rows.Count)
            {
                continue;
            }

            int above = r > 0 && rows[r - 1].Page == rows[r].Page ? r - 1 : -1;
            int below = r + 1 < rows.Count && rows[r + 1].Page == rows[r].Page ? r + 1 : -1;
            // A value wraps downwards: the line above wins unless the one below is clearly nearer.
            int into = above < 0 ? below : below < 0 ? above : rows[above].Y - rows[r].Y <= rows[r].Y - rows[below].Y + (0.3f * value.Height) ? above : below;
            if (into < 0)
            {
                continue;
            }

            var (upper, lower) = into < r ? (into, r) : (r, into);
            rows[into] = (rows[into].Page, rows[into].Y, rows[upper].Text + rows[lower].Text);
            pointsOf[into] ??= pointsOf[r];
            rows.RemoveAt(r);
            names.RemoveAt(r);
            pointsOf = [.. pointsOf.Take(r), .. pointsOf.Skip(r + 1)];
        }

        var indicators = new List<Indicator>();
        string? lastLevel2 = null, lastLevel1 = null;
        for (int r = 0; r < rows.Count; r++)
        {
            var (page, y, target) = rows[r];
            string indicatorName = string.Concat(names[r].OrderByDescending(w => MathF.Round(w.CenterY)).ThenBy(w => w.Left).Select(w => w.Text));
            if (indicatorName.Length == 0)
            {
                report(new ReadDiagnostic(ReadRules.UnreadableIndicator, SourceLocation.OnPage(page), $"An indicator value “{target}” without a name (三级指标); it is kept here.", target));
                continue;
            }

            string? l2 = NearestLabel(level2Labels, page, y) ?? lastLevel2;
            string? l1 = IndicatorTaxonomy.Level1Of(l2) ?? NearestLabel(level1Labels, page, y) ?? lastLevel1;
            lastLevel2 = l2;
            lastLevel1 = l1;
            decimal? printed = null;
            if (pointsOf[r] is { } p && ReadText.TryPoints(p.Text, out decimal parsed))
            {
                printed = parsed;
            }
            else if (points is not null)
            {
                report(new ReadDiagnostic(ReadRules.MissingPoints, SourceLocation.OnPage(page), $"The indicator “{indicatorName}” prints no points (分值); it is read with none.", indicatorName));
            }

            indicators.Add(new Indicator(l1, l2, indicatorName, Target.Parse(target), printed));
        }

        return indicators;
    }

    /// <summary>
    /// The indicators of a grid (the text layout), row by row and by the order of the cells, not their columns: a
    /// converter drops or adds empty cells in a merged table, so a row's cells may stand a column off. A row is its
    /// level labels (known by the taxonomy), the name, the value and, where the sheet has 分值, the points last; a
    /// level label holds for the rows under it until the next.
    /// </summary>
    private static List<Indicator> GridIndicators(List<TextLine> lines, bool hasPoints, Action<ReadDiagnostic> report)
    {
        var indicators = new List<Indicator>();
        string? level1 = null, level2 = null;
        foreach (var line in lines)
        {
            var cells = line.Words.Select(w => w.Text.Trim()).Where(t => t.Length > 0).ToList();
            while (cells.Count > 0)
            {
                string key = Key(cells[0]);
                if (key is "绩效指标" or "指标")
                {
                    cells.RemoveAt(0);
                }
                else if (IndicatorTaxonomy.IsLevel1(key))
                {
                    (level1, level2) = (key, null);
                    cells.RemoveAt(0);
                }
                else if (IndicatorTaxonomy.Level1Of(key) is { } parent)
                {
                    (level1, level2) = (parent, key);
                    cells.RemoveAt(0);
                }
                else
                {
                    break;
                }
            }

            if (cells.Count == 0)
            {
                continue;
            }

            decimal? printed = null;
            if (hasPoints && cells.Count >= 2 && cells[^1].Length <= 5 && LayoutReader.IsNumber(cells[^1]) && ReadText.TryPoints(cells[^1], out decimal parsed))
            {
                printed = parsed;
                cells.RemoveAt(cells.Count - 1);
            }

            if (cells.Count != 2)
            {
                // A row is its name and its value: one without a value, or with cells between them, is not guessed at.
                report(new ReadDiagnostic(ReadRules.UnreadableIndicator, line.Location, cells.Count < 2 ? $"The indicator “{cells[0]}” has no value (指标值); it is kept here." : $"The indicator row “{string.Join(" | ", cells)}” has more cells than a name and a value; it is kept here.", line.Text));
                continue;
            }

            string target = cells[1];
            string name = cells[0];
            if (printed is null && hasPoints)
            {
                report(new ReadDiagnostic(ReadRules.MissingPoints, line.Location, $"The indicator “{name}” prints no points (分值); it is read with none.", target));
            }

            indicators.Add(new Indicator(level1, level2, name, Target.Parse(target), printed));
        }

        return indicators;
    }

    /// <summary>分值 printed with the points it totals in one cell: <c>分值(90)</c>.</summary>
    private static bool IsPointsTotal(string key) =>
        key.StartsWith("分值", StringComparison.Ordinal) && key.Length is > 4 and <= 8 && key[2] is '（' or '(' && key[^1] is '）' or ')' && key[3..^1].All(char.IsAsciiDigit);

    private static bool IsHeaderWord(string key) =>
        key is "一级" or "一级指标" or "二级指标" or "三级指标" or "指标" or "分值" || IsPointsTotal(key) || key.Contains("指标值", StringComparison.Ordinal)
        || (key.Length is >= 3 and <= 6 && key[0] is '（' or '(' && key[^1] is '）' or ')' && key[1..^1].All(char.IsAsciiDigit));

    /// <summary>The index of the item on a page nearest a height, or -1: items in reading order (page, then top to
    /// bottom), found by halving, so that a sheet of many indicators reads in n log n.</summary>
    private static int NearestOf(List<(int Page, float Y, string Text)> items, int page, float y)
    {
        int low = 0, high = items.Count;
        while (low < high)
        {
            int mid = (low + high) / 2;
            var (p, at, _) = items[mid];
            if (p < page || (p == page && at > y))
            {
                low = mid + 1;
            }
            else
            {
                high = mid;
            }
        }

        // low is the first item on the page at or below y; the nearest is it or the one above it on the page.
        int best = -1;
        foreach (int candidate in new[] { low - 1, low })
        {
            if (candidate >= 0 && candidate < items.Count && items[candidate].Page == page && (best < 0 || Math.Abs(items[candidate].Y - y) < Math.Abs(items[best].Y - y)))
            {
                best = candidate;
            }
        }

        return best;
    }

    /// <summary>The index of the last item at or above a height (on its page or an earlier one), or -1.</summary>
    private static int AtOrAbove(List<(int Page, float Y, string Text)> items, int page, float y)
    {
        int low = 0, high = items.Count;
        while (low < high)
        {
            int mid = (low + high) / 2;
            var (p, at, _) = items[mid];
            if (p < page || (p == page && at >= y - 0.5f))
            {
                low = mid + 1;
            }
            else
            {
                high = mid;
            }
        }

        return low - 1;
    }

    /// <summary>Lines of the 指标值 column closer than half a line are one value's.</summary>
    private static List<(int Page, float Y, string Text)> MergeLines(List<(int Page, float Y, string Text)> rows, float height)
    {
        var merged = new List<(int Page, float Y, string Text)>();
        foreach (var row in rows.OrderBy(r => r.Page).ThenByDescending(r => r.Y))
        {
            if (merged.Count > 0 && merged[^1].Page == row.Page && merged[^1].Y - row.Y < height / 2)
            {
                merged[^1] = (row.Page, merged[^1].Y, merged[^1].Text + row.Text);
                continue;
            }

            merged.Add(row);
        }

        return merged;
    }

    /// <summary>A level column's labels: words of lines a line apart joined (满意度指 / 标), each with its middle.</summary>
    private static List<(int Page, float Y, string Text)> Labels(List<(int Page, LayoutWord Word, int Column)> words)
    {
        var labels = new List<(int Page, float Top, float Bottom, string Text)>();
        foreach (var (page, word, _) in words.OrderBy(w => w.Page).ThenByDescending(w => w.Word.CenterY))
        {
            if (labels.Count > 0 && labels[^1].Page == page && labels[^1].Bottom - word.Top < word.Height && !IndicatorTaxonomy.IsLevel1(labels[^1].Text) && IndicatorTaxonomy.Level1Of(labels[^1].Text) is null)
            {
                labels[^1] = (page, labels[^1].Top, word.Bottom, labels[^1].Text + word.Text);
                continue;
            }

            labels.Add((page, word.Top, word.Bottom, word.Text));
        }

        return labels.Select(l => (l.Page, (l.Top + l.Bottom) / 2, l.Text)).ToList();
    }
}
