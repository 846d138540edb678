using Budget.Domain.Money;
using Budget.Domain.Statements;
using Budget.Domain.Tables;

namespace Budget.Domain.Reading;

/// <summary>
/// The two-sided summary tables, 收支总表 and 财政拨款收支总表: 项目/预算数 pairs found by the header, lines by their
/// label (numbering and spaces ignored).
/// </summary>
internal sealed partial class DocumentReader
{
    /// <summary>The rows of one table and how to read them.</summary>
    private sealed partial class TableBlock
    {
        public IncomeExpenditureSummaryTable ReadIncomeExpenditureSummary()
        {
            var incomeItems = new List<SummaryLine>();
            var expenditureItems = new List<SummaryLine>();
            AmountCell current = default, unused = default, carry = default, incomeTotal = default, currentOut = default, carryForward = default, outTotal = default;
            foreach (var (row, side, label, cell) in Pairs())
            {
                string key = ReadText.Key(ReadText.StripNumbering(label));
                if (side == 0)
                {
                    switch (key)
                    {
                        case "本年收入合计": current = cell; break;
                        case "使用非财政拨款结余": unused = cell; break;
                        case "上年结转": carry = cell; break;
                        case "收入总计": incomeTotal = cell; break;
                        default: incomeItems.Add(new SummaryLine(ReadText.StripNumbering(label), cell)); break;
                    }
                }
                else
                {
                    switch (key)
                    {
                        case "本年支出合计": currentOut = cell; break;
                        case "结转下年": carryForward = cell; break;
                        case "支出总计": outTotal = cell; break;
                        default: expenditureItems.Add(new SummaryLine(ReadText.StripNumbering(label), cell)); break;
                    }
                }
            }

            return new IncomeExpenditureSummaryTable(unit, incomeItems, current, unused, carry, incomeTotal, expenditureItems, currentOut, carryForward, outTotal, note);
        }

        public FiscalAppropriationSummaryTable ReadFiscalAppropriationSummary()
        {
            var items = new List<SummaryLine>();
            AmountCell current = default, carry = default, incomeTotal = default, currentOut = default, carryForward = default, outTotal = default;
            var currentFunds = new AmountCell[3];
            var carryFunds = new AmountCell[3];
            AmountCell[]? group = null;
            bool afterCarryForward = false;
            foreach (var (row, side, label, cell) in Pairs())
            {
                string key = ReadText.Key(ReadText.StripNumbering(label));
                if (side == 0)
                {
                    int fund = key.Contains("一般公共预算", StringComparison.Ordinal) ? 0 : key.Contains("政府性基金", StringComparison.Ordinal) ? 1 : key.Contains("国有资本经营", StringComparison.Ordinal) ? 2 : -1;
                    switch (key)
                    {
                        case "本年收入": current = cell; group = currentFunds; break;
                        case "上年结转": carry = cell; group = carryFunds; break;
                        case "收入总计": incomeTotal = cell; group = null; break;
                        default:
                            if (fund >= 0 && group is not null)
                            {
                                group[fund] = cell;
                            }
                            else
                            {
                                reader.Report(ReadRules.UnknownRowLabel, row.Number, 0, $"“{label}” is not a line of the income side of 财政拨款收支总表; it is not read.", row.Raw);
                            }

                            break;
                    }
                }
                else
                {
                    switch (key)
                    {
                        case "本年支出": currentOut = cell; break;
                        case "结转下年": carryForward = cell; afterCarryForward = true; break;
                        case "支出总计": outTotal = cell; break;
                        default:
                            if (afterCarryForward)
                            {
                                reader.Report(ReadRules.UnknownRowLabel, row.Number, 0, $"“{label}” stands below 结转下年 on the expenditure side of 财政拨款收支总表; it is not read.", row.Raw);
                            }
                            else
                            {
                                items.Add(new SummaryLine(ReadText.StripNumbering(label), cell));
                            }

                            break;
                    }
                }
            }

            return new FiscalAppropriationSummaryTable(
                unit, current, new FundAmounts(currentFunds[0], currentFunds[1], currentFunds[2]), carry, new FundAmounts(carryFunds[0], carryFunds[1], carryFunds[2]), incomeTotal, currentOut, items, carryForward, outTotal, note);
        }

        /// <summary>The (label, amount) pairs of a two-sided summary table: income side 0, expenditure side 1.</summary>
        private IEnumerable<(SourceLine Row, int Side, string Label, AmountCell Cell)> Pairs()
        {
            (int Name, int Amount)[]? sides = null;
            foreach (var row in rows)
            {
                var cells = row.Cells;
                var keys = cells.Select(ReadText.Key).ToArray();
                if (keys.All(k => k.Length == 0 || HeaderWords.Contains(k) || k is "金额"))
                {
                    var names = keys.Select((k, i) => (k, i)).Where(p => p.k == "项目").Select(p => p.i).ToArray();
                    if (names.Length >= 2)
                    {
                        sides = names.Take(2).Select(n => (n, Array.FindIndex(keys, n + 1, k => k is "预算数" or "金额" or "执行数") is int a and >= 0 ? a : n + 1)).ToArray();
                    }

                    continue;
                }

                if (sides is null)
                {
                    Once(ReadRules.MissingHeader, row.Number, $"{kind.ChineseTitle()} has no 项目/预算数 header row; the income side is taken from the first two columns and the expenditure side from the next two.", row.Raw);
                    sides = [(0, 1), (2, 3)];
                }

                for (int s = 0; s < 2; s++)
                {
                    var (n, a) = sides[s];
                    string label = n < cells.Count ? cells[n] : string.Empty;
                    string text = a < cells.Count ? cells[a] : string.Empty;
                    if (label.Length == 0 && text.Length == 0)
                    {
                        continue;
                    }

                    if (label.Length == 0)
                    {
                        reader.Report(ReadRules.UnknownRowLabel, row.Number, row.ColumnOf(a), $"An amount of {kind.ChineseTitle()} has no label; it is not read.", row.RawCell(a));
                        continue;
                    }

                    var parsed = AmountCell.Parse(text, unit);
                    if (!parsed.TryGetValue(out var cell))
                    {
                        reader.Report(ReadRules.UnreadableAmount, row.Number, row.ColumnOf(a), $"The amount of “{label}” in {kind.ChineseTitle()} is not an amount: {parsed.Error!.Message}", row.RawCell(a));
                    }

                    reader.LocateRow(kind, s == 0 ? RowSide.Income : RowSide.Expenditure, LabelId(label), row.Number, row.ColumnOf(a));
                    yield return (row, s, label, cell);
                }

                int last = sides.Max(p => Math.Max(p.Name, p.Amount));
                for (int c = last + 1; c < cells.Count; c++)
                {
                    if (cells[c].Length > 0)
                    {
                        reader.Report(ReadRules.ExtraCell, row.Number, row.ColumnOf(c), $"A cell beyond the columns of {kind.ChineseTitle()}; it is not read.", row.RawCell(c));
                    }
                }
            }
        }
    }
}
