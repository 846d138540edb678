using Budget.Domain.Classification;
using Budget.Domain.Money;
using Budget.Domain.Tables;

namespace Budget.Domain.Tests.Validation;

/// <summary>
/// Consistent tables of a summary schema (rows are the schema's lines, and 类 lines on the side that has them):
/// leaf lines and leaf columns random, every sum line the sum of its parts (or of the 类 lines), of-which lines and
/// columns half their parent, sum columns their parts, and the two sides' totals balanced.
/// </summary>
internal static class ConsistentSummary
{
    private static readonly ClassificationCatalogue<FunctionalCode> Functional = CatalogueSet.Embedded.Nearest<FunctionalCode>(2024, out _);

    private sealed record Row(RowKey Key, string Label, LineSchema? Line, RowSide Side);

    public static Table Of(Random r, TableSchema schema, AmountUnit unit)
    {
        long step = unit == AmountUnit.WanYuan ? 10_000 : 1;
        var rows = Rows(r, schema);
        var columns = schema.Columns;

        // The leaf values: a leaf row's leaf columns; everything else follows from them.
        var leaves = new Dictionary<(int Row, string Column), long>();
        for (int i = 0; i < rows.Count; i++)
        {
            if (!IsLeafRow(schema, rows[i]))
            {
                continue;
            }

            foreach (var c in columns.Where(c => OnSide(c, rows[i].Side) && IsLeafColumn(c)))
            {
                leaves[(i, c.Key)] = r.Next(4) == 0 ? 0 : r.NextInt64(0, 100_000_000_000 / step) * step;
            }
        }

        var values = Derive(schema, rows, leaves, step);

        // Balance the sides: add the difference to one leaf under the smaller side's total.
        if (Top(schema, RowSide.Income) is { } income && Top(schema, RowSide.Expenditure) is { } expenditure
            && ValueColumn(schema, RowSide.Income) is { } incomeColumn && ValueColumn(schema, RowSide.Expenditure) is { } expenditureColumn)
        {
            int a = rows.FindIndex(x => x.Line == income), b = rows.FindIndex(x => x.Line == expenditure);
            long difference = values[a].GetValueOrDefault(incomeColumn.Key) - values[b].GetValueOrDefault(expenditureColumn.Key);
            var (side, top, column) = difference > 0 ? (RowSide.Expenditure, expenditure, expenditureColumn) : (RowSide.Income, income, incomeColumn);
            if (difference != 0 && LeafRowsUnder(schema, rows, top).FirstOrDefault(-1) is int leaf and >= 0 && LeafColumnUnder(schema, column, side) is { } leafColumn)
            {
                leaves[(leaf, leafColumn.Key)] = leaves.GetValueOrDefault((leaf, leafColumn.Key)) + Math.Abs(difference);
                values = Derive(schema, rows, leaves, step);
            }
        }

        var tableRows = new List<TableRow>();
        for (int i = 0; i < rows.Count; i++)
        {
            var cells = new List<TableCell>();
            foreach (var c in columns.Where(c => OnSide(c, rows[i].Side) && !c.Meaning.IsRate))
            {
                if (values[i].TryGetValue(c.Key, out long fen))
                {
                    cells.Add(fen == 0 && r.Next(3) == 0 ? TableCell.Of(c.Key, AmountCell.Blank) : TableCell.Of(c.Key, Amount.FromFen(fen)));
                }
            }

            tableRows.Add(new TableRow(rows[i].Key, rows[i].Label, cells));
        }

        return new Table(schema, unit, tableRows, null, schema.Title, SourceLocation.None);
    }

    /// <summary>Whether a printed amount of a summary table takes part in some equation: its line sums or is summed
    /// (a 类 line in the sum of its side, a side's total in the balance), or its column sums or is summed. An of-which
    /// line is only at most its parent: changing it need not be inconsistent.</summary>
    public static bool InIdentity(TableSchema schema, TableRow row, string column)
    {
        var col = schema.Column(column);
        if (col is not null && (col.Of.Count > 0 || schema.Columns.Any(k => k.Of.Contains(column))))
        {
            return true;
        }

        if (row.Key.Kind == RowKind.ClassLine)
        {
            return schema.Lines.Any(l => l.Role == ColumnRole.Sum && l.Of.Count == 0 && l.Side == row.Key.Side);
        }

        var line = schema.Line(row.Key.Value);
        return line is not null && line.Role != ColumnRole.OfWhich && (line.Of.Count > 0 || schema.Lines.Any(l => l.Of.Contains(line.Key)) || (line.Role == ColumnRole.Sum && line.Side == schema.ClassLinesSide)
            || line == Top(schema, line.Side));
    }

    private static List<Row> Rows(Random r, TableSchema schema)
    {
        var rows = new List<Row>();
        var classNames = Functional.Classes.Where(_ => r.Next(3) == 0).Take(4).Select(c => c.Name).DefaultIfEmpty(Functional.Classes[0].Name).ToList();
        foreach (var line in schema.Lines)
        {
            if (schema.ClassLinesSide is { } side && line.Side == side && line.Role == ColumnRole.Sum && line.Of.Count == 0)
            {
                rows.AddRange(classNames.Select(name => new Row(RowKey.ClassLine(name, side), name, null, side)));
            }

            string? under = schema.Lines.FirstOrDefault(l => l.Of.Contains(line.Key) && line.Key.StartsWith(l.Key + ".", StringComparison.Ordinal))?.Key;
            rows.Add(new Row(RowKey.Line(line.Key, line.Side, under), line.Label, line, line.Side));
        }

        return rows;
    }

    /// <summary>Every line and column value from the leaves: sum and of-which columns in each leaf row, then sum and
    /// of-which lines (deepest first), all columns at once (sums are linear, so the columns' sums still hold).</summary>
    private static Dictionary<string, long>[] Derive(TableSchema schema, List<Row> rows, Dictionary<(int Row, string Column), long> leaves, long step)
    {
        var values = rows.Select(_ => new Dictionary<string, long>(StringComparer.Ordinal)).ToArray();
        foreach (var ((row, column), fen) in leaves)
        {
            values[row][column] = fen;
        }

        for (int i = 0; i < rows.Count; i++)
        {
            if (IsLeafRow(schema, rows[i]))
            {
                ColumnsOf(schema, values[i], step);
            }
        }

        var done = new bool[rows.Count];
        for (int i = 0; i < rows.Count; i++)
        {
            Line(i);
        }

        return values;

        void Line(int i)
        {
            if (done[i])
            {
                return;
            }

            done[i] = true;
            var line = rows[i].Line;
            if (line is null || IsLeafRow(schema, rows[i]))
            {
                return;
            }

            if (line.Role == ColumnRole.OfWhich)
            {
                int parent = rows.FindIndex(x => x.Line?.Key == line.Of[0]);
                Line(parent);
                foreach (var c in schema.Columns.Where(c => OnSide(c, rows[i].Side) && IsLeafColumn(c)))
                {
                    values[i][c.Key] = values[parent].GetValueOrDefault(c.Key) / 2 / step * step;
                }

                ColumnsOf(schema, values[i], step);
                return;
            }

            foreach (int part in PartsOf(schema, rows, line))
            {
                Line(part);
                foreach (var (k, v) in values[part])
                {
                    if (OnSide(schema.Column(k)!, rows[i].Side))
                    {
                        values[i][k] = values[i].GetValueOrDefault(k) + v;
                    }
                }
            }

            foreach (var c in schema.Columns.Where(c => OnSide(c, rows[i].Side) && !c.Meaning.IsRate))
            {
                values[i].TryAdd(c.Key, 0);
            }
        }
    }

    private static void ColumnsOf(TableSchema schema, Dictionary<string, long> v, long step)
    {
        bool grew = true;
        while (grew)
        {
            grew = false;
            foreach (var c in schema.Columns.Where(c => c.Of.Count > 0 && c.Meaning.Role == ColumnRole.Sum && !v.ContainsKey(c.Key) && c.Of.All(k => v.ContainsKey(k) || schema.Column(k) is null)))
            {
                v[c.Key] = c.Of.Sum(k => v.GetValueOrDefault(k));
                grew = true;
            }
        }

        foreach (var c in schema.Columns.Where(c => c.Meaning.Role == ColumnRole.OfWhich && c.Of.Count == 1 && v.ContainsKey(c.Of[0])))
        {
            v[c.Key] = v[c.Of[0]] / 2 / step * step;
        }
    }

    private static IEnumerable<int> PartsOf(TableSchema schema, List<Row> rows, LineSchema line) =>
        line.Of.Count > 0
            ? line.Of.Select(k => rows.FindIndex(x => x.Line?.Key == k)).Where(i => i >= 0)
            : Enumerable.Range(0, rows.Count).Where(i => rows[i].Key.Kind == RowKind.ClassLine && rows[i].Side == line.Side);

    private static IEnumerable<int> LeafRowsUnder(TableSchema schema, List<Row> rows, LineSchema line)
    {
        foreach (int part in PartsOf(schema, rows, line))
        {
            if (IsLeafRow(schema, rows[part]))
            {
                yield return part;
            }
            else if (rows[part].Line is { Role: not ColumnRole.OfWhich } sub)
            {
                foreach (int leaf in LeafRowsUnder(schema, rows, sub))
                {
                    yield return leaf;
                }
            }
        }
    }

    private static ColumnSchema? LeafColumnUnder(TableSchema schema, ColumnSchema column, RowSide side) =>
        IsLeafColumn(column) ? column
        : column.Meaning.Role == ColumnRole.Sum ? column.Of.Select(schema.Column).OfType<ColumnSchema>().Where(c => OnSide(c, side)).Select(c => LeafColumnUnder(schema, c, side)).FirstOrDefault(c => c is not null)
        : null;

    /// <summary>A row whose values are drawn: a 类 line, or a line that sums nothing (a sum line with no parts off the 类 side too).</summary>
    private static bool IsLeafRow(TableSchema schema, Row row) =>
        row.Line is null
        || (row.Line.Role is not (ColumnRole.Sum or ColumnRole.OfWhich))
        || (row.Line.Role == ColumnRole.Sum && row.Line.Of.Count == 0 && row.Line.Side != schema.ClassLinesSide);

    private static bool IsLeafColumn(ColumnSchema c) =>
        !c.Meaning.IsRate && c.Meaning.Role is not (ColumnRole.Sum or ColumnRole.OfWhich or ColumnRole.Derived) || (c.Meaning.Role == ColumnRole.Sum && c.Of.Count == 0);

    private static bool OnSide(ColumnSchema c, RowSide side) => c.Side == RowSide.None || c.Side == side;

    /// <summary>A side's total: its one sum line that no other line sums (as the balance rule finds it).</summary>
    private static LineSchema? Top(TableSchema schema, RowSide side)
    {
        var lines = schema.Lines.Where(l => l.Side == side).ToList();
        var tops = lines.Where(l => l.Role == ColumnRole.Sum && !lines.Any(o => o.Of.Contains(l.Key))).ToList();
        return tops.Count == 1 ? tops[0] : null;
    }

    private static ColumnSchema? ValueColumn(TableSchema schema, RowSide side) =>
        schema.Columns.FirstOrDefault(c => OnSide(c, side) && c.Meaning.Role is ColumnRole.Value or ColumnRole.Sum);
}
