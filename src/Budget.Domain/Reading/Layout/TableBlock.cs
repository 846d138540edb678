using Budget.Domain.Money;
using Budget.Domain.Tables;

namespace Budget.Domain.Reading.Layout;

/// <summary>
/// The lines of one printed table: its title (which found its schema), its unit, and its segments (one per page it
/// runs over, each with the header lines printed on that page, if any, and its body lines), then its note.
/// </summary>
internal sealed class TableBlock(TableSchema schema, TextLine title)
{
    /// <summary>How much larger than the rows' type a line is when it is not a row (headings and prose are larger).</summary>
    private const float LargerType = 1.5f;

    public sealed class Segment
    {
        public List<TextLine> Header { get; } = [];

        public List<TextLine> Body { get; } = [];

        public TableLayout Layout { get; set; } = TableLayout.None;

        public bool InHeader { get; set; } = true;
    }

    public TableSchema Schema { get; } = schema;

    public TextLine Title { get; } = title;

    public AmountUnit? Unit { get; set; }

    public List<Segment> Segments { get; } = [new()];

    public List<string> Note { get; } = [];

    public bool Closed { get; set; }

    /// <summary>Whether the table is a second one under a title already read (RD010): it is reported, not read.</summary>
    public bool Duplicate { get; set; }

    /// <summary>Whether the title turned out not to head a table (sentences followed it, not a header).</summary>
    public bool NotATable { get; set; }

    public Segment Current => Segments[^1];

    public bool HasBody => Segments.Any(s => s.Body.Count > 0);

    /// <summary>Whether a line is in a much larger type than the table's rows (a heading or prose after the table).</summary>
    public bool IsLargerThanBody(TextLine line)
    {
        int count = Segments.Sum(s => s.Body.Count);
        if (count == 0)
        {
            return false;
        }

        // The rows' median type, found again only when the body has doubled since: linear over a long table.
        if (count >= 2 * measuredAt || measuredAt == 0)
        {
            var heights = Segments.SelectMany(s => s.Body).Select(l => l.Height).Order().ToList();
            (bodyHeight, measuredAt) = (heights[heights.Count / 2], count);
        }

        return line.Height > LargerType * bodyHeight;
    }

    private float bodyHeight;
    private int measuredAt;

    /// <summary>The layout a segment's rows are read with: its own header's, else the last one found before it.</summary>
    public TableLayout LayoutOf(int segment)
    {
        for (int i = segment; i >= 0; i--)
        {
            if (Segments[i].Layout.IsKnown)
            {
                return Segments[i].Layout;
            }
        }

        return TableLayout.None;
    }

    /// <summary>Whether a line repeats one of the header lines the table printed first (a header repeated on the next page).</summary>
    public bool RepeatsHeader(TextLine line) =>
        Segments.Any(s => s.Header.Any(h => h.Text == line.Text || (line.Words.Count >= 2 && line.FromText && line.Words.All(w => h.Words.Any(x => x.Text == w.Text)))))
        || line.Text.StartsWith("栏次", StringComparison.Ordinal);

    public override string ToString() => $"{Schema.Id} {Title.Text}: {Segments.Sum(s => s.Body.Count)} body lines on {Segments.Count} page(s)";
}
