using System.Text;

namespace Budget.Domain.Validation;

/// <summary>docs/rules.md, generated from the catalogues (a test keeps the checked-in page current).</summary>
internal static class RuleDocs
{
    private static readonly (string Group, string Title)[] Groups =
    [
        ("TB", "Sums within a table"), ("HI", "Hierarchy of codes"), ("BL", "Balances"), ("XT", "The same fact in two tables"),
        ("DC", "Decompositions"), ("CH", "Changes and rates"), ("NR", "Narrative and 其他重要事项"), ("BD", "Rules that depend on the body"),
        ("CD", "Codes"), ("DH", "Document hygiene"), ("PS", "Performance target sheets"), ("JI", "The joint interval check"),
    ];

    public static string Markdown()
    {
        var text = new StringBuilder();
        text.Append("""
            # Rules

            <!-- Generated from RuleCatalogue and ReadRules by RuleDocs.Markdown(); the test RuleDocsTests fails when this page
                 is not current. Regenerate with: BUDGET_UPDATE_DOCS=1 dotnet test tests/Budget.Domain.Tests --filter RuleDocs -->

            Every rule has a stable id, a default severity, a title and a message template in Chinese and English. Validation
            findings (`DisclosureValidator`) and read diagnostics (`ReadDiagnostic`) name rules of one vocabulary
            (`Budget.Domain.Validation.Rule`, `Severity`). A failing finding has the rule's severity; a difference within the
            rounding of the printed figures, and a rule that does not apply (with the reason), are information.

            Rounding: a printed figure is an interval, ± half of its last printed digit (two-decimal 万元 ± 0.005 万元; integer 元
            ± 0.5 元); a blank cell is exactly zero. An identity passes exactly, passes within rounding (a note) or fails, with the
            difference and the envelope in the evidence. JI001 then narrows every figure through every identity it takes part
            in, exactly, to a fixed point: an empty interval means no one set of true values satisfies them together.

            Rule sets: `default` runs every rule not marked strict; `strict` adds the strict ones. Each rule has a passing and a
            failing fixture in `tests/Budget.Domain.Tests/Validation/RuleFixtureTests.cs`, named after its id.


            """.Replace("\r\n", "\n", StringComparison.Ordinal));
        foreach (var (group, title) in Groups)
        {
            text.Append("## ").Append(group).Append(" — ").Append(title).Append("\n\n");
            text.Append("| id | severity | set | rule | what it applies to |\n|---|---|---|---|---|\n");
            foreach (var rule in RuleCatalogue.All.Where(r => r.Group == group))
            {
                text.Append("| ").Append(rule.Id)
                    .Append(" | ").Append(rule.Severity)
                    .Append(" | ").Append(rule.IsStrict ? "strict" : "default")
                    .Append(" | ").Append(Cell(rule.Title)).Append("<br>").Append(Cell(rule.EnglishTitle))
                    .Append(" | ").Append(Cell(rule.AppliesTo)).Append(" |\n");
            }

            text.Append('\n');
        }

        text.Append("## RD — Reading\n\nWhat the reader reports while reading a document (`ReadRules`).\n\n| id | severity | rule | what it means |\n|---|---|---|---|\n");
        foreach (var rule in Reading.ReadRules.All)
        {
            text.Append("| ").Append(rule.Id).Append(" | ").Append(rule.Severity).Append(" | ").Append(Cell(rule.Title));
            if (rule.EnglishTitle != rule.Title)
            {
                text.Append("<br>").Append(Cell(rule.EnglishTitle));
            }

            text.Append(" | ").Append(Cell(rule.Description)).Append(" |\n");
        }

        return text.ToString();
    }

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);
}
