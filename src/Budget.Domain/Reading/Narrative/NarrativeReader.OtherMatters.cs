using System.Globalization;
using Budget.Domain.Money;
using Budget.Domain.Statements;
using Budget.Domain.Tables;
using static Budget.Domain.Reading.Narrative.NarrativeText;

namespace Budget.Domain.Reading.Narrative;

/// <summary>
/// 其他重要事项 into <see cref="Statements.OtherMatters"/>: 机关运行经费 and 政府采购 from the figures of their
/// subsections, 国有资产占有使用情况 (date, vehicles by kind, equipment) and 预算绩效管理情况 (amount covered, number of
/// sheets) from their paragraphs.
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>其他重要事项 from the figures and paragraphs of its sections.</summary>
    /// <returns>What the sections state, or <see cref="OtherMatters.None"/>.</returns>
    public OtherMatters OtherMatters()
    {
        AmountCell Cell(Amount? a) => a is { } v ? AmountCell.Of(v) : AmountCell.Blank;
        NarrativeFigure? First(string section, FigureKind kind, string? word = null) =>
            otherFigures.FirstOrDefault(f => f.Section.Contains(section, StringComparison.Ordinal) && f.Kind == kind && (word is null || f.Subject.Contains(word, StringComparison.Ordinal)));

        // Without a 总额, the total is the section's first amount that is not one of its three kinds.
        NarrativeFigure? ProcurementTotal() =>
            otherFigures.FirstOrDefault(f => f.Section.Contains("政府采购", StringComparison.Ordinal) && f.Kind == FigureKind.Amount
                && !f.Subject.Contains("货物", StringComparison.Ordinal) && !f.Subject.Contains("工程", StringComparison.Ordinal) && !f.Subject.Contains("服务", StringComparison.Ordinal));

        var operating = First("机关运行经费", FigureKind.Amount);
        var change = First("机关运行经费", FigureKind.Change);
        DateOnly? asOf = null;
        int? vehicles = null, equipment = null, sheetCount = null;
        var categories = new List<VehicleCategory>();
        Amount? covered = null;
        foreach (var (section, text, at) in otherParagraphs)
        {
            if (section.Contains("国有资产", StringComparison.Ordinal))
            {
                ReadAssets(text, ref asOf, ref vehicles, categories, ref equipment);
            }
            else
            {
                covered ??= FindAmount(text, at, out _, out _, out _);
                sheetCount ??= CountBefore(text, "个", "绩效目标表") ?? CountAfter(text, "绩效目标", "个");
            }
        }

        var matters = new OtherMatters(
            Cell(operating?.Amount), change, Cell((First("政府采购", FigureKind.Amount, "总额") ?? ProcurementTotal())?.Amount), Cell(First("政府采购", FigureKind.Amount, "货物")?.Amount),
            Cell(First("政府采购", FigureKind.Amount, "工程")?.Amount), Cell(First("政府采购", FigureKind.Amount, "服务")?.Amount),
            asOf, vehicles, categories, equipment, Cell(covered), sheetCount);
        return matters == Statements.OtherMatters.None ? Statements.OtherMatters.None : matters;
    }

    private static void ReadAssets(string text, ref DateOnly? asOf, ref int? vehicles, List<VehicleCategory> categories, ref int? equipment)
    {
        string t = ReadText.Squeeze(text);
        if (vehicles is not null && !t.Contains("共有", StringComparison.Ordinal))
        {
            // The vehicles held are read; a later paragraph (2025年部门预算安排购置车辆 1 辆，其中 …) counts others.
            return;
        }

        int since = t.IndexOf("截至", StringComparison.Ordinal);
        if (since >= 0 && asOf is null && ReadText.TryFindYear(t[since..], out int year, out _, out int yearEnd))
        {
            int at = since + yearEnd;
            int? month = Digits(t, ref at);
            bool monthMark = at < t.Length && t[at] == '月';
            at++;
            int? day = monthMark ? Digits(t, ref at) : null;
            if (month is >= 1 and <= 12 && day is int d && at < t.Length && t[at] == '日' && d >= 1 && d <= DateTime.DaysInMonth(year, month.Value))
            {
                asOf = new DateOnly(year, month.Value, d);
            }
        }

        foreach (string clause in Clauses(t))
        {
            int count = clause.LastIndexOf('辆');
            if (count > 0)
            {
                int end = count;
                int start = end;
                while (start > 0 && char.IsAsciiDigit(clause[start - 1]))
                {
                    start--;
                }

                if (start == end || !int.TryParse(clause.AsSpan(start, end - start), NumberStyles.None, CultureInfo.InvariantCulture, out int n))
                {
                    continue;
                }

                string name = clause[..start];
                if (name.Contains("共有车辆", StringComparison.Ordinal) || name.EndsWith("车辆", StringComparison.Ordinal))
                {
                    vehicles ??= n;
                }
                else if (name.Length > 0)
                {
                    categories.Add(new VehicleCategory(name.Replace("其中", string.Empty, StringComparison.Ordinal), n));
                }
            }

            int device = clause.IndexOf("设备", StringComparison.Ordinal);
            if (device >= 0 && equipment is null)
            {
                int at = device + 2;
                if (Digits(clause, ref at) is int n && at < clause.Length && clause[at] == '台')
                {
                    equipment = n;
                }
            }
        }
    }

    private static int? Digits(string text, ref int at)
    {
        int start = at;
        while (at < text.Length && char.IsAsciiDigit(text[at]) && at - start < 9)
        {
            at++;
        }

        return at > start ? int.Parse(text.AsSpan(start, at - start), NumberStyles.None, CultureInfo.InvariantCulture) : null;
    }

    /// <summary>The number N in "编报绩效目标的项目共 N 个": the first number after <paramref name="word"/> that the
    /// counter follows.</summary>
    private static int? CountAfter(string text, string word, string counter)
    {
        string t = ReadText.Squeeze(text);
        int from = t.IndexOf(word, StringComparison.Ordinal);
        for (int at = from < 0 ? t.Length : from + word.Length; at < t.Length; at++)
        {
            if (char.IsAsciiDigit(t[at]))
            {
                int start = at;
                int? n = Digits(t, ref at);
                return t.AsSpan(at).StartsWith(counter, StringComparison.Ordinal) && (start == 0 || !char.IsAsciiDigit(t[start - 1])) ? n : null;
            }
        }

        return null;
    }

    /// <summary>The number N in "… N 个 … 绩效目标表".</summary>
    private static int? CountBefore(string text, string counter, string then)
    {
        string t = ReadText.Squeeze(text);
        int stop = t.IndexOf(then, StringComparison.Ordinal);
        int at = stop < 0 ? -1 : t.LastIndexOf(counter, stop, StringComparison.Ordinal);
        if (at <= 0)
        {
            return null;
        }

        int start = at;
        while (start > 0 && char.IsAsciiDigit(t[start - 1]) && at - start < 9)
        {
            start--;
        }

        return start < at ? int.Parse(t.AsSpan(start, at - start), NumberStyles.None, CultureInfo.InvariantCulture) : null;
    }
}
