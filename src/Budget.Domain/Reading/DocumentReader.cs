using System.Globalization;
using Budget.Domain.Classification;
using Budget.Domain.Money;
using Budget.Domain.Performance;
using Budget.Domain.Statements;
using Budget.Domain.Tables;
using Budget.Domain.Validation;

namespace Budget.Domain.Reading;

/// <summary>
/// One reading of one document: walks the lines once, hands each table, sheet and narrative paragraph to its
/// reader, and collects what it read, the diagnostics and the passages. The partial files hold the table, sheet and
/// narrative readers.
/// </summary>
internal sealed partial class DocumentReader
{
    private readonly List<SourceLine> lines;
    private readonly List<ReadDiagnostic> diagnostics = [];
    private readonly List<Passage> passages = [];
    private readonly Dictionary<TableKind, TableSource> sources = [];
    private readonly Dictionary<TableKind, (IStandardTable Table, int Line)> tables = [];
    private readonly Dictionary<(TableKind, RowSide, string), Tables.SourceLocation> rowLocations = [];
    private readonly List<PerformanceSheet> sheets = [];
    private readonly HashSet<string> sheetNames = [];

    private Department? department;
    private Department? sheetDepartment;
    private string? unitName;
    private int? fiscalYear;
    private DocumentKind documentKind;
    private bool titleSeen;
    private int firstYear;

    private DocumentReader(List<SourceLine> lines)
    {
        this.lines = lines;
    }

    private enum Mode
    {
        Prose,
        Narrative,
        OtherMatters,
    }

    public static DisclosureReadResult Read(string text) => Read(SourceLine.Split(text));

    public static DisclosureReadResult Read(TextReader text) => Read(SourceLine.Split(text));

    /// <summary>Reads a decoded text with what the decoding found (the encoding used) as its first diagnostics.</summary>
    public static DisclosureReadResult Read(string text, IEnumerable<ReadDiagnostic> decoding) => Read(SourceLine.Split(text), decoding);

    private static DisclosureReadResult Read(List<SourceLine> lines, IEnumerable<ReadDiagnostic>? decoding = null)
    {
        var reader = new DocumentReader(lines);
        reader.diagnostics.AddRange(decoding ?? []);

        // Every step is guarded on its own (Step): a defect in one table, sheet or paragraph loses only that part,
        // reported as RD099 on its line, never the rest of the document.
        reader.Step(0, "the document's lines", reader.Run);
        reader.ReleaseLines();
        reader.Step(0, "the tables", reader.ReadTables);
        return reader.Step(0, "the result", reader.Result, () => new DisclosureReadResult(
            new DepartmentBudget(new Department("0", "未知部门"), 1950, DocumentKind.Budget), reader.diagnostics, reader.passages));
    }

    /// <summary>For tests only: a step (what, line) for which this thread's reads fail as a defect would, to show that a
    /// defect loses only its step's part.</summary>
    [ThreadStatic]
    internal static Func<string, int, bool>? FailingStep;

#pragma warning disable CA1031 // The reader's promise is to never throw: a defect becomes a diagnostic (and tests assert it never appears).
    /// <summary>Runs one reading step; a defect in it is reported on <paramref name="line"/> and the step's part is left out.</summary>
    private void Step(int line, string what, Action step)
    {
        try
        {
            Probe(line, what);
            step();
        }
        catch (Exception e)
        {
            Defect(e, line, what);
        }
    }

    /// <summary>Runs one reading step that gives a value; on a defect, reports it and gives the fallback.</summary>
    private T Step<T>(int line, string what, Func<T> step, Func<T> fallback)
    {
        try
        {
            Probe(line, what);
            return step();
        }
        catch (Exception e)
        {
            Defect(e, line, what);
            return fallback();
        }
    }
#pragma warning restore CA1031

    private static void Probe(int line, string what)
    {
        if (FailingStep is { } fails && fails(what, line))
        {
            throw new InvalidOperationException("A defect injected by a test.");
        }
    }

    private void Defect(Exception e, int line, string what) =>
        diagnostics.Add(new ReadDiagnostic(ReadRules.InternalError, line, 0, $"Reading {what} failed: {e.GetType().Name}: {e.Message} That part is left out; the rest is read. Please report it with the text read.", e.StackTrace?.Split('\n').FirstOrDefault()?.Trim() ?? string.Empty));

    private void Report(Rule rule, int line, int column, string message, string raw) =>
        diagnostics.Add(new ReadDiagnostic(rule, line, column, message, raw));

    private void Run()
    {
        CheckText();
        var mode = Mode.Prose;
        var passage = new PassageBuilder(this);
        var paragraph = new ParagraphBuilder(this);
        int i = 0;
        while (i < lines.Count)
        {
            var line = lines[i];
            if (line.IsBlank || IsLabelLine(line.Text))
            {
                i++;
                continue;
            }

            if (!line.HasTab && !titleSeen && TryTitle(line.Text))
            {
                i++;
                continue;
            }

            if (!line.HasTab && (line.IsHeading || line.Text.Length <= 60))
            {
                string text = line.Text;
                if (IsSheetTitle(text) && FollowedByRows(i))
                {
                    paragraph.Flush();
                    passage.Flush();
                    int title = i;
                    i = Step(line.Number, "the performance sheet", () => ReadSheet(title), () => title + 1);
                    continue;
                }

                if (TableKindOfTitle(text) is { } kind && FollowedByRows(i))
                {
                    paragraph.Flush();
                    passage.Flush();
                    int title = i;
                    i = Step(line.Number, kind.ChineseTitle(), () => ReadTable(kind, title), () => title + 1);
                    continue;
                }

                if (SchemaOfTitle(text) is { } schema && FollowedByRows(i))
                {
                    paragraph.Flush();
                    passage.Flush();
                    int title = i;
                    i = Step(line.Number, schema.Title, () => ReadSchemaTable(schema, title), () => title + 1);
                    continue;
                }
            }

            if (line.IsHeading && !(mode is Mode.Narrative or Mode.OtherMatters && IsParagraphHeading(line)))
            {
                paragraph.Flush();
                string text = line.Text;
                if (IsPartHeading(text))
                {
                    passage.Flush();
                    if (text.Contains("情况说明", StringComparison.Ordinal))
                    {
                        mode = Mode.Narrative;
                        paragraph.Section = string.Empty;
                        paragraph.OtherMatters = false;
                    }
                    else
                    {
                        mode = Mode.Prose;
                        passage.Start(line);
                    }
                }
                else if (mode == Mode.Narrative || mode == Mode.OtherMatters)
                {
                    // The heading is kept too: the sections' own titles (（一）…规模变化情况) are text the model does not hold.
                    passages.Add(new Passage(text, line.Number, string.Empty));
                    if (text.Contains("其他重要事项", StringComparison.Ordinal))
                    {
                        mode = Mode.OtherMatters;
                        paragraph.Section = "其他重要事项";
                        paragraph.OtherMatters = true;
                    }
                    else if (mode == Mode.Narrative && Narrative.NarrativeText.SectionOfNarrativeHeading(text) is { } section)
                    {
                        paragraph.Section = section;
                    }
                    else if (mode == Mode.OtherMatters)
                    {
                        paragraph.Section = ReadText.StripNumbering(text);
                    }
                }
                else
                {
                    passage.Flush();
                    passage.Start(line);
                }

                i++;
                continue;
            }

            if (line.HasTab)
            {
                if (line.Cells.Any(c => c.Length > 0))
                {
                    Report(ReadRules.StrayLine, line.Number, 0, "A table row stands outside any table (no table title before it); it is kept here.", line.Raw);
                }

                i++;
                continue;
            }

            if (mode is Mode.Narrative or Mode.OtherMatters)
            {
                paragraph.Add(line);
            }
            else
            {
                passage.Add(line);
            }

            i++;
        }

        paragraph.Flush();
        passage.Flush();
    }

    /// <summary>After the walk over the lines only the tables' rows are needed (held by their sources): the rest is let
    /// go before the tables are read, and the first year the text mentions is kept for a document without a title.</summary>
    private void ReleaseLines()
    {
        if (!titleSeen)
        {
            firstYear = lines.Select(l => ReadText.TryFindYear(l.Text.Length > 0 ? l.Text : l.Raw, out int y, out _, out _) ? y : 0).FirstOrDefault(y => y > 0);
        }

        lines.Clear();
        lines.TrimExcess();
    }

    private DisclosureReadResult Result()
    {
        if (!titleSeen)
        {
            int year = firstYear;
            fiscalYear = year > 0 ? year : 1950;
            Report(ReadRules.MissingTitle, 0, 0, year > 0
                ? string.Create(CultureInfo.InvariantCulture, $"No title line states the department and fiscal year; the year {year} is the first one the text mentions.")
                : "No title line states the department and fiscal year, and the text mentions no year; 1950 stands in.", string.Empty);
        }

        department ??= sheetDepartment;
        if (department is null)
        {
            Report(ReadRules.MissingDepartment, 0, 0, "The department's code is stated neither in the title ([code]name) nor on a performance sheet; the code 0 stands in.", unitName ?? string.Empty);
            department = new Department("0", string.IsNullOrWhiteSpace(unitName) ? "未知部门" : unitName);
        }

        if (tables.Count == 0 && sheets.Count == 0 && schemaTables.Count == 0)
        {
            Report(ReadRules.NothingRead, 0, 0, "The text contains no standard table and no performance sheet.", string.Empty);
        }

        Step(0, "the tables' units", CheckUnits);
        var budget = new DepartmentBudget(department, fiscalYear ?? 1950, documentKind);
        foreach (var (kind, (table, line)) in tables.OrderBy(t => t.Key))
        {
            budget = Step(line, kind.ChineseTitle(), () => StandardTables.With(budget, table), () => budget);
        }

        if (narrative is { } read)
        {
            var rows = (Table<GeneralPublicBudgetExpenditureTable>(TableKind.GeneralPublicBudgetExpenditure)?.Rows.Select(r => (r.Code.Value, r.Name))
                ?? Table<ExpenditureTable>(TableKind.Expenditure)?.Rows.Select(r => (r.Code.Value, r.Name)) ?? []).ToList();
            budget = Step(0, "the narrative's codes", () => budget.WithNarrative(read.Figures(rows)), () => budget.WithNarrative(read.Unresolved));
            budget = Step(0, "其他重要事项", () => budget.WithOtherMatters(read.OtherMatters()), () => budget);
        }

        budget = Step(0, "the performance sheets", () => budget.WithPerformanceSheets(sheets), () => budget);
        return new DisclosureReadResult(budget, diagnostics.OrderBy(d => d.Line).ThenBy(d => d.Column), passages, schemaTables, Locate);
    }

    /// <summary>Notes the line (and column) a row of a standard table was read from, by the key <see cref="Locate"/> finds it by.</summary>
    private void LocateRow(TableKind kind, RowSide side, string key, int line, int column) =>
        rowLocations.TryAdd((kind, side, key), Tables.SourceLocation.AtLine(line, column));

    /// <summary>The key a row without a code is located by: its printed label, numbering and spacing aside.</summary>
    private static string LabelId(string label) => "n:" + ReadText.Key(ReadText.StripNumbering(label));

    /// <summary>A standard table of the disclosure with the line of its title and of each row it was read from.</summary>
    private Tables.Table Locate(Tables.Table table)
    {
        if (table.Schema.StandardKind is not { } kind || !tables.TryGetValue(kind, out var read))
        {
            return table;
        }

        return table.WithLocation(Tables.SourceLocation.AtLine(read.Line)).WithRows(table.Rows.Select(row =>
        {
            var key = row.Key;
            string text = key.Kind switch
            {
                RowKind.Code => "c:" + key.Value,
                RowKind.OneRow => "one",
                RowKind.Line when key.Value == "total" && key.Side == RowSide.None => "total",
                _ => LabelId(row.Label),
            };
            return rowLocations.TryGetValue((kind, key.Kind is RowKind.Line or RowKind.ClassLine ? key.Side : RowSide.None, text), out var at) ? row.WithLocation(at) : row;
        }));
    }

    private T? Table<T>(TableKind kind)
        where T : class, IStandardTable =>
        tables.TryGetValue(kind, out var t) ? (T)t.Table : null;

    private void CheckText()
    {
        foreach (var line in lines)
        {
            string raw = line.Raw;
            for (int c = 0; c < raw.Length; c++)
            {
                char ch = raw[c];
                // A form feed is the page break of PDF-to-text output, not a stray character.
                if (ch is (>= ' ' and < '\u007F') or (>= '\u00A0' and < '\uD800') or '\t' or '\f')
                {
                    continue;
                }

                if ((char.IsControl(ch) && ch != '\t') || ch == '\uFFFD' || char.IsSurrogate(ch) && !(char.IsHighSurrogate(ch) && c + 1 < raw.Length && char.IsLowSurrogate(raw[c + 1])) && !(char.IsLowSurrogate(ch) && c > 0 && char.IsHighSurrogate(raw[c - 1])))
                {
                    Report(ReadRules.NotText, line.Number, c + 1, string.Create(CultureInfo.InvariantCulture, $"The line holds U+{(int)ch:X4}, which is not text; the line is read as it decodes."), raw);
                    break;
                }
            }
        }
    }

    private void CheckUnits()
    {
        var units = tables.Values.Select(t => (t.Table.Unit, t.Line)).ToList();
        if (units.Count < 2)
        {
            return;
        }

        var common = units.GroupBy(u => u.Unit).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).First().Key;
        foreach (var (unit, line) in units.Where(u => u.Unit != common).OrderBy(u => u.Line))
        {
            Report(ReadRules.UnitMismatch, line, 0, $"This table is in {unit.Symbol()} while the document's other tables are in {common.Symbol()}; its amounts are read in {unit.Symbol()}.", unit.Symbol());
        }
    }

    private bool TryTitle(string text)
    {
        if (!ReadText.TryFindYear(text, out int year, out int start, out int end))
        {
            return false;
        }

        // After the year only: (度)(部门|单位)预算|决算(公开), as in "2024 年度预算" or "2024年部门决算".
        string after = ReadText.Squeeze(text[end..]);
        after = after.StartsWith('度') ? after[1..] : after;
        after = after.StartsWith("部门", StringComparison.Ordinal) || after.StartsWith("单位", StringComparison.Ordinal) ? after[2..] : after;
        after = after.EndsWith("公开", StringComparison.Ordinal) ? after[..^2] : after;
        if (after is not ("预算" or "决算"))
        {
            return false;
        }

        string name = text[..start].Trim();
        if (name.Length == 0)
        {
            return false;
        }

        titleSeen = true;
        fiscalYear = year;
        documentKind = after.Contains("决算", StringComparison.Ordinal) ? DocumentKind.FinalAccounts : DocumentKind.Budget;
        if (Department.TryParse(name, out var d))
        {
            department = d;
            unitName = d.Name;
        }
        else
        {
            unitName = name;
        }

        return true;
    }

    private static bool IsLabelLine(string text)
    {
        if (text.Length is 0 or > 24 || !text.Contains("公开表", StringComparison.Ordinal))
        {
            return false;
        }

        string key = ReadText.Squeeze(text);
        int at = key.IndexOf("公开表", StringComparison.Ordinal);
        if (at < 0 || at > 2 || key.Length > at + 6)
        {
            return false;
        }

        return key[(at + 3)..].All(c => CellText.DigitValue(c) >= 0 || c is '-' or '－');
    }

    private static bool IsPartHeading(string text)
    {
        string t = text.TrimStart();
        return t.StartsWith('第') && t.Contains("部分", StringComparison.Ordinal) && t.IndexOf("部分", StringComparison.Ordinal) <= 5;
    }

    /// <summary>A heading in the narrative that is really the start of a numbered paragraph (#### 1. …).</summary>
    private static bool IsParagraphHeading(SourceLine line) =>
        line.HeadingLevel >= 4 || (line.Text.Length > 0 && char.IsAsciiDigit(line.Text[0]) && ReadText.StripNumbering(line.Text) != line.Text);

    private static bool IsSheetTitle(string text)
    {
        if (!text.Contains("绩效目标表", StringComparison.Ordinal))
        {
            return false;
        }

        string key = ReadText.Squeeze(text);
        return key.EndsWith("绩效目标表", StringComparison.Ordinal) && key.Length > 5 && !key.Contains("说明", StringComparison.Ordinal);
    }

    /// <summary>The standard table a title names, or null (narrative headings "关于…的说明" and sheet titles name none).</summary>
    internal static TableKind? TableKindOfTitle(string text)
    {
        if (!text.Contains('表', StringComparison.Ordinal))
        {
            return null;
        }

        // A continued table's title: "…表（续）", "…表(续表)", "续表：…表".
        string key = ReadText.Key(ReadText.StripNumbering(text)).Replace("(续表)", string.Empty, StringComparison.Ordinal).Replace("(续)", string.Empty, StringComparison.Ordinal);
        key = key.StartsWith("续表", StringComparison.Ordinal) ? key[2..].TrimStart(':') : key;
        if (key.Length > 40 || key.Contains("说明", StringComparison.Ordinal) || key.Contains("绩效", StringComparison.Ordinal) || key.Contains("部分", StringComparison.Ordinal))
        {
            return null;
        }

        if (!key.EndsWith('表'))
        {
            return null;
        }

        // The schemas decide first: a title of a kind with a typed view is that view; a title of another kind is read
        // over its schema (DocumentReader.Schemas.cs). The words below are the fallback for titles no schema lists.
        if (Tables.TableSchemaCatalogue.Default.TryFindByTitle(key, out var schema))
        {
            return schema.StandardKind;
        }

        return key switch
        {
            _ when key.Contains("三公", StringComparison.Ordinal) => TableKind.ThreePublicExpenses,
            _ when key.Contains("财政拨款收支总表", StringComparison.Ordinal) => TableKind.FiscalAppropriationSummary,
            _ when key.Contains("收支总表", StringComparison.Ordinal) => TableKind.IncomeExpenditureSummary,
            _ when key.Contains("收入总表", StringComparison.Ordinal) => TableKind.Income,
            _ when key.Contains("支出总表", StringComparison.Ordinal) => TableKind.Expenditure,
            _ when key.Contains("基本支出表", StringComparison.Ordinal) => TableKind.BasicExpenditure,
            _ when key.Contains("一般公共预算支出表", StringComparison.Ordinal) => TableKind.GeneralPublicBudgetExpenditure,
            _ when key.Contains("政府性基金", StringComparison.Ordinal) => TableKind.GovernmentFundExpenditure,
            _ when key.Contains("国有资本经营", StringComparison.Ordinal) => TableKind.StateCapitalExpenditure,
            _ => null,
        };
    }

    /// <summary>Whether the lines after a title reach a tab-separated row before any other text.</summary>
    private bool FollowedByRows(int titleIndex)
    {
        for (int j = titleIndex + 1; j < lines.Count && j <= titleIndex + 12; j++)
        {
            var line = lines[j];
            if (line.HasTab)
            {
                return true;
            }

            if (line.IsBlank || IsLabelLine(line.Text) || AmountUnits.TryParseStatement(line.Text, out _) || IsYearLine(line.Text))
            {
                continue;
            }

            return false;
        }

        return false;
    }

    /// <summary>A line such as (2024年度) under a sheet title.</summary>
    private static bool IsYearLine(string text)
    {
        if (text.Length is < 5 or > 16 || !text.Contains('年', StringComparison.Ordinal))
        {
            return false;
        }

        string t = ReadText.Squeeze(text).Trim('(', ')', '（', '）');
        return t.Length is >= 5 and <= 8 && ReadText.TryFindYear(t, out _, out int start, out _) && start == 0;
    }

    /// <summary>Collects prose lines under a heading into a passage.</summary>
    private sealed class PassageBuilder(DocumentReader reader)
    {
        private readonly List<string> text = [];
        private string heading = string.Empty;
        private int first;
        private int headingLine;

        public void Start(SourceLine line)
        {
            Flush();
            heading = line.Text;
            headingLine = line.Number;
        }

        public void Add(SourceLine line)
        {
            if (text.Count == 0)
            {
                first = line.Number;
            }

            text.Add(line.Raw.Trim());
        }

        public void Flush()
        {
            if (text.Count > 0)
            {
                reader.passages.Add(new Passage(heading, first, string.Join("\n", text)));
                reader.Report(ReadRules.UnknownSection, first, 0, heading.Length > 0 ? $"The text under “{heading}” is not part of the model; it is kept as a passage." : "Text outside any known section is kept as a passage.", heading);
                text.Clear();
            }
            else if (heading.Length > 0 && headingLine > 0)
            {
                // A heading with nothing under it (a table of contents line, a part title) is kept too.
                reader.passages.Add(new Passage(heading, headingLine, string.Empty));
            }

            heading = string.Empty;
            headingLine = 0;
        }
    }
}
