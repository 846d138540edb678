using Budget.Domain.Serialization;

namespace Budget.Domain.Tests.Statements;

/// <summary>
/// The sample's JSON of the MOHRSS 2024 budget (samples/Budget.Report/Data/mohrss-2024.budget.json, which the main
/// job and the benchmarks read) is exactly what the library writes for the model built by hand. To rewrite it after a
/// deliberate change, run the tests with BUDGET_DOMAIN_UPDATE_FIXTURES=1 and review the diff.
/// </summary>
public class SeedFixtureTests
{
    private static string FixturePath()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Budget.Domain.sln")))
        {
            directory = directory.Parent;
        }

        Assert.NotNull(directory);
        return Path.Combine(directory!.FullName, "samples", "Budget.Report", "Data", "mohrss-2024.budget.json");
    }

    [Fact]
    public void The_sample_json_is_the_serialized_seed_budget()
    {
        string expected = BudgetJson.Serialize(MohrssBudget2024.Build()) + "\n";
        string path = FixturePath();
        if (Environment.GetEnvironmentVariable("BUDGET_DOMAIN_UPDATE_FIXTURES") == "1")
        {
            File.WriteAllText(path, expected);
        }

        Assert.True(File.Exists(path), $"{path} is missing; run the tests with BUDGET_DOMAIN_UPDATE_FIXTURES=1 to write it.");
        Assert.Equal(expected, File.ReadAllText(path));
        Assert.Equal(MohrssBudget2024.Build(), BudgetJson.Deserialize(File.ReadAllText(path)).GetValueOrThrow());
    }
}
