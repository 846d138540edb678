using Budget.Domain.Money;
using Budget.Domain.Serialization;
using Budget.Domain.Statements;
using Budget.Domain.Tests.Statements;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Budget.Domain.Tests.Serialization;

public class BudgetJsonTests
{
    private static readonly DepartmentBudget Seed = MohrssBudget2024.Build();

    [Fact]
    public void The_seed_budget_round_trips_exactly()
    {
        string json = BudgetJson.Serialize(Seed);
        var back = BudgetJson.Deserialize(json);
        Assert.True(back.Success, back.Error?.ToString());
        Assert.Equal(Seed, back.Value);
        Assert.Equal(json, BudgetJson.Serialize(back.Value));
    }

    [Fact]
    public void Amounts_are_exact_decimal_strings_in_the_table_unit_never_floating_point()
    {
        string json = BudgetJson.Serialize(Seed);
        Assert.Contains("\"schema\": \"budget-domain/department-budget\"", json, StringComparison.Ordinal);
        Assert.Contains("\"schemaVersion\": 1", json, StringComparison.Ordinal);
        Assert.Contains("\"total\": \"479761.98\"", json, StringComparison.Ordinal);
        Assert.Contains("\"changeRate\": \"93.59%\"", json, StringComparison.Ordinal);
        Assert.Contains("\"remittedToSuperior\": null", json, StringComparison.Ordinal);
        Assert.Contains("人力资源社会保障部", json, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"""(total|basic|project|amount)"": -?\d", json);
    }

    [Fact]
    public void Streams_round_trip_with_or_without_a_byte_order_mark()
    {
        using var stream = new MemoryStream();
        BudgetJson.Serialize(Seed, stream);
        stream.Position = 0;
        Assert.Equal(Seed, BudgetJson.Deserialize(stream).GetValueOrThrow());

        var withBom = new MemoryStream([0xEF, 0xBB, 0xBF, .. stream.ToArray()]);
        Assert.Equal(Seed, BudgetJson.Deserialize(withBom).GetValueOrThrow());
    }

    [Fact]
    public void Broken_json_gives_the_line_and_column()
    {
        string json = BudgetJson.Serialize(Seed);
        string broken = json.Replace("\"fiscalYear\": 2024,", "\"fiscalYear\": 2024", StringComparison.Ordinal);
        var result = BudgetJson.Deserialize(broken);
        Assert.False(result.Success);
        Assert.Equal(ParseErrorKind.Malformed, result.Error!.Kind);
        int expectedLine = broken.Split('\n').ToList().FindIndex(l => l.Contains("\"kind\"", StringComparison.Ordinal)) + 1;
        Assert.Equal(expectedLine, result.Error.Line);
        Assert.True(result.Error.Column > 0);
        Assert.Contains("\"kind\"", result.Error.Text, StringComparison.Ordinal);

        Assert.Equal(ParseErrorKind.Malformed, BudgetJson.Deserialize("").Error!.Kind);
        Assert.Equal(ParseErrorKind.Malformed, BudgetJson.Deserialize(json[..(json.Length / 2)]).Error!.Kind);
    }

    [Theory]
    [InlineData("\"schemaVersion\": 1", "\"schemaVersion\": 2", ParseErrorKind.UnsupportedVersion, "Schema version 2 is not supported; this library reads version 1.")]
    [InlineData("\"schema\": \"budget-domain/department-budget\"", "\"schema\": \"other\"", ParseErrorKind.UnsupportedVersion, "this library reads \"budget-domain/department-budget\"")]
    [InlineData("\"total\": \"479761.98\"", "\"total\": \"479,76.98\"", ParseErrorKind.WrongShape, "$.tables.income.rows[0].cells.total:")]
    [InlineData("\"code\": \"2080101\"", "\"code\": \"2080100\"", ParseErrorKind.WrongShape, "The 项 00 cannot belong to 款 20801.")]
    [InlineData("\"changeRate\": \"93.59%\"", "\"changeRate\": \"abc\"", ParseErrorKind.WrongShape, ".rates.changeRate:")]
    [InlineData("\"fiscalYear\": 2024", "\"fiscalYear\": \"2024\"", ParseErrorKind.WrongShape, "$.fiscalYear: The JSON value could not be converted")]
    [InlineData("\"unit\": \"万元\"", "\"unit\": \"美元\"", ParseErrorKind.WrongShape, "is not 元, 万元 or 亿元")]
    [InlineData("\"kind\": \"budget\"", "\"kind\": \"plan\"", ParseErrorKind.WrongShape, "$.kind:")]
    [InlineData("\"fiscalYear\": 2024", "\"fiscalYear\": 2024, \"extra\": 1", ParseErrorKind.WrongShape, "$.extra: The JSON property 'extra' could not be mapped")]
    [InlineData("\"remittedToSuperior\"", "\"remitted\"", ParseErrorKind.WrongShape, "$.tables.expenditure.rows[0].cells: Unknown property \"remitted\"")]
    [InlineData("\"department\": {", "\"department\": null, \"x\": {", ParseErrorKind.WrongShape, "'x' could not be mapped")]
    public void A_document_that_does_not_fit_the_schema_gives_a_clear_error(string find, string replace, ParseErrorKind kind, string message)
    {
        string json = BudgetJson.Serialize(Seed);
        int at = json.IndexOf(find, StringComparison.Ordinal);
        Assert.True(at >= 0, find);
        var result = BudgetJson.Deserialize(json[..at] + replace + json[(at + find.Length)..]);
        Assert.False(result.Success);
        Assert.Equal(kind, result.Error!.Kind);
        Assert.Contains(message, result.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_structurally_impossible_document_is_an_error_not_an_exception()
    {
        string json = BudgetJson.Serialize(Seed);
        string twice = json.Replace("\"code\": \"2080102\"", "\"code\": \"2080101\"", StringComparison.Ordinal);
        var result = BudgetJson.Deserialize(twice);
        Assert.False(result.Success);
        Assert.Contains("Two rows have the code 2080101", result.Error!.Message, StringComparison.Ordinal);
    }

    [Property(MaxTest = 60)]
    public Property Generated_consistent_budgets_round_trip() =>
        Prop.ForAll(BudgetGenerators.Consistent.ToArbitrary(), b => BudgetJson.Deserialize(BudgetJson.Serialize(b)).Value == b);

    [Property(MaxTest = 60)]
    public Property Generated_inconsistent_budgets_round_trip() =>
        Prop.ForAll(BudgetGenerators.Perturbed.ToArbitrary(), p =>
            p.Budget != p.Original && BudgetJson.Deserialize(BudgetJson.Serialize(p.Budget)).Value == p.Budget);

    [Property(MaxTest = 200)]
    public Property Reading_arbitrary_text_never_throws() =>
        Prop.ForAll(ArbMap.Default.ArbFor<string>(), text => BudgetJson.Deserialize(text) is { Success: false, Error: not null });

    [Fact]
    public void Reading_mutated_documents_never_throws()
    {
        string json = BudgetJson.Serialize(Seed);
        const string Noise = "0123456789\",:{}[]-x万";
        var random = new Random(20241127);
        for (int i = 0; i < 300; i++)
        {
            var chars = json.ToCharArray();
            int at = random.Next(chars.Length);
            chars[at] = Noise[random.Next(Noise.Length)];
            var result = BudgetJson.Deserialize(new string(chars));
            Assert.True(result.Success || result.Error is not null);
        }
    }
}
