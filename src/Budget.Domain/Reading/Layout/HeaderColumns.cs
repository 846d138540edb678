using Budget.Domain.Tables;

namespace Budget.Domain.Reading.Layout;

/// <summary>
/// Turns the header lines of a printed table into its columns. Words stacked in one cell (事业单位 / 经营收入) are
/// joined; the cells with no cell below them are the leaf columns, and each word of a body line falls in the leaf
/// whose zone holds its centre. A leaf is the schema column whose printed header path (<c>合计/预算数</c>) ends in the
/// leaf's text and whose parents stand above it, the nearest parent winning: headers merged over several columns are
/// centred over them, so position, not text width, tells which parent a leaf is under.
/// </summary>
internal static class HeaderColumns
{
    private sealed class Cell(LayoutWord word)
    {
        public string Text { get; set; } = word.Text;

        public float Left { get; set; } = word.Left;

        public float Right { get; set; } = word.Right;

        public float Top { get; set; } = word.Top;

        public float Bottom { get; set; } = word.Bottom;

        public float Height { get; } = word.Height;

        /// <summary>Whether the cell is a text source's grid cell: a merged header stands in its first column there.</summary>
        public bool Grid { get; } = word.Origin.IsKnown;

        public float CenterX => (Left + Right) / 2;

        public string Key => key ??= TableSchemaCatalogue.StripYear(ReadText.Key(Text));

        private string? key;

        /// <summary>Adds the next word of the cell (beside it on its line, or below it in the cell).</summary>
        public void Add(LayoutWord word)
        {
            Text += word.Text;
            key = null;
            Left = Math.Min(Left, word.Left);
            Right = Math.Max(Right, word.Right);
            Top = Math.Max(Top, word.Top);
            Bottom = Math.Min(Bottom, word.Bottom);
        }
    }

    public static TableLayout Find(TableSchema schema, IReadOnlyList<TextLine> header)
    {
        var cells = Cells(header);
        if (cells.Count == 0)
        {
            return TableLayout.None;
        }

        var byTop = cells.OrderBy(c => c.Top).ToList();
        var leaves = cells.Where(c => IsLeaf(c, byTop)).OrderBy(c => c.CenterX).ToList();
        var zones = new List<(Cell Leaf, float From, float To)>();
        for (int i = 0; i < leaves.Count; i++)
        {
            float from = i == 0 ? float.NegativeInfinity : Boundary(leaves[i - 1], leaves[i]);
            float to = i == leaves.Count - 1 ? float.PositiveInfinity : Boundary(leaves[i], leaves[i + 1]);
            zones.Add((leaves[i], from, to));
        }

        // Panels: a label column after an amount column starts the next panel. Each panel is matched on its own, a
        // parent printed over another panel counting for little (收入 | 支出 tables print the same leaf on both sides).
        // Highest first, so that the cells above a leaf are a prefix (found by halving: a wide header stays n log n).
        var evidence = cells.Concat(Spelled(cells)).OrderByDescending(c => c.Bottom).ToList();
        var isAmount = zones.Select(z => Candidates(schema, z.Leaf, evidence, float.NegativeInfinity, float.PositiveInfinity).Count > 0).ToList();
        var panels = new List<Panel>();
        var unmatched = new List<string>();
        int start = 0;
        for (int i = 1; i <= zones.Count; i++)
        {
            if (i == zones.Count || (!isAmount[i] && isAmount[i - 1]))
            {
                float from = zones[start].From, to = zones[i - 1].To;
                var candidates = zones.Select(z => Candidates(schema, z.Leaf, evidence, from, to)).ToList();
                panels.Add(Match(schema, zones, candidates, start, i, unmatched));
                start = i;
            }
        }

        // A header that names none of the schema's columns is no header the rows can be read by (RD006).
        return panels.Any(p => p.Zones.Any(z => z.Column is not null)) ? new TableLayout(panels, unmatched) : TableLayout.None;
    }

    private static Panel Match(TableSchema schema, List<(Cell Leaf, float From, float To)> zones, List<List<(ColumnSchema Column, float Cost)>> candidates, int start, int end, List<string> unmatched)
    {
        var chosen = new ColumnSchema?[end - start];
        var taken = new HashSet<string>(StringComparer.Ordinal);
        var pairs = Enumerable.Range(start, end - start).SelectMany(i => candidates[i].Select(c => (Index: i, c.Column, c.Cost))).OrderBy(p => p.Cost).ThenBy(p => p.Index);
        foreach (var (index, column, _) in pairs)
        {
            if (chosen[index - start] is null && taken.Add(column.Key))
            {
                chosen[index - start] = column;
            }
        }

        // Leaves printed alike (增减额 … 增减额) stand in the schema's order, left to right, whatever parents a
        // misaligned header row seems to put over them.
        foreach (var alike in Enumerable.Range(start, end - start).Where(i => chosen[i - start] is not null).GroupBy(i => zones[i].Leaf.Key).Where(g => g.Count() > 1))
        {
            var ordered = alike.Select(i => chosen[i - start]!).OrderBy(c => schema.IndexOf(c.Key)).ToList();
            int n = 0;
            foreach (int i in alike)
            {
                chosen[i - start] = ordered[n++];
            }
        }

        var result = new List<Zone>();
        for (int i = start; i < end; i++)
        {
            var column = chosen[i - start];
            // A leaf that could be a column but lost it to another, or one that names no column at all (备注), is
            // reported and its cells are not read; the label columns' headers (科目编码, 项目, 栏次 …) are labels.
            // (On a page, a leaf may be a spaced parent's character or a wrapped word: only a grid's cells are sure.)
            bool ignored = column is null && (candidates[i].Count > 0 || (zones[i].Leaf.Grid && !IsLabelHeader(zones[i].Leaf.Text)));
            if (ignored)
            {
                unmatched.Add(zones[i].Leaf.Text);
            }

            result.Add(new Zone(zones[i].From, zones[i].To, zones[i].Leaf.Text, column, zones[i].Leaf.Right) { Ignored = ignored });
        }

        // A panel of one side's columns is that side's; one with both sides' columns (a grid printing 收入 and 支出
        // side by side in one panel) puts each row on the side of its figures.
        var sides = result.Select(z => z.Column?.Side ?? RowSide.None).Where(s => s != RowSide.None).Distinct().ToList();
        var side = sides.Count == 1 ? sides[0] : RowSide.None;
        return new Panel(result, side);
    }

    private static bool IsLabelHeader(string text)
    {
        string key = ReadText.Squeeze(text);
        return key.Length == 0 || key.All(c => char.IsAsciiDigit(c) || c is '.' or '(' or ')' or '（' or '）') || key is "类" or "款" or "项" or "栏次" or "序号"
            || key.Contains("科目", StringComparison.Ordinal) || key.Contains("项目", StringComparison.Ordinal) || key.Contains("编码", StringComparison.Ordinal)
            || key.Contains("名称", StringComparison.Ordinal) || key.Contains("单位", StringComparison.Ordinal);
    }

    /// <summary>The schema columns a leaf can be, with the distance to the nearest printed parent (0 for none).</summary>
    private static List<(ColumnSchema Column, float Cost)> Candidates(TableSchema schema, Cell leaf, List<Cell> cells, float from, float to)
    {
        var found = new List<(ColumnSchema, float)>();
        // A cell may print its whole path (本年收入/预算数, as the library's writer does): it names its column alone.
        string[]? printedPath = leaf.Text.Contains('/', StringComparison.Ordinal) ? leaf.Text.Split('/').Select(p => TableSchemaCatalogue.StripYear(ReadText.Key(p))).ToArray() : null;
        foreach (var column in schema.Columns)
        {
            float best = float.PositiveInfinity;
            foreach (string header in column.Headers)
            {
                string[] path = header.Split('/');
                if (printedPath is not null)
                {
                    if (path.Length >= printedPath.Length && path.TakeLast(printedPath.Length).Select(p => TableSchemaCatalogue.StripYear(ReadText.Key(p))).SequenceEqual(printedPath))
                    {
                        best = Math.Min(best, path.Length == printedPath.Length ? 0 : 1);
                    }

                    continue;
                }

                if (TableSchemaCatalogue.StripYear(ReadText.Key(path[^1])) != leaf.Key)
                {
                    continue;
                }

                // A header printed without its parents is the weakest evidence: any parent found above wins.
                float cost = path.Length == 1 ? 10_000 : 0;
                for (int level = path.Length - 2; level >= 0 && cost < float.PositiveInfinity; level--)
                {
                    string key = TableSchemaCatalogue.StripYear(ReadText.Key(path[level]));
                    float nearest = cells.Take(Prefix(cells, c => c.Bottom >= leaf.Top - (leaf.Height / 2))).Where(p => p != leaf && p.Key == key).Select(p => Distance(p, leaf.CenterX) + (p.CenterX >= from && p.CenterX < to ? 0 : 5_000)).DefaultIfEmpty(float.PositiveInfinity).Min();
                    cost += level == path.Length - 2 ? nearest : nearest / 1000;
                }

                best = Math.Min(best, cost);
            }

            if (best < float.PositiveInfinity)
            {
                found.Add((column, best));
            }
        }

        return found;
    }

    /// <summary>Headers printed with their characters spaced out (<c>收 入</c>, <c>支 出</c>) as one cell each, for
    /// finding parents; the single characters stay leaves of their own (<c>类 款 项</c> are three columns).</summary>
    private static IEnumerable<Cell> Spelled(List<Cell> cells)
    {
        var singles = cells.Where(c => c.Text.Length == 1).OrderBy(c => c.Left).ToList();
        var used = new HashSet<Cell>();
        foreach (var first in singles)
        {
            if (!used.Add(first))
            {
                continue;
            }

            Cell? run = null;
            var last = first;
            foreach (var next in singles.Where(c => !used.Contains(c) && c.Left > first.Left))
            {
                if (Math.Abs(((next.Top + next.Bottom) / 2) - ((last.Top + last.Bottom) / 2)) < last.Height / 2 && next.Left - last.Right < 4 * last.Height)
                {
                    run ??= Copy(first);
                    run.Text += next.Text;
                    run.Right = next.Right;
                    used.Add(next);
                    last = next;
                }
            }

            if (run is not null)
            {
                yield return run;
            }
        }

        static Cell Copy(Cell cell) => new(new LayoutWord(cell.Text, cell.Left, cell.Bottom, cell.Right, cell.Top));
    }

    /// <summary>How far a parent is from a leaf's centre. On a page a merged header is centred over its columns, so it
    /// is the distance to its box; in a grid it is written in its first column, so the nearest parent at or left of the
    /// leaf is the one over it, and a parent to its right is far.</summary>
    private static float Distance(Cell cell, float x) =>
        cell.Grid ? (x < cell.Left ? 1_000 + cell.Left - x : (x - cell.Left) / 100) : x < cell.Left ? cell.Left - x : x > cell.Right ? x - cell.Right : 0;

    /// <summary>Halfway between two leaves' centres: a header is centred in its cell, a figure may sit anywhere in
    /// it (flush right, centred), so a figure belongs to the header whose centre is nearest.</summary>
    private static float Boundary(Cell left, Cell right) => (left.CenterX + right.CenterX) / 2;

    /// <summary>The header's cells: words on one line a small gap apart are one cell, and words stacked in one cell
    /// (the same centre, the next line down) are one cell.</summary>
    private static List<Cell> Cells(IReadOnlyList<TextLine> header)
    {
        var cells = new List<Cell>();
        foreach (var line in header)
        {
            Cell? last = null;
            foreach (var word in line.Words)
            {
                if (last is not null && word.Left - last.Right < 0.3f * word.Height && Math.Abs(word.CenterY - (last.Top + last.Bottom) / 2) < word.Height / 2)
                {
                    last.Add(word);
                    continue;
                }

                // (A grid's cells never stack: each text line is a row of its own.)
                var above = word.Origin.IsKnown ? null : cells.Where(c => StacksOn(c, word)).OrderBy(c => c.Bottom).FirstOrDefault();
                if (above is not null)
                {
                    above.Add(word);
                    last = above;
                    continue;
                }

                last = new Cell(word);
                cells.Add(last);
            }
        }

        return cells;
    }

    private static bool StacksOn(Cell cell, LayoutWord word)
    {
        float gap = cell.Bottom - word.Top;
        float overlap = Math.Min(cell.Right, word.Right) - Math.Max(cell.Left, word.Left);
        float narrower = Math.Min(cell.Right - cell.Left, word.Width);
        float wider = Math.Max(cell.Right - cell.Left, word.Width);
        return gap > -0.3f * word.Height && gap < 0.9f * word.Height && overlap >= 0.6f * narrower && Math.Abs(cell.CenterX - word.CenterX) <= 0.3f * wider;
    }

    /// <summary>Whether no header cell stands below a cell, within its width and half a character either side.</summary>
    /// <param name="cell">The cell.</param>
    /// <param name="byTop">The header's cells, lowest first.</param>
    private static bool IsLeaf(Cell cell, List<Cell> byTop)
    {
        float from = cell.Left - (cell.Height / 2), to = cell.Right + (cell.Height / 2);
        return !byTop.Take(Prefix(byTop, other => other.Top <= cell.Bottom + (cell.Height / 4))).Any(other => other != cell && other.Right > from && other.Left < to);
    }

    /// <summary>How many items, from the first, hold a condition that holds for a prefix of the list (found by halving).</summary>
    private static int Prefix(List<Cell> cells, Func<Cell, bool> holds)
    {
        int low = 0, high = cells.Count;
        while (low < high)
        {
            int mid = (low + high) / 2;
            if (holds(cells[mid]))
            {
                low = mid + 1;
            }
            else
            {
                high = mid;
            }
        }

        return low;
    }
}
