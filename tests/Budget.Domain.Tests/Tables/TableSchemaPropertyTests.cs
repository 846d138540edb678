using System.Globalization;
using Budget.Domain.Money;
using Budget.Domain.Serialization;
using Budget.Domain.Statements;
using Budget.Domain.Tables;
using CsvHelper;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Budget.Domain.Tests.Tables;

/// <summary>Laws of the schemas, tables and facts: generated tables of every schema round-trip; facts are the cells.</summary>
public class TableSchemaPropertyTests
{
    private static readonly string[] Codes = ["201", "20101", "2010101", "208", "20805", "2080505", "221", "22102", "2210201", "301", "30101", "302", "30201"];
    private static readonly string[] Markers = ["-", "—", "－", "无"];

    /// <summary>A table of a random schema: rows of its axis (codes, its lines, 类 lines, units, the one row), each
    /// cell blank, an amount (two decimals, up to 10^11), a dash, or a rate in a rate column.</summary>
    public static Table Generate(Random r, TableSchema schema)
    {
        var unit = r.Next(2) == 0 ? AmountUnit.Yuan : AmountUnit.WanYuan;
        var keys = new List<(RowKey Key, string Label)>();
        int count = schema.Rows == RowAxis.OneRow ? 1 : r.Next(0, 8);
        for (int i = 0; i < count; i++)
        {
            keys.Add(schema.Rows switch
            {
                RowAxis.OneRow => (RowKey.OneRow, string.Empty),
                RowAxis.Units => r.Next(3) == 0 ? (RowKey.Line("total"), "合计") : (RowKey.Unit("单位" + i.ToString(CultureInfo.InvariantCulture)), "单位" + i.ToString(CultureInfo.InvariantCulture)),
                _ when schema.Lines.Count > 0 && r.Next(3) == 0 => LineOf(schema.Lines[r.Next(schema.Lines.Count)]),
                _ when schema.ClassLinesSide is { } side && r.Next(2) == 0 => (RowKey.ClassLine("一般公共服务支出", side), "一、一般公共服务支出"),
                _ => (RowKey.Code(Codes[r.Next(Codes.Length)]), "某科目 " + i.ToString(CultureInfo.InvariantCulture)),
            });
        }

        var rows = keys.Select(k => new TableRow(k.Key, k.Label, schema.Columns
            .Where(c => c.Side == RowSide.None || k.Key.Side == RowSide.None || c.Side == k.Key.Side)
            .Select(c => CellOf(r, c, unit))
            .Where(c => c is not null)
            .Select(c => c!.Value)));
        return new Table(schema, unit, rows, r.Next(4) == 0 ? "注：本表无数据。" : null, r.Next(2) == 0 ? null : "2025年" + schema.Title, r.Next(2) == 0 ? SourceLocation.None : SourceLocation.OnPage(r.Next(1, 40)));

        static (RowKey, string) LineOf(LineSchema line)
        {
            string? under = line.Key.Contains('.', StringComparison.Ordinal) ? line.Key[..line.Key.IndexOf('.', StringComparison.Ordinal)] : null;
            return (RowKey.Line(line.Key, line.Side, under), line.Label);
        }
    }

    private static TableCell? CellOf(Random r, ColumnSchema column, AmountUnit unit)
    {
        int pick = r.Next(5);
        if (column.Meaning.IsRate)
        {
            return pick == 0 ? null : TableCell.OfRate(column.Key, pick == 1 ? Rate.NotApplicable : Rate.FromPercent(r.Next(-100_000, 100_000) / 100m));
        }

        long fen = r.NextInt64(-10_000_000_000_000, 10_000_000_000_000);
        if (unit == AmountUnit.WanYuan)
        {
            fen = fen / 100 * 100; // two decimals of 万元
        }

        return pick switch
        {
            0 => null,
            1 => TableCell.Of(column.Key, AmountCell.Empty(Markers[r.Next(Markers.Length)])),
            2 => TableCell.Of(column.Key, Amount.Zero, SourceLocation.AtLine(r.Next(1, 900), r.Next(1, 12))),
            _ => TableCell.Of(column.Key, Amount.FromFen(fen)),
        };
    }

    private static Arbitrary<Table> Tables() =>
        Gen.Choose(int.MinValue, int.MaxValue).Select(seed =>
        {
            var r = new Random(seed);
            var schemas = TableSchemaCatalogue.Default.Schemas;
            return Generate(r, schemas[r.Next(schemas.Count)]);
        }).ToArbitrary();

    private static Disclosure Around(Table table) =>
        new Disclosure(new DisclosingBody("某区某局", null, DisclosureScope.Unit, GovernmentLevel.County, BodyType.Administrative, "某区"), 2025, table.Schema.Document ?? DocumentKind.Budget).WithTable(table);

    [Property(MaxTest = 400)]
    public Property Generated_tables_of_every_schema_round_trip_through_json() =>
        Prop.ForAll(Tables(), table =>
        {
            var disclosure = Around(table);
            var back = BudgetJson.DeserializeDisclosure(BudgetJson.Serialize(disclosure));
            return back.Success && back.Value.Equals(disclosure);
        });

    [Property(MaxTest = 400)]
    public Property Facts_are_the_cells_with_a_figure_counted_independently() =>
        Prop.ForAll(Tables(), table =>
        {
            var expected = new List<(string Row, string Column, Amount Amount)>();
            foreach (var row in table.Rows)
            {
                foreach (var cell in row.Cells)
                {
                    if (cell.IsRate ? cell.Rate.IsApplicable : cell.Amount.HasAmount)
                    {
                        expected.Add((row.Label, cell.Column, cell.Amount.Amount));
                    }
                }
            }

            var facts = table.Facts(2025).Select(f => (f.RowLabel, f.Column, f.Amount)).ToList();
            return facts.SequenceEqual(expected) && table.Facts(2025).Count == expected.Count;
        });

    [Property(MaxTest = 200)]
    public Property Generated_tables_round_trip_through_the_facts_csv() =>
        Prop.ForAll(Tables(), table =>
        {
            var facts = table.Facts(2025).ToList();
            var writer = new StringWriter(CultureInfo.InvariantCulture);
            int written = BudgetCsv.ExportFacts(table.Facts(2025), writer);
            using var csv = new CsvReader(new StringReader(writer.ToString()), CultureInfo.InvariantCulture);
            csv.Read();
            csv.ReadHeader();
            int i = 0;
            bool same = true;
            while (csv.Read())
            {
                var f = facts[i++];
                string value = csv.GetField("value")!;
                same &= csv.GetField("column") == f.Column && csv.GetField("row_label") == f.RowLabel
                    && (f.IsRate ? Rate.FromPercent(decimal.Parse(value, CultureInfo.InvariantCulture)).Equals(f.Rate) : Amount.Parse(value, f.Unit).Value == f.Amount);
            }

            return same && written == facts.Count && i == facts.Count;
        });

    [Property(MaxTest = 300)]
    public Property The_title_index_finds_what_a_dictionary_finds() =>
        Prop.ForAll(
            Gen.Choose(0, int.MaxValue).Select(seed =>
            {
                // Titles of few characters from a small alphabet share lengths and characters, so buckets fill.
                var r = new Random(seed);
                const string alphabet = "部门收支预算总表一般公共财政拨款（）2025年";
                string Title() => new([.. Enumerable.Range(0, r.Next(0, 9)).Select(_ => alphabet[r.Next(alphabet.Length)])]);
                var titles = Enumerable.Range(0, r.Next(0, 200)).Select(_ => Title()).Distinct(StringComparer.Ordinal).ToList();
                var probes = Enumerable.Range(0, 50).Select(_ => Title()).Concat(titles).ToList();
                return (titles, probes);
            }).ToArbitrary(),
            data =>
            {
                var schema = TableSchemaCatalogue.Default.Schemas[0];
                var exact = data.titles.ToDictionary(t => t, _ => schema, StringComparer.Ordinal);
                var index = new TitleIndex(exact);
                return data.probes.All(p => index.TryGetValue(p, out var found) == exact.ContainsKey(p) && (found is null) != exact.ContainsKey(p));
            });

    [Fact]
    public void A_sum_column_names_columns_of_its_measure_and_side_and_an_of_which_one_parent()
    {
        foreach (var schema in TableSchemaCatalogue.Default.Schemas)
        {
            foreach (var column in schema.Columns)
            {
                var parts = column.Of.Select(k => schema.Column(k)!).ToList();
                switch (column.Meaning.Role)
                {
                    case ColumnRole.Sum:
                        Assert.True(parts.Count >= 2, $"{schema.Id}.{column.Key} sums fewer than two columns");
                        Assert.All(parts, p => Assert.True(p.Meaning.Measure == column.Meaning.Measure && p.Side == column.Side && p.Meaning.Role is ColumnRole.Part or ColumnRole.Sum, $"{schema.Id}.{column.Key} ⊃ {p.Key}"));
                        break;
                    case ColumnRole.OfWhich:
                        var parent = Assert.Single(parts);
                        Assert.Equal(column.Meaning.Measure, parent.Meaning.Measure);
                        break;
                    default:
                        Assert.Empty(parts);
                        break;
                }

                Assert.False(column.Meaning.IsRate && column.Meaning.Role != ColumnRole.Derived, $"{schema.Id}.{column.Key}: a rate is derived");
            }

            foreach (var line in schema.Lines.Where(l => l.Role == ColumnRole.Sum))
            {
                Assert.All(line.Of, k => Assert.Equal(line.Side, schema.Line(k)!.Side));
            }
        }
    }

    [Fact]
    public void Every_part_of_a_sum_column_of_every_schema_is_named_by_at_most_one_sum_of_its_level()
    {
        foreach (var schema in TableSchemaCatalogue.Default.Schemas)
        {
            var named = schema.Columns.Where(c => c.Meaning.Role == ColumnRole.Sum).SelectMany(c => c.Of).GroupBy(k => k).Where(g => g.Count() > 1);
            Assert.Empty(named);
        }
    }

    private static readonly string SeedJson = BudgetJson.Serialize(Statements.MohrssBudget2024.Build().ToDisclosure());

    [Property(MaxTest = 300)]
    public Property Hostile_json_and_schema_files_are_results_never_exceptions() =>
        Prop.ForAll(Gen.Choose(int.MinValue, int.MaxValue).ToArbitrary(), seed =>
        {
            var r = new Random(seed);
            var read = BudgetJson.DeserializeDisclosure(Robustness.HostileText.Mutate(r, SeedJson));
            var load = TableSchemaCatalogue.Load(Robustness.HostileText.Mutate(r, "{\"provenance\":{\"template\":\"t\",\"region\":\"r\",\"years\":\"y\",\"source\":\"s\"},\"schemas\":[{\"id\":\"a\",\"title\":\"表\",\"rows\":\"oneRow\",\"columns\":[{\"key\":\"x\",\"header\":\"金额\",\"meaning\":\"budget/all/total/value\"}]}]}"));
            _ = TableSchemaCatalogue.Default.FindByTitle(Robustness.HostileText.Text(r));
            return read.Success == (read.Error is null) && load.Success == (load.Error is null)
                && (!read.Success || BudgetJson.DeserializeDisclosure(BudgetJson.Serialize(read.Value)).Value == read.Value);
        });

    private static Arbitrary<int[]> Subsets() => Gen.ArrayOf(Gen.Choose(0, 1000)).ToArbitrary();

    [Property(MaxTest = 200)]
    public Property Schema_catalogues_merge_like_code_catalogues_theirs_win() =>
        Prop.ForAll(Subsets(), picks =>
        {
            var all = TableSchemaCatalogue.Default;
            var chosen = picks.Select(p => all.Schemas[p % all.Schemas.Count]).DistinctBy(s => s.Id).ToList();

            // Theirs: the chosen schemas retitled, plus one new schema.
            var theirs = TableSchemaCatalogue.Of(chosen.Select(s => new TableSchema(s.Id, "用户" + s.Title, s.Aliases, s.Document, s.Scope, s.Rows, s.Lines, s.ClassLinesSide, s.Columns, new SchemaProvenance("用户", "某市", "2026", "mine"), s.StandardKind, s.EnglishTitle))
                .Append(new TableSchema("user.extra", "用户附表", null, null, null, RowAxis.OneRow, null, null, [new ColumnSchema("amount", "金额", null, new ColumnMeaning(Measure.Budget, FundSource.All, SpendingNature.Total, ColumnRole.Value))], new SchemaProvenance("用户", "某市", "2026", "mine"))));
            var merged = all.Merge(theirs);
            bool replaced = chosen.All(s => merged.Find(s.Id)!.Provenance.Source == "mine" && merged.FindByTitle("用户" + s.Title)!.Id == s.Id);
            bool kept = all.Schemas.Where(s => chosen.All(c => c.Id != s.Id)).All(s => merged.Find(s.Id) == s);
            bool count = merged.Schemas.Count == all.Schemas.Count + 1;
            bool identity = all.Merge(TableSchemaCatalogue.Empty).Equals(all) && TableSchemaCatalogue.Empty.Merge(all).Equals(all);
            bool idempotent = merged.Merge(theirs).Equals(merged);
            return replaced && kept && count && identity && idempotent;
        });
}
