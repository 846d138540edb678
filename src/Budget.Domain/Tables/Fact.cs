using System.Collections;
using System.Globalization;
using System.Runtime.CompilerServices;
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
    private readonly Amount amount;

    internal Fact(in FigureAt at, int fiscalYear, DocumentKind document)
    {
        origin = at.Origin;
        cells = at.Cells;
        row = at.Row;
        index = at.Cell;
        amount = at.Amount;
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
    public Amount Amount => amount;

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
/// <remarks>Enumerate it with <c>foreach</c> (a struct enumerator: no allocation), or as any <see cref="IEnumerable{T}"/>.
/// The first walk over a table (or a disclosure's narrative) finds where its figures are and keeps that list; every
/// walk after steps through it.</remarks>
public readonly struct FactCollection : IEnumerable<Fact>
{
    private readonly IReadOnlyList<Table>? tables;
    private readonly FigureAt[]? narrative;
    private readonly int fiscalYear;
    private readonly DocumentKind document;

    internal FactCollection(IReadOnlyList<Table> tables, FigureAt[] narrative, int fiscalYear, DocumentKind document = DocumentKind.Budget)
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
        private readonly FigureAt[] narrative;
        private readonly int fiscalYear;
        private readonly DocumentKind document;
        private int segment;
        private FigureAt[] figures;
        private int next;
        private Fact current;

        internal Enumerator(IReadOnlyList<Table> tables, FigureAt[] narrative, int fiscalYear, DocumentKind document)
        {
            this.tables = tables is ValueList<Table> list ? list.Items : [.. tables];
            this.narrative = narrative;
            this.fiscalYear = fiscalYear;
            this.document = document;
            figures = [];
            Reset();
        }

        /// <inheritdoc/>
        public readonly Fact Current => current;

        /// <inheritdoc/>
        readonly object IEnumerator.Current => current;

        /// <inheritdoc/>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public bool MoveNext()
        {
            // The fast path: the next figure of the table (or narrative) being walked.
            int k = next + 1;
            var here = figures;
            if (here is not null && (uint)k < (uint)here.Length)
            {
                next = k;
                current = new Fact(in here[k], fiscalYear, document);
                return true;
            }

            return MoveNextSegment();
        }

        /// <inheritdoc/>
        public void Reset()
        {
            segment = -1;
            figures = [];
            next = -1;
            current = default;
        }

        /// <inheritdoc/>
        public readonly void Dispose()
        {
        }

        /// <summary>Where the walk stands.</summary>
        /// <returns>For example <c>at table 2, figure 5</c>.</returns>
        public override readonly string ToString() => segment < (tables?.Length ?? 0)
            ? string.Create(CultureInfo.InvariantCulture, $"at table {segment}, figure {next}")
            : string.Create(CultureInfo.InvariantCulture, $"at narrative figure {next}");

        // The tables' figures one table after another, then the narrative's.
        private bool MoveNextSegment()
        {
            // A default enumerator walks nothing.
            if (tables is null)
            {
                return false;
            }

            while (segment < tables.Length)
            {
                segment++;
                figures = segment < tables.Length ? tables[segment].Figures : narrative;
                if (figures.Length > 0)
                {
                    next = 0;
                    current = new Fact(in figures[0], fiscalYear, document);
                    return true;
                }
            }

            figures = [];
            next = -1;
            return false;
        }
    }
}

/// <summary>Where a figure is: its table (or narrative figure), its row's cells, the row and the cell (for a narrative figure: its index and part, 0 the amount and 1 the rate), and its amount (zero for a rate).</summary>
internal readonly record struct FigureAt(object Origin, TableCell[]? Cells, int Row, int Cell, Amount Amount)
{
    /// <summary>The figures of a table: its cells that hold a figure (an amount, or an applicable rate), in printed order.</summary>
    /// <param name="table">The table.</param>
    /// <returns>Their figures, in order.</returns>
    public static FigureAt[] Of(Table table)
    {
        var found = new List<FigureAt>();
        for (int r = 0; r < table.Rows.Count; r++)
        {
            var cells = table.Rows[r].CellArray;
            for (int c = 0; c < cells.Length; c++)
            {
                if (cells[c].HasFigure)
                {
                    found.Add(new FigureAt(table, cells, r, c, cells[c].Amount.Amount));
                }
            }
        }

        return [.. found];
    }

    /// <summary>The figures a narrative states: each figure's amount, then its applicable rate.</summary>
    /// <param name="narrative">The narrative figures.</param>
    /// <returns>Their figures, in order.</returns>
    public static FigureAt[] Of(IReadOnlyList<NarrativeFigure> narrative)
    {
        var found = new List<FigureAt>();
        for (int i = 0; i < narrative.Count; i++)
        {
            var f = narrative[i];
            if (f.Amount is { } amount)
            {
                found.Add(new FigureAt(f, null, i, 0, amount));
            }

            if (f.Rate is { IsApplicable: true })
            {
                found.Add(new FigureAt(f, null, i, 1, Amount.Zero));
            }
        }

        return [.. found];
    }
}

/// <summary>
/// The figures of a narrative as facts walk them, found on first use and kept for that list. Equality ignores it, so a
/// record holding it keeps its value equality; a copy made by <c>with</c> shares it and finds its own list's figures.
/// </summary>
internal sealed class NarrativeFigureCache
{
    private Found? found;

    /// <summary>The figures of a narrative.</summary>
    /// <param name="narrative">The narrative figures.</param>
    /// <returns>Their figures, in order.</returns>
    public FigureAt[] Of(IReadOnlyList<NarrativeFigure> narrative)
    {
        var known = found;
        if (known is not null && ReferenceEquals(known.Narrative, narrative))
        {
            return known.Figures;
        }

        known = new Found(narrative, FigureAt.Of(narrative));
        found = known;
        return known.Figures;
    }

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is NarrativeFigureCache;

    /// <inheritdoc/>
    public override int GetHashCode() => 0;

    /// <summary>A cache, whatever it holds.</summary>
    /// <returns><c>narrative figures</c>.</returns>
    public override string ToString() => "narrative figures";

    private sealed record Found(IReadOnlyList<NarrativeFigure> Narrative, FigureAt[] Figures);
}
