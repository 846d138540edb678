using Budget.Domain.Validation;

namespace Budget.Domain.Tests.Validation;

/// <summary>docs/rules.md is generated from the catalogue: this test fails when the checked-in page is not current.</summary>
public class RuleDocsTests
{
    [Fact]
    public void The_rules_page_is_generated_from_the_catalogue()
    {
        string path = Path.Combine(RepositoryRoot(), "docs", "rules.md");
        string generated = RuleDocs.Markdown();
        if (Environment.GetEnvironmentVariable("BUDGET_UPDATE_DOCS") == "1")
        {
            File.WriteAllText(path, generated);
        }

        Assert.Equal(generated, File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_rule_is_on_the_page_with_both_titles()
    {
        string page = RuleDocs.Markdown();
        Assert.All(RuleCatalogue.All, r => Assert.Contains($"| {r.Id} | {r.Severity} |", page, StringComparison.Ordinal));
        Assert.All(RuleCatalogue.All, r => Assert.Contains(r.EnglishTitle, page, StringComparison.Ordinal));
        Assert.All(Budget.Domain.Reading.ReadRules.All, r => Assert.Contains($"| {r.Id} |", page, StringComparison.Ordinal));
    }

    internal static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Budget.Domain.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("The repository root (Budget.Domain.sln) is not above the test assembly.");
    }
}
