using Budget.Domain.Money;
using Budget.Domain.Statements;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Budget.Domain.Tests.Statements;

public class BudgetEqualityTests
{
    [Property(MaxTest = 60)]
    public Property Equality_is_reflexive_symmetric_and_agrees_with_the_hash() =>
        Prop.ForAll(BudgetGenerators.Perturbed.ToArbitrary(), p =>
        {
            var a = p.Original;
            var b = p.Budget;
            var rebuilt = a.WithNarrative(a.Narrative.ToList()).WithExpenditure(a.Expenditure!.WithRows(a.Expenditure.Rows.ToList()));
            return a.Equals(a) && a == rebuilt && rebuilt == a && a.GetHashCode() == rebuilt.GetHashCode()
                && a != b && b != a && !a.Equals(b);
        });

    [Property(MaxTest = 60)]
    public Property Consistent_budgets_add_up_in_every_generated_identity() =>
        Prop.ForAll(BudgetGenerators.Consistent.ToArbitrary(), b =>
        {
            var t3 = b.Expenditure!;
            bool classes = TotalCheck.Of(t3.Total!.Total.Amount, t3.AtLevel(Budget.Domain.Classification.CodeLevel.Class).Select(r => r.Total.Amount), AmountUnit.WanYuan).Outcome == Consistency.Exact;
            bool rows = t3.Rows.All(r => r.Total.Amount == r.Basic.Amount + r.Project.Amount);
            bool t6 = b.BasicExpenditure!.Total!.Total == b.GeneralPublicBudgetExpenditure!.Total!.Basic;
            bool t9 = b.ThreePublicExpenses!.Row.Total.Amount == b.ThreePublicExpenses.Row.OverseasTravel.Amount + b.ThreePublicExpenses.Row.Vehicles.Amount + b.ThreePublicExpenses.Row.Reception.Amount;
            bool t1 = b.IncomeExpenditureSummary!.IncomeTotal == b.IncomeExpenditureSummary.ExpenditureTotal;
            return classes && rows && t6 && t9 && t1;
        });
}
