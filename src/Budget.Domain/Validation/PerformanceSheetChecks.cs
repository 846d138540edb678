using System.Globalization;
using Budget.Domain.Money;
using Budget.Domain.Performance;
using FluentValidation;
using FluentValidation.Results;

namespace Budget.Domain.Validation;

/// <summary>
/// Checks performance target sheets against the catalogue's <c>PS…</c> rules and returns what they find, with
/// evidence. The rules run on FluentValidation behind the library's own <see cref="Finding"/> type; no global
/// FluentValidation setting is touched.
/// </summary>
public static class PerformanceSheetChecks
{
    private static readonly SheetValidator Validator = new();

    /// <summary>Checks one sheet. Never throws for any sheet: sums of funds and of points are exact, so figures at the
    /// edges of their range are findings, not overflows.</summary>
    /// <param name="sheet">The sheet.</param>
    /// <returns>The findings, in rule order, then indicator order; empty when the sheet is consistent.</returns>
    public static IReadOnlyList<Finding> Check(PerformanceSheet sheet)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        return ValueList.From(Validator.Validate(sheet).Errors.Select(e => (Finding)e.CustomState));
    }

    /// <summary>Checks several sheets.</summary>
    /// <param name="sheets">The sheets.</param>
    /// <returns>The findings of every sheet, sheet by sheet.</returns>
    public static IReadOnlyList<Finding> Check(IEnumerable<PerformanceSheet> sheets)
    {
        ArgumentNullException.ThrowIfNull(sheets);
        return ValueList.From(sheets.SelectMany(Check));
    }

    private sealed class SheetValidator : AbstractValidator<PerformanceSheet>
    {
        public SheetValidator()
        {
            RuleFor(s => s).Custom((s, context) =>
            {
                // Each printed figure is ± half its last digit (the digits the sheet prints); a dash or blank is exactly none.
                AmountCell[] parts = [s.FiscalAppropriation, s.CarryOver, s.OtherFunds];
                var printed = parts.Append(s.TotalFunds).Where(c => c.HasAmount).Select(c => c.Amount).ToList();
                long half = Checks.FigureSet.StepOf(printed, PerformanceSheet.FundsUnit);
                Int128 sum = Amount.ExactSum(parts.Select(c => c.Amount));
                Int128 difference = s.TotalFunds.Amount.Fen - sum;
                Int128 envelope = half * printed.Count;
                if (Int128.Abs(difference) * 2 > envelope)
                {
                    Add(context, RuleCatalogue.SheetFundsAddUp, s.ProjectName, "年度资金总额 is not 财政拨款 + 上年结转 + 其他资金.", Wan(s.TotalFunds.Amount.Fen), Wan(sum), Wan(difference), envelope: WanHalf(envelope));
                }
            });

            RuleFor(s => s).Custom((s, context) =>
            {
                // Points are the central template's: a Shanghai 填报表 prints none.
                decimal total = s.IndicatorPoints + (s.ExecutionRatePoints ?? 0);
                if (total != 100 && s.Template == SheetTemplate.Central)
                {
                    int missing = s.Indicators.Count(i => i.Points is null);
                    string why = missing > 0 ? string.Create(CultureInfo.InvariantCulture, $" ({missing} indicator(s) print no points)") : string.Empty;
                    string whyZh = missing > 0 ? string.Create(CultureInfo.InvariantCulture, $"有 {missing} 个指标未列分值。") : string.Empty;
                    Add(context, RuleCatalogue.SheetPointsAddUp, s.ProjectName, $"The points add up to {Points(total)}, not 100{why}.", Points(total), "100", Points(total - 100), whyZh);
                }
            });

            // One rule over the indicators (a loop, not RuleForEach: no child context per indicator).
            RuleFor(s => s).Custom((s, context) =>
            {
                foreach (var indicator in s.Indicators)
                {
                    CheckIndicator(context, s, indicator);
                }
            });

            RuleFor(s => s).Custom((s, context) =>
            {
                // The same name under two 二级指标 (a 数量 and a 时效 indicator of one report) is normal practice, not a finding.
                var seen = new HashSet<(string?, string)>();
                if (s.Indicators.All(i => seen.Add((i.Level2, Classification.NameKey.Of(i.Name)))))
                {
                    return;
                }

                foreach (var group in s.Indicators.GroupBy(i => (i.Level2, Classification.NameKey.Of(i.Name))).Where(g => g.Count() > 1))
                {
                    Add(context, RuleCatalogue.IndicatorNamesUnique, $"{s.ProjectName} / {group.First().Name}", string.Create(CultureInfo.InvariantCulture, $"{group.Count()} indicators have this name."), null, null, null);
                }
            });
        }

        private static void CheckIndicator(ValidationContext<PerformanceSheet> context, PerformanceSheet s, Indicator indicator)
        {
            string? subject = null;
            string Subject() => subject ??= SubjectOf(s, indicator);
            if (indicator.Points is null && s.Template == SheetTemplate.Central)
            {
                Add(context, RuleCatalogue.IndicatorHasPoints, Subject(), "The indicator prints no points (分值).", null, null, null);
            }

            string? implied = IndicatorTaxonomy.Level1Of(indicator.Level2);
            if (!IndicatorTaxonomy.IsLevel1(indicator.Level1))
            {
                Add(context, RuleCatalogue.IndicatorLevelsFit, Subject(), $"\"{indicator.Level1}\" is not a level-1 name (一级指标).", indicator.Level1, implied, null, $"“{indicator.Level1}”不是一级指标名称。");
            }
            else if (implied is null)
            {
                Add(context, RuleCatalogue.IndicatorLevelsFit, Subject(), $"\"{indicator.Level2}\" is not a level-2 name (二级指标).", indicator.Level2, null, null, $"“{indicator.Level2}”不是二级指标名称。");
            }
            else if (implied != indicator.Level1)
            {
                Add(context, RuleCatalogue.IndicatorLevelsFit, Subject(), $"{indicator.Level2} belongs to {implied}, not to {indicator.Level1}.", indicator.Level1, implied, null, $"{indicator.Level2}属于{implied}，不属于{indicator.Level1}。");
            }

            if (indicator.Target is MoneyTarget money && s.TotalFunds.HasAmount && money.Amount > s.TotalFunds.Amount)
            {
                Add(context, RuleCatalogue.CostTargetWithinFunds, Subject(), $"The cost target {money.Text} is above the sheet's total funds.", Wan(money.Amount.Fen), Wan(s.TotalFunds.Amount.Fen), Wan((Int128)money.Amount.Fen - s.TotalFunds.Amount.Fen));
            }
        }

        private static void Add<T>(ValidationContext<T> context, Rule rule, string subject, string message, string? stated, string? expected, string? difference, string zhDetail = "", string? envelope = null) =>
            context.AddFailure(new ValidationFailure(rule.Id, message)
            {
                ErrorCode = rule.Id,
                Severity = rule.Severity switch
                {
                    Severity.Error => FluentValidation.Severity.Error,
                    Severity.Warning => FluentValidation.Severity.Warning,
                    _ => FluentValidation.Severity.Info,
                },
                CustomState = new Finding(
                    rule,
                    Outcome.Fail,
                    [new FindingLocation("sheet", subject, string.Empty, string.Empty, string.Empty, string.Empty, Tables.SourceLocation.None)],
                    new Evidence(stated, expected, difference, envelope),
                    Checks.Messages.Fill(rule.ChineseMessage, subject, stated, expected, difference, envelope, zhDetail),
                    message),
            });

        private static string SubjectOf(PerformanceSheet sheet, Indicator indicator) =>
            string.Create(CultureInfo.InvariantCulture, $"{sheet.ProjectName} / {indicator.Name}");

        /// <summary>An exact number of fen in 万元, in the range of an amount or not (sums and differences may leave it).</summary>
        private static string Wan(Int128 fen) => Amount.FormatExact(fen, AmountUnit.WanYuan) + " " + AmountUnit.WanYuan.Symbol();

        /// <summary>An envelope in half-fen, in 万元.</summary>
        private static string WanHalf(Int128 halfFen) => Checks.FigureSet.Format(halfFen, AmountUnit.WanYuan);

        private static string Int(long value) => value.ToString(CultureInfo.InvariantCulture);

        /// <summary>Points as printed: 85, 87.5 (trailing zeros of the sum dropped).</summary>
        private static string Points(decimal value) => (value / 1.000000000000000000000000000000000m).ToString(CultureInfo.InvariantCulture);
    }
}
