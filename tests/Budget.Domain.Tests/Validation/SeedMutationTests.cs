using Budget.Domain.Money;
using Budget.Domain.Statements;
using Budget.Domain.Tables;
using Budget.Domain.Tests.Reading;
using Budget.Domain.Validation;
using Xunit.Abstractions;

namespace Budget.Domain.Tests.Validation;

/// <summary>
/// The mutation test of issue #13: every amount of the seed that takes part in an identity, changed by +1.00 万元 and
/// by +1000 万元, is caught by a failing finding that names it; +0.02 万元 is caught in at least 90% of them; and
/// consistent changes (a 项 with its 款, 类 and totals, and the sum columns over it) raise no failing finding in the
/// table changed.
/// </summary>
public class SeedMutationTests(ITestOutputHelper output)
{
    private static readonly Disclosure Seed = MohrssDisclosure.Read().Disclosure;

    /// <summary>
    /// The amounts that take part in no identity, with why: the change clauses of the 三公 paragraph compare 2024 with
    /// 2023, and the seed prints no 2023 三公 figure (its 三公 table has the 2024 budget only), so nothing can check them.
    /// </summary>
    private static readonly (string Subject, string Reason)[] NoIdentity =
    [
        ("narrative [财政拨款预算“三公”经费支出表] “三公”经费预算: Increase", "no 2023 三公 figure is printed"),
        ("narrative [财政拨款预算“三公”经费支出表] 因公出国（境）费: Increase", "no 2023 三公 figure is printed"),
        ("narrative [财政拨款预算“三公”经费支出表] 公务接待费: Increase", "no 2023 三公 figure is printed"),
    ];

    /// <summary>One amount of the seed: what it is, how to change it, and how a finding names it.</summary>
    public sealed record Site(string Name, Func<Disclosure, Amount, Disclosure> Change, Func<FindingLocation, bool> Names)
    {
        public override string ToString() => Name;
    }

    public static IEnumerable<Site> Sites(Disclosure d)
    {
        for (int t = 0; t < d.Tables.Count; t++)
        {
            var table = d.Tables[t];
            for (int r = 0; r < table.Rows.Count; r++)
            {
                var row = table.Rows[r];
                for (int c = 0; c < row.Cells.Count; c++)
                {
                    var cell = row.Cells[c];
                    if (cell.IsRate || !cell.Amount.HasAmount)
                    {
                        continue;
                    }

                    int ti = t, ri = r, ci = c;

                    // Where the text reader read it: the cell's place, else its row's line, else its table's title line.
                    var at = cell.Location.IsKnown ? cell.Location : row.Location.IsKnown ? row.Location : table.Location;
                    Assert.True(at.Line > 0, $"{table.Schema.Id} {row.Key.Value} has no line");
                    yield return new Site(
                        $"{table.Schema.Id} {row.Key.Value} {row.Label} / {cell.Column} ({at})",
                        (doc, delta) => ChangeCell(doc, ti, ri, ci, delta),
                        l => l.Table == table.Schema.Id && l.Row == row.Key.Value && l.RowLabel == row.Label && l.Column == cell.Column && l.Source == at);
                }
            }
        }

        for (int n = 0; n < d.Narrative.Count; n++)
        {
            var figure = d.Narrative[n];
            if (figure.Amount is null)
            {
                continue;
            }

            int ni = n;
            yield return new Site(
                $"narrative {figure}",
                (doc, delta) =>
                {
                    var list = doc.Narrative.ToArray();
                    var f = list[ni];
                    list[ni] = new NarrativeFigure(f.Section, f.Subject, f.Kind, f.Amount!.Value + delta, f.Rate, f.Basis, f.Direction, f.Code, f.Unit).WithDecimals(f.Decimals);
                    return doc.WithNarrative(list);
                },
                l => l.Table == "narrative" && l.RowLabel == figure.Subject && l.Title == figure.Section);
        }

        for (int s = 0; s < d.PerformanceSheets.Count; s++)
        {
            var sheet = d.PerformanceSheets[s];
            string project = sheet.ProjectName;
            int si = s;
            string[] names = ["年度资金总额", "财政拨款", "上年结转", "其他资金"];
            var present = new[] { sheet.TotalFunds, sheet.FiscalAppropriation, sheet.CarryOver, sheet.OtherFunds };
            for (int which = 0; which < names.Length; which++)
            {
                string name = names[which];
                int w = which;
                if (!present[which].HasAmount)
                {
                    continue;
                }

                yield return new Site(
                    $"sheet {project} / {name}",
                    (doc, delta) =>
                    {
                        var sheets = doc.PerformanceSheets.ToArray();
                        var x = sheets[si];
                        var funds = new[] { x.TotalFunds, x.FiscalAppropriation, x.CarryOver, x.OtherFunds };
                        funds[w] = AmountCell.Of(funds[w].Amount + delta);
                        sheets[si] = x.WithFunds(funds[0], funds[1], funds[2], funds[3]);
                        return doc.WithPerformanceSheets(sheets);
                    },
                    l => l.Table == "sheet" && l.Title.StartsWith(project, StringComparison.Ordinal));
            }
        }
    }

    private static Disclosure ChangeCell(Disclosure doc, int table, int row, int cell, Amount delta)
    {
        var tb = doc.Tables[table];
        var rw = tb.Rows[row];
        var cl = rw.Cells[cell];
        var rows = tb.Rows.ToArray();
        rows[row] = rw.WithCell(TableCell.Of(cl.Column, cl.Amount.Amount + delta, cl.Location));
        var tables = doc.Tables.ToArray();
        tables[table] = tb.WithRows(rows);
        return doc.WithTables(tables);
    }

    private static bool Caught(Site site, decimal wanYuan, IReadOnlyList<Finding> before) =>
        DisclosureValidator.Check(site.Change(Seed, Amount.FromWanYuan(wanYuan))).Failures
            .Any(f => !before.Contains(f) && f.Locations.Any(site.Names));

    [Fact]
    public void Every_amount_in_an_identity_changed_by_one_or_a_thousand_is_caught_where_it_is_and_small_changes_mostly()
    {
        var before = DisclosureValidator.Check(Seed).Failures;
        var sites = Sites(Seed).ToList();
        var free = sites.Where(s => NoIdentity.Any(e => s.Name.StartsWith(e.Subject, StringComparison.Ordinal))).ToList();
        var checkedSites = sites.Except(free).ToList();

        var missedOne = checkedSites.Where(s => !Caught(s, 1.00m, before)).ToList();
        var missedThousand = checkedSites.Where(s => !Caught(s, 1000m, before)).ToList();
        var missedSmall = checkedSites.Where(s => !Caught(s, 0.02m, before)).ToList();
        output.WriteLine($"{sites.Count} amounts, {checkedSites.Count} in identities, {free.Count} in none.");
        output.WriteLine($"+1.00 caught {checkedSites.Count - missedOne.Count}, +1000 caught {checkedSites.Count - missedThousand.Count}, +0.02 caught {checkedSites.Count - missedSmall.Count}.");
        foreach (var s in missedSmall)
        {
            output.WriteLine("+0.02 not caught: " + s);
        }

        Assert.True(sites.Count > 450, $"Only {sites.Count} amounts were found to change.");
        Assert.Equal(NoIdentity.Length, free.Count);
        Assert.Empty(missedOne);
        Assert.Empty(missedThousand);
        Assert.True(missedSmall.Count * 10 <= checkedSites.Count, $"+0.02 is caught in {checkedSites.Count - missedSmall.Count} of {checkedSites.Count}.");

        // The list of amounts in no identity stays honest: none of them is caught.
        Assert.All(free, s => Assert.False(Caught(s, 1000m, before), $"{s} is caught now: take it off the list."));
    }

    [Fact]
    public void Fifty_consistent_changes_raise_no_failing_finding_in_the_table_changed()
    {
        var before = DisclosureValidator.Check(Seed).Failures;
        var changes = ConsistentChanges(Seed).ToList();
        Assert.True(changes.Count >= 50, $"Only {changes.Count} consistent changes were found.");
        var step = Math.Max(1, changes.Count / 50);
        var chosen = changes.Where((_, i) => i % step == 0).Take(50).ToList();
        Assert.Equal(50, chosen.Count);
        foreach (var (name, schema, changed) in chosen)
        {
            var inTable = DisclosureValidator.Check(changed).Failures
                .Where(f => !before.Contains(f) && f.Locations.All(l => l.Table == schema))
                .ToList();
            Assert.True(inTable.Count == 0, $"{name}: {string.Join("; ", inTable)}");
        }
    }

    /// <summary>
    /// +1.00 万元 in one part column of a 项, carried to its 款, 类 and total rows and to every sum column over that
    /// column: the table still adds up. Tables with change or rate columns are left out (the change would move too).
    /// </summary>
    private static IEnumerable<(string Name, string Schema, Disclosure Changed)> ConsistentChanges(Disclosure d)
    {
        var delta = Amount.FromWanYuan(1.00m);
        for (int t = 0; t < d.Tables.Count; t++)
        {
            var table = d.Tables[t];
            var schema = table.Schema;
            if (schema.Rows != RowAxis.FunctionalCode && schema.Rows != RowAxis.EconomicCode
                || schema.Columns.Any(c => c.Meaning.Measure is Measure.Change or Measure.ChangeRate))
            {
                continue;
            }

            var byCode = table.Rows.Select((r, i) => (r, i)).Where(x => x.r.Key.Kind == RowKind.Code).ToDictionary(x => x.r.Key.Value, x => x.i);
            var totals = table.Rows.Select((r, i) => (r, i)).Where(x => x.r.Key.Kind == RowKind.Line && x.r.Key.Value == "total").Select(x => x.i).ToList();
            foreach (var (code, row) in byCode.Where(kv => kv.Key.Length == 7 || (schema.Rows == RowAxis.EconomicCode && kv.Key.Length == 5)))
            {
                var ancestors = new List<int> { row };
                for (int len = code.Length - 2; len >= 3; len -= 2)
                {
                    if (byCode.TryGetValue(code[..len], out int a))
                    {
                        ancestors.Add(a);
                    }
                }

                ancestors.AddRange(totals);
                foreach (var leaf in schema.Columns.Where(c => c.Of.Count == 0 && !c.Meaning.IsRate && c.Meaning.Role != ColumnRole.Sum && c.Meaning.Role != ColumnRole.OfWhich))
                {
                    var columns = new HashSet<string>(StringComparer.Ordinal) { leaf.Key };
                    bool grew = true;
                    while (grew)
                    {
                        grew = false;
                        foreach (var c in schema.Columns.Where(c => c.Of.Any(columns.Contains) && columns.Add(c.Key)))
                        {
                            grew = true;
                        }
                    }

                    if (table.Rows[row].Cells.All(c => c.Column != leaf.Key))
                    {
                        continue;
                    }

                    var rows = table.Rows.ToArray();
                    foreach (int r in ancestors)
                    {
                        var cells = rows[r].Cells.ToList();
                        foreach (var key in columns.Where(k => table.Rows.Any(x => x.Cells.Any(c => c.Column == k))))
                        {
                            int at = cells.FindIndex(c => c.Column == key);
                            var old = at >= 0 ? cells[at] : TableCell.Of(key, AmountCell.Blank);
                            var changed = TableCell.Of(key, old.Amount.Amount + delta, old.Location);
                            if (at >= 0)
                            {
                                cells[at] = changed;
                            }
                            else
                            {
                                cells.Add(changed);
                            }
                        }

                        rows[r] = rows[r].WithCells(cells);
                    }

                    var tables = d.Tables.ToArray();
                    tables[t] = table.WithRows(rows);
                    yield return ($"{schema.Id} {code} {leaf.Key}", schema.Id, d.WithTables(tables));
                }
            }
        }
    }
}
