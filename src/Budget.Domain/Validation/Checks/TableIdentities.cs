using Budget.Domain.Tables;

namespace Budget.Domain.Validation.Checks;

/// <summary>
/// The identities inside one table, written over its schema: sum and of-which columns (TB001, TB002), sum and
/// of-which lines (TB003, TB002), the code hierarchy and the total of the top rows (HI001, HI002, CD003), and the
/// balance of a two-sided summary (BL001).
/// </summary>
internal static class TableIdentities
{
    public static void Run(CheckRun run)
    {
        for (int t = 0; t < run.Disclosure.Tables.Count; t++)
        {
            Columns(run, t);
            Lines(run, t);
            Hierarchy(run, t);
            Balance(run, t);
        }
    }

    private static void Columns(CheckRun run, int t)
    {
        var table = run.Disclosure.Tables[t];
        var schema = table.Schema;
        var figures = run.Figures;
        for (int c = 0; c < schema.Columns.Count; c++)
        {
            var column = schema.Columns[c];
            if (column.Of.Count == 0 || !figures.Prints(t, c) || column.Meaning.Role is not (ColumnRole.Sum or ColumnRole.OfWhich))
            {
                continue;
            }

            int[] parts = column.Of.Select(schema.IndexOf).ToArray();
            string[] missing = column.Of.Where((_, i) => !figures.Prints(t, parts[i])).Select(k => schema.Column(k)?.Header ?? k).ToArray();
            string zh = column.Header + " = " + string.Join(" + ", column.Of.Select(k => schema.Column(k)?.Header ?? k));
            for (int r = 0; r < table.Rows.Count; r++)
            {
                int subject = figures.At(t, r, c);
                int[] terms = figures.InRow(t, r, parts);
                if (Nothing(run, subject, terms))
                {
                    continue;
                }

                if (column.Meaning.Role == ColumnRole.Sum)
                {
                    run.Add(RuleCatalogue.SumColumns, Relation.Equal, subject, terms, zh, zh, missing);
                }
                else if (terms.Length == 1 && !figures[subject].Blank)
                {
                    run.Add(RuleCatalogue.OfWhich, Relation.AtMost, subject, terms);
                }
            }
        }
    }

    private static void Lines(CheckRun run, int t)
    {
        var table = run.Disclosure.Tables[t];
        var schema = table.Schema;
        if (schema.Rows != RowAxis.Lines)
        {
            return;
        }

        foreach (var line in schema.Lines.Where(l => l.Role is ColumnRole.Sum or ColumnRole.OfWhich))
        {
            int sum = RowOf(table, line.Key);
            if (sum < 0)
            {
                continue;
            }

            int[] parts;
            string[] missing = [];
            string zh;
            if (line.Of.Count > 0)
            {
                parts = line.Of.Select(k => RowOf(table, k)).ToArray();
                missing = line.Of.Where((_, i) => parts[i] < 0).Select(k => schema.Line(k)?.Label ?? k).ToArray();
                parts = parts.Where(p => p >= 0).ToArray();
                zh = line.Label + " = " + string.Join(" + ", line.Of.Select(k => schema.Line(k)?.Label ?? k));
            }
            else if (line.Role == ColumnRole.Sum && schema.ClassLinesSide is { } side && side == line.Side)
            {
                parts = Enumerable.Range(0, table.Rows.Count).Where(r => table.Rows[r].Key.Kind == RowKind.ClassLine && table.Rows[r].Key.Side == side).ToArray();
                if (parts.Length == 0)
                {
                    continue;
                }

                zh = line.Label + " = Σ 类";
            }
            else
            {
                continue;
            }

            for (int c = 0; c < schema.Columns.Count; c++)
            {
                int subject = run.Figures.At(t, sum, c);
                int[] terms = run.Figures.InColumn(t, parts, c);
                if (Nothing(run, subject, terms))
                {
                    continue;
                }

                if (line.Role == ColumnRole.Sum)
                {
                    run.Add(RuleCatalogue.SumLines, Relation.Equal, subject, terms, zh, zh, missing);
                }
                else if (terms.Length == 1)
                {
                    run.Add(RuleCatalogue.OfWhich, Relation.AtMost, subject, terms);
                }
            }
        }
    }

    private static void Hierarchy(CheckRun run, int t)
    {
        var table = run.Disclosure.Tables[t];
        var schema = table.Schema;
        if (schema.Rows is not (RowAxis.FunctionalCode or RowAxis.EconomicCode or RowAxis.Units))
        {
            return;
        }

        // Rows under a unit row (until the next) belong to that unit: codes nest within a segment.
        var segment = new int[table.Rows.Count];
        var units = new List<int>();
        var byCode = new Dictionary<(int, RowSide, string), int>();
        var levels = new HashSet<(int, int)>();
        for (int r = 0; r < table.Rows.Count; r++)
        {
            var key = table.Rows[r].Key;
            if (key.Kind == RowKind.Unit)
            {
                units.Add(r);
            }

            segment[r] = units.Count == 0 ? -1 : units[^1];
            if (key.Kind == RowKind.Code)
            {
                byCode.TryAdd((segment[r], key.Side, key.Value), r);
                levels.Add((segment[r], key.Value.Length));
            }
        }

        var children = new Dictionary<int, List<int>>();
        var top = new Dictionary<int, List<(int Row, int Length)>>();
        for (int r = 0; r < table.Rows.Count; r++)
        {
            var key = table.Rows[r].Key;
            if (key.Kind != RowKind.Code)
            {
                continue;
            }

            string? parent = key.Value.Length > 3 ? key.Value[..(key.Value.Length - 2)] : null;
            if (parent is not null)
            {
                run.Count(RuleCatalogue.ParentRow);
            }

            if (parent is not null && byCode.TryGetValue((segment[r], key.Side, parent), out int p))
            {
                Add(children, p, r);
            }
            else
            {
                if (!top.TryGetValue(segment[r], out var list))
                {
                    top[segment[r]] = list = [];
                }

                list.Add((r, key.Value.Length));
                if (parent is not null && levels.Contains((segment[r], parent.Length)))
                {
                    run.Report(CheckRun.Simple(RuleCatalogue.ParentRow, Outcome.Fail, CheckRun.RowLocation(table, table.Rows[r]), key.Value, parent));
                }
            }
        }

        int columns = schema.Columns.Count;
        foreach (var (parent, rows) in children)
        {
            for (int c = 0; c < columns; c++)
            {
                AddSum(run, RuleCatalogue.CodeHierarchy, t, parent, rows, c);
            }
        }

        // A unit row is the sum of the top codes of its segment; the total, of the units, or of the top codes. An
        // orphan below the top level (a misprinted code, reported by CD003) is not a top row.
        List<int> Tops(int s) => top.TryGetValue(s, out var list) && list.Count > 0
            ? list.Where(x => x.Length == list.Min(y => y.Length)).Select(x => x.Row).ToList()
            : [];
        foreach (int unit in units)
        {
            var tops = Tops(unit);
            if (tops.Count > 0)
            {
                for (int c = 0; c < columns; c++)
                {
                    AddSum(run, RuleCatalogue.CodeHierarchy, t, unit, tops, c);
                }
            }
        }

        int total = RowOf(table, "total");
        var under = units.Count > 0 ? units : Tops(-1);
        if (total >= 0 && under.Count > 0)
        {
            for (int c = 0; c < columns; c++)
            {
                AddSum(run, RuleCatalogue.TotalOfRows, t, total, under, c);
            }
        }

        static void Add(Dictionary<int, List<int>> map, int key, int value)
        {
            if (!map.TryGetValue(key, out var list))
            {
                map[key] = list = [];
            }

            list.Add(value);
        }
    }

    private static void AddSum(CheckRun run, Rule rule, int t, int row, List<int> rows, int column)
    {
        int subject = run.Figures.At(t, row, column);
        int[] terms = run.Figures.InColumn(t, rows, column);
        if (Nothing(run, subject, terms))
        {
            return;
        }

        run.Add(rule, Relation.Equal, subject, terms);
    }

    private static void Balance(CheckRun run, int t)
    {
        var table = run.Disclosure.Tables[t];
        var schema = table.Schema;
        if (schema.Rows != RowAxis.Lines)
        {
            return;
        }

        int income = Top(RowSide.Income);
        int expenditure = Top(RowSide.Expenditure);
        if (income < 0 || expenditure < 0)
        {
            return;
        }

        int a = run.Figures.At(t, income, ValueColumn(RowSide.Income));
        int b = run.Figures.At(t, expenditure, ValueColumn(RowSide.Expenditure));
        if (a >= 0 && b >= 0)
        {
            run.Add(RuleCatalogue.Balance, Relation.Equal, a, [b]);
        }

        int Top(RowSide side)
        {
            var lines = schema.Lines.Where(l => l.Side == side).ToList();
            var tops = lines.Where(l => l.Role == ColumnRole.Sum && !lines.Any(o => o.Of.Contains(l.Key))).ToList();
            return tops.Count == 1 ? RowOf(table, tops[0].Key) : -1;
        }

        int ValueColumn(RowSide side)
        {
            for (int c = 0; c < schema.Columns.Count; c++)
            {
                var column = schema.Columns[c];
                if ((column.Side == RowSide.None || column.Side == side) && column.Meaning.Role is ColumnRole.Value or ColumnRole.Sum)
                {
                    return c;
                }
            }

            return -1;
        }
    }

    /// <summary>Whether there is nothing to check: the figure is not printed, or it and every term are blank.</summary>
    private static bool Nothing(CheckRun run, int subject, int[] terms) =>
        subject < 0 || (run.Figures[subject].Blank && run.Figures.AllBlank(terms));

    /// <summary>The index of the row of a schema line, or -1.</summary>
    internal static int RowOf(Table table, string key)
    {
        for (int r = 0; r < table.Rows.Count; r++)
        {
            var k = table.Rows[r].Key;
            if (k.Kind == RowKind.Line && k.Value == key)
            {
                return r;
            }
        }

        return -1;
    }
}
