using Budget.Domain.Classification;
using Budget.Domain.Money;
using Budget.Domain.Statements;
using Budget.Domain.Tables;
using Budget.Domain.Validation;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Budget.Domain.Tests.Validation;

/// <summary>
/// The laws of validation over generated disclosures of every schema whose rows are codes, one row or summary lines
/// (<see cref="ConsistentSummary"/>): a consistent disclosure has no failing finding; rounding its 元 figures to 万元 leaves only notes; changing one amount yields a failing finding that names
/// that cell. A generated disclosure has one table, so DH005 (the template's other tables are present) is not run.
/// </summary>
public class ValidationPropertyTests
{
    private static readonly ClassificationCatalogue<FunctionalCode> Functional = CatalogueSet.Embedded.Nearest<FunctionalCode>(2024, out _);
    private static readonly ClassificationCatalogue<DepartmentEconomicCode> Economic = CatalogueSet.Embedded.Nearest<DepartmentEconomicCode>(2024, out _);

    // Trees of codes the 2024 catalogues hold: a 类, its first two 款, and (functional) their first two 项.
    private static readonly string[][] FunctionalTrees = [.. Functional.Classes.Take(4).Select(c => Tree(Functional, c.Code, 3))];

    private static readonly string[][] EconomicTrees = [.. Economic.Classes.Take(3).Select(c => Tree(Economic, c.Code, 2))];

    private static string[] Tree<TCode>(ClassificationCatalogue<TCode> catalogue, TCode root, int levels)
        where TCode : struct, IClassificationCode<TCode>
    {
        var codes = new List<string> { root.Value };
        foreach (var item in catalogue.Children(root).Take(2))
        {
            codes.Add(item.Code.Value);
            if (levels > 2)
            {
                codes.AddRange(catalogue.Children(item.Code).Take(2).Select(e => e.Code.Value));
            }
        }

        return [.. codes];
    }

    private static readonly TableSchema[] Schemas = [.. TableSchemaCatalogue.Default.Schemas.Where(s => s.Rows is RowAxis.FunctionalCode or RowAxis.EconomicCode or RowAxis.OneRow or RowAxis.Lines && s.Lines.Count > 0)];

    private static ValidationReport Validate(Disclosure d) =>
        new DisclosureValidator(ValidationOptions.Default.WithRuleIds(RuleCatalogue.All.Select(r => r.Id).Where(id => id != "DH005"))).Run(d);

    /// <summary>A consistent table of a schema: leaf columns random, sum columns their parts, of-which half their
    /// parent, changes current − prior, rates from the row's figures (half-up); parent rows the sum of their children.</summary>
    public static Table Consistent(Random r, TableSchema schema, AmountUnit unit)
    {
        if (schema.Rows == RowAxis.Lines)
        {
            return ConsistentSummary.Of(r, schema, unit);
        }

        long step = unit == AmountUnit.WanYuan ? 10_000 : 1; // two decimals of the unit, in fen
        var rows = new List<(RowKey Key, string Label, string? Parent)>();
        if (schema.Rows == RowAxis.OneRow)
        {
            rows.Add((RowKey.OneRow, string.Empty, null));
        }
        else
        {
            var trees = schema.Rows == RowAxis.FunctionalCode ? FunctionalTrees : EconomicTrees;
            foreach (var tree in trees.Where(_ => r.Next(3) > 0).DefaultIfEmpty(trees[0]).DistinctBy(t => t[0]))
            {
                foreach (var code in tree.Where(c => c.Length <= 5 || r.Next(4) > 0).Where(c => c != tree[0] || true))
                {
                    if (rows.Any(x => x.Key.Value == code))
                    {
                        continue;
                    }

                    string? label = schema.Rows == RowAxis.FunctionalCode ? Functional.NameOf(FunctionalCode.Parse(code).GetValueOrThrow()) : Economic.NameOf(DepartmentEconomicCode.Parse(code).GetValueOrThrow());
                    rows.Add((RowKey.Code(code), label ?? code, code.Length > 3 ? code[..^2] : "total"));
                }
            }

            rows.Insert(0, (RowKey.Line("total"), "合计", null));
        }

        var columns = schema.Columns;
        var values = rows.Select(_ => new Dictionary<string, long>(StringComparer.Ordinal)).ToArray();
        bool IsLeafRow(int i) => schema.Rows == RowAxis.OneRow || !rows.Any(x => x.Parent == rows[i].Key.Value);
        for (int i = 0; i < rows.Count; i++)
        {
            if (!IsLeafRow(i))
            {
                continue;
            }

            string code = rows[i].Key.Value;
            foreach (var c in columns.Where(c => c.Of.Count == 0 && !c.Meaning.IsRate && c.Meaning.Role is not (ColumnRole.OfWhich or ColumnRole.Derived)))
            {
                // An economic class is personnel or operating, not both (DC002).
                // 301 工资福利 and 303 对个人和家庭的补助 are 人员经费; the other classes 公用经费.
                bool personnelClass = code.StartsWith("301", StringComparison.Ordinal) || code.StartsWith("303", StringComparison.Ordinal);
                bool wrongNature = schema.Rows == RowAxis.EconomicCode
                    && ((c.Meaning.Nature == SpendingNature.Personnel && !personnelClass) || (c.Meaning.Nature == SpendingNature.Operating && personnelClass));
                values[i][c.Key] = wrongNature || r.Next(4) == 0 ? 0 : r.NextInt64(0, 100_000_000_000 / step) * step;
            }
        }

        // Parent rows, deepest first: the sum of their children's leaf columns.
        foreach (int i in Enumerable.Range(0, rows.Count).Where(i => !IsLeafRow(i)).OrderByDescending(i => rows[i].Key.Kind == RowKind.Line ? 0 : rows[i].Key.Value.Length))
        {
            foreach (var child in Enumerable.Range(0, rows.Count).Where(j => rows[j].Parent == rows[i].Key.Value || (rows[i].Key.Kind == RowKind.Line && rows[j].Parent == "total")))
            {
                foreach (var (k, v) in values[child])
                {
                    values[i][k] = values[i].GetValueOrDefault(k) + v;
                }
            }
        }

        var cellRows = new List<TableRow>();
        for (int i = 0; i < rows.Count; i++)
        {
            var v = values[i];
            bool grew = true;
            while (grew)
            {
                grew = false;
                foreach (var c in columns.Where(c => c.Of.Count > 0 && c.Meaning.Role != ColumnRole.OfWhich && !v.ContainsKey(c.Key) && c.Of.All(v.ContainsKey)))
                {
                    v[c.Key] = c.Of.Sum(k => v[k]);
                    grew = true;
                }
            }

            foreach (var c in columns.Where(c => c.Meaning.Role == ColumnRole.OfWhich && c.Of.Count == 1 && v.ContainsKey(c.Of[0])))
            {
                v[c.Key] = v[c.Of[0]] / 2 / step * step;
            }

            var cells = new List<TableCell>();
            foreach (var c in columns)
            {
                var m = c.Meaning;
                int Find(params Measure[] measures) => columns.ToList().FindIndex(k => measures.Contains(k.Meaning.Measure) && k.Meaning.Source == m.Source && k.Meaning.Nature == m.Nature && k.Meaning.Role != ColumnRole.Derived);
                long? Value(int index) => index >= 0 && v.TryGetValue(columns[index].Key, out long x) ? x : null;
                long? prior = Value(Find(Measure.PriorYearActual, Measure.PriorYearBudget, Measure.PriorYearFinal));
                long? current = Value(Find(schema.Document == DocumentKind.FinalAccounts ? Measure.Final : Measure.Budget));
                if (m.Measure == Measure.Change && !m.IsRate && prior is { } p && current is { } now)
                {
                    v[c.Key] = now - p;
                }

                if (m.Measure == Measure.ChangeRate && prior is { } p0 && current is { } n0)
                {
                    cells.Add(TableCell.OfRate(c.Key, p0 == 0 ? Rate.NotApplicable : Rate.Change(Amount.FromFen(p0), Amount.FromFen(n0), RoundingPolicy.Default)));
                }
                else if (m.Measure == Measure.CompletionRate)
                {
                    long? basis = Value(Find(Measure.AdjustedBudget)) is { } adj and not 0 ? adj : Value(Find(Measure.Budget));
                    if (Value(Find(Measure.Final)) is { } fin && basis is { } b)
                    {
                        cells.Add(TableCell.OfRate(c.Key, b == 0 ? Rate.NotApplicable : Rate.Share(Amount.FromFen(fin), Amount.FromFen(b), RoundingPolicy.Default)));
                    }
                }
                else if (v.TryGetValue(c.Key, out long fen))
                {
                    // A zero may print blank, except in the first row: a column no row prints is a column the table
                    // does not print, and nothing can be checked in it.
                    cells.Add(fen == 0 && i > 0 && r.Next(2) == 0 ? TableCell.Of(c.Key, AmountCell.Blank) : TableCell.Of(c.Key, Amount.FromFen(fen)));
                }
            }

            cellRows.Add(new TableRow(rows[i].Key, rows[i].Label, cells));
        }

        return new Table(schema, unit, cellRows, null, schema.Title, SourceLocation.None);
    }

    private static Disclosure DisclosureOf(Table table) =>
        new Disclosure(new DisclosingBody("测试单位"), 2024, table.Schema.Document ?? DocumentKind.Budget).WithTable(table);

    private static Arbitrary<(int Seed, TableSchema Schema)> Cases() =>
        Gen.Choose(0, int.MaxValue).SelectMany(seed => Gen.Elements(Schemas).Select(schema => (seed, schema))).ToArbitrary();

    [Property(MaxTest = 500)]
    public Property A_consistent_disclosure_has_no_failing_finding() =>
        Prop.ForAll(Cases(), c =>
        {
            var d = DisclosureOf(Consistent(new Random(c.Seed), c.Schema, c.Seed % 2 == 0 ? AmountUnit.WanYuan : AmountUnit.Yuan));
            var failures = Validate(d).Failures;
            return failures.Count == 0 ? true.Label("ok") : false.Label($"{c.Schema.Id}: {string.Join("; ", failures)}");
        });

    [Property(MaxTest = 500)]
    public Property Rounding_yuan_to_wan_yuan_leaves_only_notes() =>
        Prop.ForAll(Cases(), c =>
        {
            var exact = Consistent(new Random(c.Seed), c.Schema, AmountUnit.Yuan);
            var rounded = exact.WithUnit(AmountUnit.WanYuan).WithRows(exact.Rows.Select(row => row.WithCells(row.Cells.Select(cell =>
                cell.IsRate || !cell.Amount.HasAmount ? cell : TableCell.Of(cell.Column, Amount.FromFen(RoundToWan(cell.Amount.Amount.Fen)))))));
            var failures = Validate(DisclosureOf(rounded)).Failures;
            return failures.Count == 0 ? true.Label("ok") : false.Label($"{c.Schema.Id}: {string.Join("; ", failures)}");
        });

    [Property(MaxTest = 500)]
    public Property Changing_one_amount_yields_a_failing_finding_that_names_it() =>
        Prop.ForAll(Cases(), c =>
        {
            var r = new Random(c.Seed);
            var table = Consistent(r, c.Schema, AmountUnit.WanYuan);
            // In a table of one row, a column takes part in an identity when it sums others or is summed.
            bool InIdentity(TableRow row, string column) => c.Schema.Rows == RowAxis.Lines ? ConsistentSummary.InIdentity(c.Schema, row, column)
                : c.Schema.Rows != RowAxis.OneRow || c.Schema.Columns.Any(k => k.Key == column && k.Of.Count > 0) || c.Schema.Columns.Any(k => k.Of.Contains(column));
            var cells = table.Rows.SelectMany((row, i) => row.Cells.Where(x => !x.IsRate && InIdentity(row, x.Column)).Select(x => (Row: i, x.Column))).ToList();
            if (cells.Count == 0)
            {
                return true.Label("no amount in an identity");
            }

            var (at, column) = cells[r.Next(cells.Count)];
            var row = table.Rows[at];
            var old = row[column].Amount;

            // +1.00 万元 where the table prints 分 of 万元 (its figures are ± 0.005); +1000 万元 always (a table whose
            // figures all happen to be whole 万元 reads as printed without decimals, ± 0.5 each).
            bool cents = table.Rows.Any(x => x.Cells.Any(k => !k.IsRate && k.Amount.HasAmount && k.Amount.Amount.Fen % 1_000_000 != 0));
            foreach (var delta in cents ? new[] { 1m, 1000m } : [1000m])
            {
                var changed = table.WithRows(table.Rows.Select((x, i) => i != at ? x : x.WithCell(TableCell.Of(column, (old.HasAmount ? old.Amount : Amount.Zero) + Amount.FromWanYuan(delta)))));
                var failures = Validate(DisclosureOf(changed)).Failures;
                if (!failures.Any(f => f.Locations.Any(l => l.Table == table.Schema.Id && l.Row == row.Key.Value && l.Column == column)))
                {
                    return false.Label($"{c.Schema.Id} {row.Key.Value} {column} +{delta}: {string.Join("; ", failures)}");
                }
            }

            return true.Label("caught");
        });

    [Fact]
    public void Generated_summary_tables_are_checked_line_by_line_and_side_against_side()
    {
        var summaries = Schemas.Where(s => s.Rows == RowAxis.Lines).ToList();
        Assert.True(summaries.Count >= 6, string.Join(", ", summaries.Select(s => s.Id)));
        foreach (var schema in summaries)
        {
            var report = Validate(DisclosureOf(Consistent(new Random(7), schema, AmountUnit.WanYuan)));
            int Checks(Rule rule) => report.Tallies.Single(t => t.Rule == rule).Checks;
            Assert.True(Checks(RuleCatalogue.SumLines) > 0, schema.Id);
            bool twoSided = schema.Lines.Any(l => l.Side == RowSide.Income && l.Role == ColumnRole.Sum) && schema.Lines.Any(l => l.Side == RowSide.Expenditure && l.Role == ColumnRole.Sum);
            Assert.True(!twoSided || Checks(RuleCatalogue.Balance) > 0, schema.Id);
            Assert.Empty(report.Failures);
        }
    }

    private static long RoundToWan(long fen) => fen >= 0 ? (fen + 5_000) / 10_000 * 10_000 : -((-fen + 5_000) / 10_000 * 10_000);
}
