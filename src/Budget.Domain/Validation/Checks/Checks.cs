using Budget.Domain.Statements;

namespace Budget.Domain.Validation.Checks;

/// <summary>Runs every family of rules over one disclosure and returns its findings and how many checks each rule made.</summary>
internal static class AllChecks
{
    public static (List<Finding> Findings, Dictionary<string, int> Checked) Run(Disclosure disclosure, Func<Rule, bool> enabled, Classification.CatalogueSet? catalogues = null)
    {
        var run = new CheckRun(disclosure, enabled, catalogues);
        TableIdentities.Run(run);
        FactIdentities.Run(run);
        NarrativeFacts.Run(run);
        RateChecks.Run(run);
        DocumentChecks.Run(run);

        var standing = new List<Identity>(run.Identities.Count);
        foreach (var identity in run.Identities)
        {
            run.Count(identity.Rule);
            var outcome = IdentityCheck.Evaluate(identity, run.Figures, out var difference, out var envelope);
            if (outcome is Outcome.Fail or Outcome.PassedWithinRounding)
            {
                run.Findings.Add(IdentityCheck.ToFinding(identity, outcome, difference, envelope, run.Figures, run.Other));
            }

            if (outcome != Outcome.Fail)
            {
                standing.Add(identity);
            }
        }

        JointIntervals.Run(run, standing);
        return (run.Findings, run.Checked);
    }
}
