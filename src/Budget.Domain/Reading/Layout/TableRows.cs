using Budget.Domain.Money;
using Budget.Domain.Tables;

namespace Budget.Domain.Reading.Layout;

/// <summary>
/// Turns a table's body lines into rows, panel by panel. A line's words fall in the zones of its panel: digits in a
/// label zone before any name are the code (its printed levels joined: <c>201 13 01</c> is 2011301), numbers in an
/// amount zone are cells, the rest is the name. A line with a code, an amount or a label the schema knows starts a
/// row; a line with only words of a name belongs to the nearest row (names wrap above and below their code), and a
/// line with only amounts to the nearest row printed without any.
/// </summary>
internal static class TableRows
{
    private sealed class Piece(TextLine line)
    {
        public TextLine Line { get; } = line;

        public List<LayoutWord> Code { get; } = [];

        public List<LayoutWord> Name { get; } = [];

        public List<(Zone Zone, LayoutWord Word)> Amounts { get; } = [];

        public List<Piece> Joined { get; } = [];

        public string CodeText => string.Concat(Code.Select(w => w.Text));

        public string NameText => string.Concat(Name.Select(w => w.Text));

        public bool HasLabel => Code.Count > 0 || Name.Count > 0;
    }

    public static Table Build(TableBlock block, AmountUnit unit, List<ReadDiagnostic> diagnostics)
    {
        var schema = block.Schema;
        var panels = new List<List<TableRow>>();
        for (int s = 0; s < block.Segments.Count; s++)
        {
            var segment = block.Segments[s];
            var layout = block.LayoutOf(s);
            if (segment.Body.Count == 0)
            {
                continue;
            }

            if (!layout.IsKnown)
            {
                diagnostics.Add(new ReadDiagnostic(ReadRules.MissingHeader, segment.Body[0].Location, $"{block.Title.Text}: no header above these rows; they are not read.", segment.Body[0].ToString()));
                continue;
            }

            for (int p = 0; p < layout.Panels.Count; p++)
            {
                while (panels.Count <= p)
                {
                    panels.Add([]);
                }

                Rows(block, layout, p, segment.Body, unit, panels[p], diagnostics);
            }
        }

        var read = panels.SelectMany(p => p).ToList();
        if (schema.Rows is RowAxis.FunctionalCode or RowAxis.EconomicCode && read.Count > 0 && schema.Lines.Any(l => l.Role == ColumnRole.Sum) && !read.Any(r => r.Key.Kind == RowKind.Line))
        {
            diagnostics.Add(new ReadDiagnostic(ReadRules.MissingTotal, read[0].Location, $"{block.Title.Text} prints no 合计 row; its total is not stated.", read[0].Label));
        }

        string? note = block.Note.Count > 0 ? string.Join("\n", block.Note) : null;
        return new Table(schema, unit, read, note, block.Title.Text, block.Title.Location);
    }

    private static void Rows(TableBlock block, TableLayout layout, int index, List<TextLine> body, AmountUnit unit, List<TableRow> rows, List<ReadDiagnostic> diagnostics)
    {
        var schema = block.Schema;
        var panel = layout.Panels[index];
        var pieces = new List<Piece>();
        foreach (var line in body)
        {
            var piece = Split(line, layout, index, unit);
            if (piece.HasLabel || piece.Amounts.Count > 0)
            {
                pieces.Add(piece);
            }
        }

        var anchors = pieces.Where(p => p.Code.Count > 0 || p.Amounts.Count > 0 || (p.Name.Count > 0 && Knows(schema, p.NameText, panel.Side))).ToList();

        // Amounts printed on a line of their own belong to the nearest row printed without any.
        foreach (var lone in anchors.Where(a => !a.HasLabel).ToList())
        {
            var target = anchors.Where(a => a.HasLabel && a.Amounts.Count == 0 && Math.Abs(a.Line.CenterY - lone.Line.CenterY) < 1.6f * lone.Line.Height)
                .MinBy(a => Math.Abs(a.Line.CenterY - lone.Line.CenterY));
            if (target is not null)
            {
                target.Amounts.AddRange(lone.Amounts);
                anchors.Remove(lone);
            }
        }

        // In a coded table, a name with amounts but no code, a line away from a code printed alone, is that code's row
        // (the code sits a little higher or lower than its name).
        if (schema.Rows is RowAxis.FunctionalCode or RowAxis.EconomicCode)
        {
            foreach (var named in anchors.Where(a => a.Code.Count == 0 && a.Name.Count > 0 && schema.LineByLabel(a.NameText, panel.Side) is null).ToList())
            {
                var target = anchors.Where(a => a.Code.Count > 0 && a.Name.Count == 0 && Math.Abs(a.Line.CenterY - named.Line.CenterY) < 1.6f * named.Line.Height)
                    .MinBy(a => Math.Abs(a.Line.CenterY - named.Line.CenterY));
                if (target is not null)
                {
                    target.Amounts.AddRange(named.Amounts);
                    target.Joined.Add(named);
                    target.Joined.AddRange(named.Joined);
                    anchors.Remove(named);
                }
            }
        }

        var anchored = anchors.ToHashSet();
        foreach (var fragment in pieces.Where(p => !anchored.Contains(p) && p.HasLabel))
        {
            // In a grid a name never wraps onto a line of its own: a line of words alone there (第 3 页, 续表) is stray.
            if (fragment.Line.FromText || LayoutReader.UnitOf(fragment.Line) is not null)
            {
                diagnostics.Add(new ReadDiagnostic(ReadRules.StrayLine, fragment.Line.Location, $"{block.Title.Text}: a line that is no row stands among the rows; it is kept here.", fragment.Line.Text));
                continue;
            }

            var target = anchors.Where(a => a.Line.Page == fragment.Line.Page).MinBy(a => Math.Abs(a.Line.CenterY - fragment.Line.CenterY));
            if (target is null)
            {
                diagnostics.Add(new ReadDiagnostic(ReadRules.StrayLine, fragment.Line.Location, $"{block.Title.Text}: a line with no code and no amount, and no row to belong to.", fragment.Line.Text));
                continue;
            }

            target.Joined.Add(fragment);
        }

        LineSchema? parent = null;
        var levels = new string?[8];
        var lastSide = RowSide.None;
        var seen = rows.Select(r => r.Key).ToHashSet();

        // A panel of a two-sided table whose lines are one side's (收入 | 支出, one amount column each) is that side's:
        // a 类 line printed in the other side's panel is no row of it.
        var panelSide = panel.Side;
        if (panelSide == RowSide.None && layout.Panels.Count > 1)
        {
            panelSide = anchors.Select(a => schema.KeyOfLabel(string.Concat(a.Joined.Append(a).Select(p => p.NameText))))
                .Where(k => k is { Kind: RowKind.Line } && k.Value.Side != RowSide.None).Select(k => k!.Value.Side)
                .GroupBy(x => x).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstOrDefault();
        }

        foreach (var anchor in anchors)
        {
            string name = string.Concat(anchor.Joined.Append(anchor).OrderByDescending(p => p.Line.CenterY).Select(p => p.NameText));
            string code = anchor.CodeText;
            string label = code.Length > 0 ? (name.Length > 0 ? code + " " + name : code) : name;

            // A table printed without any label column (one line of totals under its header) holds its total line.
            if (label.Length == 0 && panel.Zones.All(z => z.Column is not null) && schema.Lines.FirstOrDefault(l => l.Role == ColumnRole.Sum && l.Side == panel.Side) is { } total)
            {
                label = name = total.Label;
            }

            // One panel of a two-sided table (收入 and 支出 columns side by side in one grid): a row stands on the side
            // of the columns its figures are in, or, without figures, on the side of the row before it.
            var side = panelSide;
            if (side == RowSide.None && schema.Columns.Any(c => c.Side != RowSide.None))
            {
                var sides = anchor.Amounts.Select(a => a.Zone.Column!.Side).Where(x => x != RowSide.None).Distinct().ToList();
                side = sides.Count == 1 ? sides[0] : lastSide;
                lastSide = side;
            }

            var key = KeyOf(schema, label, name, code, side, ref parent) ?? (side != panelSide ? KeyOf(schema, label, name, code, panelSide, ref parent) : null);
            bool coded = schema.Rows is RowAxis.FunctionalCode or RowAxis.EconomicCode;
            if (key is { Kind: RowKind.Code } codeKey && coded && !IsCodeOf(schema.Rows, codeKey.Value))
            {
                diagnostics.Add(new ReadDiagnostic(ReadRules.InvalidCode, anchor.Line.Location, $"{block.Title.Text}: {codeKey.Value} is not a {(schema.Rows == RowAxis.FunctionalCode ? "功能分类" : "经济分类")} code of 类, 款 or 项; the row is kept here only.", anchor.Line.Text));
                continue;
            }

            if (key is null && coded && LeadingToken(label) is { } token && token.Any(char.IsAsciiDigit))
            {
                diagnostics.Add(new ReadDiagnostic(ReadRules.InvalidCode, anchor.Line.Location, $"{block.Title.Text}: “{token}” is not a code; the row is kept here only.", anchor.Line.Text));
                continue;
            }

            if (key is not { } rowKey)
            {
                // A coded table's row without a code; a table of lines' row whose label it does not know.
                var rule = coded && code.Length == 0 ? ReadRules.MissingRowLabel : ReadRules.UnknownRowLabel;
                diagnostics.Add(new ReadDiagnostic(rule, anchor.Line.Location, $"{block.Title.Text}: the row \"{label}\" is not a row of {schema.Id}; it is kept here only.", anchor.Line.Text));
                continue;
            }

            if (!seen.Add(rowKey))
            {
                diagnostics.Add(new ReadDiagnostic(ReadRules.DuplicateCode, anchor.Line.Location, $"{block.Title.Text}: the row {rowKey} is printed a second time; the first is read.", anchor.Line.Text));
                continue;
            }

            if (rowKey.Kind == RowKind.Code && code.Length is 3 or 5 or 7)
            {
                // A 款 under another 类, a 项 under another 款 (a misprint, or a code split over columns): read as printed, said.
                string? above = code.Length > 3 ? levels[code.Length - 2] : null;
                if (above is not null && !code.StartsWith(above, StringComparison.Ordinal))
                {
                    diagnostics.Add(new ReadDiagnostic(ReadRules.MisplacedCode, anchor.Line.Location, $"{block.Title.Text}: the code {code} is not under {above}, the code printed above it; the row is read as printed.", anchor.Line.ToString()));
                }

                levels[code.Length] = code;
                for (int longer = code.Length + 2; longer < levels.Length; longer += 2)
                {
                    levels[longer] = null;
                }
            }

            var cells = new List<TableCell>();
            float headerEnd = layout.Panels[^1].Zones[^1].HeaderRight;
            foreach (var (zone, word) in anchor.Amounts)
            {
                var column = zone.Column!;
                if (word.Origin.IsKnown && word.Left > headerEnd)
                {
                    // A grid's cell right of every header cell is under no column.
                    diagnostics.Add(new ReadDiagnostic(ReadRules.ExtraCell, word.On(anchor.Line.Page), $"{block.Title.Text}: \"{word.Text}\" in the row \"{label}\" stands right of every column; it is not read.", word.Text));
                    continue;
                }

                if ((column.Side != RowSide.None && column.Side != rowKey.Side) || cells.Any(c => c.Column == column.Key))
                {
                    diagnostics.Add(new ReadDiagnostic(ReadRules.ExtraCell, word.On(anchor.Line.Page), $"{block.Title.Text}: \"{word.Text}\" in the row \"{label}\" is not under a column of its own; it is not read.", word.Text));
                    continue;
                }

                var location = word.On(anchor.Line.Page);
                if (column.Meaning.IsRate)
                {
                    if (Rate.TryParse(word.Text, out var rate))
                    {
                        cells.Add(TableCell.OfRate(column.Key, rate, location));
                    }
                    else
                    {
                        diagnostics.Add(new ReadDiagnostic(ReadRules.UnreadableRate, location, $"{block.Title.Text}: \"{word.Text}\" under {zone.Header} is not a rate.", word.Text));
                    }

                    continue;
                }

                var parsed = AmountCell.Parse(word.Text, unit);
                if (parsed.TryGetValue(out var amount))
                {
                    cells.Add(TableCell.Of(column.Key, amount, location));
                }
                else
                {
                    diagnostics.Add(new ReadDiagnostic(ReadRules.UnreadableAmount, location, $"{block.Title.Text}: \"{word.Text}\" under {zone.Header} is not an amount ({parsed.Error?.Message}).", word.Text));
                }
            }

            rows.Add(new TableRow(rowKey, label, cells, anchor.Line.Location));
        }
    }

    /// <summary>The key of a row. A label printed under a line with lines of its own (the three fund lines under
    /// 年初财政拨款结转和结余) is that line's child where the label alone would name another line.</summary>
    private static RowKey? KeyOf(TableSchema schema, string label, string name, string code, RowSide side, ref LineSchema? parent)
    {
        if (code.Length == 0 && parent is not null)
        {
            string prefix = parent.Key + ".";
            var child = schema.Lines.FirstOrDefault(l => l.Key.StartsWith(prefix, StringComparison.Ordinal) && l.HasLabel(name));
            if (child is not null && schema.LineByLabel(name, side) != child)
            {
                return RowKey.Line(child.Key, child.Side, parent.Key);
            }
        }

        var key = schema.KeyOfLabel(label, side);
        if (key is { Kind: RowKind.ClassLine } && side != RowSide.None && side != (schema.ClassLinesSide ?? RowSide.Expenditure))
        {
            // A 类 line stands on its side only: on the other it is no row of the table.
            return null;
        }

        if (key is { Kind: RowKind.Line } line)
        {
            var found = schema.Line(line.Value);
            parent = found is not null && schema.Lines.Any(l => l.Key.StartsWith(found.Key + ".", StringComparison.Ordinal)) ? found : null;
        }

        return key;
    }

    /// <summary>Whether a label alone starts a row: a line of the schema, or (in a table of lines) a 类 line printed
    /// with its numbering (<c>四、文化旅游体育与传媒支出</c>: its wrapped tail <c>支出</c> has none).</summary>
    private static bool Knows(TableSchema schema, string name, RowSide side)
    {
        if (schema.LineByLabel(name, side) is not null)
        {
            return true;
        }

        return schema.Rows is not (RowAxis.FunctionalCode or RowAxis.EconomicCode)
            && schema.KeyOfLabel(name, side) is { } key
            && (key.Kind != RowKind.ClassLine || ReadText.StripNumbering(name).Length != name.Length);
    }

    private static Piece Split(TextLine line, TableLayout layout, int panel, AmountUnit unit)
    {
        var piece = new Piece(line);
        foreach (var word in line.Words)
        {
            var byCentre = layout.Place(word, figure: true);
            bool figure = byCentre is { Zone.Column: { } amounts } && IsFigure(word, amounts, unit);
            if ((figure ? byCentre : layout.Place(word, figure: false)) is not { } place || place.Panel != panel)
            {
                continue;
            }

            var zone = place.Zone;
            if (zone.Ignored)
            {
                continue;
            }

            if (figure)
            {
                piece.Amounts.Add((zone, word));
            }
            else if (piece.Name.Count == 0 && word.Text.All(char.IsAsciiDigit))
            {
                piece.Code.Add(word);
            }
            else if (piece.Name.Count == 0 && piece.Code.Count == 0 && LeadingDigits(word.Text) is >= 3 and var digits && digits < word.Text.Length && !char.IsAscii(word.Text[digits]))
            {
                // A code printed against its name in one word: 2013901行政运行.
                piece.Code.Add(new LayoutWord(word.Text[..digits], word.Left, word.Bottom, word.Left + (word.Width * digits / word.Text.Length), word.Top));
                piece.Name.Add(new LayoutWord(word.Text[digits..], word.Left + (word.Width * digits / word.Text.Length), word.Bottom, word.Right, word.Top));
            }
            else
            {
                piece.Name.Add(word);
            }
        }

        return piece;
    }

    /// <summary>Whether a word in an amount column is meant as its figure: digits without any ideograph (a misprint
    /// such as <c>13,8x8.76</c> is then reported, not taken as a name), an empty-cell mark, or — in a grid, whose cells
    /// stand in their columns — any text.</summary>
    private static bool IsFigure(LayoutWord word, ColumnSchema column, AmountUnit unit)
    {
        string text = word.Text;
        if (word.Origin.IsKnown || column.Meaning.IsRate)
        {
            return word.Origin.IsKnown || text.Any(char.IsAsciiDigit) || Rate.TryParse(text, out _);
        }

        return text.Any(char.IsAsciiDigit)
            ? !text.Any(c => c is >= '\u4E00' and <= '\u9FFF')
            : AmountCell.TryParse(text, unit, out var cell) && !cell.HasAmount && cell != AmountCell.Blank;
    }

    /// <summary>Whether a code is one of 类, 款 or 项 of the table's classification.</summary>
    /// <remarks>A misprinted digit (<c>71102</c>) keeps a code's shape and is read as printed (RD004 says where it
    /// stands); an economic code (3XX, 5XX) in a functional table, or a code of another length, is no code of it.</remarks>
    private static bool IsCodeOf(RowAxis axis, string code) => axis == RowAxis.FunctionalCode
        ? code.Length is 3 or 5 or 7 && code.All(char.IsAsciiDigit) && !(code.Length <= 5 && code[0] is '3' or '5')
        : code.Length is 3 or 5 && Classification.DepartmentEconomicCode.TryParse(code, out _);

    /// <summary>The label's first token when it looks like a code (letters and digits, no ideograph).</summary>
    private static string? LeadingToken(string label)
    {
        int end = 0;
        while (end < label.Length && char.IsAsciiLetterOrDigit(label[end]))
        {
            end++;
        }

        return end is >= 3 and <= 12 ? label[..end] : null;
    }

    private static int LeadingDigits(string text)
    {
        int i = 0;
        while (i < text.Length && char.IsAsciiDigit(text[i]))
        {
            i++;
        }

        return i;
    }
}
