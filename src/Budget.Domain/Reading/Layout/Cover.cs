using System.Globalization;
using Budget.Domain.Money;
using Budget.Domain.Statements;

namespace Budget.Domain.Reading.Layout;

/// <summary>What a document says of itself: who discloses (the cover, or the 编制部门 line of its tables), the year and
/// the kind (its titles), the scope (部门 or 单位) and the unit most of its tables are in.</summary>
internal sealed record Cover(DisclosingBody Body, int Year, DocumentKind Kind, AmountUnit Unit)
{
    /// <summary>Whether a title line (the year's 预算 or 决算) gave the year.</summary>
    public bool Titled { get; init; }

    /// <summary>The year that stands in when the document states none (as the text reader does, RD017).</summary>
    public const int NoYear = 1950;

    private static readonly string[] NamePrefixes = ["编制部门", "编制单位", "预算主管部门", "预算单位", "部门名称", "单位名称"];

    public static Cover Of(List<List<TextLine>> pages, List<TableBlock> blocks)
    {
        var front = pages.Take(2).SelectMany(p => p).ToList();
        string frontText = string.Concat(front.Select(l => l.Text));
        // The year: the cover's title (the first line naming a year's 预算 or 决算), else most of the tables' titles.
        int year = front.Where(IsTitleLine).Select(l => YearIn(l.Text)).FirstOrDefault(y => y > 0);
        bool titled = year > 0;
        if (year == 0)
        {
            year = blocks.Select(b => YearIn(b.Title.Text)).Where(y => y > 0).GroupBy(y => y).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstOrDefault();
        }

        if (year == 0)
        {
            year = front.Select(l => YearIn(l.Text)).FirstOrDefault(y => y > 0);
        }

        var titleLine = front.FirstOrDefault(IsTitleLine);
        var kind = (titleLine is null ? (DocumentKind?)null : titleLine.Text.Contains("决算", StringComparison.Ordinal) ? DocumentKind.FinalAccounts : DocumentKind.Budget)
            ?? blocks.Select(b => b.Schema.Document).FirstOrDefault(d => d is not null)
            ?? (frontText.Contains("决算", StringComparison.Ordinal) ? DocumentKind.FinalAccounts : DocumentKind.Budget);
        var scope = blocks.Select(b => b.Schema.Scope).FirstOrDefault(s => s is not null)
            ?? (frontText.Contains("单位预算", StringComparison.Ordinal) || frontText.Contains("单位决算", StringComparison.Ordinal) ? DisclosureScope.Unit : DisclosureScope.Department);
        string name = NameOf(pages, blocks, front);
        var unit = blocks.Where(b => b.Unit is not null).GroupBy(b => b.Unit!.Value).OrderByDescending(g => g.Count()).Select(g => g.Key).DefaultIfEmpty(AmountUnit.WanYuan).First();
        var (level, region) = LevelOf(name);
        return new Cover(new DisclosingBody(name.Length > 0 ? name : "未知", null, scope, level, region: region), year is >= 1950 and <= 2200 ? year : NoYear, kind, unit) { Titled = titled };
    }

    private static string NameOf(List<List<TextLine>> pages, List<TableBlock> blocks, List<TextLine> front)
    {
        foreach (var word in pages.SelectMany(p => p).SelectMany(l => l.Words))
        {
            foreach (string prefix in NamePrefixes)
            {
                if (word.Text.StartsWith(prefix, StringComparison.Ordinal) && word.Text.Length > prefix.Length + 1 && word.Text[prefix.Length] is '：' or ':')
                {
                    return ReadText.StripNumbering(word.Text[(prefix.Length + 1)..]).Trim();
                }
            }
        }

        // The cover: the first line that names a year of a budget or final accounts; the name is what stands before the year.
        // (Or, when the year starts its line, the lines above it: a name on a line of its own, then 2023年度部门预算.)
        for (int i = 0; i < front.Count; i++)
        {
            string text = front[i].Text;
            int at = YearAt(text);
            if (at >= 0 && (text.Contains("预算", StringComparison.Ordinal) || text.Contains("决算", StringComparison.Ordinal)) && !text.StartsWith('注') && !text.StartsWith("说明", StringComparison.Ordinal)
                && (!front[i].FromText || IsTitleLine(front[i])))
            {
                string name = at > 1 ? text[..at] : Above(front, i);
                name = ReadText.StripNumbering(name).Trim();
                if (name.Length > 1)
                {
                    return name;
                }
            }
        }

        return blocks.Count > 0 ? string.Empty : front.FirstOrDefault()?.Text ?? string.Empty;
    }

    /// <summary>A line that may be the document's title: short, naming a year's 预算 or 决算, no note.</summary>
    private static bool IsTitleLine(TextLine line)
    {
        string text = line.Text;
        // (In a text, the title is a heading: larger type than its prose.)
        return text.Length <= 60 && YearAt(text) >= 0 && (!line.FromText || line.IsTextHeading) && (text.Contains("预算", StringComparison.Ordinal) || text.Contains("决算", StringComparison.Ordinal))
            && !text.StartsWith('注') && !text.StartsWith("说明", StringComparison.Ordinal)
            && !text.EndsWith('表') && !text.Contains("部分", StringComparison.Ordinal) && !text.EndsWith("说明", StringComparison.Ordinal)
            && ReadText.StripNumbering(text).Length == text.Length;
    }

    /// <summary>The cover lines above a line that starts with the year: the name, wrapped over up to three lines.</summary>
    private static string Above(List<TextLine> lines, int index)
    {
        var parts = new List<string>();
        for (int i = index - 1; i >= 0 && parts.Count < 3; i--)
        {
            var line = lines[i];
            if (line.Page != lines[index].Page || line.Text.Length > 30 || line.Text.Any(char.IsAsciiDigit))
            {
                break;
            }

            parts.Insert(0, line.Text);
        }

        return string.Concat(parts);
    }

    private static (GovernmentLevel Level, string? Region) LevelOf(string name)
    {
        foreach (char marker in new[] { '区', '县', '旗' })
        {
            int at = name.IndexOf(marker, StringComparison.Ordinal);
            if (at > 0 && at < name.Length - 1)
            {
                string region = name[..(at + 1)];
                return (GovernmentLevel.County, region.StartsWith("中共", StringComparison.Ordinal) ? region[2..] : region);
            }
        }

        return (GovernmentLevel.Unknown, null);
    }

    private static int YearIn(string text) => YearAt(text) is int at and >= 0 ? int.Parse(text.AsSpan(at, 4), NumberStyles.None, CultureInfo.InvariantCulture) : 0;

    /// <summary>Where a year <c>20XX年</c> starts in a text, or -1.</summary>
    private static int YearAt(string text)
    {
        for (int i = 0; i + 4 < text.Length; i++)
        {
            // 2024年, or 2024 年 as the text layout spaces figures.
            int after = i + 4 < text.Length && text[i + 4] == ' ' ? i + 5 : i + 4;
            if (text[i] == '2' && text[i + 1] == '0' && char.IsAsciiDigit(text[i + 2]) && char.IsAsciiDigit(text[i + 3]) && after < text.Length && text[after] == '年' && (i == 0 || !char.IsAsciiDigit(text[i - 1])))
            {
                return i;
            }
        }

        return -1;
    }
}
