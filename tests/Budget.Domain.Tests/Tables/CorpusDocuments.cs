using System.Text.Json;
using Budget.Domain.Money;
using Budget.Domain.Statements;
using Budget.Domain.Tables;

namespace Budget.Domain.Tests.Tables;

/// <summary>
/// The eight corpus documents (Data/corpus/*.json: an independent cell-by-cell transcription of their PDFs) built into
/// disclosures through the public API only: each title to its schema by <see cref="TableSchemaCatalogue.TryFindByTitle"/>,
/// each printed header to a column by <see cref="TableSchema.ColumnByHeader"/>, each row label to a key. Whatever
/// does not map is collected in <see cref="Built.Problems"/>, never skipped.
/// </summary>
public static class CorpusDocuments
{
    public static readonly string[] Names =
    [
        "swu-2023-budget", "putuo-commerce-2025-budget", "putuo-wanli-2023-budget", "putuo-wanli-2025-budget",
        "putuo-govoffice-2025-unit-budget", "putuo-welfare-home-2024-unit-budget", "putuo-social-work-2024-final-accounts",
        "putuo-planning-resources-2024-final-accounts",
    ];

    private static readonly Dictionary<string, Built> Cache = [];

    public sealed record ExpectedCell(int Table, int Row, string Column, string Value, string? Printed);

    public sealed record Built(Disclosure Disclosure, IReadOnlyList<string> Problems, IReadOnlyList<ExpectedCell> Cells, IReadOnlyList<string> Titles);

    public static string PathOf(string name) => Path.Combine(AppContext.BaseDirectory, "Tables", "Data", "corpus", name + ".json");

    public static Built Build(string name)
    {
        lock (Cache)
        {
            if (!Cache.TryGetValue(name, out var built))
            {
                built = Cache[name] = BuildNew(name);
            }

            return built;
        }
    }

    public static RowSide SideOf(string? side) =>
        side is null ? RowSide.None : side.Contains("收入", StringComparison.Ordinal) ? RowSide.Income : side.Contains("支出", StringComparison.Ordinal) ? RowSide.Expenditure : RowSide.None;

    private static Built BuildNew(string name)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(PathOf(name)));
        var root = doc.RootElement;
        var kind = root.GetProperty("kind").GetString() == "final-accounts" ? DocumentKind.FinalAccounts : DocumentKind.Budget;
        var scope = root.GetProperty("scope").GetString() == "unit" ? DisclosureScope.Unit : DisclosureScope.Department;
        var level = root.GetProperty("level").GetString() == "central" ? GovernmentLevel.Central : GovernmentLevel.County;
        var body = new DisclosingBody(root.GetProperty("department").GetString()!, null, scope, level, region: level == GovernmentLevel.County ? "上海市普陀区" : null);
        var disclosure = new Disclosure(body, root.GetProperty("year").GetInt32(), kind);
        var problems = new List<string>();
        var expected = new List<ExpectedCell>();
        var titles = new List<string>();
        var tables = new List<Table>();
        foreach (var t in root.GetProperty("tables").EnumerateArray())
        {
            string title = t.GetProperty("title").GetString()!;
            titles.Add(title);
            if (!TableSchemaCatalogue.Default.TryFindByTitle(title, out var schema))
            {
                problems.Add($"{name}: no schema for the title {title}");
                continue;
            }

            if (schema.Document is { } d && d != kind)
            {
                problems.Add($"{name}: {title} found {schema.Id}, a schema of the other document kind");
            }

            var unit = t.GetProperty("unit").GetString() == "元" ? AmountUnit.Yuan : AmountUnit.WanYuan;
            var rows = new List<TableRow>();
            if (t.TryGetProperty("data", out var data))
            {
                foreach (var r in data.EnumerateArray())
                {
                    string label = r.GetProperty("row").GetString()!;
                    var side = SideOf(r.TryGetProperty("side", out var s) ? s.GetString() : null);
                    string? under = r.TryGetProperty("under", out var u) ? u.GetString() : null;
                    if (KeyOf(schema, label, side, under) is not { } key)
                    {
                        problems.Add($"{name}: {title}: no key for the row \"{label}\" ({side})");
                        continue;
                    }

                    var cells = new List<TableCell>();
                    foreach (var c in r.GetProperty("cells").EnumerateArray())
                    {
                        string header = c.GetProperty("column").GetString()!;
                        string value = c.GetProperty("value").GetString()!;
                        var column = schema.ColumnByHeader(header, side);
                        if (column is null)
                        {
                            problems.Add($"{name}: {title}: no column for the header \"{header}\" ({side})");
                            continue;
                        }

                        if (!Amount.TryParse(value, unit, out var amount))
                        {
                            problems.Add($"{name}: {title}: \"{value}\" is not an amount");
                            continue;
                        }

                        expected.Add(new ExpectedCell(tables.Count, rows.Count, column.Key, value, c.TryGetProperty("printed", out var p) ? p.GetString() : null));
                        cells.Add(TableCell.Of(column.Key, amount, SourceLocation.OnPage(r.GetProperty("page").GetInt32())));
                    }

                    rows.Add(new TableRow(key, label, cells, SourceLocation.OnPage(r.GetProperty("page").GetInt32())));
                }
            }

            string? note = t.TryGetProperty("note", out var n) ? n.GetString() : null;
            tables.Add(new Table(schema, unit, rows, note, title, SourceLocation.OnPage(t.GetProperty("page").GetInt32())));
        }

        return new Built(disclosure.WithTables(tables), problems, expected, titles);
    }

    /// <summary>The key of a printed row label: a code, the only row, a line of the schema, a 类 by name, a unit.</summary>
    public static RowKey? KeyOf(TableSchema schema, string label, RowSide side, string? under)
    {
        if (label == "-")
        {
            return RowKey.OneRow;
        }

        int digits = label.TakeWhile(char.IsAsciiDigit).Count();
        if (digits == 6 && label.Length > 6 && label[6] == ' ')
        {
            // A unit row inside a coded table (105236 西南大学): a 6-digit unit code and the unit's name.
            return RowKey.Unit(label[..6]);
        }

        if (digits >= 3 && (digits == label.Length || label[digits] == ' '))
        {
            return RowKey.Code(label[..digits]);
        }

        if (under is not null)
        {
            var parent = schema.LineByLabel(under, side);
            var child = parent is null ? null : schema.Lines.FirstOrDefault(l => l.Key.StartsWith(parent.Key + ".", StringComparison.Ordinal) && l.HasLabel(label));
            return child is null ? null : RowKey.Line(child.Key, side, parent!.Key);
        }

        if (schema.LineByLabel(label, side) is { } line)
        {
            return RowKey.Line(line.Key, side);
        }

        if (schema.ClassLinesSide is { } classSide && classSide == side)
        {
            return RowKey.ClassLine(label, side);
        }

        return schema.Rows == RowAxis.Units ? RowKey.Unit(label) : null;
    }
}
