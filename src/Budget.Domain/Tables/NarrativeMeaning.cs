using Budget.Domain.Reading;
using Budget.Domain.Statements;

namespace Budget.Domain.Tables;

/// <summary>
/// The meaning of a narrative figure, from the words of its subject: the first listed word it contains gives the
/// source or nature (基本支出 → basic, 一般公共预算 → general public budget …); the figure's kind gives the measure.
/// </summary>
internal static class NarrativeMeaning
{
    public static readonly ColumnMeaning Unknown = new(Measure.Budget, FundSource.All, SpendingNature.Other, ColumnRole.Value);

    // Longest words first where one contains another (公用经费 before 经费).
    private static readonly (string Word, FundSource? Source, SpendingNature? Nature)[] Words =
    [
        ("机关运行经费", null, SpendingNature.AgencyOperatingCosts),
        ("因公出国", FundSource.FiscalAppropriation, SpendingNature.OverseasTravel),
        ("公务用车购置及运行", FundSource.FiscalAppropriation, SpendingNature.Vehicles),
        ("公务用车购置", FundSource.FiscalAppropriation, SpendingNature.VehiclePurchase),
        ("公务用车运行", FundSource.FiscalAppropriation, SpendingNature.VehicleOperation),
        ("公务用车", FundSource.FiscalAppropriation, SpendingNature.Vehicles),
        ("公务接待", FundSource.FiscalAppropriation, SpendingNature.Reception),
        ("三公", FundSource.FiscalAppropriation, SpendingNature.ThreePublicExpenses),
        ("人员经费", null, SpendingNature.Personnel),
        ("公用经费", null, SpendingNature.Operating),
        ("基本支出", null, SpendingNature.Basic),
        ("项目支出", null, SpendingNature.Project),
        ("本年收入", FundSource.CurrentYearIncome, SpendingNature.Income),
        ("非财政拨款结余", FundSource.NonFiscalBalanceUsed, SpendingNature.Income),
        ("非财政拨款", FundSource.All, null),
        ("上年结转", FundSource.CarryOver, null),
        ("年初结转", FundSource.CarryOver, null),
        ("结转下年", FundSource.CarryForward, null),
        ("年末结转", FundSource.CarryForward, null),
        ("一般公共预算", FundSource.GeneralPublicBudget, null),
        ("政府性基金", FundSource.GovernmentFund, null),
        ("国有资本经营", FundSource.StateCapital, null),
        ("财政拨款", FundSource.FiscalAppropriation, null),
        ("事业收入", FundSource.ServiceRevenue, SpendingNature.Income),
        ("经营收入", FundSource.BusinessRevenue, SpendingNature.Income),
        ("其他收入", FundSource.OtherRevenue, SpendingNature.Income),
        ("收入", null, SpendingNature.Income),
    ];

    public static ColumnMeaning Of(NarrativeFigure figure, int part, DocumentKind document)
    {
        var measure = (figure.Kind, part) switch
        {
            (FigureKind.Share, 1) => Measure.Share,
            (FigureKind.Change, 0) => Measure.Change,
            (FigureKind.Change, 1) => Measure.ChangeRate,
            _ when figure.Subject.Contains("执行", StringComparison.Ordinal) => Measure.PriorYearActual,
            _ when document == DocumentKind.FinalAccounts && (figure.Subject.Contains("全年预算", StringComparison.Ordinal) || figure.Subject.Contains("调整预算", StringComparison.Ordinal)) => Measure.AdjustedBudget,
            _ when document == DocumentKind.FinalAccounts && (figure.Subject.Contains("年初预算", StringComparison.Ordinal) || figure.Subject.EndsWith("预算数", StringComparison.Ordinal)) => Measure.Budget,
            _ => document == DocumentKind.FinalAccounts ? Measure.Final : Measure.Budget,
        };
        string text = ReadText.Key(figure.Subject);
        FundSource? source = null;
        SpendingNature? nature = null;
        foreach (var (word, s, n) in Words)
        {
            if (text.Contains(word, StringComparison.Ordinal))
            {
                source ??= s;
                nature ??= n;
            }
        }

        return new(measure, source ?? FundSource.All, nature ?? SpendingNature.Total, measure is Measure.Change or Measure.ChangeRate or Measure.Share ? ColumnRole.Derived : ColumnRole.Value);
    }
}
