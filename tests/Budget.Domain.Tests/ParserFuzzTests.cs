using Budget.Domain.Classification;
using Budget.Domain.Money;
using Budget.Domain.Performance;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Budget.Domain.Tests;

/// <summary>
/// Every parser of the library against text made of the characters disclosures are made of (digits of three
/// scripts, separators, signs, units, date words, brackets, markup, spaces): none may throw, and each keeps the text.
/// </summary>
public class ParserFuzzTests
{
    private const string Alphabet = "0123456789９０.．,，-−－+%％万亿元年月日前底份季后每上旬内个次人/<>b*_ 　[]【】（）()≥≤><=—xX٣\t\n";

    private static readonly Gen<string> DisclosureLikeText =
        Gen.Choose(0, 24).SelectMany(n => Gen.ArrayOf(Gen.Elements(Alphabet.ToCharArray()), n)).Select(chars => new string(chars));

    [Property(MaxTest = 3000)]
    public Property No_parser_throws_on_disclosure_like_text() =>
        Prop.ForAll(DisclosureLikeText.ToArbitrary(), text =>
        {
            var amount = Amount.Parse(text, AmountUnit.YiYuan);
            var cell = AmountCell.Parse(text, AmountUnit.Yuan);
            var rate = Rate.Parse(text);
            var functional = FunctionalCode.Parse(text);
            var economic = DepartmentEconomicCode.Parse(text);
            var department = Department.Parse(text);
            var target = Target.Parse(text);
            _ = target.Match(q => q.Value.ToString(), m => m.Amount.ToString(), p => p.Percent.ToString(), d => d.Date.ToString(), q => q.Text, u => u.Reason);
            _ = PerformanceSheet.SplitGoals(text);
            _ = AmountUnits.TryParseStatement(text, out _);
            return amount.Success == (amount.Error is null)
                && (cell.Success || cell.Error!.Text == text)
                && (rate.Success || rate.Error!.Text == text)
                && (functional.Success || functional.Error!.Text == text)
                && (economic.Success || economic.Error!.Text == text)
                && (department.Success || department.Error!.Text == text)
                && target.Text == text;
        });
}
