using System.Globalization;
using System.Text;
using Budget.Domain.Classification;
using Budget.Domain.Money;
using Budget.Domain.Statements;
using Budget.Domain.Tables;

namespace Budget.Domain.Reading;

/// <summary>
/// The narrative: paragraphs (joined across page breaks), split into clauses at Chinese punctuation; each clause
/// is an amount (主语 433,002.21 万元), a share (占 9.26%, 占收入预算的 9.26%), a change (比 2023 年执行数增加 …,
/// 增长 93.59%, 与 … 持平) or no figure. 其他重要事项 is read into <see cref="OtherMatters"/>.
/// </summary>
internal sealed partial class DocumentReader
{
    private static readonly (string Word, ChangeDirection? Direction)[] DirectionWords =
    [
        ("增加", ChangeDirection.Increase), ("增长", ChangeDirection.Increase), ("减少", ChangeDirection.Decrease),
        ("降低", ChangeDirection.Decrease), ("下降", ChangeDirection.Decrease), ("增减", null),
    ];

    private static readonly string[] Connectors = ["其中", "主要是", "主要包括", "包括", "另外", "同时", "此外", "分别为", "合计"];

    private readonly List<(NarrativeFigure Figure, int Line)> otherFigures = [];
    private readonly List<(string Section, string Text, int Line)> otherParagraphs = [];

    /// <summary>The indices of the section's figures that are amounts, in order: a share without its base takes the
    /// one before its own amount at once, so the narrative reads in linear time.</summary>
    private readonly List<int> amountIndices = [];
    private string narrativeSection = string.Empty;
    private int sectionStart;
    private string? lastChangeBasis;
    private List<string>? subjectPrefixes;

    private static string? SectionOfNarrativeHeading(string text)
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

    /// <summary>Reads a paragraph as one step: a defect in it leaves out that paragraph's figures only (its text is
    /// kept as a passage already).</summary>
    private void ReadParagraphAlone(string section, bool otherMatters, string text, int line)
    {
        var counts = (narrative.Count, otherFigures.Count, otherParagraphs.Count);
        Step(line, "the paragraph", () =>
        {
            ReadParagraph(section, otherMatters, text, line);
            return 0;
        }, () =>
        {
            narrative.RemoveRange(counts.Item1, narrative.Count - counts.Item1);
            otherFigures.RemoveRange(counts.Item2, otherFigures.Count - counts.Item2);
            otherParagraphs.RemoveRange(counts.Item3, otherParagraphs.Count - counts.Item3);
            amountIndices.Clear();
            return 0;
        });
    }

    private void ReadParagraph(string section, bool otherMatters, string text, int line)
    {
        if (section != narrativeSection || otherMatters)
        {
            narrativeSection = section;
            sectionStart = otherMatters ? otherFigures.Count : narrative.Count;
            lastChangeBasis = null;
            amountIndices.Clear();
        }

        if (otherMatters && (section.Contains("国有资产", StringComparison.Ordinal) || section.Contains("绩效", StringComparison.Ordinal)))
        {
            otherParagraphs.Add((section, text, line));
            return;
        }

        var figures = otherMatters ? new List<NarrativeFigure>() : narrative;
        int paragraphStart = figures.Count;
        string? lastSubject = null;
        int? lastChange = null;
        var sentences = Sentences(text);
        int sentence = 0;
        foreach (string clause in Clauses(text))
        {
            // The sentence a clause stands in: clauses come in order, so the first sentence from here that holds it.
            while (sentence < sentences.Count - 1 && !sentences[sentence].Contains(clause, StringComparison.Ordinal))
            {
                sentence++;
            }

            int before = figures.Count;
            ReadClause(section, clause, line, figures, paragraphStart, ref lastSubject, ref lastChange);
            for (int i = before; i < figures.Count; i++)
            {
                figures[i] = figures[i].WithSentence(sentences.Count == 0 ? clause : sentences[sentence]);
            }
        }

        if (otherMatters)
        {
            otherFigures.AddRange(figures.Select(f => (f, line)));
        }
        else
        {
            for (int i = paragraphStart; i < figures.Count; i++)
            {
                figures[i] = figures[i].WithLocation(SourceLocation.AtLine(line));
            }
        }
    }

    private void ReadClause(string section, string clause, int line, List<NarrativeFigure> figures, int paragraphStart, ref string? lastSubject, ref int? lastChange)
    {
        var amount = FindAmount(clause, line, out int amountStart, out var unit, out int decimals);
        var rate = FindRate(clause, out int rateStart);
        int flat = clause.IndexOf("持平", StringComparison.Ordinal);
        if (flat > 0)
        {
            int with = clause.LastIndexOfAny(['与', '和', '同'], flat - 1);
            string basis = with >= 0 ? ReadText.Squeeze(clause[(with + 1)..flat]) : lastChangeBasis ?? string.Empty;
            string subject = Subject(with >= 0 ? clause[..with] : string.Empty) ?? lastSubject ?? string.Empty;
            if (subject.Length == 0 || basis.Length == 0)
            {
                Report(ReadRules.DanglingClause, line, 0, "A 持平 clause without a subject or base.", clause);
                return;
            }

            figures.Add(NarrativeFigure.OfChange(section, subject, null, null, ChangeDirection.Flat, basis, null, AmountUnit.WanYuan));
            lastChange = figures.Count - 1;
            lastChangeBasis = basis;
            return;
        }

        var (direction, directionAt, directionWord) = FindDirection(clause);
        int than = FindThan(clause, directionAt);
        if (directionAt >= 0 && (amount is not null || rate is not null) && (amountStart < 0 || amountStart > directionAt) && (rateStart < 0 || rateStart > directionAt))
        {
            if (than >= 0)
            {
                string basis = ReadText.Squeeze(clause[(than + 1)..directionAt]);
                string subject = Subject(clause[..than]) ?? lastSubject ?? string.Empty;
                if (subject.Length == 0 || direction is null)
                {
                    Report(ReadRules.DanglingClause, line, 0, "A change clause without a subject.", clause);
                    return;
                }

                figures.Add(NarrativeFigure.OfChange(section, subject, amount, rate, direction.Value, basis, null, unit).WithDecimals(decimals));
                lastChange = figures.Count - 1;
                lastChangeBasis = basis;
                lastSubject = subject;
                return;
            }

            string? own = Subject(clause[..directionAt]);
            if (own is null)
            {
                // 增长 93.59% / 增减额 0.00 万元: completes the change before it.
                if (lastChange is int c && c >= paragraphStart && c < figures.Count && figures[c] is { } f
                    && (rate is null || f.Rate is null) && (amount is null || f.Amount is null))
                {
                    figures[c] = new NarrativeFigure(f.Section, f.Subject, f.Kind, f.Amount ?? amount, f.Rate ?? rate, f.Basis, f.Direction, f.Code, amount is null ? f.Unit : unit).WithDecimals(f.Amount is null ? decimals : f.Decimals).WithLocation(f.Location).WithSentence(f.Sentence);
                    return;
                }

                Report(ReadRules.DanglingClause, line, 0, $"A “{directionWord}” clause with no change before it to complete.", clause);
                return;
            }

            if (direction is null || lastChangeBasis is null)
            {
                Report(ReadRules.DanglingClause, line, 0, "A change without the base it is measured against.", clause);
                return;
            }

            figures.Add(NarrativeFigure.OfChange(section, own, amount, rate, direction.Value, lastChangeBasis, null, unit).WithDecimals(decimals));
            lastChange = figures.Count - 1;
            lastSubject = own;
            return;
        }

        if (clause.StartsWith('占') && rate is not null)
        {
            string basis = Subject(clause[1..rateStart].TrimEnd().TrimEnd('的')) ?? string.Empty;
            int target = figures.Count - 1;
            if (target < paragraphStart || figures[target].Kind != FigureKind.Amount)
            {
                Report(ReadRules.DanglingClause, line, 0, "A share (占 …) with no amount before it.", clause);
                return;
            }

            // The share's own amount is the last amount figure (it becomes a share below); its base, when the clause
            // does not name one, is the amount before it.
            bool own = amountIndices.Count > 0 && amountIndices[^1] == target;
            if (basis.Length == 0)
            {
                int start = Math.Min(sectionStart, target);
                int before = amountIndices.Count - (own ? 2 : 1);
                basis = before >= 0 && amountIndices[before] >= start && amountIndices[before] < target ? figures[amountIndices[before]].Subject : string.Empty;
            }

            if (basis.Length == 0)
            {
                Report(ReadRules.DanglingClause, line, 0, "A share (占 …) whose whole is stated nowhere before it.", clause);
                return;
            }

            if (own)
            {
                amountIndices.RemoveAt(amountIndices.Count - 1);
            }

            var part = figures[target];
            figures[target] = NarrativeFigure.OfShare(section, part.Subject, part.Amount, rate.Value, basis, part.Unit).WithDecimals(part.Decimals).WithLocation(part.Location).WithSentence(part.Sentence);
            return;
        }

        if (amount is not null)
        {
            string? subject = Subject(clause[..amountStart]);
            if (subject is null)
            {
                Report(ReadRules.UnreadFigure, line, 0, "An amount the narrative states without saying what it is.", clause);
                return;
            }

            figures.Add(NarrativeFigure.OfAmount(section, subject, amount.Value, unit).WithDecimals(decimals));
            amountIndices.Add(figures.Count - 1);
            lastSubject = subject;
        }
    }

    /// <summary>The subject a clause's text names: numbering, department, year and connectors removed; a 类/款/项 path ends at its last marker. Null when nothing is left.</summary>
    private string? Subject(string text)
    {
        string t = ReadText.StripNumbering(text.Trim());
        int at = 0, before = -1;
        while (at != before)
        {
            before = at;
            while (at < t.Length && (char.IsWhiteSpace(t[at]) || t[at] is '：' or ':' or '，' or ','))
            {
                at++;
            }

            foreach (string prefix in SubjectPrefixes())
            {
                if (t.AsSpan(at).StartsWith(prefix, StringComparison.Ordinal))
                {
                    at += prefix.Length;
                }
            }

            if (ReadText.YearAt(t, at, out int end))
            {
                at = end < t.Length && t[end] == '度' ? end + 1 : end;
            }
        }

        t = t[at..];
        int path = Math.Max(t.LastIndexOf("（项）", StringComparison.Ordinal), Math.Max(t.LastIndexOf("（款）", StringComparison.Ordinal), t.LastIndexOf("（类）", StringComparison.Ordinal)));
        if (path >= 0)
        {
            t = t[..(path + 3)];
        }
        else if (t.EndsWith('为') || t.EndsWith('是'))
        {
            t = t[..^1];
        }

        t = t.Trim();
        return t.Length == 0 ? null : t;
    }

    /// <summary>What a subject may begin with and is not part of it: the unit's and department's names, connectives.</summary>
    private IReadOnlyList<string> SubjectPrefixes() =>
        subjectPrefixes ??= [.. new[] { unitName, department?.Name }.OfType<string>().Where(p => p.Length > 0).Concat(Connectors)];

    private static (ChangeDirection? Direction, int At, string Word) FindDirection(string clause)
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

    /// <summary>The 比 of "比 2023 年执行数增加" before the direction word, or -1 (比例, 比重 and 对比 are not it).</summary>
    private static int FindThan(string clause, int before)
    {
        if (before < 0)
        {
            return -1;
        }

        int at = clause.LastIndexOf('比', before);
        if (at < 0 || (at + 1 < clause.Length && clause[at + 1] is '例' or '重' or '率') || (at > 0 && clause[at - 1] == '对'))
        {
            return -1;
        }

        return at;
    }

    /// <summary>The first number followed by a unit (万元, 亿元, 元).</summary>
    private Amount? FindAmount(string clause, int line, out int start, out AmountUnit unit, out int decimals)
    {
        unit = AmountUnit.WanYuan;
        decimals = -1;
        foreach (var (i, end, next) in Numbers(clause))
        {
            var rest = clause.AsSpan(next);
            AmountUnit? u = rest.StartsWith("万元", StringComparison.Ordinal) ? AmountUnit.WanYuan
                : rest.StartsWith("亿元", StringComparison.Ordinal) ? AmountUnit.YiYuan
                : rest.Length > 0 && rest[0] == '元' ? AmountUnit.Yuan : null;
            if (u is null)
            {
                continue;
            }

            start = i;
            unit = u.Value;
            var parsed = Amount.Parse(clause[i..end], unit);
            if (parsed.TryGetValue(out var amount))
            {
                decimals = NumberText.TryScan(clause[i..end], NumberSyntax.Amount, out var scanned, out _) ? scanned.PrintedScale : -1;
                return amount;
            }

            Report(ReadRules.UnreadableAmount, line, 0, $"The narrative's amount “{clause[i..end]}” is not an amount: {parsed.Error!.Message}", clause);
            break;
        }

        start = -1;
        return null;
    }

    /// <summary>The first number followed by a percent sign.</summary>
    private static Rate? FindRate(string clause, out int start)
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

    /// <summary>The numbers of a clause, in order: where each starts and ends, and the index after the spaces that follow it.</summary>
    private static IEnumerable<(int Start, int End, int Next)> Numbers(string clause)
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
    private static bool NumberAt(string text, int i, out int end)
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
    private static List<string> Sentences(string text)
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
    private static List<string> Clauses(string text)
    {
        var clauses = new List<string>();
        var current = new StringBuilder();
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            bool separator = c is '，' or '。' or '；' or '：' or '、' or ';' or '！' or '？' or '!' or '?'
                || (c is ',' && !(i > 0 && char.IsAsciiDigit(text[i - 1]) && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1])))
                || (c is ':' && !(i > 0 && char.IsAsciiDigit(text[i - 1])));
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

    /// <summary>Gives each figure whose subject is a 类/款/项 path the code of the rows it names in 一般公共预算支出表 (or 支出总表).</summary>
    private List<NarrativeFigure> ResolveCodes(List<NarrativeFigure> figures)
    {
        var rows = (Table<GeneralPublicBudgetExpenditureTable>(TableKind.GeneralPublicBudgetExpenditure)?.Rows.Select(r => (r.Code.Value, r.Name, Key: ReadText.Key(r.Name)))
            ?? Table<ExpenditureTable>(TableKind.Expenditure)?.Rows.Select(r => (r.Code.Value, r.Name, Key: ReadText.Key(r.Name)))
            ?? []).ToList();
        var children = rows.ToLookup(r => r.Value.Length > 3 ? r.Value[..^2] : string.Empty);
        var exactly = new Dictionary<(string Parent, string Key), (string Value, string Name, string Key)?>();
        foreach (var row in rows)
        {
            var at = (row.Value.Length > 3 ? row.Value[..^2] : string.Empty, row.Key);
            exactly[at] = exactly.ContainsKey(at) ? null : row;
        }

        var resolved = new List<NarrativeFigure>(figures.Count);
        var reported = new HashSet<string>();
        for (int f = 0; f < figures.Count; f++)
        {
            var figure = figures[f];
            var names = PathNames(figure.Subject);
            if (names.Count == 0)
            {
                resolved.Add(figure);
                continue;
            }

            string? code = null;
            string? approximate = null;
            string parent = string.Empty;
            for (int level = 0; level < names.Count; level++)
            {
                string key = ReadText.Key(names[level]);
                int length = (level * 2) + 3;
                var match = exactly.GetValueOrDefault((parent, key)) is { } row && row.Value.Length == length ? row
                    : children[parent].Where(r => r.Value.Length == length && OneCharApart(r.Key, key)).ToList() is { Count: 1 } near ? near[0] : ((string Value, string Name, string Key)?)null;
                if (match is not { } found)
                {
                    code = null;
                    break;
                }

                if (found.Key != key)
                {
                    approximate = $"“{names[level]}” is printed “{found.Name}” in the table";
                }

                code = parent = found.Value;
            }

            int line = figures[f].Location.Line;
            if (code is null && reported.Add(figure.Subject))
            {
                Report(ReadRules.NarrativeCode, line, 0, $"The path “{figure.Subject}” names no rows of the tables; the figure has no code.", figure.Subject);
            }
            else if (approximate is not null && reported.Add(figure.Subject))
            {
                Report(ReadRules.NarrativeCode, line, 0, $"{approximate}; the figure is given the code {code}.", figure.Subject);
            }

            resolved.Add(new NarrativeFigure(figure.Section, figure.Subject, figure.Kind, figure.Amount, figure.Rate, figure.Basis, figure.Direction, code, figure.Unit).WithDecimals(figure.Decimals).WithLocation(figure.Location).WithSentence(figure.Sentence));
        }

        return resolved;
    }

    private static List<string> PathNames(string subject)
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

    private static bool OneCharApart(string a, string b)
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

    /// <summary>Joins the lines of a narrative paragraph across page breaks, then reads it.</summary>
    private sealed class ParagraphBuilder(DocumentReader reader)
    {
        private readonly StringBuilder text = new();
        private int first;
        private int last;

        public string Section { get; set; } = string.Empty;

        public bool OtherMatters { get; set; }

        public void Add(SourceLine line)
        {
            if (text.Length > 0 && line.Number > last + 1 && text[^1] is '。' or '；' or '！' or '？')
            {
                Flush();
            }

            if (text.Length == 0)
            {
                first = line.Number;
            }

            text.Append(line.Text);
            last = line.Number;
        }

        public void Flush()
        {
            if (text.Length == 0)
            {
                return;
            }

            string paragraph = text.ToString();
            text.Clear();
            reader.passages.Add(new Passage(Section, first, paragraph));
            reader.ReadParagraphAlone(Section, OtherMatters, paragraph, first);
        }
    }
}
