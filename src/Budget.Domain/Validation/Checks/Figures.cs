using System.Globalization;
using Budget.Domain.Money;
using Budget.Domain.Statements;
using Budget.Domain.Tables;

namespace Budget.Domain.Validation.Checks;

/// <summary>
/// One printed amount as an exact interval: its value and the half of its last printed digit, both in half-fen (so
/// that half of 0.01 元 is a whole number). A blank cell is exactly zero.
/// </summary>
/// <remarks>A row that prints some amount but has no cell in a column the table prints is blank there: such a figure
/// has <see cref="Cell"/> -1 and is located by its <see cref="Column"/>.</remarks>
internal readonly record struct Figure(Int128 Mid, Int128 Half, AmountUnit Unit, int Table, int Row, int Cell, bool Blank, int Column = -1)
{
    public Int128 Low => Mid - Half;

    public Int128 High => Mid + Half;
}

/// <summary>
/// Every amount of a disclosure as a <see cref="Figure"/>, with a grid per table to find the figure of a row and
/// column in constant time, and the text that names each for a finding.
/// </summary>
internal sealed class FigureSet
{
    private readonly List<Figure> figures;
    private readonly int[][] grids;
    private readonly bool[][] printed;
    private readonly int[] narrative;
    private readonly (int Start, int End)[] ranges;

    public FigureSet(Disclosure disclosure)
    {
        Disclosure = disclosure;
        var tables = disclosure.Tables;
        int capacity = disclosure.Narrative.Count + 8;
        foreach (var table in tables)
        {
            foreach (var row in table.Rows)
            {
                capacity += row.Cells.Count;
            }
        }

        figures = new List<Figure>(capacity);
        grids = new int[tables.Count][];
        printed = new bool[tables.Count][];
        ranges = new (int, int)[tables.Count];
        for (int t = 0; t < tables.Count; t++)
        {
            int start = figures.Count;
            var table = tables[t];
            int columns = table.Schema.Columns.Count;
            var grid = new int[table.Rows.Count * columns];
            Array.Fill(grid, -1);
            var seen = new bool[columns];
            long step = StepOf(table);
            for (int r = 0; r < table.Rows.Count; r++)
            {
                var cells = table.Rows[r].Cells;
                for (int c = 0; c < cells.Count; c++)
                {
                    var cell = cells[c];
                    int column = table.ColumnIndexOf(r, c);
                    seen[column] = true;
                    if (cell.IsRate)
                    {
                        continue;
                    }

                    bool blank = !cell.Amount.HasAmount;
                    grid[(r * columns) + column] = figures.Count;
                    figures.Add(new Figure((Int128)cell.Amount.Amount.Fen * 2, blank ? 0 : step, table.Unit, t, r, c, blank, column));
                }
            }

            // A blank cell is exactly zero, whether the reader kept it or left it out of its row (a row that prints
            // no amount at all is blank throughout). Every row of a table of codes, units or one row has every printed
            // column; a summary table's line (or 类 line) has the printed columns of its side.
            bool lines = table.Schema.Rows == RowAxis.Lines;
            for (int r = 0; r < table.Rows.Count; r++)
            {
                var row = table.Rows[r];

                for (int column = 0; column < columns; column++)
                {
                    var side = table.Schema.Columns[column].Side;
                    if (lines && side != RowSide.None && side != row.Key.Side)
                    {
                        continue;
                    }

                    if (seen[column] && grid[(r * columns) + column] < 0 && !table.Schema.Columns[column].Meaning.IsRate)
                    {
                        grid[(r * columns) + column] = figures.Count;
                        figures.Add(new Figure(0, 0, table.Unit, t, r, -1, true, column));
                    }
                }
            }

            grids[t] = grid;
            printed[t] = seen;
            ranges[t] = (start, figures.Count);
        }

        narrative = new int[disclosure.Narrative.Count];
        for (int n = 0; n < narrative.Length; n++)
        {
            var figure = disclosure.Narrative[n];
            narrative[n] = -1;
            if (figure.Amount is { } amount)
            {
                narrative[n] = figures.Count;
                long step = figure.Decimals is { } d ? figure.Unit.FenPerUnit() / Pow10(Math.Min(d, figure.Unit.ExactDecimals())) : StepOf(amount.Fen, figure.Unit);
                figures.Add(new Figure((Int128)amount.Fen * 2, step, figure.Unit, -1, n, 0, false));
            }
        }
    }

    public Disclosure Disclosure { get; }

    public int Count => figures.Count;

    public ref readonly Figure this[int id] => ref System.Runtime.InteropServices.CollectionsMarshal.AsSpan(figures)[id];

    /// <summary>Adds a figure that is not a table cell or narrative amount (a sheet's funds, 其他重要事项), located by text.</summary>
    public int Add(Amount amount, AmountUnit unit, int exactDecimalsShown, int otherIndex)
    {
        long fenPerUnit = unit.FenPerUnit();
        long step = exactDecimalsShown < 0 ? StepOf(amount.Fen, unit) : fenPerUnit / Pow10(Math.Min(exactDecimalsShown, unit.ExactDecimals()));
        figures.Add(new Figure((Int128)amount.Fen * 2, step, unit, -2, otherIndex, 0, false));
        return figures.Count - 1;
    }

    /// <summary>The figure of a table's row and column (by schema column index), or -1.</summary>
    public int At(int table, int row, int column) =>
        column < 0 ? -1 : grids[table][(row * Disclosure.Tables[table].Schema.Columns.Count) + column];

    /// <summary>The figure of a table's row and column key, or -1.</summary>
    public int At(int table, int row, string column) => At(table, row, Disclosure.Tables[table].Schema.IndexOf(column));

    /// <summary>The printed figures of some columns (by schema index) of one row; columns not printed are left out.</summary>
    public int[] InRow(int table, int row, IReadOnlyList<int> columns)
    {
        var ids = new int[columns.Count];
        for (int i = 0; i < ids.Length; i++)
        {
            ids[i] = At(table, row, columns[i]);
        }

        return Printed(ids);
    }

    /// <summary>The printed figures of some rows in one column; rows with no figure there are left out.</summary>
    public int[] InColumn(int table, IReadOnlyList<int> rows, int column)
    {
        var ids = new int[rows.Count];
        for (int i = 0; i < ids.Length; i++)
        {
            ids[i] = At(table, rows[i], column);
        }

        return Printed(ids);
    }

    /// <summary>The ids of printed figures (0 or more); the same array when all are.</summary>
    public static int[] Printed(int[] ids)
    {
        foreach (int id in ids)
        {
            if (id < 0)
            {
                return Array.FindAll(ids, o => o >= 0);
            }
        }

        return ids;
    }

    /// <summary>Whether every figure is blank.</summary>
    public bool AllBlank(int[] ids)
    {
        foreach (int id in ids)
        {
            if (!this[id].Blank)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether a table prints a column (some row has a cell in it).</summary>
    public bool Prints(int table, int column) => column >= 0 && printed[table][column];

    /// <summary>The figure of a narrative amount, or -1.</summary>
    public int OfNarrative(int index) => narrative[index];

    /// <summary>The figures of a table's cells: ids from start (inclusive) to end (exclusive), row by row.</summary>
    public (int Start, int End) CellsOf(int table) => ranges[table];

    /// <summary>The figure as printed, with its unit.</summary>
    public string Show(int id)
    {
        var figure = figures[id];
        return figure.Blank ? "(blank)" : Format(figure.Mid, figure.Unit);
    }

    /// <summary>The location of a figure.</summary>
    public FindingLocation Locate(int id, Func<int, FindingLocation>? other = null)
    {
        var figure = figures[id];
        if (figure.Table >= 0)
        {
            var table = Disclosure.Tables[figure.Table];
            var row = table.Rows[figure.Row];
            if (figure.Cell < 0)
            {
                return new FindingLocation(table.Schema.Id, table.Title, RowText(row.Key), row.Label, table.Schema.Columns[figure.Column].Key, Show(id), Where(table, row));
            }

            var cell = row.Cells[figure.Cell];
            return new FindingLocation(table.Schema.Id, table.Title, RowText(row.Key), row.Label, cell.Column, Show(id), cell.Location.IsKnown ? cell.Location : Where(table, row));
        }

        if (figure.Table == -1)
        {
            var n = Disclosure.Narrative[figure.Row];
            return new FindingLocation("narrative", n.Section, n.Code ?? n.Subject, NarrativeLabel(n), NarrativeColumn(n), Show(id), n.Location);
        }

        return other?.Invoke(figure.Row) ?? FindingLocation.Document;
    }

    /// <summary>Where a row was read: its own location, else its table's (the title line or page).</summary>
    public static SourceLocation Where(Table table, TableRow row) => row.Location.IsKnown ? row.Location : table.Location;

    public static string RowText(RowKey key) => key.Kind switch
    {
        RowKind.OneRow => string.Empty,
        _ => key.Value,
    };

    /// <summary>What a finding names a narrative figure by: the sentence that states it, else its subject.</summary>
    public static string NarrativeLabel(NarrativeFigure figure) => figure.Sentence.Length > 0 ? figure.Sentence : figure.Subject;

    private static string NarrativeColumn(NarrativeFigure figure) => figure.Kind switch
    {
        FigureKind.Change => "change",
        _ => "amount",
    };

    /// <summary>A value in half-fen, in a unit, exactly (as many decimals as it needs, at least the unit's usual two).</summary>
    public static string Format(Int128 halfFen, AmountUnit unit)
    {
        decimal value = (decimal)halfFen / (2m * unit.FenPerUnit());
        return value.ToString("0.00##########", CultureInfo.InvariantCulture) + " " + unit.Symbol();
    }

    /// <summary>The half of the last printed digit common to a table: the fewest decimals that show every cell exactly.</summary>
    private static long StepOf(Table table)
    {
        long fenPerUnit = table.Unit.FenPerUnit();
        int decimals = 0;
        foreach (var row in table.Rows)
        {
            foreach (var cell in row.Cells)
            {
                if (!cell.IsRate && cell.Amount.HasAmount)
                {
                    decimals = Math.Max(decimals, DecimalsOf(cell.Amount.Amount.Fen, table.Unit));
                }
            }
        }

        // Two-decimal 万元 tables print 0.00 for a zero: a table with no decimal digit at all is an integer table.
        return fenPerUnit / Pow10(decimals);
    }

    private static long StepOf(long fen, AmountUnit unit) => unit.FenPerUnit() / Pow10(DecimalsOf(fen, unit));

    /// <summary>The half of the last printed digit, in half-fen, common to figures printed together (a sheet's funds).</summary>
    public static long StepOf(IEnumerable<Amount> amounts, AmountUnit unit) =>
        unit.FenPerUnit() / Pow10(amounts.Select(a => DecimalsOf(a.Fen, unit)).DefaultIfEmpty(0).Max());

    private static int DecimalsOf(long fen, AmountUnit unit)
    {
        long fenPerUnit = unit.FenPerUnit();
        int max = unit.ExactDecimals();
        for (int d = 0; d < max; d++)
        {
            if (fen % (fenPerUnit / Pow10(d)) == 0)
            {
                return d;
            }
        }

        return max;
    }

    private static long Pow10(int n)
    {
        long p = 1;
        for (int i = 0; i < n; i++)
        {
            p *= 10;
        }

        return p;
    }
}
