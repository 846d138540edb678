using System.Collections;
using System.Globalization;
using Budget.Domain.Money;
using Budget.Domain.Statements;

namespace Budget.Domain.Tables;

/// <summary>
/// One figure of a disclosure, in the shape every rule and export uses: which table (or the narrative), the row key,
/// the column, its meaning (measure, source, nature, role), the year it is of, the amount or rate, the unit it was
/// printed in, and where it was printed.
/// </summary>
/// <remarks>
/// A small immutable view over the table cell or narrative figure it comes from: enumerating facts allocates nothing
/// per fact. Equal when every property is equal.
/// </remarks>
public readonly struct Fact : IEquatable<Fact>
{
    private readonly object? origin;
    private readonly TableCell[]? cells;
    private readonly int row;
    private readonly int index;
    private readonly int fiscalYear;
    private readonly DocumentKind document;

    internal Fact(object origin, TableCell[]? cells, int row, int index, int fiscalYear, DocumentKind document)
    {
        this.origin = origin;
        this.cells = cells;
        this.row = row;
        this.index = index;
        this.fiscalYear = fiscalYear;
        this.document = document;
    }

    /// <summary>The schema id of its table, or <c>narrative</c>.</summary>
    public string Table => origin switch
    {
        Tables.Table t => t.Schema.Id,
        NarrativeFigure => "narrative",
        _ => string.Empty,
    };

    /// <summary>The row key (for a narrative figure, its code or subject).</summary>
    public RowKey Row => origin switch
    {
        Tables.Table t => t.Rows[row].Key,
        NarrativeFigure f => f.Code is { } code ? RowKey.Code(code) : RowKey.Subject(f.Subject),
        _ => default,
    };

    /// <summary>The row's label as printed (for a narrative figure, its subject).</summary>
    public string RowLabel => origin switch
    {
        Tables.Table t => t.Rows[row].Label,
        NarrativeFigure f => f.Subject,
        _ => string.Empty,
    };

    /// <summary>The column key (for a narrative figure: <c>amount</c>, <c>share</c>, <c>change</c> or <c>changeRate</c>).</summary>
    public string Column => origin switch
    {
        Tables.Table => cells![index].Column,
        NarrativeFigure f => NarrativeColumn(f, index),
        _ => string.Empty,
    };

    /// <summary>What it means.</summary>
    public ColumnMeaning Meaning => origin switch
    {
        Tables.Table t => t.Schema.Columns[t.ColumnIndexOf(row, index)].Meaning,
        NarrativeFigure f => NarrativeMeaning.Of(f, index, document),
        _ => NarrativeMeaning.Unknown,
    };

    /// <summary>What it measures.</summary>
    public Measure Measure => Meaning.Measure;

    /// <summary>Which money it counts.</summary>
    public FundSource Source => Meaning.Source;

    /// <summary>What spending it counts.</summary>
    public SpendingNature Nature => Meaning.Nature;

    /// <summary>The year it is of: the fiscal year, or the year before for prior-year measures.</summary>
    public int Year => Measure is Measure.PriorYearActual or Measure.PriorYearBudget or Measure.PriorYearFinal ? fiscalYear - 1 : fiscalYear;

    /// <summary>Whether it is a rate (change, completion, share) rather than an amount.</summary>
    public bool IsRate => origin switch
    {
        Tables.Table => cells![index].IsRate,
        NarrativeFigure => index == 1,
        _ => false,
    };

    /// <summary>The amount (zero for a rate).</summary>
    public Amount Amount => cells is not null
        ? cells[index].Amount.Amount
        : origin is NarrativeFigure f && index == 0 ? f.Amount ?? Amount.Zero : Amount.Zero;

    /// <summary>The rate (not applicable for an amount).</summary>
    public Rate Rate => origin switch
    {
        Tables.Table => cells![index].Rate,
        NarrativeFigure f when index == 1 => f.Rate ?? Rate.NotApplicable,
        _ => Rate.NotApplicable,
    };

    /// <summary>The unit it was printed in.</summary>
    public AmountUnit Unit => origin switch
    {
        Tables.Table t => t.Unit,
        NarrativeFigure f => f.Unit,
        _ => default,
    };

    /// <summary>Where it was printed.</summary>
    public SourceLocation Location => cells is not null ? cells[index].Location : SourceLocation.None;

    /// <summary>The value as the unit prints it.</summary>
    /// <returns>For example <c>13,838.76</c> or <c>9.26%</c>.</returns>
    public string FormatValue() => IsRate ? Rate.ToString() : Amount.Format(Unit);

    /// <inheritdoc/>
    public bool Equals(Fact other) =>
        Table == other.Table && Row == other.Row && Column == other.Column && Meaning == other.Meaning && Year == other.Year
        && IsRate == other.IsRate && Amount == other.Amount && Rate.Equals(other.Rate) && Unit == other.Unit && Location == other.Location;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Fact other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Table, Row, Column, Year, Amount);

    /// <summary>The fact in one line.</summary>
    /// <returns>For example <c>final.expenditure 2080101 basic (final/all/basic/part) 2024: 13,838.76 万元</c>.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Table} {Row} {Column} ({Meaning}) {Year}: {FormatValue()}{(IsRate ? string.Empty : " " + Unit.Symbol())}");

    /// <summary>Whether two facts are equal.</summary>
    /// <param name="left">One fact.</param>
    /// <param name="right">The other.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(Fact left, Fact right) => left.Equals(right);

    /// <summary>Whether two facts differ.</summary>
    /// <param name="left">One fact.</param>
    /// <param name="right">The other.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(Fact left, Fact right) => !left.Equals(right);

    private static string NarrativeColumn(NarrativeFigure f, int index) => (f.Kind, index) switch
    {
        (FigureKind.Share, 1) => "share",
        (FigureKind.Change, 0) => "change",
        (FigureKind.Change, 1) => "changeRate",
        _ => "amount",
    };
}

/// <summary>
/// The facts of tables and narrative figures, in printed order: every cell with a figure (amount or applicable rate;
/// blanks and dashes are not figures), then every figure the narrative states (a change with an amount and a rate is
/// two facts).
/// </summary>
/// <remarks>Enumerate it with <c>foreach</c> (a struct enumerator: no allocation), or as any <see cref="IEnumerable{T}"/>.</remarks>
public readonly struct FactCollection : IEnumerable<Fact>
{
    private readonly IReadOnlyList<Table>? tables;
    private readonly IReadOnlyList<NarrativeFigure>? narrative;
    private readonly int fiscalYear;
    private readonly DocumentKind document;

    internal FactCollection(IReadOnlyList<Table>? tables, IReadOnlyList<NarrativeFigure>? narrative, int fiscalYear, DocumentKind document = DocumentKind.Budget)
    {
        this.tables = tables;
        this.narrative = narrative;
        this.fiscalYear = fiscalYear;
        this.document = document;
    }

    /// <summary>How many facts (counted by walking them).</summary>
    public int Count
    {
        get
        {
            int n = 0;
            foreach (var _ in this)
            {
                n++;
            }

            return n;
        }
    }

    /// <summary>The enumerator.</summary>
    /// <returns>A struct enumerator.</returns>
    public Enumerator GetEnumerator() => new(tables ?? [], narrative ?? [], fiscalYear, document);

    /// <inheritdoc/>
    IEnumerator<Fact> IEnumerable<Fact>.GetEnumerator() => GetEnumerator();

    /// <inheritdoc/>
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>How many facts.</summary>
    /// <returns>For example <c>561 facts</c>.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Count} facts");

    /// <summary>Walks the facts without allocating.</summary>
    public struct Enumerator : IEnumerator<Fact>
    {
        private readonly Table[] tables;
        private readonly NarrativeFigure[] narrative;
        private readonly int fiscalYear;
        private readonly DocumentKind document;
        private int table;
        private TableRow[] rows;
        private TableCell[] cells;
        private int row;
        private int cell;
        private int figure;
        private Fact current;

        internal Enumerator(IReadOnlyList<Table> tables, IReadOnlyList<NarrativeFigure> narrative, int fiscalYear, DocumentKind document)
        {
            this.tables = tables is ValueList<Table> list ? list.Items : [.. tables];
            this.narrative = narrative is ValueList<NarrativeFigure> figures ? figures.Items : [.. narrative];
            this.fiscalYear = fiscalYear;
            this.document = document;
            rows = [];
            cells = [];
            Reset();
        }

        /// <inheritdoc/>
        public readonly Fact Current => current;

        /// <inheritdoc/>
        readonly object IEnumerator.Current => current;

        /// <inheritdoc/>
        public bool MoveNext()
        {
            while (table < tables.Length)
            {
                var here = cells;
                while (++cell < here.Length)
                {
                    if (here[cell].HasFigure)
                    {
                        current = new Fact(tables[table], here, row, cell, fiscalYear, document);
                        return true;
                    }
                }

                if (++row < rows.Length)
                {
                    cells = rows[row].CellArray;
                    cell = -1;
                    continue;
                }

                if (++table < tables.Length)
                {
                    rows = ((ValueList<TableRow>)tables[table].Rows).Items;
                    row = -1;
                    cells = [];
                    cell = -1;
                    continue;
                }

                table = tables.Length;
                cell = -1;
            }

            // Narrative: each figure's amount (part 0), then its rate (part 1).
            while (figure < narrative.Length)
            {
                var f = narrative[figure];
                while (++cell < 2)
                {
                    if (cell == 0 ? f.Amount.HasValue : f.Rate.HasValue && f.Rate.GetValueOrDefault().IsApplicable)
                    {
                        current = new Fact(f, null, figure, cell, fiscalYear, document);
                        return true;
                    }
                }

                figure++;
                cell = -1;
            }

            return false;
        }

        /// <inheritdoc/>
        public void Reset()
        {
            table = -1;
            rows = [];
            cells = [];
            row = 0;
            cell = -1;
            figure = 0;
            current = default;
        }

        /// <inheritdoc/>
        public readonly void Dispose()
        {
        }

        /// <summary>Where the walk stands.</summary>
        /// <returns>For example <c>at table 2, row 5</c>.</returns>
        public override readonly string ToString() => string.Create(CultureInfo.InvariantCulture, $"at table {table}, row {row}");
    }
}
