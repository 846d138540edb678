using Budget.Domain.Money;
using Budget.Domain.Tables;

namespace Budget.Domain.Reading;

// Tables of kinds the typed model of 0.1.0 does not have, read over their schema: the title finds the schema in the
// catalogue, the header finds its columns by their printed headers and aliases, the labels find the rows. Adding a
// table kind is one entry in a schema file (docs/table-kinds.md), not code here.
internal sealed partial class DocumentReader
{
    private readonly List<Table> schemaTables = [];

    /// <summary>The schema of a title that no typed table reads, or null.</summary>
    private static TableSchema? SchemaOfTitle(string text)
    {
        if (!text.Contains('表', StringComparison.Ordinal) || text.Length > 60 || text.Contains("说明", StringComparison.Ordinal))
        {
            return null;
        }

        string key = ReadText.Clean(ReadText.StripNumbering(text));
        return TableSchemaCatalogue.Default.TryFindByTitle(key, out var schema) && schema.StandardKind is null ? schema : null;
    }

    /// <summary>Reads a table of a schema from the title on; returns the index of the first line after it.</summary>
    private int ReadSchemaTable(TableSchema schema, int titleIndex)
    {
        var title = lines[titleIndex];
        int j = CollectTable(titleIndex, schema.Title, schemaNotes: true, out var unit, out var notes, out var rows);
        rows.RemoveAll(r => r.HasOnlyBlankCells());
        if (unit is null)
        {
            Report(ReadRules.MissingUnit, title.Number, 0, $"{schema.Title} has no 单位 line; its amounts are read in 万元.", title.Raw);
        }

        var tableUnit = unit ?? AmountUnit.WanYuan;
        var (map, headerRows) = SchemaHeader(schema, rows);
        var read = new List<TableRow>();
        var side = RowSide.None;
        LineSchema? parent = null;
        foreach (var row in rows.Skip(headerRows))
        {
            var cells = row.Cells;
            var label = string.Join(" ", Enumerable.Range(0, cells.Count).Where(c => (c >= map.Length || map[c] is null) && cells[c].Length > 0).Select(c => ReadText.Clean(cells[c])));

            // Context a one-line-per-row layout keeps only by order: the side (once an expenditure line or a 类 is
            // read, 总计 is the expenditure side's), and the lines standing under a line (年初结转和结余's fund lines).
            var child = parent is null ? null : schema.Lines.FirstOrDefault(l => l.Key.StartsWith(parent.Key + ".", StringComparison.Ordinal) && l.HasLabel(label));
            var key = child is not null ? RowKey.Line(child.Key, child.Side, parent!.Key) : schema.KeyOfLabel(label, side) ?? schema.KeyOfLabel(label);
            if (key is { } k)
            {
                if (k.Side == RowSide.Expenditure)
                {
                    side = RowSide.Expenditure;
                }

                if (child is null)
                {
                    var line = k.Kind == RowKind.Line ? schema.Line(k.Value) : null;
                    parent = line is not null && line.Of.Any(o => o.StartsWith(line.Key + ".", StringComparison.Ordinal)) ? line : null;
                }
            }

            if (key is not { } rowKey)
            {
                Report(ReadRules.UnknownRowLabel, row.Number, 1, $"\"{label}\" is not a row {schema.Title} has (a code, one of its lines, a 类 or a unit); kept in the diagnostic.", row.Raw);
                continue;
            }

            var tableCells = new List<TableCell>();
            for (int c = 0; c < cells.Count && c < map.Length; c++)
            {
                if (map[c] is not { } column || cells[c].Length == 0)
                {
                    continue;
                }

                if (column.Side != RowSide.None && rowKey.Side != RowSide.None && column.Side != rowKey.Side)
                {
                    Report(ReadRules.ExtraCell, row.Number, row.ColumnOf(c), $"The row \"{label}\" stands on the other side of {column.Header}; the cell is not read.", row.Raw);
                    continue;
                }

                var at = SourceLocation.AtLine(row.Number, row.ColumnOf(c));
                if (column.Meaning.IsRate)
                {
                    var rate = Rate.Parse(cells[c]);
                    if (rate.Success)
                    {
                        tableCells.Add(TableCell.OfRate(column.Key, rate.Value, at));
                    }
                    else
                    {
                        Report(ReadRules.UnreadableRate, row.Number, row.ColumnOf(c), $"{column.Header}: {rate.Error!.Message}", row.Raw);
                    }

                    continue;
                }

                var amount = AmountCell.Parse(cells[c], tableUnit);
                if (amount.Success)
                {
                    tableCells.Add(TableCell.Of(column.Key, amount.Value, at));
                }
                else
                {
                    Report(ReadRules.UnreadableAmount, row.Number, row.ColumnOf(c), $"{column.Header}: {amount.Error!.Message}", row.Raw);
                }
            }

            read.Add(new TableRow(rowKey, label, tableCells, SourceLocation.AtLine(row.Number)));
        }

        schemaTables.Add(new Table(schema, tableUnit, read, notes.Count == 0 ? null : string.Join(" ", notes), title.Text, SourceLocation.AtLine(title.Number)));
        return j;
    }

    /// <summary>The header rows (those before the first row with a figure or a known label) and, per cell index, the
    /// column its header names (nested headers joined with /, a blank cell under a merged parent taking the parent).</summary>
    private (ColumnSchema?[] Map, int Rows) SchemaHeader(TableSchema schema, List<SourceLine> rows)
    {
        int count = 0;
        while (count < rows.Count && !rows[count].Cells.Any(c => c.Length > 0 && (char.IsAsciiDigit(c[0]) || c[0] == '-')) && schema.KeyOfLabel(rows[count].Cells.FirstOrDefault(c => c.Length > 0)) is not { Kind: RowKind.Line or RowKind.Code })
        {
            count++;
        }

        int width = rows.Count == 0 ? 0 : rows.Max(r => r.Cells.Count);
        var map = new ColumnSchema?[width];
        var paths = new string[width];
        for (int h = 0; h < count; h++)
        {
            string parent = string.Empty;
            var cells = rows[h].Cells;
            for (int c = 0; c < width; c++)
            {
                string cell = c < cells.Count ? ReadText.Clean(cells[c]) : string.Empty;
                if (cell.Length == 0)
                {
                    continue;
                }

                paths[c] = paths[c] is { Length: > 0 } above ? above + "/" + cell : cell;
                parent = cell;
            }
        }

        for (int c = 0; c < width; c++)
        {
            if (paths[c] is not { Length: > 0 } path)
            {
                continue;
            }

            map[c] = schema.ColumnByHeader(path) ?? schema.ColumnByHeader(path[(path.LastIndexOf('/') + 1)..]);
            if (map[c] is { } named && Array.IndexOf(map, named, 0, c) >= 0)
            {
                Report(ReadRules.UnknownColumn, rows[0].Number, rows[0].ColumnOf(c), $"The header \"{path}\" names {named.Key} a second time; its cells are not read.", rows[0].Raw);
                map[c] = null;
                continue;
            }

            if (map[c] is null && !IsLabelHeader(path))
            {
                Report(ReadRules.UnknownColumn, rows[0].Number, rows[0].ColumnOf(c), $"The header \"{path}\" names no column of {schema.Id}; its cells are read as labels.", rows[0].Raw);
            }
        }

        return (map, count);
    }

    private static bool IsLabelHeader(string header) =>
        header.Contains("科目", StringComparison.Ordinal) || header.Contains("项目", StringComparison.Ordinal) || header.Contains("编码", StringComparison.Ordinal)
        || header.Contains("名称", StringComparison.Ordinal) || header.Contains("单位", StringComparison.Ordinal) || header is "类" or "款" or "项" or "序号" or "备注" or "栏次";
}
