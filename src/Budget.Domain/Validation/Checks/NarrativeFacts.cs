using Budget.Domain.Money;
using Budget.Domain.Statements;
using Budget.Domain.Tables;

namespace Budget.Domain.Validation.Checks;

/// <summary>
/// Narrative amounts against the tables (NR001): a figure whose subject names a code, or a figure of the whole
/// document (收入预算, 一般公共预算当年拨款 …) that a table prints, has the table's value.
/// </summary>
internal static class NarrativeFacts
{
    public static void Run(CheckRun run)
    {
        var disclosure = run.Disclosure;
        var keys = run.Keys;
        var measure = disclosure.Kind == DocumentKind.FinalAccounts ? Measure.Final : Measure.Budget;
        for (int n = 0; n < disclosure.Narrative.Count; n++)
        {
            var figure = disclosure.Narrative[n];
            int id = run.Figures.OfNarrative(n);
            if (id < 0 || figure.Kind == FigureKind.Change)
            {
                continue;
            }

            var key = MeaningOf(disclosure, figure.Section, figure.Subject, measure);
            string? code = figure.Code ?? ClassOf(run, figure.Subject);
            if (code is not null)
            {
                key = key.WithRow("f:" + code);
            }
            else if (NamesPath(figure.Subject))
            {
                // A 类/款/项 path the tables hold no row of: its figure is no whole of the document either.
                continue;
            }
            else if (key is { Source: FundSource.All, Nature: SpendingNature.Total } && !WholeWords.Any(w => figure.Subject.Contains(w, StringComparison.Ordinal)))
            {
                // A subject that names neither a code nor a figure of the whole document: nothing to compare with.
                continue;
            }

            int table = ResolveNearest(run, keys, key, id);
            if (code is not null && key.Source == FundSource.All && !Agrees(run, table, id))
            {
                // A row's figure of the narrative's 财政拨款 paragraphs is the row of a fiscal or general budget table.
                foreach (var source in new[] { FundSource.GeneralPublicBudget, FundSource.FiscalAppropriation })
                {
                    int other = ResolveNearest(run, keys, key.WithSource(source), id);
                    if (Agrees(run, other, id))
                    {
                        table = other;
                        break;
                    }
                }
            }

            if (table < 0 && key.Source == FundSource.FiscalAppropriation)
            {
                table = Resolve(run, keys, key.WithSource(FundSource.FiscalWithCarryOver));
            }

            if (table < 0 && key.Source is FundSource.CarryOver && key.Nature == SpendingNature.Total)
            {
                // 上年结转 is income: the tables key it on the income side.
                table = Resolve(run, keys, key with { Nature = SpendingNature.Income });
            }

            if (table >= 0)
            {
                run.Add(RuleCatalogue.NarrativeAmount, Relation.Equal, id, [table]);
            }
        }
    }

    private static readonly string[] WholeWords = ["预算", "总计", "合计", "决算"];

    /// <summary>Whether a subject (or a share's base) names a 类/款/项 path: its figure is that row's, never a whole's.</summary>
    public static bool NamesPath(string subject) =>
        subject.Contains("（类）", StringComparison.Ordinal) || subject.Contains("（款）", StringComparison.Ordinal) || subject.Contains("（项）", StringComparison.Ordinal);

    /// <summary>The 类 a subject names by its catalogue name (一般公共服务支出 → 201), or null.</summary>
    public static string? ClassOf(CheckRun run, string subject)
    {
        var functional = run.Catalogues.Nearest<Classification.FunctionalCode>(run.Disclosure.FiscalYear, out _);
        var entries = functional.FindByName(subject).Where(e => e.Code.Level == Classification.CodeLevel.Class).ToList();
        return entries.Count == 1 ? entries[0].Code.Value : null;
    }

    /// <summary>The key a narrative subject refers to: its words give source and nature, the section the source when the subject names none.</summary>
    public static FactKey MeaningOf(Disclosure disclosure, string section, string subject, Measure measure)
    {
        var meaning = NarrativeMeaning.Of(NarrativeFigure.OfAmount(section, subject, Amount.Zero, AmountUnit.WanYuan), 0, disclosure.Kind);
        var source = meaning.Source;
        // A document's own total (本年支出合计, 收入总计) keeps its source whatever section names it.
        if (source == FundSource.All && section.Length > 0 && !subject.Contains("合计", StringComparison.Ordinal) && !subject.Contains("总计", StringComparison.Ordinal))
        {
            source = NarrativeMeaning.Of(NarrativeFigure.OfAmount(string.Empty, section, Amount.Zero, AmountUnit.WanYuan), 0, disclosure.Kind).Source;
            source = source is FundSource.GeneralPublicBudget or FundSource.GovernmentFund or FundSource.StateCapital or FundSource.FiscalAppropriation ? source : FundSource.All;
        }

        // A final account's 年初预算 and 全年预算 are budgets, not the 决算 the document's figures are.
        var m = meaning.Measure is Measure.PriorYearActual || (measure == Measure.Final && meaning.Measure is Measure.Budget or Measure.AdjustedBudget) ? meaning.Measure : measure;
        return new FactKey("total", m, source, meaning.Nature);
    }

    /// <summary>The figure a table prints for a key, or -1.</summary>
    public static int Resolve(CheckRun run, Dictionary<FactKey, List<int>> keys, FactKey key) =>
        keys.TryGetValue(key, out var ids) ? ids[0] : -1;

    /// <summary>Of the figures the tables print for a key (支出预算 may be 本年支出合计 or 支出总计), the first that agrees
    /// with a stated figure, else the first; -1 when the tables print none.</summary>
    public static int ResolveNearest(CheckRun run, Dictionary<FactKey, List<int>> keys, FactKey key, int stated)
    {
        int first = -1;
        if (keys.TryGetValue(key, out var ids))
        {
            first = ids[0];
            foreach (int id in ids)
            {
                if (Agrees(run, id, stated))
                {
                    return id;
                }
            }
        }

        if (key is { Row: "total", Source: FundSource.All, Nature: SpendingNature.Total })
        {
            // 支出预算 may be stated with 结转下年 (支出总计) or without it (本年支出合计).
            int total = ResolveNearest(run, keys, key with { Nature = SpendingNature.Other }, stated);
            if (Agrees(run, total, stated))
            {
                return total;
            }
        }

        return first;
    }

    /// <summary>Whether two figures' rounding intervals meet.</summary>
    public static bool Agrees(CheckRun run, int a, int b) =>
        a >= 0 && b >= 0 && !run.Figures[a].Blank && run.Figures[a].Low <= run.Figures[b].High && run.Figures[b].Low <= run.Figures[a].High;
}
