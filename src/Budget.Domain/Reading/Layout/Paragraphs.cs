using System.Text;
using Budget.Domain.Reading.Narrative;
using Budget.Domain.Tables;

namespace Budget.Domain.Reading.Layout;

/// <summary>
/// The lines outside tables, as the narrative stage needs them: headings (numbered, or a title that ends in 说明) open a
/// section; a paragraph starts on an indented line or after a line that ends short with its sentence, and runs on
/// across page breaks; a short line without any punctuation that is no heading (a chart's labels and percentages) is
/// left out of the paragraphs. The sections of a 说明 part (编制说明, 情况说明) are the narrative; a heading of a part
/// that is not (名词解释, 主要职能, 机构设置, 预算表, 绩效目标表, …) ends it.
/// </summary>
internal static class Paragraphs
{
    private const int HeadingLength = 40;

    private static readonly System.Buffers.SearchValues<char> SentencePunctuation = System.Buffers.SearchValues.Create("，。；：:;,、！？");

    private static readonly string[] NotNarrative =
        ["名词解释", "主要职能", "主要职责", "机构设置", "单位构成", "基本情况", "概况", "预算表", "决算表", "绩效目标表", "绩效目标申报表", "填报表", "附件", "目录", "目 录", "预算的范围"];

    /// <summary>Whether a heading names a part that is not narrative (名词解释, 主要职责, 概况, 预算表 …).</summary>
    public static bool IsNotNarrative(string heading) => NotNarrative.Any(w => heading.Contains(w, StringComparison.Ordinal));

    /// <summary>Reads the narrative's paragraphs of the lines outside tables into <paramref name="narrative"/>.</summary>
    /// <param name="lines">The lines outside tables in reading order; null where a table stood (it ends a paragraph).</param>
    /// <param name="narrative">The narrative stage.</param>
    /// <param name="report">Where a defect's diagnostic goes.</param>
    public static void Read(IReadOnlyList<TextLine?> lines, NarrativeReader narrative, Action<ReadDiagnostic> report)
    {
        var margins = Margins(lines.OfType<TextLine>().ToList());
        bool inNarrative = false;
        string section = string.Empty;
        var text = new StringBuilder();
        var first = new List<TextLine>();
        TextLine? last = null;

        void Flush()
        {
            if (text.Length > 0 && inNarrative)
            {
                var mark = narrative.Mark;
                try
                {
                    ReadSteps.Probe("the paragraph", Box(first));
                    narrative.Read(section, NarrativeText.IsOtherMattersTopic(section), text.ToString(), Box(first));
                }
#pragma warning disable CA1031 // A defect in one paragraph loses that paragraph's figures only (RD099), never the document.
                catch (Exception e)
#pragma warning restore CA1031
                {
                    narrative.Undo(mark);
                    report(new ReadDiagnostic(ReadRules.InternalError, Box(first), $"Reading the paragraph failed: {e.GetType().Name}: {e.Message} Its figures are left out.", text.ToString()));
                }
            }

            text.Clear();
            first.Clear();
            last = null;
        }

        foreach (var line in lines)
        {
            if (line is null)
            {
                Flush();
                continue;
            }

            string t = line.Text;
            var (left, right) = margins.TryGetValue(line.Page, out var m) ? m : margins[0];
            if (line.IsTextHeading && !IsShort(t))
            {
                // A text's heading that reads as a sentence (（一）…规模变化情况。) ends the paragraph and is none.
                Flush();
                continue;
            }

            if (IsShort(t) && line.Right < right - (2 * line.Height))
            {
                bool numbered = ReadText.StripNumbering(t).Length != t.Length;
                if (NotNarrative.Any(w => t.Contains(w, StringComparison.Ordinal)))
                {
                    Flush();
                    inNarrative = false;
                    continue;
                }

                if (numbered || t.EndsWith("说明", StringComparison.Ordinal))
                {
                    Flush();
                    inNarrative |= t.EndsWith("说明", StringComparison.Ordinal);
                    section = NarrativeText.SectionOfNarrativeHeading(t) ?? ReadText.Squeeze(ReadText.StripNumbering(t));
                    continue;
                }

                // A chart's labels, a caption, a percentage: not part of any paragraph.
                continue;
            }

            bool indented = line.Left > left + line.Height;
            bool endedBefore = last is not null && last.Right < right - (2 * last.Height) && text.Length > 0 && text[^1] is '。' or '；' or '！' or '？' or '：' or ':' or ';';
            // A text source has joined a paragraph's lines already: each of its lines is a paragraph.
            if (indented || endedBefore || line.FromText)
            {
                Flush();
            }

            if (first.Count == 0 || first[0].Page == line.Page)
            {
                first.Add(line);
            }

            text.Append(t);
            last = line;
        }

        Flush();
    }

    /// <summary>A line that may be a heading or a chart's residue: short, and without the punctuation of a sentence
    /// after its numbering (一、, （一）, 1.); the caller also asks that it end before the right margin.</summary>
    private static bool IsShort(string text) =>
        text.Length <= HeadingLength && ReadText.StripNumbering(text).AsSpan().IndexOfAny(SentencePunctuation) < 0;

    /// <summary>The box of a paragraph's lines on its first page.</summary>
    private static SourceLocation Box(List<TextLine> lines)
    {
        if (lines.Count == 0)
        {
            return SourceLocation.None;
        }

        if (lines[0].FromText)
        {
            return lines[0].Location;
        }

        float left = lines.Min(l => l.Left), bottom = lines.Min(l => l.Bottom), right = lines.Max(l => l.Right), top = lines.Max(l => l.Top);
        return SourceLocation.OnPage(lines[0].Page, left, bottom, right - left, top - bottom);
    }

    /// <summary>Where each page's text lines start and end (the most common left edge and right edge of its long
    /// lines), with the document's as page 0 for pages with too few.</summary>
    private static Dictionary<int, (float Left, float Right)> Margins(List<TextLine> lines)
    {
        static (float Left, float Right)? Of(IEnumerable<TextLine> lines, int enough)
        {
            var full = lines.Where(l => l.Text.Length >= HeadingLength / 2).ToList();
            if (full.Count < enough)
            {
                return null;
            }

            float left = full.GroupBy(l => MathF.Round(l.Left / 4)).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).First().Min(l => l.Left);
            float right = full.Select(l => l.Right).Order().ElementAt(full.Count * 4 / 5);
            return (left, right);
        }

        var margins = new Dictionary<int, (float, float)> { [0] = Of(lines, 1) ?? (lines.Count > 0 ? lines.Min(l => l.Left) : 0, float.MaxValue) };
        foreach (var page in lines.GroupBy(l => l.Page))
        {
            if (Of(page, 3) is { } m)
            {
                margins[page.Key] = m;
            }
        }

        return margins;
    }
}
