using System.Globalization;
using System.Numerics;
using Budget.Domain.Money;
using Budget.Domain.Statements;
using Budget.Domain.Tables;

namespace Budget.Domain.Validation.Checks;

/// <summary>
/// Changes and rates: 增减额 = this − prior (CH001, an identity), 增减% and 完成% (CH002, CH003), the narrative's
/// shares and changes (NR002, NR003) and the small-business share (NR006). A rate computed from printed figures is
/// an interval too; a stated rate passes when its own rounding interval meets it, exactly (rational arithmetic).
/// Truncation and a zero base printed as 100% or - are recognised and reported as information.
/// </summary>
internal static class RateChecks
{
    private static readonly Measure[] Priors = [Measure.PriorYearActual, Measure.PriorYearBudget, Measure.PriorYearFinal];

    public static void Run(CheckRun run)
    {
        for (int t = 0; t < run.Disclosure.Tables.Count; t++)
        {
            TableRates(run, t);
        }

        Narrative(run);
    }

    private static void TableRates(CheckRun run, int t)
    {
        var table = run.Disclosure.Tables[t];
        var columns = table.Schema.Columns;
        for (int c = 0; c < columns.Count; c++)
        {
            var meaning = columns[c].Meaning;
            if (meaning.Measure is not (Measure.Change or Measure.ChangeRate or Measure.CompletionRate))
            {
                continue;
            }

            int Find(Measure first, Measure? second = null, Measure? third = null, bool derived = false)
            {
                for (int k = 0; k < columns.Count; k++)
                {
                    var m = columns[k].Meaning;
                    if ((m.Measure == first || m.Measure == second || m.Measure == third) && m.Source == meaning.Source && m.Nature == meaning.Nature && (derived || m.Role != ColumnRole.Derived))
                    {
                        return k;
                    }
                }

                return -1;
            }

            int prior = Find(Priors[0], Priors[1], Priors[2]);
            int current = Find(table.Schema.Document == DocumentKind.FinalAccounts ? Measure.Final : Measure.Budget);
            int change = Find(Measure.Change, derived: true);
            int final = Find(Measure.Final), adjusted = Find(Measure.AdjustedBudget), budget = Find(Measure.Budget);
            for (int r = 0; r < table.Rows.Count; r++)
            {
                var row = table.Rows[r];
                if (meaning.Measure == Measure.Change)
                {
                    int id = run.Figures.At(t, r, c);
                    int p = run.Figures.At(t, r, prior), now = run.Figures.At(t, r, current);
                    if (id >= 0 && p >= 0 && now >= 0 && !(run.Figures[id].Blank && run.Figures[p].Blank && run.Figures[now].Blank))
                    {
                        run.Add(new Identity(RuleCatalogue.ChangeAmount, Relation.Equal, [id, p], [now], "增减额 = 本年 − 上年", "change = this year − prior year", []));
                    }

                    continue;
                }

                string key = columns[c].Key;
                int rateCell = -1;
                for (int k = 0; k < row.Cells.Count && rateCell < 0; k++)
                {
                    rateCell = row.Cells[k].Column == key ? k : -1;
                }

                if (rateCell < 0)
                {
                    continue;
                }

                var rate = row.Cells[rateCell].Rate;
                var cellLocation = row.Cells[rateCell].Location;
                FindingLocation Location() => new(table.Schema.Id, table.Title, FigureSet.RowText(row.Key), row.Label, key, rate.IsApplicable ? rate.Format() : "-", cellLocation.IsKnown ? cellLocation : FigureSet.Where(table, row));
                if (meaning.Measure == Measure.ChangeRate)
                {
                    int p = run.Figures.At(t, r, prior);
                    if (p < 0)
                    {
                        continue;
                    }

                    var numerator = run.Figures.At(t, r, change) is int d and >= 0 ? Span(run.Figures[d]) : run.Figures.At(t, r, current) is int n and >= 0 ? Difference(run.Figures[n], run.Figures[p]) : ((Int128, Int128)?)null;
                    if (numerator is { } num)
                    {
                        CheckRate(run, RuleCatalogue.ChangeRate, Location, rate, num, Span(run.Figures[p]), absoluteBase: true);
                    }
                }
                else
                {
                    int finalId = run.Figures.At(t, r, final);
                    int adjustedId = run.Figures.At(t, r, adjusted);
                    int basis = adjustedId >= 0 && !run.Figures[adjustedId].Blank ? adjustedId : run.Figures.At(t, r, budget);
                    if (finalId >= 0 && basis >= 0)
                    {
                        CheckRate(run, RuleCatalogue.CompletionRate, Location, rate, Span(run.Figures[finalId]), Span(run.Figures[basis]), absoluteBase: false);
                    }
                }
            }
        }
    }

    private static void Narrative(CheckRun run)
    {
        var disclosure = run.Disclosure;
        var keys = run.Keys;
        var measure = disclosure.Kind == DocumentKind.FinalAccounts ? Measure.Final : Measure.Budget;
        for (int n = 0; n < disclosure.Narrative.Count; n++)
        {
            var figure = disclosure.Narrative[n];
            FindingLocation Location() => new("narrative", figure.Section, figure.Code ?? figure.Subject, FigureSet.NarrativeLabel(figure), figure.Kind == FigureKind.Change ? "changeRate" : "share", figure.Rate?.Format() ?? string.Empty, figure.Location);
            if (figure is { Kind: FigureKind.Share, Rate: { } share, Basis: { } basis } && !NarrativeFacts.NamesPath(basis))
            {
                // The base as the narrative itself states it before the share, where it does (我校支出预算 557,259.13 万元 …
                // 占 77.94%): of the figures the base's words can mean, the one that agrees with it.
                int part = run.Figures.OfNarrative(n);
                int statedBase = Enumerable.Range(0, n).Reverse().Where(k => disclosure.Narrative[k].Subject == basis && disclosure.Narrative[k].Kind != FigureKind.Change)
                    .Select(k => run.Figures.OfNarrative(k)).FirstOrDefault(id => id >= 0, -1);
                var wholeKey = NarrativeFacts.MeaningOf(disclosure, figure.Section, basis, measure);
                int whole = statedBase >= 0 ? NarrativeFacts.ResolveNearest(run, keys, wholeKey, statedBase) : NarrativeFacts.Resolve(run, keys, wholeKey);
                if (part >= 0 && whole >= 0 && !run.Figures[whole].Blank)
                {
                    CheckRate(run, RuleCatalogue.NarrativeShare, Location, share, Span(run.Figures[part]), Span(run.Figures[whole]), absoluteBase: false, [part, whole]);
                }
            }
            else if (figure.Kind == FigureKind.Change)
            {
                NarrativeChange(run, keys, n, figure, figure.Code, Location);
            }
        }

        var matters = disclosure.OtherMatters;
        if (matters.SmallBusinessShare.IsApplicable && matters.SmallBusinessProcurement.HasAmount && matters.ProcurementTotal.HasAmount && !matters.ProcurementTotal.Amount.IsZero)
        {
            FindingLocation Location() => new("otherMatters", "其他重要事项", "smallBusinessShare", "中小企业", string.Empty, matters.SmallBusinessShare.Format(), SourceLocation.None);
            CheckRate(run, RuleCatalogue.SmallBusinessShare, Location, matters.SmallBusinessShare, Stated(matters.SmallBusinessProcurement.Amount), Stated(matters.ProcurementTotal.Amount), absoluteBase: false);
        }
    }

    private static void NarrativeChange(CheckRun run, Dictionary<FactKey, List<int>> keys, int n, NarrativeFigure figure, string? code, Func<FindingLocation> locate)
    {
        // A change of a code, or of a whole the subject names (一般公共预算当年拨款), against the table's change columns.
        var meaning = NarrativeFacts.MeaningOf(run.Disclosure, figure.Section, figure.Subject, Measure.Change);
        string rowKey = code is null ? "total" : "f:" + code;
        if (code is null && meaning.Source == FundSource.All)
        {
            return;
        }

        int change = run.FirstOf(rowKey, Measure.Change, SpendingNature.Total, code is null ? meaning.Source : null);

        if (change < 0 || !run.On(RuleCatalogue.NarrativeChange))
        {
            return;
        }

        var table = run.Disclosure.Tables[run.Figures[change].Table];
        var row = table.Rows[run.Figures[change].Row];
        int sign = figure.Direction == ChangeDirection.Decrease ? -1 : 1;
        var stated = run.Figures.OfNarrative(n) is int id and >= 0 ? run.Figures[id] : (Figure?)null;
        var tableChange = run.Figures[change];
        bool amountOk = figure.Direction == ChangeDirection.Flat
            ? tableChange.Low <= 0 && tableChange.High >= 0
            : stated is not { } s || (sign * s.Low <= tableChange.High && sign * s.High >= tableChange.Low);
        var tableRate = row.Cells.FirstOrDefault(k => k.IsRate && table.Schema.Column(k.Column)?.Meaning is { Measure: Measure.ChangeRate, Nature: SpendingNature.Total }).Rate;
        bool rateOk = true;
        if (figure.Rate is { IsApplicable: true } rate && tableRate.IsApplicable)
        {
            decimal slack = Half(rate.Percent) + Half(tableRate.Percent);
            rateOk = Math.Abs((sign * rate.Percent) - tableRate.Percent) <= slack;
        }

        run.Count(RuleCatalogue.NarrativeChange);
        if (amountOk && rateOk)
        {
            return;
        }

        string statedText = (stated is { } f ? (sign < 0 ? "−" : string.Empty) + FigureSet.Format(f.Mid, f.Unit) : figure.Direction.ToString() ?? string.Empty) + (figure.Rate is { } r ? $" {(sign < 0 ? "−" : string.Empty)}{r.Format()}" : string.Empty);
        string expectedText = run.Figures.Show(change) + (tableRate.IsApplicable ? " " + tableRate.Format() : string.Empty);
        var location = locate();
        string where = location.ToString();
        run.Findings.Add(new Finding(
            RuleCatalogue.NarrativeChange,
            Outcome.Fail,
            [location, run.Locate(change)],
            new Evidence(statedText, expectedText, null, null),
            Messages.Fill(RuleCatalogue.NarrativeChange.ChineseMessage, where, statedText, expectedText, null, null, amountOk ? "增减率不符。" : "增减额不符。"),
            Messages.Fill(RuleCatalogue.NarrativeChange.EnglishMessage, where, statedText, expectedText, null, null, amountOk ? "The rate differs." : "The amount differs.")));
    }

    /// <summary>Checks a stated rate (percent) against numerator / denominator × 100, both intervals in half-fen.</summary>
    /// <remarks>Locations and messages are built only for a finding.</remarks>
    private static void CheckRate(CheckRun run, Rule rule, Func<FindingLocation> locate, Rate stated, (Int128 Low, Int128 High) numerator, (Int128 Low, Int128 High) denominator, bool absoluteBase, int[]? figures = null)
    {
        if (!run.On(rule))
        {
            return;
        }

        run.Count(rule);
        var d = denominator;
        if (absoluteBase && d.High < 0)
        {
            d = (-d.High, -d.Low);
        }

        if (d.Low <= 0)
        {
            // A zero (or straddling) base: publishers print 100%, -, or leave the cell blank.
            if (d.High <= 0 || d.Low == 0)
            {
                if (!stated.IsApplicable || stated.Percent == 100m || stated.Percent == 0m)
                {
                    if (stated.IsApplicable && stated.Percent == 100m)
                    {
                        run.Findings.Add(Note("上年数为零，增减率印为 100%。", "The base is zero; the rate is printed as 100%."));
                    }

                    return;
                }
            }
            else
            {
                return;
            }
        }

        if (!stated.IsApplicable)
        {
            return;
        }

        int scale = stated.Percent.Scale;
        var ten = (BigInteger)Pow10(scale);
        var s = new BigInteger(stated.Percent * Pow10(scale));
        if (Meets(numerator, d, (2 * s) - 1, (2 * s) + 1, 2 * ten))
        {
            return;
        }

        string expected = Expected(numerator, d, scale);
        bool truncated = s >= 0 ? Meets(numerator, d, s, s + 1, ten) : Meets(numerator, d, s - 1, s, ten);
        if (truncated)
        {
            run.Findings.Add(Note($"按所列数为 {expected}，所印值为截尾而非四舍五入。", $"The figures give {expected}; the printed rate is truncated, not rounded."));
            return;
        }

        var locations = Locations();
        var more = locations.Skip(1).ToList();
        string where = locations[0].ToString();
        string statedText = StatedText();
        var evidence = new Evidence(statedText, expected, null, null, more.Count == 0 ? null : more.Select(l => $"{l} {l.Value}"));
        run.Findings.Add(new Finding(
            rule,
            Outcome.Fail,
            locations,
            evidence,
            Messages.Fill(rule.ChineseMessage, where, statedText, expected, null, null, string.Empty),
            Messages.Fill(rule.EnglishMessage, where, statedText, expected, null, null, string.Empty)));

        string StatedText() => stated.IsApplicable ? stated.Format() : "-";

        List<FindingLocation> Locations()
        {
            var list = new List<FindingLocation> { locate() };
            foreach (int f in figures ?? [])
            {
                list.Add(run.Locate(f));
            }

            return list;
        }

        Finding Note(string zh, string en)
        {
            var at = Locations();
            string where = at[0].ToString();
            string value = StatedText();
            return new(rule, Outcome.PassedWithinRounding, at, new Evidence(value, null, null, null), Messages.Fill(rule.ChineseMessage, where, value, "—", null, null, zh).Replace("，按所列数应在 —", string.Empty, StringComparison.Ordinal), Messages.Fill(rule.EnglishMessage, where, value, "—", null, null, en).Replace("; the printed figures give —", string.Empty, StringComparison.Ordinal));
        }
    }

    /// <summary>Whether 100 × n / d for some n, d in their intervals (d &gt; 0) lies in [low, high] / scale.</summary>
    /// <remarks>Exact: the cross products in <see cref="Int128"/>, or in <see cref="BigInteger"/> when they would overflow.</remarks>
    private static bool Meets((Int128 Low, Int128 High) n, (Int128 Low, Int128 High) d, BigInteger low, BigInteger high, BigInteger scale)
    {
        const long Limit = 1L << 62;
        if (low > -Limit && low < Limit && high > -Limit && high < Limit && scale < Limit && Small(n.Low) && Small(n.High) && Small(d.Low) && Small(d.High))
        {
            // |n|, |d| < 2^56 and |low|, |high|, scale < 2^62: 100·n·scale < 2^125 and low·d < 2^118, within Int128.
            return MeetsSmall(n, d, (Int128)(long)low, (Int128)(long)high, (Int128)(long)scale);
        }

        bool anyAbove = false, anyBelow = false;
        foreach (var nn in new[] { n.Low, n.High })
        {
            foreach (var dd in new[] { d.Low, d.High })
            {
                BigInteger left = 100 * (BigInteger)nn * scale;
                anyAbove |= left >= low * (BigInteger)dd;
                anyBelow |= left <= high * (BigInteger)dd;
            }
        }

        return anyAbove && anyBelow;

        static bool Small(Int128 v) => v > -(Int128)(1L << 56) && v < (Int128)(1L << 56);
    }

    private static bool MeetsSmall((Int128 Low, Int128 High) n, (Int128 Low, Int128 High) d, Int128 low, Int128 high, Int128 scale)
    {
        bool anyAbove = false, anyBelow = false;
        Corner(n.Low, d.Low);
        Corner(n.Low, d.High);
        Corner(n.High, d.Low);
        Corner(n.High, d.High);
        return anyAbove && anyBelow;

        void Corner(Int128 nn, Int128 dd)
        {
            Int128 left = 100 * nn * scale;
            anyAbove |= left >= low * dd;
            anyBelow |= left <= high * dd;
        }
    }

    private static string Expected((Int128 Low, Int128 High) n, (Int128 Low, Int128 High) d, int scale)
    {
        decimal Ratio(Int128 a, Int128 b) => b == 0 ? 0 : Math.Round(100m * (decimal)a / (decimal)b, scale + 2, MidpointRounding.AwayFromZero);
        var corners = new[] { Ratio(n.Low, d.Low), Ratio(n.Low, d.High), Ratio(n.High, d.Low), Ratio(n.High, d.High) };
        decimal mid = Math.Round(100m * (decimal)(n.Low + n.High) / (decimal)(d.Low + d.High), scale, MidpointRounding.AwayFromZero);
        string format = scale == 0 ? "0" : "0." + new string('0', scale);
        return mid.ToString(format, CultureInfo.InvariantCulture) + "% (" + corners.Min().ToString(CultureInfo.InvariantCulture) + "%…" + corners.Max().ToString(CultureInfo.InvariantCulture) + "%)";
    }

    private static decimal Half(decimal value) => 0.5m / Pow10(value.Scale);

    private static decimal Pow10(int n)
    {
        decimal p = 1m;
        for (int i = 0; i < n; i++)
        {
            p *= 10m;
        }

        return p;
    }

    private static (Int128 Low, Int128 High) Span(Figure figure) => (figure.Low, figure.High);

    private static (Int128 Low, Int128 High) Difference(Figure a, Figure b) => (a.Low - b.High, a.High - b.Low);

    private static (Int128 Low, Int128 High) Stated(Amount amount)
    {
        Int128 mid = (Int128)amount.Fen * 2;
        Int128 half = AmountUnit.WanYuan.FenPerUnit() / 100;
        return (mid - half, mid + half);
    }
}
