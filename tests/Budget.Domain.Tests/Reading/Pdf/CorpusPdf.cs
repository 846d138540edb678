using Budget.Domain.Pdf;
using Budget.Domain.Reading;
using Budget.Domain.Statements;
using Budget.Domain.Tables;
using Budget.Domain.Tests.Tables;

namespace Budget.Domain.Tests.Reading.Pdf;

/// <summary>The eight corpus PDFs read once each, and a cell-by-cell comparison of what was read with the independent
/// transcription (<see cref="CorpusDocuments"/>).</summary>
public static class CorpusPdf
{
    private static readonly Dictionary<string, DisclosureReadResult> Cache = [];

    public static string PathOf(string name) => Path.Combine(AppContext.BaseDirectory, "Reading", "Pdf", "Data", name + ".pdf");

    public static DisclosureReadResult Read(string name)
    {
        lock (Cache)
        {
            if (!Cache.TryGetValue(name, out var read))
            {
                read = Cache[name] = PdfDisclosureReader.Read(PathOf(name));
            }

            return read;
        }
    }

    /// <summary>Every difference between a read table and its transcription: rows missing or extra, cells missing,
    /// extra or different. Empty when the table was read exactly.</summary>
    public static List<string> Differences(Table expected, Table? read)
    {
        var differences = new List<string>();
        if (read is null)
        {
            differences.Add($"{expected.Title}: not read");
            return differences;
        }

        if (read.Unit != expected.Unit)
        {
            differences.Add($"{expected.Title}: unit {read.Unit}, expected {expected.Unit}");
        }

        var readRows = read.Rows.GroupBy(r => r.Key).ToDictionary(g => g.Key, g => g.First());
        foreach (var row in expected.Rows)
        {
            if (!readRows.TryGetValue(row.Key, out var got))
            {
                differences.Add($"{expected.Title}: row {row.Key} \"{row.Label}\" not read");
                continue;
            }

            foreach (var cell in row.Cells)
            {
                var other = got.Cells.FirstOrDefault(c => c.Column == cell.Column);
                if (other.Column != cell.Column)
                {
                    differences.Add($"{expected.Title}: {row.Label} / {cell.Column}: {cell.Amount} not read");
                }
                else if (other.Amount != cell.Amount)
                {
                    differences.Add($"{expected.Title}: {row.Label} / {cell.Column}: read {other.Amount}, printed {cell.Amount}");
                }
            }

            foreach (var cell in got.Cells.Where(c => c.HasFigure && row.Cells.All(e => e.Column != c.Column)))
            {
                differences.Add($"{expected.Title}: {row.Label} / {cell.Column}: read {cell.Amount}, printed blank");
            }
        }

        var expectedKeys = expected.Rows.Select(r => r.Key).ToHashSet();
        // The transcription lists no row for an empty table; the reader keeps its printed 合计 line, which has no figure.
        foreach (var row in read.Rows.Where(r => !expectedKeys.Contains(r.Key) && !(expected.Rows.Count == 0 && r.Cells.All(c => !c.HasFigure))))
        {
            differences.Add($"{expected.Title}: extra row {row.Key} \"{row.Label}\"");
        }

        return differences;
    }

    /// <summary>The read tables matched to the transcription's, in order: the same schema and title.</summary>
    public static List<(Table Expected, Table? Read)> Pairs(Disclosure expected, Disclosure read)
    {
        var unused = read.Tables.ToList();
        var pairs = new List<(Table, Table?)>();
        foreach (var table in expected.Tables)
        {
            var match = unused.FirstOrDefault(t => t.Schema.Id == table.Schema.Id && Same(t.Title, table.Title)) ?? unused.FirstOrDefault(t => t.Schema.Id == table.Schema.Id);
            if (match is not null)
            {
                unused.Remove(match);
            }

            pairs.Add((table, match));
        }

        return pairs;
    }

    private static bool Same(string? a, string? b) => Budget.Domain.Classification.NameKey.Of(a ?? string.Empty) == Budget.Domain.Classification.NameKey.Of(b ?? string.Empty);
}
