namespace Budget.Domain.Validation.Checks;

/// <summary>
/// The joint check (JI001): every figure's interval narrowed through every identity it takes part in, exactly, to a
/// fixed point. An interval that becomes empty means that no one set of true values satisfies the identities
/// together, although each alone accepts the printed figures; the finding names the identities and figures that
/// conflict. Identities that already fail alone are left out (they have their own finding).
/// </summary>
internal static class JointIntervals
{
    private const int MaxConflicts = 10;

    public static void Run(CheckRun run, IReadOnlyList<Identity> identities)
    {
        if (!run.On(RuleCatalogue.JointRounding) || identities.Count == 0)
        {
            return;
        }

        var excluded = new bool[identities.Count];
        for (int round = 0; round < MaxConflicts; round++)
        {
            run.Count(RuleCatalogue.JointRounding);
            var conflict = Propagate(run.Figures, identities, excluded);
            if (conflict is null)
            {
                return;
            }

            foreach (int k in conflict)
            {
                excluded[k] = true;
            }

            run.Findings.Add(ToFinding(run, conflict.Select(k => identities[k]).ToList()));
        }
    }

    /// <summary>Narrows to a fixed point; returns the identities of a conflict (the emptied one first), or null.</summary>
    private static List<int>? Propagate(FigureSet figures, IReadOnlyList<Identity> identities, bool[] excluded)
    {
        int n = figures.Count;
        var lo = new Int128[n];
        var hi = new Int128[n];
        var loWhy = new int[n];
        var hiWhy = new int[n];
        for (int i = 0; i < n; i++)
        {
            lo[i] = figures[i].Low;
            hi[i] = figures[i].High;
            loWhy[i] = hiWhy[i] = -1;
        }

        // The identities each figure takes part in, as one array sliced by figure (offsets[v] … offsets[v + 1]).
        var offsets = new int[n + 1];
        for (int k = 0; k < identities.Count; k++)
        {
            if (!excluded[k])
            {
                foreach (int v in identities[k].Plus)
                {
                    offsets[v + 1]++;
                }

                foreach (int v in identities[k].Minus)
                {
                    offsets[v + 1]++;
                }
            }
        }

        for (int v = 0; v < n; v++)
        {
            offsets[v + 1] += offsets[v];
        }

        var uses = new int[offsets[n]];
        var fill = offsets[..n];
        var queue = new Queue<int>(identities.Count);
        var queued = new bool[identities.Count];
        for (int k = 0; k < identities.Count; k++)
        {
            if (excluded[k])
            {
                continue;
            }

            foreach (int v in identities[k].Plus)
            {
                uses[fill[v]++] = k;
            }

            foreach (int v in identities[k].Minus)
            {
                uses[fill[v]++] = k;
            }

            queue.Enqueue(k);
            queued[k] = true;
        }

        var changed = new List<int>();
        long budget = (64L * identities.Count) + 1024;
        while (queue.Count > 0 && budget-- > 0)
        {
            int k = queue.Dequeue();
            queued[k] = false;
            var identity = identities[k];
            changed.Clear();
            if (!Narrow(identity, k, lo, hi, loWhy, hiWhy, changed))
            {
                return Explain(k, identities, loWhy, hiWhy);
            }

            foreach (int v in changed)
            {
                for (int u = offsets[v]; u < offsets[v + 1]; u++)
                {
                    int other = uses[u];
                    if (!queued[other] && other != k)
                    {
                        queued[other] = true;
                        queue.Enqueue(other);
                    }
                }
            }
        }

        return null;
    }

    private static bool Narrow(Identity identity, int k, Int128[] lo, Int128[] hi, int[] loWhy, int[] hiWhy, List<int> changed)
    {
        if (identity.Relation == Relation.AtMost)
        {
            int a = identity.Plus[0], b = identity.Minus[0];
            if (lo[a] > hi[b])
            {
                return false;
            }

            if (hi[b] < hi[a])
            {
                hi[a] = hi[b];
                hiWhy[a] = k;
                changed.Add(a);
            }

            if (lo[a] > lo[b])
            {
                lo[b] = lo[a];
                loWhy[b] = k;
                changed.Add(b);
            }

            return true;
        }

        // Σ c·x = 0 with c = +1 for plus terms, −1 for minus terms.
        Int128 low = 0, high = 0;
        foreach (int p in identity.Plus)
        {
            low += lo[p];
            high += hi[p];
        }

        foreach (int m in identity.Minus)
        {
            low -= hi[m];
            high -= lo[m];
        }

        if (low > 0 || high < 0)
        {
            return false;
        }

        foreach (int p in identity.Plus)
        {
            // The other terms add up to within [low − lo_p, high − hi_p], and x_p is minus their sum.
            Tighten(p, -(high - hi[p]), -(low - lo[p]), lo, hi, loWhy, hiWhy, k, changed);
        }

        foreach (int m in identity.Minus)
        {
            // x_m equals the sum of the other terms, within [low + hi_m, high + lo_m].
            Tighten(m, low + hi[m], high + lo[m], lo, hi, loWhy, hiWhy, k, changed);
        }

        return true;
    }

    private static void Tighten(int x, Int128 newLow, Int128 newHigh, Int128[] lo, Int128[] hi, int[] loWhy, int[] hiWhy, int k, List<int> changed)
    {
        bool moved = false;
        if (newLow > lo[x])
        {
            lo[x] = newLow;
            loWhy[x] = k;
            moved = true;
        }

        if (newHigh < hi[x])
        {
            hi[x] = newHigh;
            hiWhy[x] = k;
            moved = true;
        }

        if (moved)
        {
            changed.Add(x);
        }
    }

    private static List<int> Explain(int k, IReadOnlyList<Identity> identities, int[] loWhy, int[] hiWhy)
    {
        var seen = new List<int> { k };
        for (int i = 0; i < seen.Count && seen.Count < 12; i++)
        {
            foreach (int v in identities[seen[i]].Terms)
            {
                foreach (int why in new[] { loWhy[v], hiWhy[v] })
                {
                    if (why >= 0 && !seen.Contains(why) && seen.Count < 12)
                    {
                        seen.Add(why);
                    }
                }
            }
        }

        return seen;
    }

    private static Finding ToFinding(CheckRun run, List<Identity> conflict)
    {
        var figures = conflict.SelectMany(i => i.Terms).Distinct().ToList();
        var locations = figures.Select(run.Locate).ToList();
        var lines = conflict.Select(i => $"{i.Rule.Id} {run.Locate(i.Plus[0])}").ToList();
        string where = locations[0].ToString();
        string zh = Messages.Fill(RuleCatalogue.JointRounding.ChineseMessage, where, null, null, null, null, "相关等式：" + string.Join("；", lines) + "。");
        string en = Messages.Fill(RuleCatalogue.JointRounding.EnglishMessage, where, null, null, null, null, "Identities: " + string.Join("; ", lines) + ".");
        var evidence = new Evidence(run.Figures.Show(figures[0]), null, null, null, figures.Select(f => $"{run.Locate(f)} {run.Figures.Show(f)}"), null);
        return new Finding(RuleCatalogue.JointRounding, Outcome.Fail, locations, evidence, zh, en);
    }
}
