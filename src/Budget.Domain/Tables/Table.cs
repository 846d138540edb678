using System.Globalization;
using Budget.Domain.Money;

namespace Budget.Domain.Tables;

/// <summary>
/// A table of a disclosure, of any kind: its schema, the title as printed, the unit it states, its rows in printed
/// order, its note, and where it was printed. Every printed figure is held exactly; a blank cell is not 0.00.
/// </summary>
/// <remarks>
/// Immutable; equal when schema, title, unit, rows (in order), note and location are equal. A cell in a column the
/// schema does not have, an amount in a rate column (or the reverse), or a cell on the wrong side of a two-sided table
/// is a construction error (<see cref="ArgumentException"/>); figures that do not add up are not — validation reports
/// those.
/// </remarks>
public sealed record Table
{
    private readonly int[][] columnIndex;
    private FigureAt[]? figures;

    /// <summary>Creates a table.</summary>
    /// <param name="schema">Its kind.</param>
    /// <param name="unit">The unit it states (单位).</param>
    /// <param name="rows">The rows, in printed order.</param>
    /// <param name="note">The note printed with it (an empty table's 没有… note), or null.</param>
    /// <param name="title">The title as printed, or null for the schema's.</param>
    /// <param name="location">Where its title was printed.</param>
    public Table(TableSchema schema, AmountUnit unit, IEnumerable<TableRow>? rows, string? note = null, string? title = null, SourceLocation location = default)
    {
        ArgumentNullException.ThrowIfNull(schema);
        Schema = schema;
        Unit = unit;
        Rows = ValueList.From(rows);
        Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        Title = string.IsNullOrWhiteSpace(title) ? schema.Title : title.Trim();
        Location = location;
        columnIndex = new int[Rows.Count][];
        for (int r = 0; r < Rows.Count; r++)
        {
            var row = Rows[r] ?? throw new ArgumentException("A row is null.", nameof(rows));
            var cells = ((ValueList<TableCell>)row.Cells).Span;
            var indices = new int[cells.Length];
            for (int c = 0; c < cells.Length; c++)
            {
                int i = schema.IndexOf(cells[c].Column);
                if (i < 0)
                {
                    throw new ArgumentException($"The row {row.Key} \"{row.Label}\" has a cell in \"{cells[c].Column}\"; {schema.Id} has the columns {string.Join(", ", schema.Columns.Select(k => k.Key))}.", nameof(rows));
                }

                var column = schema.Columns[i];
                if (column.Meaning.IsRate != cells[c].IsRate)
                {
                    throw new ArgumentException($"The column {column.Key} of {schema.Id} holds {(column.Meaning.IsRate ? "rates" : "amounts")}; the row {row.Key} gives it {(cells[c].IsRate ? "a rate" : "an amount")}.", nameof(rows));
                }

                if (column.Side != RowSide.None && row.Key.Side != RowSide.None && column.Side != row.Key.Side)
                {
                    throw new ArgumentException($"The column {column.Key} of {schema.Id} is on the {SchemaText.Key(column.Side)} side; the row {row.Key} is not.", nameof(rows));
                }

                indices[c] = i;
            }

            columnIndex[r] = indices;
        }
    }

    /// <summary>Its kind.</summary>
    public TableSchema Schema { get; }

    /// <summary>The title as printed.</summary>
    public string Title { get; }

    /// <summary>The unit it states.</summary>
    public AmountUnit Unit { get; }

    /// <summary>The rows, in printed order.</summary>
    public IReadOnlyList<TableRow> Rows { get; }

    /// <summary>The note printed with it, or null.</summary>
    public string? Note { get; }

    /// <summary>Where its title was printed.</summary>
    public SourceLocation Location { get; }

    /// <summary>Whether it has no figure (an empty table with its note).</summary>
    public bool IsEmpty => Rows.All(r => r.Cells.All(c => !c.HasFigure));

    /// <summary>The total row (the line <c>total</c>, or the only row of a one-row table), or null.</summary>
    public TableRow? Total => Row(RowKey.Line("total")) ?? Row(RowKey.OneRow);

    /// <summary>The first row of a key, or null.</summary>
    /// <param name="key">The key.</param>
    /// <returns>The row, or null.</returns>
    public TableRow? Row(RowKey key) => Rows.FirstOrDefault(r => r.Key == key);

    /// <summary>The row of a code, or null.</summary>
    /// <param name="code">The code's digits.</param>
    /// <returns>The row, or null.</returns>
    public TableRow? RowOfCode(string code) => string.IsNullOrWhiteSpace(code) ? null : Row(RowKey.Code(code));

    /// <summary>The cell of a row and column; blank when there is none.</summary>
    /// <param name="key">The row's key.</param>
    /// <param name="column">The column key.</param>
    /// <returns>The cell.</returns>
    public TableCell Cell(RowKey key, string column) => Row(key) is { } row ? row[column] : TableCell.Of(string.IsNullOrWhiteSpace(column) ? "?" : column, AmountCell.Blank);

    /// <summary>One column: every row's cell in it, in printed order (blank cells included).</summary>
    /// <param name="column">The column key.</param>
    /// <returns>The rows with their cells.</returns>
    public IReadOnlyList<KeyValuePair<TableRow, TableCell>> Column(string column) =>
        ValueList.From(Rows.Select(r => new KeyValuePair<TableRow, TableCell>(r, r[column])));

    /// <summary>Every figure of the table as a fact of the fiscal year.</summary>
    /// <param name="fiscalYear">The document's fiscal year (prior-year measures are of the year before).</param>
    /// <returns>The facts, in printed order.</returns>
    public FactCollection Facts(int fiscalYear) => new(ValueList.From([this]), [], fiscalYear);

    /// <summary>A copy with other rows.</summary>
    /// <param name="rows">The rows.</param>
    /// <returns>The new table.</returns>
    public Table WithRows(IEnumerable<TableRow> rows) => new(Schema, Unit, rows, Note, Title, Location);

    /// <summary>A copy with one row replaced (the first of its key) or appended.</summary>
    /// <param name="row">The row.</param>
    /// <returns>The new table.</returns>
    public Table WithRow(TableRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        int i = Rows.ToList().FindIndex(r => r.Key == row.Key);
        return WithRows(i < 0 ? Rows.Append(row) : Rows.Select((r, j) => j == i ? row : r));
    }

    /// <summary>A copy with another unit.</summary>
    /// <param name="unit">The unit.</param>
    /// <returns>The new table.</returns>
    public Table WithUnit(AmountUnit unit) => new(Schema, unit, Rows, Note, Title, Location);

    /// <summary>A copy with another note.</summary>
    /// <param name="note">The note, or null.</param>
    /// <returns>The new table.</returns>
    public Table WithNote(string? note) => new(Schema, Unit, Rows, note, Title, Location);

    /// <summary>A copy with another printed title.</summary>
    /// <param name="title">The title, or null for the schema's.</param>
    /// <returns>The new table.</returns>
    public Table WithTitle(string? title) => new(Schema, Unit, Rows, Note, title, Location);

    /// <summary>A copy with another location.</summary>
    /// <param name="location">The location.</param>
    /// <returns>The new table.</returns>
    public Table WithLocation(SourceLocation location) => new(Schema, Unit, Rows, Note, Title, location);

    /// <inheritdoc/>
    public bool Equals(Table? other) =>
        other is not null && Schema.Equals(other.Schema) && Title == other.Title && Unit == other.Unit && Rows.Equals(other.Rows) && Note == other.Note && Location == other.Location;

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Schema.Id, Title, Unit, Rows.Count);

    /// <summary>Title, schema, rows and unit.</summary>
    /// <returns>For example <c>支出决算表 (final.expenditure): 25 rows, 万元</c>.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Title} ({Schema.Id}): {Rows.Count} rows, {Unit.Symbol()}") + (Note is null ? string.Empty : ", with a note");

    internal int ColumnIndexOf(int row, int cell) => columnIndex[row][cell];

    /// <summary>The cells with a figure, in printed order, found on first use (what a walk over facts steps through).</summary>
    internal FigureAt[] Figures => figures ??= FigureAt.Of(this);
}
