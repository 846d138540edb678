using System.Globalization;
using Budget.Domain.Classification;
using Budget.Domain.Money;
using Budget.Domain.Statements;
using Budget.Domain.Tables;

namespace Budget.Domain.Reading;

/// <summary>The tables: a block of lines after a title, its unit and note, header rows and data rows.</summary>
internal sealed partial class DocumentReader
{
    private static readonly HashSet<string> HeaderWords = ["功能分类科目", "经济分类科目", "部门预算支出经济分类科目", "收入", "支出", "项目", "预算数", "执行数", "年初预算数"];

    /// <summary>The lines of a table from its title on: its unit line, its notes and its rows (tab-separated lines),
    /// up to the next heading or title; a line that is none of them is reported and kept in the diagnostic. Returns the
    /// index of the first line after the table.</summary>
    /// <param name="titleIndex">The title's line index.</param>
    /// <param name="what">The table's name, for messages.</param>
    /// <param name="schemaNotes">Whether notes are kept as printed, 说明 lines included (tables read over a schema), or
    /// without their 注： (the typed tables, as 0.1.0 read them).</param>
    /// <param name="unit">The unit its 单位 line states, or null.</param>
    /// <param name="notes">Its notes.</param>
    /// <param name="rows">Its rows.</param>
    private int CollectTable(int titleIndex, string what, bool schemaNotes, out AmountUnit? unit, out List<string> notes, out List<SourceLine> rows)
    {
        unit = null;
        notes = [];
        rows = [];
        int j = titleIndex + 1;
        for (; j < lines.Count; j++)
        {
            var line = lines[j];
            if (line.IsBlank)
            {
                continue;
            }

            if (!line.HasTab)
            {
                string text = line.Text;
                if (line.IsHeading || ((TableKindOfTitle(text) is not null || SchemaOfTitle(text) is not null || IsSheetTitle(text)) && FollowedByRows(j)))
                {
                    break;
                }

                if (IsLabelLine(text))
                {
                    continue;
                }

                if (AmountUnits.TryParseStatement(text, out var u) && text.Length <= 20)
                {
                    if (unit is null)
                    {
                        unit = u;
                    }
                    else if (unit != u)
                    {
                        Report(ReadRules.StrayLine, line.Number, 0, "A second unit line inside the table contradicts the first; the first holds.", line.Raw);
                    }

                    continue;
                }

                if (text.StartsWith('注') || (schemaNotes && text.StartsWith("说明", StringComparison.Ordinal)))
                {
                    notes.Add(schemaNotes ? text : text.TrimStart('注', '：', ':', ' ').Trim());
                    continue;
                }

                if (rows.Count > 0 && text.Length > 40)
                {
                    break;
                }

                Report(ReadRules.StrayLine, line.Number, 0, $"A line inside {what} that is not a row of it; it is kept here.", line.Raw);
                continue;
            }

            rows.Add(line);
        }

        return j;
    }

    private int ReadTable(TableKind kind, int titleIndex)
    {
        var title = lines[titleIndex];
        int j = CollectTable(titleIndex, kind.ChineseTitle(), schemaNotes: false, out var unit, out var notes, out var rows);

        rows.RemoveAll(r => r.HasOnlyBlankCells());
        if (sources.TryGetValue(kind, out var existing))
        {
            if (title.Text.Contains('续', StringComparison.Ordinal))
            {
                // 续表 / （续）: the same table continued after a page break.
                existing.Rows.AddRange(rows);
                existing.Notes.AddRange(notes);
                existing.Unit ??= unit;
            }
            else
            {
                Report(ReadRules.DuplicateTable, title.Number, 0, string.Create(CultureInfo.InvariantCulture, $"{kind.ChineseTitle()} was read already at line {existing.Title.Number}; this second one is not read."), title.Raw);
            }

            return j;
        }

        sources[kind] = new TableSource(title, unit, notes, rows);
        return j;
    }

    /// <summary>Reads every table collected, in the order of the standard tables (continuations already joined).</summary>
    private void ReadTables()
    {
        foreach (var (kind, source) in sources.OrderBy(s => s.Key))
        {
            var title = source.Title;
            if (source.Rows.Count == 0)
            {
                Report(ReadRules.EmptyTable, title.Number, 0, $"{kind.ChineseTitle()} has a title but no row.", title.Raw);
                continue;
            }

            if (source.Unit is null)
            {
                Report(ReadRules.MissingUnit, title.Number, 0, $"{kind.ChineseTitle()} has no 单位 line; its amounts are read in 万元.", title.Raw);
            }

            var table = new TableBlock(this, kind, source.Unit ?? AmountUnit.WanYuan, source.Rows, source.Notes.Count == 0 ? null : string.Join(" ", source.Notes));
            Step(title.Number, kind.ChineseTitle(), () => tables[kind] = (kind switch
            {
                TableKind.IncomeExpenditureSummary => table.ReadIncomeExpenditureSummary(),
                TableKind.FiscalAppropriationSummary => table.ReadFiscalAppropriationSummary(),
                _ => table.ReadColumns(TableShape.Of(kind)!),
            }, title.Number));
        }
    }

    /// <summary>A data row of a table: its line, the column map of its header, the cells read (read at once, except in
    /// the one-row 三公 table) and the column its code stands in.</summary>
    private readonly record struct DataRow(SourceLine Row, int[] Map, (string Code, string Name, ValueList<AmountCell> Cells, ValueList<Rate> Rates)? Read, int CodeColumn);

    /// <summary>The lines of one table as collected: its title, unit, notes and rows (a continuation's appended).</summary>
    private sealed class TableSource(SourceLine title, AmountUnit? unit, List<string> notes, List<SourceLine> rows)
    {
        public SourceLine Title { get; } = title;

        public AmountUnit? Unit { get; set; } = unit;

        public List<string> Notes { get; } = notes;

        public List<SourceLine> Rows { get; } = rows;
    }

    private static bool IsTotalLabel(string cell)
    {
        if (cell.Length is 0 or > 12 || !(cell.Contains('合', StringComparison.Ordinal) || cell.Contains('总', StringComparison.Ordinal)))
        {
            return false;
        }

        string key = ReadText.Key(cell);
        return key is "合计" or "总计";
    }

    private static bool IsCodeLike(string cell) => cell.Length is >= 3 and <= 9 && cell.All(char.IsAsciiDigit);

    /// <summary>The rows of one table and how to read them.</summary>
    private sealed partial class TableBlock(DocumentReader reader, TableKind kind, AmountUnit unit, List<SourceLine> rows, string? note)
    {
        private readonly HashSet<string> reported = [];

        public IStandardTable ReadColumns(TableShape shape)
        {
            var data = DataRows(shape);
            return kind switch
            {
                TableKind.Income => new IncomeTable(unit, [.. data.Select(d => d.Read!.Value).Select(r => new IncomeRow(r.Name.Length == 0 ? "合计" : r.Name, r.Cells))], note),
                TableKind.ThreePublicExpenses => ReadThreePublicExpenses(shape, [.. data]),
                TableKind.Expenditure => new ExpenditureTable(unit, Coded<FunctionalCode, ExpenditureRow>(data, (c, n, a, _) => new ExpenditureRow(c, n, a), out var t3), t3, note),
                TableKind.GeneralPublicBudgetExpenditure => new GeneralPublicBudgetExpenditureTable(unit, Coded<FunctionalCode, GeneralPublicBudgetExpenditureRow>(data, (c, n, a, r) => new GeneralPublicBudgetExpenditureRow(c, n, a, r), out var t5), t5, note),
                TableKind.BasicExpenditure => new BasicExpenditureTable(unit, Coded<DepartmentEconomicCode, BasicExpenditureRow>(data, (c, n, a, _) => new BasicExpenditureRow(c, n, a), out var t6), t6, note),
                TableKind.GovernmentFundExpenditure => new GovernmentFundExpenditureTable(unit, Coded<FunctionalCode, GovernmentFundExpenditureRow>(data, (c, n, a, _) => new GovernmentFundExpenditureRow(c, n, a), out var t7), t7, note),
                _ => new StateCapitalExpenditureTable(unit, Coded<FunctionalCode, StateCapitalExpenditureRow>(data, (c, n, a, _) => new StateCapitalExpenditureRow(c, n, a), out var t8), t8, note),
            };
        }

        /// <summary>The data rows, each read as soon as it is classified, its cells and its line let go once it is
        /// handed on: the rows are consumed as they come, so a long table never holds every row's text and cells at
        /// once (reading stays within a few times the input's size).</summary>
        private IEnumerable<DataRow> DataRows(TableShape shape)
        {
            var header = new List<SourceLine>();
            int[]? map = null;
            bool inHeader = false;
            for (int i = 0; i < rows.Count; i++)
            {
                var row = rows[i];
                var cells = row.Cells;
                if (IsDataRow(shape, cells))
                {
                    if (map is null || inHeader)
                    {
                        map = Layout(shape, header, row);
                        header.Clear();
                        inHeader = false;
                    }

                    var data = kind == TableKind.ThreePublicExpenses ? new DataRow(row, map, null, 0) : new DataRow(row, map, Read(shape, row, map), map[0] >= 0 ? row.ColumnOf(map[0]) : 0);
                    if (data.Read is not { } read)
                    {
                        reader.LocateRow(kind, RowSide.None, "one", row.Number, 0);
                    }
                    else if (IsTotalLabel(read.Code) || (read.Code.Length == 0 && (read.Name.Length == 0 || IsTotalLabel(read.Name))))
                    {
                        reader.LocateRow(kind, RowSide.None, "total", row.Number, 0);
                    }
                    else if (read.Code.Length == 0)
                    {
                        reader.LocateRow(kind, RowSide.None, LabelId(read.Name), row.Number, 0);
                    }

                    row.Release();
                    rows[i] = null!;
                    yield return data;
                }
                else if (map is null || inHeader || LooksLikeHeader(shape, cells))
                {
                    if (!inHeader)
                    {
                        header.Clear();
                    }

                    header.Add(row);
                    inHeader = true;
                }
                else
                {
                    reader.Report(ReadRules.StrayLine, row.Number, 0, $"A row of {kind.ChineseTitle()} with neither a code, a 合计 label nor an amount; it is kept here.", row.Raw);
                }
            }
        }

        private ThreePublicExpensesTable ReadThreePublicExpenses(TableShape shape, List<DataRow> data)
        {
            foreach (var extra in data.Skip(1))
            {
                reader.Report(ReadRules.StrayLine, extra.Row.Number, 0, "财政拨款预算“三公”经费支出表 has one row of figures; this further row is not read.", extra.Row.Raw);
            }

            IEnumerable<AmountCell> cells = data.Count > 0 ? Read(shape, data[0].Row, data[0].Map).Cells : Enumerable.Repeat(AmountCell.Blank, shape.AmountCount).ToArray();
            return new ThreePublicExpensesTable(unit, new ThreePublicExpensesRow(cells), note);
        }

        private List<TRow> Coded<TCode, TRow>(IEnumerable<DataRow> data, Func<TCode, string, ValueList<AmountCell>, ValueList<Rate>, TRow> create, out TRow? total)
            where TCode : struct, IClassificationCode<TCode>
            where TRow : BudgetRow
        {
            var list = new List<TRow>();
            var seen = new Dictionary<string, int>();
            string? lastClass = null, lastSection = null;
            total = null;
            int firstDataLine = 0;
            foreach (var (row, _, readRow, codeColumn) in data)
            {
                var read = readRow!.Value;
                firstDataLine = firstDataLine == 0 ? row.Number : firstDataLine;
                if (IsTotalLabel(read.Code) || (read.Code.Length == 0 && IsTotalLabel(read.Name)))
                {
                    if (total is not null)
                    {
                        reader.Report(ReadRules.DuplicateCode, row.Number, 0, $"{kind.ChineseTitle()} has a second 合计 row; it is not read.", row.Raw);
                        continue;
                    }

                    total = create(default, "合计", read.Cells, read.Rates);
                    continue;
                }

                if (read.Code.Length == 0)
                {
                    reader.Report(ReadRules.MissingRowLabel, row.Number, 0, $"A row of {kind.ChineseTitle()} has no code; it is kept here.", row.Raw);
                    continue;
                }

                var parsed = TCode.Parse(read.Code);
                if (!parsed.TryGetValue(out var code))
                {
                    reader.Report(ReadRules.InvalidCode, row.Number, codeColumn, $"“{read.Code}” is not a code of {kind.ChineseTitle()}: {parsed.Error!.Message} The row is kept here.", row.Raw);
                    continue;
                }

                if (seen.TryGetValue(code.Value, out int firstLine))
                {
                    reader.Report(ReadRules.DuplicateCode, row.Number, codeColumn, string.Create(CultureInfo.InvariantCulture, $"The code {code.Value} was read already at line {firstLine}; this row is kept here."), row.Raw);
                    continue;
                }

                seen[code.Value] = row.Number;
                reader.LocateRow(kind, RowSide.None, "c:" + code.Value, row.Number, codeColumn);
                string value = code.Value;
                string? expected = value.Length == 5 ? lastClass : value.Length == 7 ? lastSection : null;
                if (expected is not null && !value.StartsWith(expected, StringComparison.Ordinal))
                {
                    reader.Report(ReadRules.MisplacedCode, row.Number, codeColumn, $"The code {value} stands under {expected}, which is not its parent {value[..(value.Length - 2)]}.", row.Raw);
                }

                if (value.Length == 3)
                {
                    lastClass = value;
                    lastSection = null;
                }
                else if (value.Length == 5)
                {
                    lastSection = value;
                }

                list.Add(create(code, read.Name, read.Cells, read.Rates));
            }

            if (total is null && list.Count > 0)
            {
                reader.Report(ReadRules.MissingTotal, firstDataLine, 0, $"{kind.ChineseTitle()} has no 合计 row.", string.Empty);
            }

            return list;
        }

        private (string Code, string Name, ValueList<AmountCell> Cells, ValueList<Rate> Rates) Read(TableShape shape, SourceLine row, int[] map)
        {
            var cells = row.Cells;
            string code = string.Empty, name = string.Empty;
            var amounts = new AmountCell[shape.AmountCount];
            var rates = new Rate[shape.RateCount];
            Array.Fill(rates, Rate.NotApplicable);
            for (int s = 0; s < shape.Slots.Count; s++)
            {
                var slot = shape.Slots[s];
                int at = map[s];
                string text = at >= 0 && at < cells.Count ? cells[at] : string.Empty;
                switch (slot.Kind)
                {
                    case SlotKind.Code:
                        code = text;
                        break;
                    case SlotKind.Name:
                        name = text;
                        break;
                    case SlotKind.Amount:
                        var amount = AmountCell.Parse(text, unit);
                        if (amount.TryGetValue(out var cell))
                        {
                            amounts[slot.Index] = cell;
                        }
                        else
                        {
                            reader.Report(ReadRules.UnreadableAmount, row.Number, row.ColumnOf(at), $"The {slot.Header} cell of {kind.ChineseTitle()} is not an amount: {amount.Error!.Message}", row.RawCell(at));
                        }

                        break;
                    default:
                        var rate = Rate.Parse(text);
                        if (rate.TryGetValue(out var r))
                        {
                            rates[slot.Index] = r;
                        }
                        else
                        {
                            reader.Report(ReadRules.UnreadableRate, row.Number, row.ColumnOf(at), $"The {slot.Header} cell of {kind.ChineseTitle()} is not a rate: {rate.Error!.Message}", row.RawCell(at));
                        }

                        break;
                }
            }

            for (int c = map[^1] + 1; c < cells.Count; c++)
            {
                if (cells[c].Length > 0)
                {
                    reader.Report(ReadRules.ExtraCell, row.Number, row.ColumnOf(c), $"A cell beyond the columns of {kind.ChineseTitle()}'s header; it is not read.", row.RawCell(c));
                }
            }

            // The arrays are the rows' own: wrapped, not copied (a long table holds each row's cells once).
            return (code, name, new ValueList<AmountCell>(amounts), new ValueList<Rate>(rates));
        }

        /// <summary>
        /// Where each slot of the shape stands: found by header text (the lowest header cell above a column, then the
        /// cells above it); equal texts are taken in order. The last element is the index of the last header column.
        /// </summary>
        private int[] Layout(TableShape shape, List<SourceLine> header, SourceLine firstData)
        {
            var map = new int[shape.Slots.Count + 1];
            Array.Fill(map, -1);
            if (header.Count == 0)
            {
                Once(ReadRules.MissingHeader, firstData.Number, $"{kind.ChineseTitle()} has no header row; its columns are taken in the standard order ({string.Join(" ", shape.Slots.Select(s => s.Header))}).", firstData.Raw);
                for (int s = 0; s < shape.Slots.Count; s++)
                {
                    map[s] = s;
                }

                map[^1] = shape.Slots.Count - 1;
                return map;
            }

            int width = header.Max(h => h.Cells.Count);
            var nearestLeft = header.Select(NearestLeft).ToList();
            int lastNamed = -1;
            var unknown = new List<string>();
            for (int i = 0; i < width; i++)
            {
                var labels = Labels(header, nearestLeft, i);
                if (labels.Count == 0)
                {
                    continue;
                }

                lastNamed = i;
                int slot = -1;
                foreach (string label in labels)
                {
                    slot = Match(shape, map, ReadText.Key(label));
                    if (slot >= 0)
                    {
                        break;
                    }
                }

                if (slot >= 0)
                {
                    map[slot] = i;
                }
                else if (!HeaderWords.Contains(ReadText.Key(labels[0])))
                {
                    unknown.Add(labels[0]);
                    Once(ReadRules.UnknownColumn, header[^1].Number, $"{kind.ChineseTitle()} has a column “{labels[0]}” that the standard table does not have; its cells are not read.", labels[0]);
                }
            }

            map[^1] = Math.Max(lastNamed, map.Take(shape.Slots.Count).Max());
            for (int s = 0; s < shape.Slots.Count; s++)
            {
                var slot = shape.Slots[s];
                if (map[s] < 0 && !(slot.Kind == SlotKind.Name && !shape.Coded))
                {
                    Once(ReadRules.MissingColumn, header[^1].Number, $"The header of {kind.ChineseTitle()} names no “{slot.Header}” column; its cells are read as blank.", slot.Header);
                }
            }

            return map;
        }

        /// <summary>The labels of header column <paramref name="i"/>: its lowest non-blank cell, then the nearest cell at or left of it in each row above.</summary>
        private static List<string> Labels(List<SourceLine> header, List<int[]> nearestLeft, int i)
        {
            var labels = new List<string>();
            int leafRow = -1;
            for (int r = header.Count - 1; r >= 0; r--)
            {
                var cells = header[r].Cells;
                if (i < cells.Count && cells[i].Length > 0)
                {
                    labels.Add(cells[i]);
                    leafRow = r;
                    break;
                }
            }

            for (int r = leafRow - 1; r >= 0; r--)
            {
                var left = nearestLeft[r];
                int k = left[Math.Min(i, left.Length - 1)];
                if (k >= 0)
                {
                    labels.Add(header[r].Cells[k]);
                }
            }

            return labels;
        }

        /// <summary>For each column of a header row, the index of the nearest non-blank cell at or left of it, or -1.</summary>
        private static int[] NearestLeft(SourceLine row)
        {
            var cells = row.Cells;
            var left = new int[Math.Max(1, cells.Count)];
            int last = -1;
            for (int k = 0; k < cells.Count; k++)
            {
                last = cells[k].Length > 0 ? k : last;
                left[k] = last;
            }

            if (cells.Count == 0)
            {
                left[0] = -1;
            }

            return left;
        }

        private static int Match(TableShape shape, int[] map, string key)
        {
            if (key.Length == 0)
            {
                return -1;
            }

            for (int s = 0; s < shape.Slots.Count; s++)
            {
                if (map[s] < 0 && shape.Slots[s].Keys.Contains(key))
                {
                    return s;
                }
            }

            // A second column with the same header is the variant: 增减额 then 增减额（扣除中央基建投资）.
            for (int s = 0; s < shape.Slots.Count; s++)
            {
                if (map[s] < 0 && shape.Slots[s].HeaderKey.StartsWith(key + "(", StringComparison.Ordinal))
                {
                    return s;
                }
            }

            return -1;
        }

        /// <summary>A row with a code or an amount, or a 合计 label among no other header text.</summary>
        private bool IsDataRow(TableShape shape, IReadOnlyList<string> cells)
        {
            if (cells.Any(IsTotalLabel) && !LooksLikeHeader(shape, cells))
            {
                return true;
            }

            foreach (string cell in cells)
            {
                if (cell.Length == 0)
                {
                    continue;
                }

                if (IsCodeLike(cell) || cell == "-")
                {
                    return true;
                }

                if (cell.Any(char.IsAsciiDigit) && (AmountCell.TryParse(cell, unit, out _) || Rate.TryParse(cell, out _)))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Whether a row names columns (a 合计 label alone does not: it is the total row's).</summary>
        private static bool LooksLikeHeader(TableShape shape, IReadOnlyList<string> cells) =>
            cells.Any(c => c.Length > 0 && !IsTotalLabel(c) && ReadText.Key(c) is var key && (HeaderWords.Contains(key) || shape.HeaderKeys.Contains(key)));

        private void Once(Validation.Rule rule, int line, string message, string raw)
        {
            if (reported.Add(rule.Id + "\u0001" + message))
            {
                reader.Report(rule, line, 0, message, raw);
            }
        }
    }
}
