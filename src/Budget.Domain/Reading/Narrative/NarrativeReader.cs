using System.Globalization;
using System.Text;
using Budget.Domain.Money;
using Budget.Domain.Statements;
using Budget.Domain.Tables;
using Budget.Domain.Validation;

using static Budget.Domain.Reading.Narrative.NarrativeText;

namespace Budget.Domain.Reading.Narrative;

/// <summary>
/// The narrative stage every source shares: paragraphs (their lines joined) in their sections, split into clauses at
/// Chinese punctuation; each clause is an amount (主语 433,002.21 万元), a share (占 9.26%, 占收入预算的 9.26%), a change
/// (比 2023 年执行数增加 …, 增长 93.59%, 与 … 持平) or no figure. The sections of 其他重要事项 give
/// <see cref="OtherMatters"/>: 机关运行经费 and 政府采购 from their figures, 国有资产占有使用情况 (date, vehicles by kind,
/// equipment) and 预算绩效管理情况 (amount covered, number of sheets) from their paragraphs.
/// </summary>
internal sealed partial class NarrativeReader
{

    private readonly Action<ReadDiagnostic> report;
    /// <summary>What a subject may begin with and is not part of it: the unit's and department's names, connectives.</summary>
    private readonly List<string> subjectPrefixes;
    private readonly List<NarrativeFigure> narrative = [];
    private readonly List<NarrativeFigure> otherFigures = [];
    private readonly List<(string Section, string Text, SourceLocation At)> otherParagraphs = [];

    /// <summary>The indices of the section's figures that are amounts, in order: a share without its base takes the
    /// one before its own amount at once, so the narrative reads in linear time.</summary>
    private readonly List<int> amountIndices = [];
    private string narrativeSection = string.Empty;
    private int sectionStart;
    private string? lastChangeBasis;

    /// <summary>The 类/款/项 path a clause of the paragraph named alone (“…（项）”：), which the subjects after it that
    /// name no path of their own belong to (年初预算为 …, 支出决算为 …).</summary>
    private string? pathContext;

    /// <summary>The whole whose parts the paragraph lists from here (the amount before a 其中, or the subject of a
    /// clause “…决算中”), or null: a share after it without a base of its own is a share of that whole.</summary>
    private string? ofWhich;

    /// <summary>Starts the narrative of one document.</summary>
    /// <param name="names">The names a subject may begin with and that are not part of it: the department's, the unit's.</param>
    /// <param name="report">Where the diagnostics go.</param>
    public NarrativeReader(IEnumerable<string?> names, Action<ReadDiagnostic> report)
    {
        this.report = report;
        subjectPrefixes = [.. names.OfType<string>().Where(p => p.Length > 0).Distinct().Concat(Connectors)];
    }

    /// <summary>The count of figures and paragraphs read so far, to undo a paragraph's reading with <see cref="Undo"/>.</summary>
    public (int Narrative, int Other, int Paragraphs) Mark => (narrative.Count, otherFigures.Count, otherParagraphs.Count);

    /// <summary>Forgets what was read after <paramref name="mark"/> (a paragraph whose reading failed).</summary>
    public void Undo((int Narrative, int Other, int Paragraphs) mark)
    {
        narrative.RemoveRange(mark.Narrative, narrative.Count - mark.Narrative);
        otherFigures.RemoveRange(mark.Other, otherFigures.Count - mark.Other);
        otherParagraphs.RemoveRange(mark.Paragraphs, otherParagraphs.Count - mark.Paragraphs);
        amountIndices.Clear();
    }

    private void Report(Rule rule, SourceLocation at, string message, string raw) => report(new ReadDiagnostic(rule, at, message, raw));

    /// <summary>Reads one paragraph of a section: its clauses' figures, or (国有资产, 绩效 of 其他重要事项) its text.</summary>
    /// <param name="section">The section it stands in: 关于…的说明's subject, or the subsection's heading.</param>
    /// <param name="otherMatters">Whether the section is one of 其他重要事项.</param>
    /// <param name="text">The paragraph, its lines joined.</param>
    /// <param name="at">Where it starts.</param>
    public void Read(string section, bool otherMatters, string text, SourceLocation at)
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
            otherParagraphs.Add((section, text, at));
            return;
        }

        var figures = otherMatters ? new List<NarrativeFigure>() : narrative;
        int paragraphStart = figures.Count;
        pathContext = null;
        ofWhich = null;
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
            ReadClause(section, clause, at, figures, paragraphStart, ref lastSubject, ref lastChange);
            for (int i = before; i < figures.Count; i++)
            {
                figures[i] = figures[i].WithSentence(sentences.Count == 0 ? clause : sentences[sentence]);
            }
        }

        if (otherMatters)
        {
            otherFigures.AddRange(figures);
        }
        else
        {
            for (int i = paragraphStart; i < figures.Count; i++)
            {
                figures[i] = figures[i].WithLocation(at);
            }
        }
    }

    private void ReadClause(string section, string clause, SourceLocation at, List<NarrativeFigure> figures, int paragraphStart, ref string? lastSubject, ref int? lastChange)
    {
        if (clause.StartsWith("其中", StringComparison.Ordinal))
        {
            ofWhich = figures.Count > paragraphStart && figures[^1].Amount is not null ? figures[^1].Subject : null;
        }

        var amount = FindAmount(clause, at, out int amountStart, out var unit, out int decimals);
        var rate = FindRate(clause, out int rateStart);
        int flat = clause.IndexOf("持平", StringComparison.Ordinal);
        if (flat > 0)
        {
            // 与 2023 年持平, and 比 2022 年预算持平 (its subject in the clause before).
            int with = Math.Max(clause.LastIndexOfAny(['与', '和', '同'], flat - 1), FindThan(clause, flat));
            string basis = with >= 0 ? ReadText.Squeeze(clause[(with + 1)..flat]) : lastChangeBasis ?? string.Empty;
            string subject = Subject(with >= 0 ? clause[..with] : string.Empty) ?? lastSubject ?? string.Empty;
            if (subject.Length == 0 || basis.Length == 0)
            {
                Report(ReadRules.DanglingClause, at, "A 持平 clause without a subject or base.", clause);
                return;
            }

            figures.Add(NarrativeFigure.OfChange(section, subject, null, null, ChangeDirection.Flat, basis, null, AmountUnit.WanYuan));
            lastChange = figures.Count - 1;
            lastChangeBasis = basis;
            return;
        }

        if (amount is null && rate is null && flat < 0 && clause.Length > 3 && clause.EndsWith('中') && Subject(clause[..^1]) is { } whole)
        {
            // “三公”经费财政拨款支出决算中，因公出国（境）费 … 占 0.00%: the whole the shares after it are of.
            ofWhich = whole;
            return;
        }

        if (amount is null && rate is null && flat < 0 && Subject(clause) is { } alone && PathNames(alone).Count > 0 && alone.EndsWith('）'))
        {
            pathContext = alone;
            return;
        }

        var (direction, directionAt, directionWord) = FindDirection(clause);
        int than = FindThan(clause, directionAt);
        if (directionAt < 0 && amount is null && rate is null && clause.EndsWith("相比", StringComparison.Ordinal) && ComparedWith(clause, clause.Length - 1) is int compared and >= 0)
        {
            // 与 2023 年度相比，收入支出总计增加 …: the base of the change in the next clause.
            lastChangeBasis = ReadText.Squeeze(clause[(compared + 1)..^2]);
            return;
        }

        if (directionAt >= 0 && (amount is not null || rate is not null) && (amountStart < 0 || amountStart > directionAt) && (rateStart < 0 || rateStart > directionAt))
        {
            if (than >= 0)
            {
                // 比上年增加, 较上年增加, and 与上年相比增加 (the base between 与 and 相比).
                int with = ComparedWith(clause, than);
                string basis = ReadText.Squeeze(with >= 0 ? clause[(with + 1)..(than - 1)] : clause[(than + 1)..directionAt]);
                string subject = Subject(clause[..(with >= 0 ? with : than)]) ?? lastSubject ?? string.Empty;
                if (subject.Length == 0 || direction is null)
                {
                    Report(ReadRules.DanglingClause, at, "A change clause without a subject.", clause);
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

                Report(ReadRules.DanglingClause, at, $"A “{directionWord}” clause with no change before it to complete.", clause);
                return;
            }

            if (direction is null || lastChangeBasis is null)
            {
                Report(ReadRules.DanglingClause, at, "A change without the base it is measured against.", clause);
                return;
            }

            figures.Add(NarrativeFigure.OfChange(section, own, amount, rate, direction.Value, lastChangeBasis, null, unit).WithDecimals(decimals));
            lastChange = figures.Count - 1;
            lastSubject = own;
            return;
        }

        // 占 9.26%, 占收入预算的 9.26%, and 完成年初预算的 95.89% (the amount before it is that share of its base).
        int share = clause.StartsWith('占') ? 1 : clause.StartsWith("完成", StringComparison.Ordinal) ? 2 : 0;
        if (share > 0 && rate is not null && rateStart >= share)
        {
            string basis = InContext(Subject(clause[share..rateStart].TrimEnd().TrimEnd('的'))) ?? string.Empty;
            int target = figures.Count - 1;
            if (target < paragraphStart || figures[target].Kind != FigureKind.Amount)
            {
                Report(ReadRules.DanglingClause, at, "A share (占 …) with no amount before it.", clause);
                return;
            }

            // The share's own amount is the last amount figure (it becomes a share below); its base, when the clause
            // does not name one, is the amount before it.
            bool own = amountIndices.Count > 0 && amountIndices[^1] == target;
            if (basis.Length == 0 && ofWhich is not null && ofWhich != figures[target].Subject)
            {
                basis = ofWhich;
            }

            if (basis.Length == 0)
            {
                int start = Math.Min(sectionStart, target);
                int before = amountIndices.Count - (own ? 2 : 1);
                basis = before >= 0 && amountIndices[before] >= start && amountIndices[before] < target ? figures[amountIndices[before]].Subject : string.Empty;
            }

            if (basis.Length == 0)
            {
                Report(ReadRules.DanglingClause, at, "A share (占 …) whose whole is stated nowhere before it.", clause);
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
            string? subject = InContext(Subject(clause[..amountStart]));
            if (subject is null)
            {
                Report(ReadRules.UnreadFigure, at, "An amount the narrative states without saying what it is.", clause);
                return;
            }

            if (PathNames(subject).Count > 0)
            {
                pathContext = subject[..(subject.LastIndexOf('）') + 1)];
            }

            figures.Add(NarrativeFigure.OfAmount(section, subject, amount.Value, unit).WithDecimals(decimals));
            amountIndices.Add(figures.Count - 1);
            lastSubject = subject;
        }
    }

    /// <summary>A subject that names no path of its own, under the path a clause before it named alone.</summary>
    private string? InContext(string? subject) =>
        subject is not null && pathContext is not null && PathNames(subject).Count == 0 ? pathContext + subject : subject;

    /// <summary>The subject a clause's text names: numbering, department, year and connectors removed; a 类/款/项 path ends at its last marker. Null when nothing is left.</summary>
    private string? Subject(string text)
    {
        // Quotes around a path (“…（项）”) and half-width parentheses in its markers ((款), （款)) are not the subject's.
        string t = Unquoted(ReadText.StripNumbering(text.Trim()));
        foreach (string level in new[] { "类", "款", "项" })
        {
            t = t.Replace("(" + level + ")", "（" + level + "）", StringComparison.Ordinal).Replace("（" + level + ")", "（" + level + "）", StringComparison.Ordinal).Replace("(" + level + "）", "（" + level + "）", StringComparison.Ordinal);
        }

        int at = 0, before = -1;
        while (at != before)
        {
            before = at;
            while (at < t.Length && (char.IsWhiteSpace(t[at]) || t[at] is '：' or ':' or '，' or ','))
            {
                at++;
            }

            foreach (string prefix in subjectPrefixes)
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

        // An amount inside a parenthesis (国内公务接待支出 0.39 万（含外宾接待支出 0.00 万元）) is the parenthesis's subject.
        int open = t.LastIndexOf('（');
        if (open >= 0 && t.IndexOf('）', open) < 0 && open + 1 < t.Length)
        {
            t = t[(open + 1)..].TrimStart('含');
        }

        int path = Math.Max(t.LastIndexOf("（项）", StringComparison.Ordinal), Math.Max(t.LastIndexOf("（款）", StringComparison.Ordinal), t.LastIndexOf("（类）", StringComparison.Ordinal)));
        if (path >= 0)
        {
            // A path's figure is its budget (…（项）2024年预算数为); one of the year before says so (…（项）”2022年当年预算执行数为).
            string rest = t[(path + 3)..];
            t = t[..(path + 3)] + (rest.Contains("执行", StringComparison.Ordinal) ? "执行数" : string.Empty);
        }
        else if (t.EndsWith('为') || t.EndsWith('是'))
        {
            t = t[..^1];
        }

        t = Unquoted(t);
        return t.Length == 0 ? null : t;
    }

    /// <summary>A subject without the quotes around a path (“…（项）”), but with those inside a name (“三公”经费).</summary>
    private static string Unquoted(string text)
    {
        string t = text.Trim();
        if (t.Length < 2 || t[0] != '“')
        {
            return t;
        }

        int close = t.IndexOf('”', 1);
        return close < 0 ? t[1..].Trim()
            : close == t.Length - 1 || t[close - 1] == '）' ? string.Concat(t.AsSpan(1, close - 1), t.AsSpan(close + 1)).Trim()
            : t;
    }

    /// <summary>The first number followed by a unit (万元, 亿元, 元).</summary>
    private Amount? FindAmount(string clause, SourceLocation at, out int start, out AmountUnit unit, out int decimals)
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

            Report(ReadRules.UnreadableAmount, at, $"The narrative's amount “{clause[i..end]}” is not an amount: {parsed.Error!.Message}", clause);
            break;
        }

        start = -1;
        return null;
    }

    /// <summary>The narrative's figures, each whose subject is a 类/款/项 path with the code of the rows it names.</summary>
    /// <param name="rows">The coded rows of 一般公共预算支出表 (or 支出总表): code and name.</param>
    /// <returns>The figures in the order read.</returns>
    public List<NarrativeFigure> Figures(IEnumerable<(string Value, string Name)> rows) => ResolveCodes(narrative, [.. rows.Select(r => (r.Value, r.Name, Key: ReadText.Key(r.Name)))]);

    /// <summary>The figures as read, no code resolved (when resolving failed).</summary>
    public IReadOnlyList<NarrativeFigure> Unresolved => narrative;

    private List<NarrativeFigure> ResolveCodes(List<NarrativeFigure> figures, List<(string Value, string Name, string Key)> rows)
    {
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

            var at = figures[f].Location;
            if (code is null && reported.Add(figure.Subject))
            {
                Report(ReadRules.NarrativeCode, at, $"The path “{figure.Subject}” names no rows of the tables; the figure has no code.", figure.Subject);
            }
            else if (approximate is not null && reported.Add(figure.Subject))
            {
                Report(ReadRules.NarrativeCode, at, $"{approximate}; the figure is given the code {code}.", figure.Subject);
            }

            resolved.Add(new NarrativeFigure(figure.Section, figure.Subject, figure.Kind, figure.Amount, figure.Rate, figure.Basis, figure.Direction, code, figure.Unit).WithDecimals(figure.Decimals).WithLocation(figure.Location).WithSentence(figure.Sentence));
        }

        return resolved;
    }
}
