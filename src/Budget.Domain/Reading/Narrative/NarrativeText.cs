using System.Text;
using Budget.Domain.Money;
using Budget.Domain.Statements;

namespace Budget.Domain.Reading.Narrative;

/// <summary>The narrative's words and the scanning of its text: sentences, clauses, numbers, change words, 类/款/项 paths.</summary>
internal static class NarrativeText
{
    /// <summary>The subject of a 关于…的说明 heading (its year left out): <c>五、关于 2024 年一般公共预算支出表的说明</c> gives
    /// <c>一般公共预算支出表</c>; null for another heading.</summary>
    internal static string? SectionOfNarrativeHeading(string text)
    {
        string t = ReadText.StripNumbering(text);
        int about = t.IndexOf("关于", StringComparison.Ordinal);
        int note = t.LastIndexOf("说明", StringComparison.Ordinal);
        if (about < 0 || note < about)
        {
            return null;
        }

        string inner = t[(about + 2)..note].Trim();
        if (inner.EndsWith('的'))
        {
            inner = inner[..^1];
        }

        if (ReadText.TryFindYear(inner, out _, out int start, out int end) && start == 0)
        {
            inner = inner[end..];
        }

        return ReadText.Squeeze(inner);
    }

    /// <summary>Whether a section is one 其他重要事项 reads (机关运行经费, 政府采购, 国有资产, 绩效) rather than the narrative.</summary>
    internal static bool IsOtherMattersTopic(string section) =>
        section.Contains("机关运行经费", StringComparison.Ordinal) || section.Contains("政府采购", StringComparison.Ordinal)
        || section.Contains("国有资产", StringComparison.Ordinal) || section.Contains("绩效", StringComparison.Ordinal);

    internal static readonly (string Word, ChangeDirection? Direction)[] DirectionWords =
    [
        ("增加", ChangeDirection.Increase), ("增长", ChangeDirection.Increase), ("减少", ChangeDirection.Decrease),
        ("降低", ChangeDirection.Decrease), ("下降", ChangeDirection.Decrease), ("增减", null),
    ];

    internal static readonly string[] Connectors = ["其中", "主要是", "主要包括", "包括", "另外", "同时", "此外", "分别为", "合计"];

    internal static (ChangeDirection? Direction, int At, string Word) FindDirection(string clause)
    {
        int best = -1;
        (string Word, ChangeDirection? Direction) found = default;
        foreach (var entry in DirectionWords)
        {
            int at = clause.IndexOf(entry.Word, StringComparison.Ordinal);
            if (at >= 0 && (best < 0 || at < best))
            {
                best = at;
                found = entry;
            }
        }

        return (found.Direction, best, found.Word ?? string.Empty);
    }

    /// <summary>The 比 of "比 2023 年执行数增加" (or 较, or the 比 of 相比) before the direction word, or -1 (比例, 比重 and
    /// 对比 are not it).</summary>
    internal static int FindThan(string clause, int before)
    {
        if (before < 0)
        {
            return -1;
        }

        int at = clause.LastIndexOfAny(['比', '较'], before);
        if (at < 0 || (at + 1 < clause.Length && clause[at + 1] is '例' or '重' or '率') || (at > 0 && clause[at - 1] == '对'))
        {
            return -1;
        }

        return at;
    }

    /// <summary>The first number followed by a percent sign.</summary>
    internal static Rate? FindRate(string clause, out int start)
    {
        foreach (var (i, end, next) in Numbers(clause))
        {
            if (next < clause.Length && clause[next] is '%' or '％' && Rate.TryParse(clause[i..end] + "%", out var rate))
            {
                start = i;
                return rate;
            }
        }

        start = -1;
        return null;
    }

    /// <summary>The 与 (同, 和) of "与 2023 年相比" when <paramref name="than"/> is the 比 of its 相比, or -1.</summary>
    internal static int ComparedWith(string clause, int than) =>
        than >= 2 && clause[than] == '比' && clause[than - 1] == '相' ? clause.LastIndexOfAny(['与', '同', '和'], than - 2) : -1;

    /// <summary>The numbers of a clause, in order: where each starts and ends, and the index after the spaces that follow it.</summary>
    internal static IEnumerable<(int Start, int End, int Next)> Numbers(string clause)
    {
        for (int i = 0; i < clause.Length; i++)
        {
            if (!NumberAt(clause, i, out int end))
            {
                continue;
            }

            int next = end;
            while (next < clause.Length && clause[next] == ' ')
            {
                next++;
            }

            yield return (i, end, next);
            i = end - 1;
        }
    }

    /// <summary>Whether a number (digits with thousands commas and a decimal point, optionally signed) starts at <paramref name="i"/>.</summary>
    internal static bool NumberAt(string text, int i, out int end)
    {
        end = i;
        int k = i;
        if (k < text.Length && text[k] is '-' or '−' && k + 1 < text.Length && char.IsAsciiDigit(text[k + 1]))
        {
            k++;
        }

        if (k >= text.Length || !char.IsAsciiDigit(text[k]) || (i > 0 && (char.IsAsciiDigit(text[i - 1]) || text[i - 1] is '.' or ',')))
        {
            return false;
        }

        while (k < text.Length && (char.IsAsciiDigit(text[k]) || ((text[k] is ',' or '.') && k + 1 < text.Length && char.IsAsciiDigit(text[k + 1]))))
        {
            k++;
        }

        end = k;
        return true;
    }

    /// <summary>The sentences of a paragraph, each with its closing 。 or ； (or ! ? and their full-width forms).</summary>
    internal static List<string> Sentences(string text)
    {
        var sentences = new List<string>();
        int start = 0;
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] is '。' or '；' or ';' or '！' or '？' or '!' or '?' || i == text.Length - 1)
            {
                string sentence = text[start..(i + 1)].Trim();
                if (sentence.Length > 0)
                {
                    sentences.Add(sentence);
                }

                start = i + 1;
            }
        }

        return sentences;
    }

    /// <summary>The clauses of a paragraph: split at Chinese punctuation, and at an ASCII comma that is not a thousands separator.</summary>
    internal static List<string> Clauses(string text)
    {
        var clauses = new List<string>();
        var current = new StringBuilder();
        int inside = -1;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c is '（' or '(' && i > inside)
            {
                // A short parenthesis is one clause's: 比2022年（上一年度，下同）预算增加 ….
                int close = text.IndexOfAny(['）', ')'], i + 1);
                inside = close > i && close - i <= 40 ? close : -1;
            }

            bool separator = i > inside && c is '，' or '。' or '；' or '：' or '、' or ';' or '！' or '？' or '!' or '?'
                || (i > inside && c is ',' && !(i > 0 && char.IsAsciiDigit(text[i - 1]) && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1])))
                || (i > inside && c is ':' && !(i > 0 && char.IsAsciiDigit(text[i - 1])));
            if (separator)
            {
                if (current.Length > 0)
                {
                    clauses.Add(current.ToString().Trim());
                    current.Clear();
                }
            }
            else
            {
                current.Append(c);
            }
        }

        if (current.Length > 0)
        {
            clauses.Add(current.ToString().Trim());
        }

        return clauses;
    }

    internal static List<string> PathNames(string subject)
    {
        var names = new List<string>();
        int from = 0;
        foreach (string marker in new[] { "（类）", "（款）", "（项）" })
        {
            int at = subject.IndexOf(marker, from, StringComparison.Ordinal);
            if (at < 0)
            {
                break;
            }

            names.Add(subject[from..at].Trim());
            from = at + marker.Length;
        }

        return names;
    }

    internal static bool OneCharApart(string a, string b)
    {
        if (a.Length != b.Length || a.Length < 3)
        {
            return false;
        }

        int differences = 0;
        for (int i = 0; i < a.Length && differences < 2; i++)
        {
            differences += a[i] == b[i] ? 0 : 1;
        }

        return differences == 1;
    }
}
