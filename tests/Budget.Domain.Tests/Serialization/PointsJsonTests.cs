using Budget.Domain.Serialization;

namespace Budget.Domain.Tests.Serialization;

/// <summary>Points with decimals in the library's JSON, and points out of range as an error, never an exception.</summary>
public sealed class PointsJsonTests
{
    private static readonly string Seed = BudgetJson.Serialize(Budget.Domain.Tests.Statements.MohrssBudget2024.Build());

    [Theory]
    [InlineData("2.5")]
    [InlineData("0.25")]
    [InlineData("1000000000000")]
    public void Points_with_decimals_read_and_write_as_printed(string points)
    {
        string json = ReplaceFirstPoints(Seed, points);
        var read = BudgetJson.Deserialize(json);
        Assert.True(read.Success, read.Error?.ToString());
        var indicator = read.Value.PerformanceSheets.SelectMany(s => s.Indicators).First(i => i.Points is not null);
        Assert.Equal(decimal.Parse(points, System.Globalization.CultureInfo.InvariantCulture), indicator.Points);
        Assert.Equal(read.Value, BudgetJson.Deserialize(BudgetJson.Serialize(read.Value)).Value);
    }

    [Theory]
    [InlineData("-1")]
    [InlineData("1000000000000.01")]
    [InlineData("1e30")]
    public void Points_out_of_range_are_an_error_with_its_path(string points)
    {
        var read = BudgetJson.Deserialize(ReplaceFirstPoints(Seed, points));
        Assert.False(read.Success);
        Assert.Contains("points", read.Error!.ToString(), StringComparison.Ordinal);
    }

    private static string ReplaceFirstPoints(string json, string points)
    {
        var match = System.Text.RegularExpressions.Regex.Match(json, "\"points\":\\s*[0-9]+");
        Assert.True(match.Success);
        return json[..match.Index] + "\"points\": " + points + json[(match.Index + match.Length)..];
    }
}
