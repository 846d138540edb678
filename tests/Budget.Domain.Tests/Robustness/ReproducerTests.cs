using System.Text;
using Budget.Domain.Classification;
using Budget.Domain.Money;
using Budget.Domain.Performance;
using Budget.Domain.Reading;
using Budget.Domain.Serialization;
using Budget.Domain.Statements;
using Budget.Domain.Tests.Reading;
using Budget.Domain.Tests.Statements;
using Budget.Domain.Validation;

namespace Budget.Domain.Tests.Robustness;

/// <summary>
/// The defects fuzzing found (issue “Robustness”), each reproduced from the public API: every call returns a
/// result or a diagnostic instead of throwing, and the reader keeps every table a damaged line does not touch.
/// </summary>
public class ReproducerTests
{
    private static readonly DepartmentBudget Seed = MohrssBudget2024.Build();

    private static string WithLine(int number, string line)
    {
        var lines = MohrssDisclosure.Lines.ToList();
        lines.Insert(number - 1, line);
        return string.Join("\n", lines);
    }

    [Theory]
    [InlineData("表\uDBFF")]
    [InlineData("\uD800")]
    [InlineData("\uDC00表")]
    public void Names_with_a_lone_surrogate_have_a_key(string name)
    {
        Assert.Equal(name.Replace(" ", string.Empty, StringComparison.Ordinal), NameKey.Of(name));
        Assert.Equal(name, Target.Parse(name).Text);
        Assert.Empty(CatalogueSet.Embedded.Functional(2024).FindByName(name));
    }

    [Fact]
    public void A_catalogue_row_with_a_lone_surrogate_is_read()
    {
        var load = CatalogueCsv.Read<FunctionalCode>(new StringReader("201,\uD800\n202,外交支出\n"), 2024, "test");
        Assert.Equal(2, load.Catalogue.Entries.Count);
        Assert.Equal("\uD800", load.Catalogue.NameOf(FunctionalCode.Parse("201").Value));
    }

    [Fact]
    public void Sheets_with_lone_surrogates_in_their_names_are_checked()
    {
        var sheet = Seed.PerformanceSheets[0];
        var damaged = sheet.WithIndicators(sheet.Indicators.Select(i => new Indicator(i.Level1 + "\uD800", i.Level2, i.Name + "\uDFFF", i.Target, i.Points)));
        Assert.Contains(PerformanceSheetChecks.Check(damaged), f => f.RuleId == RuleCatalogue.IndicatorLevelsFit.Id);
    }

    [Fact]
    public void A_line_with_a_lone_surrogate_costs_no_table()
    {
        var read = DisclosureReader.Read(WithLine(6, "\uD800"));
        Assert.Empty(read.DiagnosticsOf(ReadRules.InternalError.Id));
        Assert.Equal(9, read.Budget.Tables.Count);
        Assert.Equal("117", read.Budget.Department.Code);
        Assert.Contains(read.Diagnostics, d => d.Code == ReadRules.NotText.Id && d.Line == 6);
    }

    [Theory]
    [InlineData("66．59441318", "66.59441318%")]
    [InlineData("678850.6146%", "678850.6146%")]
    [InlineData("21.47483648%", "21.47483648%")]
    [InlineData("42.94967296", "42.94967296%")]
    [InlineData("-99999999.9999999999%", "-99999999.9999999999%")]
    public void Rates_whose_mantissa_passes_2_to_the_31_parse(string text, string printed)
    {
        var rate = Rate.Parse(text);
        Assert.True(rate.Success, rate.Error?.ToString());
        Assert.Equal(printed, rate.Value.ToString());
    }

    [Fact]
    public void A_rate_of_21_47483648_percent_in_a_table_costs_no_table()
    {
        string text = MohrssDisclosure.Text.Replace("192.98\t88.92%\t192.98\t88.92%", "192.98\t21.47483648%\t192.98\t88.92%", StringComparison.Ordinal);
        Assert.NotEqual(MohrssDisclosure.Text, text);
        var read = DisclosureReader.Read(text);
        Assert.Empty(read.DiagnosticsOf(ReadRules.InternalError.Id));
        Assert.Equal(9, read.Budget.Tables.Count);
        Assert.Contains(read.Budget.GeneralPublicBudgetExpenditure!.Rows, r => r.ChangeRate == Rate.Parse("21.47483648%").Value);
    }

    [Fact]
    public void Json_whose_schema_is_not_valid_text_is_an_error()
    {
        var fromText = BudgetJson.Deserialize("{\"schema\":\"\\ud800\"}");
        Assert.False(fromText.Success);
        Assert.Equal(ParseErrorKind.UnsupportedVersion, fromText.Error!.Kind);

        byte[] bytes = [.. "{\"schema\":\""u8, 0xFF, 0xFE, .. "\"}"u8];
        var fromStream = BudgetJson.Deserialize(new MemoryStream(bytes));
        Assert.False(fromStream.Success);
        Assert.Contains("schema", fromStream.Error!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_strings_that_are_not_valid_text_anywhere_are_errors()
    {
        string json = BudgetJson.Serialize(Seed).Replace("人力资源社会保障部", "\\udc00", StringComparison.Ordinal);
        var read = BudgetJson.Deserialize(json);
        Assert.True(read.Success || read.Error is not null);
    }

    [Theory]
    [InlineData(999_999_999_999.99)]
    [InlineData(-999_999_999_999.99)]
    public void Sheets_with_extreme_funds_are_checked(double wan)
    {
        var amount = Amount.FromWanYuan((decimal)wan);
        var sheet = Seed.PerformanceSheets[0].WithFunds(AmountCell.Of(amount), AmountCell.Of(amount), AmountCell.Of(amount), AmountCell.Of(amount));
        var finding = Assert.Single(PerformanceSheetChecks.Check(sheet), f => f.RuleId == RuleCatalogue.SheetFundsAddUp.Id);
        Assert.EndsWith("万元", finding.Expected, StringComparison.Ordinal);
    }

    [Fact]
    public void Points_near_int_MaxValue_from_json_are_summed_and_checked()
    {
        string json = BudgetJson.Serialize(Seed).Replace("\"points\": 10", "\"points\": 2147483647", StringComparison.Ordinal);
        var budget = BudgetJson.Deserialize(json).Value;
        var sheet = budget.PerformanceSheets.First(s => s.Indicators.Count(i => i.Points == int.MaxValue) > 1);
        Assert.True(sheet.IndicatorPoints > int.MaxValue);
        Assert.Contains(PerformanceSheetChecks.Check(sheet), f => f.RuleId == RuleCatalogue.SheetPointsAddUp.Id);
    }

    [Fact]
    public void A_sum_depends_on_its_total_only_whatever_the_order()
    {
        Assert.Equal(Amount.MaxValue, Amount.Sum([Amount.MaxValue, Amount.MaxValue, Amount.MinValue]));
        Assert.Equal(Amount.MaxValue, Amount.Sum([Amount.MaxValue, Amount.MinValue, Amount.MaxValue]));
        Assert.False(Amount.TrySum([Amount.MaxValue, Amount.MaxValue], out _));
        Assert.Throws<OverflowException>(() => Amount.Sum([Amount.MaxValue, Amount.MaxValue]));
    }

    [Fact]
    public void A_total_check_beyond_the_range_is_inconsistent_with_the_exact_difference()
    {
        var check = TotalCheck.Of(Amount.MaxValue, [Amount.MinValue], AmountUnit.Yuan);
        Assert.Equal(Consistency.Inconsistent, check.Outcome);
        Assert.Equal(Amount.MinValue, check.SumOfParts);
        Assert.Null(check.Difference);
        Assert.Contains("difference 19,999,999,999,999,999.98 元", check.ToString(), StringComparison.Ordinal);

        var beyond = TotalCheck.Of(Amount.Zero, [Amount.MaxValue, Amount.MaxValue], AmountUnit.WanYuan);
        Assert.Null(beyond.SumOfParts);
        Assert.Contains("sum to 1,999,999,999,999.999998 万元", beyond.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Rates_beyond_their_range_have_a_non_throwing_form()
    {
        Assert.False(Rate.TryChange(Amount.FromFen(1), Amount.MaxValue, RoundingPolicy.Default, out var change));
        Assert.False(change.IsApplicable);
        Assert.Throws<OverflowException>(() => Rate.Change(Amount.FromFen(1), Amount.MaxValue, RoundingPolicy.Default));
        Assert.False(Rate.TryShare(Amount.MaxValue, Amount.FromFen(1), RoundingPolicy.Default, out _));
        Assert.True(Rate.TryShare(Amount.FromWanYuan(44_423.56m), Amount.FromWanYuan(479_761.98m), RoundingPolicy.Default, out var share));
        Assert.Equal("9.26%", share.Format());
    }

    [Fact]
    public void A_table_of_maximum_value_rows_reads_with_warnings_only()
    {
        string text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Robustness", "Data", "max-value-rows.txt"));
        var read = DisclosureReader.Read(text);
        Assert.DoesNotContain(read.Diagnostics, d => d.Severity == Severity.Error);
        var table = read.Budget.GeneralPublicBudgetExpenditure!;
        Assert.Equal(100, table.Rows.Count);
        var check = TotalCheck.Of(table.Total!.Budget.Amount, table.Rows.Select(r => r.Budget.Amount), table.Unit);
        Assert.Equal(Consistency.Inconsistent, check.Outcome);
        Assert.Null(check.SumOfParts);
    }

    [Fact]
    public void Invariant_globalization_reads_a_header_with_a_no_break_space()
    {
        string text = MohrssDisclosure.Text.Replace("增减(%)", "增减\u00A0（％）", StringComparison.Ordinal);
        var read = DisclosureReader.Read(text);
        Assert.DoesNotContain(read.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal(MohrssDisclosure.Read().Budget.GeneralPublicBudgetExpenditure, read.Budget.GeneralPublicBudgetExpenditure);
    }

    [Fact]
    public void Text_read_from_a_stream_splits_into_the_same_lines_as_the_string()
    {
        string text = "# [1]部 2024 年度预算\r\nA\rB\u2028C\u0085D\n\nE";
        var fromString = DisclosureReader.Read(text);
        var fromStream = DisclosureReader.Read(new MemoryStream(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(text)).ToArray()));
        var fromReader = DisclosureReader.Read(new StringReader("\uFEFF" + text));
        Assert.Equal(fromString, fromStream);
        Assert.Equal(fromString, fromReader);
        Assert.Equal(fromString.Passages, fromStream.Passages);
    }
}

/// <summary>A defect inside one reading step (injected on this thread) loses only that step's part, with its RD099.</summary>
public class PartialLossTests
{
    private static DisclosureReadResult Whole => MohrssDisclosure.Read();

    private static DisclosureReadResult ReadFailing(Func<string, int, bool> step)
    {
        _ = Whole; // read (and cached) before the hook is set
        ReadSteps.Failing = step;
        try
        {
            return DisclosureReader.Read(MohrssDisclosure.Text);
        }
        finally
        {
            ReadSteps.Failing = null;
        }
    }

    [Fact]
    public void A_defect_in_one_table_loses_that_table_only()
    {
        var read = ReadFailing((what, _) => what == "一般公共预算支出表");
        var defect = Assert.Single(read.DiagnosticsOf(ReadRules.InternalError.Id));
        Assert.True(defect.Line > 0);
        Assert.Null(read.Budget.GeneralPublicBudgetExpenditure);
        Assert.Equal(8, read.Budget.Tables.Count);
        Assert.Equal(Whole.Budget.Expenditure, read.Budget.Expenditure);
        Assert.Equal(Whole.Budget.PerformanceSheets, read.Budget.PerformanceSheets);
        Assert.Equal(Whole.Budget.OtherMatters, read.Budget.OtherMatters);
    }

    [Fact]
    public void A_defect_in_one_sheet_loses_that_sheet_only()
    {
        int line = 0;
        var read = ReadFailing((what, at) =>
        {
            if (what == "the performance sheet" && (line == 0 || line == at))
            {
                line = at;
                return true;
            }

            return false;
        });
        Assert.Single(read.DiagnosticsOf(ReadRules.InternalError.Id), d => d.Line == line);
        Assert.Equal(Whole.Budget.PerformanceSheets.Count - 1, read.Budget.PerformanceSheets.Count);
        Assert.Equal(Whole.Budget.Tables, read.Budget.Tables);
    }

    [Fact]
    public void A_defect_in_one_paragraph_loses_that_paragraph_s_figures_only()
    {
        int line = 0;
        var read = ReadFailing((what, at) =>
        {
            if (what == "the paragraph" && (line == 0 || line == at) && at > 320)
            {
                line = at;
                return true;
            }

            return false;
        });
        Assert.Single(read.DiagnosticsOf(ReadRules.InternalError.Id));
        Assert.True(read.Budget.Narrative.Count < Whole.Budget.Narrative.Count);
        Assert.True(read.Budget.Narrative.Count > 0);
        Assert.Equal(Whole.Budget.Tables, read.Budget.Tables);
        Assert.Equal(Whole.Passages, read.Passages);
    }
}
