using Budget.Domain.Tables;

namespace Budget.Domain.Reading.Layout;

/// <summary>One column of a printed table: the x range its words fall in, its header as printed, and the schema
/// column it is (null for a label column: 项目, 科目编码, 科目名称 …).</summary>
internal sealed record Zone(float From, float To, string Header, ColumnSchema? Column, float HeaderRight)
{
    /// <summary>Whether the zone is under a header that names no column of the schema (RD008): its cells are not read,
    /// neither as figures nor as a row's label.</summary>
    public bool Ignored { get; init; }

    public bool Holds(float x) => x >= From && x < To;
}

/// <summary>A panel of a table: its zones, left to right. A table has one panel, or two side by side (收入 | 支出, or
/// a 决算 table printed in two halves); each panel's label zones come before its amount zones.</summary>
internal sealed record Panel(IReadOnlyList<Zone> Zones, RowSide Side)
{
    public float From => Zones[0].From;

    public float To => Zones[^1].To;

    /// <summary>The right edge of the first amount column's header: a label's words, printed flush left, may run into
    /// that column but not past its header.</summary>
    public float LabelsTo => Zones.FirstOrDefault(z => z.Column is not null)?.HeaderRight ?? To;

    /// <summary>The zone holding a position, found by halving (the zones are contiguous, left to right).</summary>
    public Zone? ZoneOf(float x)
    {
        int low = 0, high = Zones.Count - 1;
        while (low <= high)
        {
            int mid = (low + high) / 2;
            var zone = Zones[mid];
            if (x < zone.From)
            {
                high = mid - 1;
            }
            else if (x >= zone.To)
            {
                low = mid + 1;
            }
            else
            {
                return zone;
            }
        }

        return null;
    }
}

/// <summary>The columns of one printed table, found from its header lines (<see cref="HeaderColumns"/>).</summary>
internal sealed record TableLayout(IReadOnlyList<Panel> Panels, IReadOnlyList<string> Unmatched)
{
    public static TableLayout None { get; } = new([], []);

    public bool IsKnown => Panels.Count > 0;

    /// <summary>The panel and zone a word of a body line belongs to. A figure is where its centre is; a word of a
    /// label whose centre falls in an amount column belongs to the nearest label column (labels are printed flush
    /// left under a centred header, so the next panel's labels can start left of its header's reach).</summary>
    public (int Panel, Zone Zone)? Place(LayoutWord word, bool figure)
    {
        float x = word.CenterX;
        for (int p = 0; p < Panels.Count; p++)
        {
            if (Panels[p].ZoneOf(x) is { } zone && (figure || zone.Column is null))
            {
                return (p, zone);
            }
        }

        (int, Zone)? nearest = null;
        float best = float.PositiveInfinity;
        for (int p = 0; p < Panels.Count; p++)
        {
            foreach (var zone in Panels[p].Zones.Where(z => z.Column is null))
            {
                float distance = x < zone.From ? zone.From - x : x >= zone.To ? x - zone.To : 0;
                if (distance < best)
                {
                    best = distance;
                    nearest = (p, zone);
                }
            }
        }

        return nearest ?? (Panels.Count > 0 && Panels[0].ZoneOf(x) is { } any ? (0, any) : null);
    }
}
