using System.Text;
using Budget.Domain.Classification;
using Budget.Domain.Money;
using Budget.Domain.Performance;
using Budget.Domain.Reading;
using Budget.Domain.Serialization;
using Budget.Domain.Tests.Reading;
using Budget.Domain.Tests.Statements;
using Budget.Domain.Validation;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Budget.Domain.Tests.Robustness;

/// <summary>
/// Every public parser and reader against <see cref="HostileText"/> (lone surrogates, control characters, edge
/// numbers, markup, mutated documents): none throws, each keeps its promises. The fuzz runner
/// (benchmarks/Budget.Domain.Fuzz) runs the same inputs by the million.
/// </summary>
public class HostilePropertyTests
{
    private static readonly string Json = BudgetJson.Serialize(MohrssBudget2024.Build());

    private static Arbitrary<string> From(Func<Random, string> make) =>
        Gen.Choose(int.MinValue, int.MaxValue).Select(seed => make(new Random(seed))).ToArbitrary();

    private static Arbitrary<string> Texts() => From(r => r.Next(2) == 0 ? HostileText.Number(r) : HostileText.Text(r));

    [Property(MaxTest = 3000)]
    public Property Amounts_and_cells_parse_or_say_why_and_read_back() =>
        Prop.ForAll(Texts(), text => AmountUnits.All.All(unit =>
        {
            var amount = Amount.Parse(text, unit);
            var cell = AmountCell.Parse(text, unit);
            return amount.Success == (amount.Error is null) && cell.Success == (cell.Error is null)
                && (!amount.Success || Amount.Parse(amount.Value.Format(unit), unit).Value == amount.Value)
                && Amount.TryParse(text, unit, out _) == amount.Success;
        }));

    [Property(MaxTest = 3000)]
    public Property Rates_parse_or_say_why() =>
        Prop.ForAll(Texts(), text =>
        {
            var rate = Rate.Parse(text);
            return rate.Success == (rate.Error is null) && (rate.Success || rate.Error!.Text == text)
                && (!rate.Success || !rate.Value.IsApplicable || Rate.Parse(rate.Value.Format()).Success);
        });

    [Property(MaxTest = 3000)]
    public Property Codes_and_departments_parse_or_say_why() =>
        Prop.ForAll(From(r => r.Next(3) == 0 ? "20" + HostileText.Number(r) : HostileText.Text(r)), text =>
            (FunctionalCode.Parse(text).Success || FunctionalCode.Parse(text).Error!.Text == text)
            && (DepartmentEconomicCode.Parse(text).Success || DepartmentEconomicCode.Parse(text).Error is not null)
            && (GovernmentEconomicCode.Parse(text).Success || GovernmentEconomicCode.Parse(text).Error is not null)
            && (Department.Parse(text).Success || Department.Parse(text).Error!.Text == text));

    [Property(MaxTest = 3000)]
    public Property Targets_keep_their_text_and_names_have_keys() =>
        Prop.ForAll(From(r => (r.Next(2) == 0 ? "≥" + HostileText.Number(r) + "(平方米)" : HostileText.Text(r))), text =>
        {
            var target = Target.Parse(text);
            _ = target.Match(q => q.Value.ToString(), m => m.Amount.ToString(), p => p.Percent.ToString(), d => d.Date.ToString(), q => q.Text, u => u.Reason);
            return target.Text == text && NameKey.Of(text) == NameKey.Of(text) && PerformanceSheet.SplitGoals(text) is not null;
        });

    [Property(MaxTest = 500)]
    public Property Catalogue_csv_of_hostile_rows_is_read_with_its_errors() =>
        Prop.ForAll(From(r => HostileText.Mutate(r, "code,name,level\n201,一般公共服务支出,1\n20101,人大事务,2\n" + HostileText.Text(r) + "," + HostileText.Text(r) + "\n")), text =>
        {
            var load = CatalogueCsv.Read<FunctionalCode>(new StringReader(text), 2024, "hostile");
            return load.Catalogue.Entries.Count + load.Errors.Count >= 0 && load.Catalogue.FindByName(text) is not null;
        });

    [Property(MaxTest = 200)]
    public Property Mutated_json_reads_or_says_why() =>
        Prop.ForAll(From(r => HostileText.Mutate(r, Json)), text =>
        {
            var read = BudgetJson.Deserialize(text);
            var fromBytes = BudgetJson.Deserialize(new MemoryStream(Encoding.UTF8.GetBytes(text)));
            return read.Success == (read.Error is null) && fromBytes.Success == read.Success
                && (!read.Success || PerformanceSheetChecks.Check(read.Value.PerformanceSheets) is not null);
        });

    [Property(MaxTest = 200)]
    public Property Json_bytes_with_damage_read_or_say_why() =>
        Prop.ForAll(
            Gen.Choose(int.MinValue, int.MaxValue).Select(seed => HostileText.MutateBytes(new Random(seed), Encoding.UTF8.GetBytes(Json))).ToArbitrary(),
            bytes => BudgetJson.Deserialize(new MemoryStream(bytes)) is { } read && read.Success == (read.Error is null));

    [Property(MaxTest = 150)]
    public Property Mutated_documents_read_without_a_defect_and_print_stably() =>
        Prop.ForAll(From(r => HostileText.Mutate(r, MohrssDisclosure.Text)), text =>
        {
            var read = DisclosureReader.Read(text);
            var once = DisclosureReader.Read(DisclosureWriter.Write(read.Budget)).Budget;
            var twice = DisclosureReader.Read(DisclosureWriter.Write(once)).Budget;
            return read.DiagnosticsOf(ReadRules.InternalError.Id).Count == 0 && twice == once;
        });

    [Property(MaxTest = 100)]
    public Property Damaged_document_bytes_read_without_a_defect() =>
        Prop.ForAll(
            Gen.Choose(int.MinValue, int.MaxValue).Select(seed => HostileText.MutateBytes(new Random(seed), Encoding.UTF8.GetBytes(MohrssDisclosure.Text))).ToArbitrary(),
            bytes => DisclosureReader.Read(new MemoryStream(bytes)).DiagnosticsOf(ReadRules.InternalError.Id).Count == 0);

    private static Arbitrary<Amount[]> EdgeAmounts() =>
        Gen.OneOf(
                Gen.Constant(Amount.MaxValue),
                Gen.Constant(Amount.MinValue),
                Gen.Constant(Amount.Zero),
                ArbMap.Default.GeneratorFor<long>().Select(f => Amount.FromFen(f % Amount.MaxFen)))
            .ArrayOf()
            .ToArbitrary();

    [Property(MaxTest = 2000)]
    public Property Sums_depend_on_the_total_only() =>
        Prop.ForAll(EdgeAmounts(), amounts =>
        {
            decimal exact = amounts.Sum(a => (decimal)a.Fen);
            bool inRange = exact >= Amount.MinFen && exact <= Amount.MaxFen;
            bool summed = Amount.TrySum(amounts, out var sum);
            bool reversed = Amount.TrySum(amounts.Reverse(), out var sumReversed);
            var check = TotalCheck.Of(amounts.FirstOrDefault(), amounts.Skip(1), AmountUnit.WanYuan);
            return summed == inRange && reversed == inRange && (!inRange || (sum.Fen == exact && sumReversed == sum))
                && (check.SumOfParts is null) == (amounts.Skip(1).Sum(a => (decimal)a.Fen) is < Amount.MinFen or > Amount.MaxFen)
                && check.ToString().Length > 0;
        });

    [Property(MaxTest = 500)]
    public Property Sheets_with_edge_funds_and_points_are_checked() =>
        Prop.ForAll(EdgeAmounts(), ArbMap.Default.ArbFor<int>(), (amounts, points) =>
        {
            var a = amounts.Concat(Enumerable.Repeat(Amount.MaxValue, 4)).ToArray();
            var sheet = MohrssBudget2024.Build().PerformanceSheets[0];
            sheet = sheet.WithFunds(AmountCell.Of(a[0]), AmountCell.Of(a[1]), AmountCell.Of(a[2]), AmountCell.Of(a[3]))
                .WithIndicators(sheet.Indicators.Select(i => i.WithPoints(points == int.MinValue ? int.MaxValue : Math.Abs(points))));
            return PerformanceSheetChecks.Check(sheet).All(f => f.Message.Length > 0) && sheet.IndicatorPoints >= 0;
        });
}
