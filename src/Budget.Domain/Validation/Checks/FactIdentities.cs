using System.Runtime.InteropServices;
using Budget.Domain.Classification;
using Budget.Domain.Statements;
using Budget.Domain.Tables;

namespace Budget.Domain.Validation.Checks;

/// <summary>The key a figure is matched by across tables: the row (code, total, unit), measure, source and nature.</summary>
internal readonly record struct FactKey(string Row, Measure Measure, FundSource Source, SpendingNature Nature)
{
    public FactKey WithSource(FundSource source) => this with { Source = source };

    public FactKey WithRow(string row) => this with { Row = row };
}

/// <summary>
/// The identities between tables, written over meanings: the same fact agrees (XT001), part of the money is not
/// above all of it (XT002), 财政拨款 = the three funds (DC001), economic 类 to personnel or operating (DC002), 三公
/// items against their economic 款 (DC003), and 机关运行经费 = 公用经费 for administrative units (BD001, NR008).
/// </summary>
internal static class FactIdentities
{
    private static readonly FundSource[] Funds = [FundSource.GeneralPublicBudget, FundSource.GovernmentFund, FundSource.StateCapital];

    public static void Run(CheckRun run)
    {
        var keys = run.Keys;
        SameFacts(run, keys);
        Inclusions(run, keys);
        FiscalFunds(run, keys);
        EconomicNature(run);
        ThreePublicItems(run, keys);
        AgencyCosts(run, keys);
    }

    /// <summary>The figures of every key, one per table (a key a table prints twice is ambiguous there and left out).</summary>
    internal static Dictionary<FactKey, List<int>> Keys(CheckRun run)
    {
        var disclosure = run.Disclosure;
        var keys = new Dictionary<FactKey, List<int>>(run.Figures.Count);
        var functional = run.Catalogues.Nearest<FunctionalCode>(disclosure.FiscalYear, out _);
        var local = new Dictionary<FactKey, int>(run.Figures.Count);
        for (int t = 0; t < disclosure.Tables.Count; t++)
        {
            var table = disclosure.Tables[t];
            var rows = new RowFact?[table.Rows.Count];
            for (int r = 0; r < rows.Length; r++)
            {
                rows[r] = RowFactOf(table, table.Rows[r], functional);
            }

            local.Clear();
            var (start, end) = run.Figures.CellsOf(t);
            for (int id = start; id < end; id++)
            {
                ref readonly var figure = ref run.Figures[id];
                if (rows[figure.Row] is { } row)
                {
                    var meaning = table.Schema.Columns[figure.Column].Meaning;

                    // A carry-over line in a column of one kind of money (财政拨款) is that money's carry-over, not the
                    // carry-over of all money another table prints: it is keyed apart.
                    string rowKey = row.Source is FundSource.CarryOver or FundSource.CarryForward && meaning.Source != FundSource.All
                        ? row.Key + "@" + meaning.Source
                        : row.Key;
                    var key = new FactKey(rowKey, meaning.Measure, row.Source ?? meaning.Source, row.Nature ?? meaning.Nature);
                    // One lookup: a key seen before in this table is ambiguous (-1).
                    ref int seen = ref CollectionsMarshal.GetValueRefOrAddDefault(local, key, out bool exists);
                    seen = exists ? -1 : id;
                }
            }

            foreach (var (key, id) in local)
            {
                if (id < 0)
                {
                    continue;
                }

                (CollectionsMarshal.GetValueRefOrAddDefault(keys, key, out _) ??= new List<int>(2)).Add(id);
            }
        }

        return keys;
    }

    /// <summary>What a row says of the facts of its cells: the row of the key, and the source or nature it sets (else the column's).</summary>
    private readonly record struct RowFact(string Key, FundSource? Source, SpendingNature? Nature);

    private static RowFact? RowFactOf(Table table, TableRow row, ClassificationCatalogue<FunctionalCode> functional)
    {
        var schema = table.Schema;
        switch (row.Key.Kind)
        {
            case RowKind.Code:
                return new RowFact((schema.Rows == RowAxis.EconomicCode ? "e:" : "f:") + row.Key.Value, null, null);
            case RowKind.OneRow:
                return new RowFact("total", null, null);
            case RowKind.Unit:
                return new RowFact("u:" + row.Key.Value, null, null);
            case RowKind.ClassLine:
                var entries = functional.FindByName(row.Key.Value).Where(e => e.Code.Level == CodeLevel.Class).ToList();
                if (entries.Count != 1)
                {
                    return null;
                }

                // A 类 line is a part of its side's sum line and counts the same money.
                FundSource? source = schema.Lines.FirstOrDefault(l => l.Role == ColumnRole.Sum && l.Of.Count == 0 && l.Side == row.Key.Side) is { Source: not FundSource.All } sum ? sum.Source : null;
                return new RowFact("f:" + entries[0].Code.Value, source, null);
            case RowKind.Line when schema.Rows != RowAxis.Lines:
                return row.Key.Value == "total" ? new RowFact("total", null, null) : null;
            case RowKind.Line:
                if (schema.Line(row.Key.Value) is not { } line)
                {
                    return null;
                }

                string rowKey = "total";
                if (row.Key.Under.Length > 0 && schema.Line(row.Key.Under) is { Source: FundSource.CarryOver or FundSource.CarryForward } under)
                {
                    rowKey = under.Key + ":total";
                }

                return new RowFact(rowKey, line.Source != FundSource.All ? line.Source : null, line.Nature != SpendingNature.Total ? line.Nature : null);
            default:
                return null;
        }
    }

    private static void SameFacts(CheckRun run, Dictionary<FactKey, List<int>> keys)
    {
        foreach (var (key, ids) in keys)
        {
            for (int i = 1; i < ids.Count; i++)
            {
                run.Add(RuleCatalogue.SameFact, Relation.Equal, ids[i], [ids[0]]);
            }
        }
    }

    private static void Inclusions(CheckRun run, Dictionary<FactKey, List<int>> keys)
    {
        foreach (var (key, ids) in keys)
        {
            if (key.Measure is Measure.Change || key.Source is not (FundSource.FiscalAppropriation or FundSource.GeneralPublicBudget or FundSource.GovernmentFund or FundSource.StateCapital))
            {
                continue;
            }

            var whole = key.Source == FundSource.FiscalAppropriation ? null : keys.GetValueOrDefault(key.WithSource(FundSource.FiscalAppropriation));
            whole ??= keys.GetValueOrDefault(key.WithSource(FundSource.All));
            if (whole is { Count: > 0 } && !run.Figures[ids[0]].Blank)
            {
                run.Add(RuleCatalogue.PartOfMoney, Relation.AtMost, ids[0], [whole[0]]);
            }
        }
    }

    private static void FiscalFunds(CheckRun run, Dictionary<FactKey, List<int>> keys)
    {
        var disclosure = run.Disclosure;
        var printed = Funds.ToDictionary(f => f, f => disclosure.Tables.Any(t => t.Schema.Rows != RowAxis.Lines && t.Schema.Columns.Any(c => c.Meaning.Source == f)));
        bool reported = false;
        foreach (var (key, ids) in keys)
        {
            if (key.Source != FundSource.FiscalAppropriation || key.Measure is Measure.Change)
            {
                continue;
            }

            var parts = new List<int>?[Funds.Length];
            bool any = false;
            for (int f = 0; f < Funds.Length; f++)
            {
                parts[f] = keys.GetValueOrDefault(key.WithSource(Funds[f]));
                any |= parts[f] is not null;
            }

            if (!any)
            {
                continue;
            }

            int subject = ids[0];
            int[] terms = parts.Where(p => p is not null).Select(p => p![0]).ToArray();
            int table = run.Figures[subject].Table;
            if (Array.TrueForAll(terms, id => run.Figures[id].Table == table))
            {
                continue;
            }

            var absent = Funds.Where((f, i) => parts[i] is null && !printed[f]).ToList();
            if (absent.Count > 0)
            {
                if (!reported && run.On(RuleCatalogue.FiscalFunds))
                {
                    reported = true;
                    string zh = string.Join("、", absent.Select(ZhName));
                    run.Report(CheckRun.Simple(RuleCatalogue.FiscalFunds, Outcome.NotApplicable, run.Locate(subject), run.Figures.Show(subject), null, $"文件未列示{zh}的表，无法核对。", $"The document prints no table of {string.Join(", ", absent)}: not checked."));
                }

                continue;
            }

            run.Add(RuleCatalogue.FiscalFunds, Relation.Equal, subject, terms);
        }
    }

    private static void EconomicNature(CheckRun run)
    {
        var tables = run.Disclosure.Tables;
        for (int t = 0; t < tables.Count; t++)
        {
            var schema = tables[t].Schema;
            if (schema.Rows != RowAxis.EconomicCode)
            {
                continue;
            }

            int personnel = -1, operating = -1;
            for (int c = schema.Columns.Count - 1; c >= 0; c--)
            {
                var nature = schema.Columns[c].Meaning.Nature;
                personnel = nature == SpendingNature.Personnel ? c : personnel;
                operating = nature == SpendingNature.Operating ? c : operating;
            }

            if (personnel < 0 || operating < 0)
            {
                continue;
            }

            for (int r = 0; r < tables[t].Rows.Count; r++)
            {
                var key = tables[t].Rows[r].Key;
                if (key.Kind != RowKind.Code || key.Value.Length < 3)
                {
                    continue;
                }

                int wrong = key.Value.AsSpan(0, 3) switch
                {
                    "301" or "303" => operating,
                    "302" or "310" => personnel,
                    _ => -1,
                };
                int id = run.Figures.At(t, r, wrong);
                if (id >= 0 && !run.Figures[id].Blank)
                {
                    string zh = wrong == operating ? "公用经费" : "人员经费";
                    string en = wrong == operating ? "operating" : "personnel";
                    run.Add(new Identity(RuleCatalogue.EconomicNature, Relation.Equal, [id], [], zh, en, []));
                }
            }
        }
    }

    private static void ThreePublicItems(CheckRun run, Dictionary<FactKey, List<int>> keys)
    {
        (SpendingNature Nature, string Code, string Word)[] items =
        [
            (SpendingNature.OverseasTravel, "30212", "出国"), (SpendingNature.VehicleOperation, "30231", "公务用车"),
            (SpendingNature.Reception, "30217", "接待"), (SpendingNature.VehiclePurchase, "31013", "公务用车"),
        ];
        foreach (var (key, ids) in keys)
        {
            if (key.Row != "total" || key.Source != FundSource.FiscalAppropriation)
            {
                continue;
            }

            foreach (var (nature, code, word) in items)
            {
                if (key.Nature != nature)
                {
                    continue;
                }

                foreach (var source in new[] { FundSource.GeneralPublicBudget, FundSource.FiscalAppropriation })
                {
                    foreach (var econNature in new[] { SpendingNature.Basic, SpendingNature.Total })
                    {
                        if (keys.GetValueOrDefault(new FactKey("e:" + code, key.Measure, source, econNature)) is { } econ && !run.Figures[econ[0]].Blank && LabelOf(run, econ[0]).Contains(word, StringComparison.Ordinal))
                        {
                            run.Add(RuleCatalogue.ThreePublicItems, Relation.AtMost, econ[0], [ids[0]]);
                        }
                    }
                }
            }
        }
    }

    private static void AgencyCosts(CheckRun run, Dictionary<FactKey, List<int>> keys)
    {
        var disclosure = run.Disclosure;
        var measure = disclosure.Kind == DocumentKind.FinalAccounts ? Measure.Final : Measure.Budget;
        int table = run.FirstOf("total", measure, SpendingNature.AgencyOperatingCosts);

        int stated = -1;
        if (disclosure.OtherMatters.AgencyOperatingCosts.HasAmount)
        {
            var location = new FindingLocation("otherMatters", "其他重要事项", "agencyOperatingCosts", "机关运行经费", string.Empty, disclosure.OtherMatters.AgencyOperatingCosts.Format(Money.AmountUnit.WanYuan) + " 万元", SourceLocation.None);
            stated = run.AddFigure(disclosure.OtherMatters.AgencyOperatingCosts.Amount, Money.AmountUnit.WanYuan, location);
            if (table >= 0)
            {
                run.Add(RuleCatalogue.AgencyCostsStated, Relation.Equal, stated, [table]);
            }
        }

        int agency = table >= 0 ? table : stated;
        if (agency < 0)
        {
            return;
        }

        int operating = new[] { FundSource.GeneralPublicBudget, FundSource.FiscalAppropriation }
            .Select(s => keys.GetValueOrDefault(new FactKey("total", measure, s, SpendingNature.Operating)))
            .FirstOrDefault(l => l is not null)?[0] ?? -1;
        if (operating < 0)
        {
            return;
        }

        var body = disclosure.Body;
        if (body.Scope == DisclosureScope.Unit && body.BodyType is BodyType.Administrative or BodyType.CivilServiceManaged)
        {
            run.Add(RuleCatalogue.AgencyCosts, Relation.Equal, agency, [operating]);
        }
        else if (run.On(RuleCatalogue.AgencyCosts))
        {
            string zh = body.Scope == DisclosureScope.Department ? "部门（含多个单位）的机关运行经费不必等于公用经费。" : body.BodyType is null ? "文件未说明单位类型（行政、参公或事业单位）。" : "事业单位的机关运行经费不必等于公用经费。";
            string en = body.Scope == DisclosureScope.Department ? "A whole department's agency costs need not equal its operating costs." : body.BodyType is null ? "The document does not state the body type (行政, 参公 or 事业单位)." : "A public institution's agency costs need not equal its operating costs.";
            run.Report(new Finding(RuleCatalogue.AgencyCosts, Outcome.NotApplicable, [run.Locate(agency), run.Locate(operating)], new Evidence(run.Figures.Show(agency), run.Figures.Show(operating), null, null), zh, en));
        }
    }

    /// <summary>The printed label of a figure's row: a local template may give a code another name, and then it is another item.</summary>
    private static string LabelOf(CheckRun run, int figure)
    {
        var f = run.Figures[figure];
        return f.Table >= 0 ? run.Disclosure.Tables[f.Table].Rows[f.Row].Label : string.Empty;
    }

    private static string ZhName(FundSource fund) => fund switch
    {
        FundSource.GeneralPublicBudget => "一般公共预算",
        FundSource.GovernmentFund => "政府性基金预算",
        _ => "国有资本经营预算",
    };
}
