using System.Globalization;
using Budget.Domain.Money;
using Budget.Domain.Reading.Narrative;
using Budget.Domain.Statements;
using Budget.Domain.Tables;

namespace Budget.Domain.Reading.Layout;

/// <summary>
/// Reads a disclosure from positioned words: the recognition pipeline every source shares. Pages become lines
/// (<see cref="TextLine"/>); a line that is a table's title finds its schema; the 单位 line gives the table's unit;
/// the header lines give its columns (<see cref="HeaderColumns"/>); the body lines give its rows
/// (<see cref="TableRows"/>), across pages until the next title, a 注/说明 note or text that is not the table's; the
/// cover and the titles give the body, the year and the kind. Lines outside tables are kept as passages, one per page.
/// It never throws: what it cannot read is a <see cref="ReadDiagnostic"/> with the page and box it came from.
/// </summary>
public static class LayoutReader
{
    /// <summary>Reads a document laid out as words on pages, with the embedded table schemas.</summary>
    /// <param name="document">The document, as a source made it.</param>
    /// <returns>The disclosure, the diagnostics (the source's first) and the kept passages.</returns>
    public static DisclosureReadResult Read(LayoutDocument document) => Read(document, TableSchemaCatalogue.Default);

    /// <summary>Reads a document laid out as words on pages, finding tables by the schemas of a catalogue.</summary>
    /// <param name="document">The document, as a source made it.</param>
    /// <param name="schemas">The table schemas (the embedded ones, or those merged with a user's file).</param>
    /// <returns>The disclosure, the diagnostics (the source's first) and the kept passages.</returns>
    public static DisclosureReadResult Read(LayoutDocument document, TableSchemaCatalogue schemas)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(schemas);
        var diagnostics = new List<ReadDiagnostic>(document.Diagnostics);
        try
        {
            return ReadChecked(document, schemas, diagnostics);
        }
#pragma warning disable CA1031 // A defect of the reader is reported, never thrown (RD099).
        catch (Exception e)
#pragma warning restore CA1031
        {
            diagnostics.Add(new ReadDiagnostic(ReadRules.InternalError, SourceLocation.None, $"The reader failed: {e.GetType().Name}: {e.Message}", string.Empty));
            return new DisclosureReadResult(new Disclosure(new DisclosingBody("未知"), Cover.NoYear, DocumentKind.Budget), diagnostics);
        }
    }

    private static DisclosureReadResult ReadChecked(LayoutDocument document, TableSchemaCatalogue schemas, List<ReadDiagnostic> diagnostics)
    {
        var pages = document.Pages.Select(TextLine.Of).ToList();
        var (blocks, passages, prose) = Blocks(pages, schemas, diagnostics);
        var facts = Cover.Of(pages, blocks);
        if (facts.Year == Cover.NoYear && pages.Any(p => p.Count > 0))
        {
            diagnostics.Add(new ReadDiagnostic(ReadRules.MissingTitle, SourceLocation.None, $"No title or cover line states the fiscal year (20XX年); {Cover.NoYear} stands in.", string.Empty));
        }
        else if (!facts.Titled && pages.Any(p => p.Count > 0) && pages.SelectMany(p => p).FirstOrDefault()?.FromText == true)
        {
            diagnostics.Add(new ReadDiagnostic(ReadRules.MissingTitle, SourceLocation.None, $"No title or cover line names the year's 预算 or 决算; the year {facts.Year} is taken from the tables' titles or the first line naming one.", string.Empty));
        }

        var tables = new List<Table>();
        // A title with nothing under it (an entry of the contents, or a title quoted on its own line) is not a table;
        // a heading of a text that names a table and holds nothing is said (RD015).
        foreach (var empty in blocks.Where(b => !b.NotATable && !b.HasBody && b.Segments.All(s => s.Header.Count == 0) && b.Title.IsTextHeading))
        {
            diagnostics.Add(new ReadDiagnostic(ReadRules.EmptyTable, empty.Title.Location, $"{empty.Title.Text} has a title and no rows; it is not read.", empty.Title.Text));
        }

        blocks.RemoveAll(b => b.NotATable || (!b.HasBody && b.Segments.All(s => s.Header.Count == 0) && (b.Note.Count == 0 || b.Title.FromText)));
        var standardUnit = blocks.Where(b => b.Schema.StandardKind is not null && b.Unit is not null).GroupBy(b => b.Unit!.Value).OrderByDescending(g => g.Count()).Select(g => (AmountUnit?)g.Key).FirstOrDefault();
        foreach (var block in blocks)
        {
            if (block.Duplicate)
            {
                diagnostics.Add(new ReadDiagnostic(ReadRules.DuplicateTable, block.Title.Location, $"A second table titled {block.Title.Text}; the first is read, this one is not.", block.Title.Text));
                continue;
            }

            var unit = block.Unit ?? facts.Unit;
            if (block.Unit is null)
            {
                diagnostics.Add(new ReadDiagnostic(ReadRules.MissingUnit, block.Title.Location, $"{block.Title.Text}: no 单位 line; its amounts are read in {unit.Symbol()}.", block.Title.Text));
            }

            foreach (var segment in block.Segments)
            {
                foreach (string header in segment.Layout.Unmatched)
                {
                    diagnostics.Add(new ReadDiagnostic(ReadRules.UnknownColumn, segment.Header.LastOrDefault()?.Location ?? block.Title.Location, $"{block.Title.Text}: the header \"{header}\" is not a column of {block.Schema.Id}; its cells are not read.", header));
                }
            }

            // The column tables of the standard nine print every column of theirs; one missing is said (its cells read as blank).
            if (block.Schema.StandardKind is { } kind && kind is not (TableKind.IncomeExpenditureSummary or TableKind.FiscalAppropriationSummary)
                && block.Segments.FirstOrDefault(s => s.Layout.IsKnown) is { } first)
            {
                var named = first.Layout.Panels.SelectMany(p => p.Zones).Select(z => z.Column?.Key).ToHashSet();
                foreach (var column in block.Schema.Columns.Where(c => !named.Contains(c.Key)))
                {
                    diagnostics.Add(new ReadDiagnostic(ReadRules.MissingColumn, first.Header.LastOrDefault()?.Location ?? block.Title.Location, $"{block.Title.Text}: the header names no “{column.Header}” column; its cells are read as blank.", column.Header));
                }
            }

            if (block.Unit is { } own && block.Schema.StandardKind is not null && standardUnit is { } usual && own != usual)
            {
                diagnostics.Add(new ReadDiagnostic(ReadRules.UnitMismatch, block.Title.Location, $"{block.Title.Text} is in {own.Symbol()}, the other standard tables in {usual.Symbol()}; its amounts are read in {own.Symbol()}.", block.Title.Text));
            }

            var mark = diagnostics.Count;
            try
            {
                ReadSteps.Probe(block.Title.Text, block.Title.Location);
                tables.Add(TableRows.Build(block, unit, diagnostics));
            }
#pragma warning disable CA1031 // A defect in one table loses that table only (RD099), never the document.
            catch (Exception e)
#pragma warning restore CA1031
            {
                diagnostics.RemoveRange(mark, diagnostics.Count - mark);
                diagnostics.Add(new ReadDiagnostic(ReadRules.InternalError, block.Title.Location, $"Reading the table failed: {e.GetType().Name}: {e.Message} The table is left out.", block.Title.Text));
            }
        }

        var sheetLines = new HashSet<TextLine>();
        var sheets = SheetLayout.Read(prose, facts.Body.Name, diagnostics.Add, sheetLines);
        // A row of a grid (cells, not a sentence) that no table or sheet took stands outside any table.
        foreach (var stray in prose.OfType<TextLine>().Where(l => !sheetLines.Contains(l) && l.Words.Count >= 2 && l.FromText))
        {
            diagnostics.Add(new ReadDiagnostic(ReadRules.StrayLine, stray.Location, "A row of cells stands outside any table or sheet (no title before it); it is kept as text.", stray.Text));
        }

        var body = BodyOf(facts.Body, sheets);
        var narrative = new NarrativeReader([facts.Body.Name, body.Name], diagnostics.Add);
        Paragraphs.Read([.. prose.Select(l => l is not null && sheetLines.Contains(l) ? null : l)], narrative, diagnostics.Add);
        // The narrative's 类/款/项 paths name rows of any coded table (支出, 一般公共预算支出, 政府性基金 …): each code once.
        var rows = tables.SelectMany(t => t.Rows).Where(r => r.Key.Kind == RowKind.Code).DistinctBy(r => r.Key.Value)
            .Select(r => (r.Key.Value, r.NameAfterCode)).ToList();
        var disclosure = new Disclosure(body, facts.Year, facts.Kind).WithTables(tables).WithPassages(passages)
            .WithNarrative(narrative.Figures(rows)).WithOtherMatters(narrative.OtherMatters()).WithPerformanceSheets(sheets);
        if (tables.Count == 0 && sheets.Count == 0 && !document.Diagnostics.Any(d => d.Severity == Validation.Severity.Error))
        {
            diagnostics.Add(new ReadDiagnostic(ReadRules.NothingRead, SourceLocation.None, "The document holds no table of a known kind: it may not be a budget or final accounts disclosure.", string.Empty));
        }

        return new DisclosureReadResult(disclosure, diagnostics);
    }

    /// <summary>The body with its code: as a title prints it (<c>[117]人力资源社会保障部</c>), or, when the body is a
    /// department itself (its 本级 or 机关: the name the cover prints starts with the department's), the code of the
    /// 主管部门 its performance sheets name, a central department's.</summary>
    private static DisclosingBody BodyOf(DisclosingBody body, List<Performance.PerformanceSheet> sheets)
    {
        if (body.Code is not null)
        {
            return body;
        }

        if (Classification.Department.TryParse(body.Name, out var titled))
        {
            return new DisclosingBody(titled.Name, titled.Code, body.Scope, body.Level, body.BodyType, body.Region);
        }

        var departments = sheets.Select(s => s.Department).OfType<Classification.Department>().Where(d => d.Code != "0").Distinct().ToList();
        return departments is [var only] && body.Name.StartsWith(only.Name, StringComparison.Ordinal)
            ? new DisclosingBody(only.Name, only.Code, body.Scope, GovernmentLevel.Central, body.BodyType, body.Region)
            : body;
    }

    /// <summary>The tables' lines, found page by page, and the lines outside tables: as one passage per page, and in
    /// reading order for the narrative (null where a table stood).</summary>
    internal static (List<TableBlock> Blocks, List<Passage> Passages, List<TextLine?> Prose) Blocks(List<List<TextLine>> pages, TableSchemaCatalogue schemas) => Blocks(pages, schemas, []);

    private static (List<TableBlock> Blocks, List<Passage> Passages, List<TextLine?> Prose) Blocks(List<List<TextLine>> pages, TableSchemaCatalogue schemas, List<ReadDiagnostic> notes)
    {
        var blocks = new List<TableBlock>();
        var passages = new List<Passage>();
        var prose = new List<TextLine?>();
        TableBlock? open = null;
        foreach (var lines in pages)
        {
            var kept = new List<string>();
            int page = lines.Count > 0 ? lines[0].Page : 0;
            string heading = string.Create(CultureInfo.InvariantCulture, $"第{page}页");
            int headingLine = page;

            // The lines outside tables are kept as passages: one a page, and in a text one under each heading.
            void Keep()
            {
                if (kept.Count > 0)
                {
                    passages.Add(new Passage(heading, headingLine, string.Join("\n", kept)));
                    kept.Clear();
                }
            }

            // A text's heading of a part the model does not hold (概况, 主要职责, 名词解释): its text is a passage only.
            void Note(TextLine line)
            {
                if (Paragraphs.IsNotNarrative(line.Text) && !line.Text.EndsWith('表'))
                {
                    notes.Add(new ReadDiagnostic(ReadRules.UnknownSection, line.Location, $"The text under “{line.Text}” is not part of the model; it is kept as a passage.", line.Text));
                }
            }

            bool pageStart = true;
            foreach (var line in lines)
            {
                if (TitleOf(line, schemas) is { } schema)
                {
                    if (open is { Closed: false } && open.Schema == schema && !open.HasBody)
                    {
                        continue;
                    }

                    // A title repeated with 续 continues its table (a converter's page break); a second table under a
                    // title already read is reported (RD010) and not read.
                    var earlier = blocks.LastOrDefault(b => b.Schema == schema && !b.NotATable && !b.Duplicate);
                    if (earlier is not null && IsContinued(line.Text))
                    {
                        earlier.Closed = false;
                        earlier.Segments.Add(new TableBlock.Segment());
                        open = earlier;
                    }
                    else
                    {
                        open = new TableBlock(schema, line) { Duplicate = earlier is not null && earlier.HasBody };
                        blocks.Add(open);
                    }

                    prose.Add(null);
                    pageStart = false;
                    continue;
                }

                if (open is not { Closed: false } || !Take(open, line, pageStart))
                {
                    if (line.IsTextHeading)
                    {
                        Keep();
                        Note(line);
                        (heading, headingLine) = (line.Text, line.Location.Line);
                    }
                    else
                    {
                        kept.Add(string.Join(" ", line.Words.Select(w => w.Text)));
                    }

                    prose.Add(line);
                }

                pageStart = false;
            }

            Keep();
        }

        return (blocks, passages, prose);
    }

    /// <summary>Takes a line into an open table, or says it is not the table's (the table is then closed).</summary>
    private static bool Take(TableBlock block, TextLine line, bool pageStart)
    {
        string text = line.Text;
        if (IsNote(text))
        {
            block.Note.Add(text);
            return true;
        }

        // A heading of a text (larger type) ends a table: one with nothing under it was an entry of the contents.
        if (block.Note.Count > 0 || block.IsLargerThanBody(line) || line.IsTextHeading)
        {
            block.Closed = true;
            return false;
        }

        if (pageStart && block.HasBody)
        {
            // The table runs on: the next page repeats its header, or goes on with rows.
            var last = block.LayoutOf(block.Segments.Count - 1);
            if (!block.RepeatsHeader(line) && !IsBodyLine(line) && (!last.IsKnown || IsProse(line, last)))
            {
                block.Closed = true;
                return false;
            }

            block.Segments.Add(new TableBlock.Segment { InHeader = block.RepeatsHeader(line) });
        }

        if (UnitOf(line) is { } unit && !block.HasBody && (block.Current.Header.Count == 0 || block.Unit is null))
        {
            block.Unit = unit;
            return true;
        }

        if (!block.HasBody && block.Current.Header.Count == 0 && IsPreamble(line))
        {
            return true;
        }

        var segment = block.Current;
        if (segment.InHeader && IsProseText(line))
        {
            // Sentences under a title before any header: the title was quoted (a list of contents), not a table's.
            block.Closed = true;
            block.NotATable = !block.HasBody;
            return false;
        }

        if (segment.InHeader)
        {
            if ((!IsBodyLine(line) && !IsEmptyTotal(line, segment.Header)) || line.Text.StartsWith("栏次", StringComparison.Ordinal))
            {
                segment.Header.Add(line);
                return true;
            }

            segment.InHeader = false;
            if (segment.Header.Count > 0)
            {
                segment.Layout = HeaderColumns.Find(block.Schema, segment.Header);
            }
        }

        if (block.RepeatsHeader(line))
        {
            return true;
        }

        var layout = block.LayoutOf(block.Segments.Count - 1);
        if (layout.IsKnown && IsProse(line, layout))
        {
            block.Closed = true;
            return false;
        }

        segment.Body.Add(line);
        return true;
    }

    private static bool IsContinued(string title)
    {
        string text = title.TrimEnd();
        return text.EndsWith('续') || text.EndsWith("续）", StringComparison.Ordinal) || text.EndsWith("续)", StringComparison.Ordinal);
    }

    private static TableSchema? TitleOf(TextLine line, TableSchemaCatalogue schemas)
    {
        string text = line.Text;
        // A numbered title (三、单位支出总表) is an entry of a list of contents on a page; in a text it may be the table's.
        if (text.Length > 60 || text.Length < 4 || IsNote(text) || line.Words.Any(w => IsNumber(w.Text) && w.Text.Length != 4) || (IsListEntry(text) && !line.FromText))
        {
            return null;
        }

        // 表8 国有资本经营预算支出表: a table's number in front is no part of its title.
        string title = text.TrimEnd('（', '续', '）', '(', ')');
        int at = title.StartsWith('表') ? 1 : 0;
        while (at > 0 && at < title.Length && (char.IsAsciiDigit(title[at]) || title[at] is '-' or '.' or '．' or ' ' or '：' or ':'))
        {
            at++;
        }

        return schemas.TryFindByTitle(at > 1 ? title[at..] : title, out var schema) ? schema : null;
    }

    /// <summary>An entry of a table of contents or of a list: <c>4．2025年部门财政拨款收支预算总表</c>, <c>（三）…</c>.</summary>
    private static bool IsListEntry(string text) =>
        ReadText.StripNumbering(text).Length != text.Length && !text.StartsWith('表');

    private static bool IsNote(string text) =>
        text.StartsWith("注：", StringComparison.Ordinal) || text.StartsWith("注:", StringComparison.Ordinal) || text.StartsWith("说明：", StringComparison.Ordinal) || text.StartsWith("说明:", StringComparison.Ordinal)
        || text.StartsWith("备注：", StringComparison.Ordinal);

    /// <summary>The lines between a title and its header that are not the header: 编制部门/编制单位, the unit.</summary>
    private static bool IsPreamble(TextLine line) =>
        line.Words.All(w => w.Text.StartsWith("编制", StringComparison.Ordinal) || w.Text.StartsWith("单位", StringComparison.Ordinal) || w.Text.StartsWith("金额单位", StringComparison.Ordinal) || w.Text.StartsWith("部门", StringComparison.Ordinal) || w.Text.StartsWith("预算单位", StringComparison.Ordinal));

    /// <summary>The unit a 单位 line states: <c>单位：万元</c>, <c>金额单位：元</c>.</summary>
    internal static AmountUnit? UnitOf(TextLine line)
    {
        foreach (var word in line.Words)
        {
            string text = word.Text.Replace(" ", string.Empty, StringComparison.Ordinal);
            int at = text.IndexOf("单位", StringComparison.Ordinal);
            if (at < 0 || (at > 0 && text[..at] != "金额") || at + 3 >= text.Length + 1)
            {
                continue;
            }

            string rest = text[(at + 2)..].TrimStart('：', ':');
            if (rest == "万元")
            {
                return AmountUnit.WanYuan;
            }

            if (rest == "元")
            {
                return AmountUnit.Yuan;
            }

            if (rest == "亿元")
            {
                return AmountUnit.YiYuan;
            }
        }

        return null;
    }

    /// <summary>Whether a line is a body line of a table: it prints an amount, starts with a code, or is a 合计 line.</summary>
    internal static bool IsBodyLine(TextLine line)
    {
        if (line.Text.StartsWith("栏次", StringComparison.Ordinal) || IsProseText(line))
        {
            return false;
        }

        var words = line.Words;
        for (int i = 0; i < words.Count; i++)
        {
            string text = words[i].Text;
            bool year = text.Length == 4 && i + 1 < words.Count && words[i + 1].Text.StartsWith('年');
            if (IsNumber(text) && !year && (text.Contains('.', StringComparison.Ordinal) || text.Contains(',', StringComparison.Ordinal) || i > 0 || text.Length >= 3))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The total row of an empty table: 合计 (or 总计) alone on its line, in the label columns left of the
    /// header's middle, with no figure after it.</summary>
    private static bool IsEmptyTotal(TextLine line, List<TextLine> header) =>
        line.Words.Count == 1 && header.Count > 0 && line.Text.Replace(" ", string.Empty, StringComparison.Ordinal) is "合计" or "总计"
        && line.Right < (header.Min(h => h.Left) + header.Max(h => h.Right)) / 2;

    /// <summary>Text after a table that is not part of it: a line without any figure whose words reach into the amount columns.</summary>
    private static bool IsProse(TextLine line, TableLayout layout)
    {
        if (IsProseText(line))
        {
            return true;
        }

        if (line.Words.Any(w => IsNumber(w.Text)))
        {
            return false;
        }

        return !line.Words.All(w => layout.Place(w, figure: false) is { } place && w.Right <= layout.Panels[place.Panel].LabelsTo + line.Height);
    }

    /// <summary>A sentence: a long word with the punctuation of prose (a table's cells have none).</summary>
    private static bool IsProseText(TextLine line) =>
        line.Words.Any(w => w.Text.Length >= 10 && w.Text.AsSpan().IndexOfAny("，。；") >= 0);

    /// <summary>A number as tables print it: digits with thousands commas, a decimal point or a minus sign.</summary>
    internal static bool IsNumber(string text) =>
        text.Length > 0 && text.Any(char.IsAsciiDigit) && text.All(c => char.IsAsciiDigit(c) || c is ',' or '.' or '-');
}
