using System.Globalization;
using Budget.Domain.Money;

namespace Budget.Domain.Performance;

/// <summary>How a target compares: exactly, at least (≥, 不低于), at most (≤, 不高于, 控制在…以内), more than (&gt;), less than (&lt;).</summary>
public enum TargetOperator
{
    /// <summary>Exactly: a plain number such as <c>150人</c>.</summary>
    Exactly = 0,

    /// <summary>≥, 不低于, 不少于, …以上.</summary>
    AtLeast = 1,

    /// <summary>≤, 不高于, 不超过, 控制在…以内, …以内.</summary>
    AtMost = 2,

    /// <summary>&gt;, 大于, 高于, 超过.</summary>
    MoreThan = 3,

    /// <summary>&lt;, 低于, 少于.</summary>
    LessThan = 4,
}

/// <summary>How often a deadline recurs.</summary>
public enum Recurrence
{
    /// <summary>Once.</summary>
    None = 0,

    /// <summary>Every month.</summary>
    Monthly = 1,

    /// <summary>Every quarter.</summary>
    Quarterly = 2,

    /// <summary>Every year.</summary>
    Yearly = 3,
}

/// <summary>
/// The target value (指标值) of a performance indicator, read into one of a closed set of kinds, always keeping the
/// original text: <see cref="QuantityTarget"/>, <see cref="MoneyTarget"/>, <see cref="PercentageTarget"/>,
/// <see cref="DeadlineTarget"/>, <see cref="QualitativeTarget"/> and <see cref="UnparsedTarget"/>.
/// </summary>
/// <remarks>Immutable; equal when kind, text and every property are equal. <see cref="Parse"/> never throws: what it
/// cannot read becomes an <see cref="UnparsedTarget"/> with the reason.</remarks>
public abstract record Target
{
    private protected Target(string text) => Text = text ?? string.Empty;

    /// <summary>The target as printed.</summary>
    public string Text { get; }

    /// <summary>Reads a target value without throwing.</summary>
    /// <param name="text">The 指标值 as printed.</param>
    /// <returns>The target of the kind a person would give it.</returns>
    public static Target Parse(string? text) => TargetText.Parse(text);

    /// <summary>Handles every kind exhaustively.</summary>
    /// <typeparam name="TResult">The type of the answer.</typeparam>
    /// <param name="quantity">A comparison with a quantity.</param>
    /// <param name="money">A comparison with an amount of money.</param>
    /// <param name="percentage">A comparison with a percentage.</param>
    /// <param name="deadline">A deadline or schedule.</param>
    /// <param name="qualitative">A qualitative standard.</param>
    /// <param name="unparsed">Text that fits no kind.</param>
    /// <returns>What the chosen function returns.</returns>
    public abstract TResult Match<TResult>(
        Func<QuantityTarget, TResult> quantity,
        Func<MoneyTarget, TResult> money,
        Func<PercentageTarget, TResult> percentage,
        Func<DeadlineTarget, TResult> deadline,
        Func<QualitativeTarget, TResult> qualitative,
        Func<UnparsedTarget, TResult> unparsed);

    /// <summary>The text as printed.</summary>
    /// <returns><see cref="Text"/>.</returns>
    public sealed override string ToString() => Text;

    /// <summary>The operator's symbol; empty for <see cref="TargetOperator.Exactly"/>.</summary>
    internal static string Symbol(TargetOperator op) => op switch
    {
        TargetOperator.AtLeast => "≥",
        TargetOperator.AtMost => "≤",
        TargetOperator.MoreThan => ">",
        TargetOperator.LessThan => "<",
        _ => string.Empty,
    };

    internal static string Digits(decimal value) => value.ToString("0.##########", CultureInfo.InvariantCulture);
}

/// <summary>A comparison with a quantity: <c>≥30人次</c>, <c>150人</c> (exactly), <c>≥2.45亿人</c>, <c>1次/年</c>, <c>≥3300户/季度</c>.</summary>
public sealed record QuantityTarget : Target
{
    /// <summary>Creates a target; its text is the canonical one (see <see cref="Format"/>).</summary>
    /// <param name="op">The operator.</param>
    /// <param name="number">The number as written, before its magnitude.</param>
    /// <param name="magnitude">1, 10 000 (万) or 100 000 000 (亿).</param>
    /// <param name="unit">The unit, for example <c>人次</c>.</param>
    /// <param name="period">The period, for example <c>年</c> in <c>1次/年</c>; null when none.</param>
    /// <exception cref="OverflowException">The quantity is outside the range of <see cref="decimal"/>.</exception>
    public QuantityTarget(TargetOperator op, decimal number, decimal magnitude, string unit, string? period)
        : this(Format(op, number, magnitude, unit, period), op, number, magnitude, unit, period)
    {
    }

    internal QuantityTarget(string text, TargetOperator op, decimal number, decimal magnitude, string unit, string? period)
        : base(text)
    {
        if (magnitude is not (1m or 10_000m or 100_000_000m))
        {
            throw new ArgumentOutOfRangeException(nameof(magnitude), magnitude, "The magnitude is 1, 10 000 (万) or 100 000 000 (亿).");
        }

        Operator = op;
        Number = number;
        Magnitude = magnitude;
        Value = number * magnitude;
        Unit = unit ?? string.Empty;
        Period = string.IsNullOrEmpty(period) ? null : period;
    }

    /// <summary>The operator.</summary>
    public TargetOperator Operator { get; }

    /// <summary>The number as written (2.45 in <c>≥2.45亿人</c>).</summary>
    public decimal Number { get; }

    /// <summary>1, 10 000 (万) or 100 000 000 (亿).</summary>
    public decimal Magnitude { get; }

    /// <summary>The quantity: <see cref="Number"/> × <see cref="Magnitude"/> (245 000 000 for <c>≥2.45亿人</c>).</summary>
    public decimal Value { get; }

    /// <summary>The unit, for example <c>人次</c>.</summary>
    public string Unit { get; }

    /// <summary>The period (<c>年</c>, <c>季度</c>), or null.</summary>
    public string? Period { get; }

    /// <inheritdoc/>
    public override TResult Match<TResult>(Func<QuantityTarget, TResult> quantity, Func<MoneyTarget, TResult> money, Func<PercentageTarget, TResult> percentage, Func<DeadlineTarget, TResult> deadline, Func<QualitativeTarget, TResult> qualitative, Func<UnparsedTarget, TResult> unparsed)
    {
        ArgumentNullException.ThrowIfNull(quantity);
        return quantity(this);
    }

    private static string Format(TargetOperator op, decimal number, decimal magnitude, string unit, string? period) =>
        Symbol(op) + Digits(number) + (magnitude == 10_000m ? "万" : magnitude == 100_000_000m ? "亿" : string.Empty) + unit + (string.IsNullOrEmpty(period) ? string.Empty : "/" + period);
}

/// <summary>A comparison with an amount of money: <c>≤115万元</c>, <c>≤40万</c> (万 alone is 万元).</summary>
public sealed record MoneyTarget : Target
{
    /// <summary>Creates a target; its text is the canonical one.</summary>
    /// <param name="op">The operator.</param>
    /// <param name="amount">The amount.</param>
    /// <param name="unit">The unit it is written in.</param>
    public MoneyTarget(TargetOperator op, Amount amount, AmountUnit unit)
        : this(Symbol(op) + Digits(amount.ToDecimal(unit)) + unit.Symbol(), op, amount, unit)
    {
    }

    internal MoneyTarget(string text, TargetOperator op, Amount amount, AmountUnit unit)
        : base(text)
    {
        Operator = op;
        Amount = amount;
        Unit = unit;
    }

    /// <summary>The operator.</summary>
    public TargetOperator Operator { get; }

    /// <summary>The amount.</summary>
    public Amount Amount { get; }

    /// <summary>The unit it is written in.</summary>
    public AmountUnit Unit { get; }

    /// <inheritdoc/>
    public override TResult Match<TResult>(Func<QuantityTarget, TResult> quantity, Func<MoneyTarget, TResult> money, Func<PercentageTarget, TResult> percentage, Func<DeadlineTarget, TResult> deadline, Func<QualitativeTarget, TResult> qualitative, Func<UnparsedTarget, TResult> unparsed)
    {
        ArgumentNullException.ThrowIfNull(money);
        return money(this);
    }
}

/// <summary>A comparison with a percentage: <c>≥90%</c>, <c>100%</c>, <c>≥90百分比</c>.</summary>
public sealed record PercentageTarget : Target
{
    /// <summary>Creates a target; its text is the canonical one.</summary>
    /// <param name="op">The operator.</param>
    /// <param name="percent">The percent (90 for 90%).</param>
    public PercentageTarget(TargetOperator op, decimal percent)
        : this(Symbol(op) + Digits(percent) + "%", op, percent)
    {
    }

    internal PercentageTarget(string text, TargetOperator op, decimal percent)
        : base(text)
    {
        Operator = op;
        Percent = percent;
    }

    /// <summary>The operator.</summary>
    public TargetOperator Operator { get; }

    /// <summary>The percent (90 for 90%).</summary>
    public decimal Percent { get; }

    /// <inheritdoc/>
    public override TResult Match<TResult>(Func<QuantityTarget, TResult> quantity, Func<MoneyTarget, TResult> money, Func<PercentageTarget, TResult> percentage, Func<DeadlineTarget, TResult> deadline, Func<QualitativeTarget, TResult> qualitative, Func<UnparsedTarget, TResult> unparsed)
    {
        ArgumentNullException.ThrowIfNull(percentage);
        return percentage(this);
    }
}

/// <summary>
/// A deadline or schedule: <c>2024年12月底前</c> (a date), <c>12月底</c> (a month end, year not stated),
/// <c>每年11月30日前</c> (yearly), <c>每月上旬</c> (monthly), <c>季后15个工作日内</c> (quarterly),
/// <c>会费到期日前1个月</c> (relative to an event), with what it means in <see cref="Meaning"/>.
/// </summary>
public sealed record DeadlineTarget : Target
{
    internal DeadlineTarget(string text, int? year, int? month, int? day, Recurrence recurrence, string meaning)
        : base(text)
    {
        Year = year;
        Month = month;
        Day = day;
        Recurrence = recurrence;
        Meaning = meaning;
    }

    /// <summary>The year, when the text names one.</summary>
    public int? Year { get; }

    /// <summary>The month of the last day allowed, when the text names one.</summary>
    public int? Month { get; }

    /// <summary>The last day allowed in <see cref="Month"/>, when the text names or implies one (月底 is the month's last day).</summary>
    public int? Day { get; }

    /// <summary>How often the deadline recurs.</summary>
    public Recurrence Recurrence { get; }

    /// <summary>What the deadline means, in English: <c>by 2024-12-31</c>, <c>every year by 11-30</c>, …</summary>
    public string Meaning { get; }

    /// <summary>The last day allowed, when the text names a full date (year, month and day).</summary>
    public DateOnly? Date => Year is { } y && Month is { } m && Day is { } d ? new DateOnly(y, m, d) : null;

    /// <summary>A one-off deadline on a date; its text is <c>YYYY年M月D日前</c>.</summary>
    /// <param name="date">The last day allowed.</param>
    /// <returns>The target.</returns>
    public static DeadlineTarget By(DateOnly date) =>
        new(string.Create(CultureInfo.InvariantCulture, $"{date.Year}年{date.Month}月{date.Day}日前"), date.Year, date.Month, date.Day, Recurrence.None, string.Create(CultureInfo.InvariantCulture, $"by {date:yyyy-MM-dd}"));

    /// <summary>A yearly deadline; its text is <c>每年M月D日前</c>.</summary>
    /// <param name="month">The month.</param>
    /// <param name="day">The day.</param>
    /// <returns>The target.</returns>
    public static DeadlineTarget Yearly(int month, int day)
    {
        _ = new DateOnly(2024, month, day);
        return new(string.Create(CultureInfo.InvariantCulture, $"每年{month}月{day}日前"), null, month, day, Recurrence.Yearly, string.Create(CultureInfo.InvariantCulture, $"every year by {month:00}-{day:00}"));
    }

    /// <inheritdoc/>
    public override TResult Match<TResult>(Func<QuantityTarget, TResult> quantity, Func<MoneyTarget, TResult> money, Func<PercentageTarget, TResult> percentage, Func<DeadlineTarget, TResult> deadline, Func<QualitativeTarget, TResult> qualitative, Func<UnparsedTarget, TResult> unparsed)
    {
        ArgumentNullException.ThrowIfNull(deadline);
        return deadline(this);
    }
}

/// <summary>A qualitative standard: <c>作用显著</c>, <c>长期有效</c>, <c>按时、足额</c>, <c>控制在预算内</c>, or a descriptive sentence.</summary>
public sealed record QualitativeTarget : Target
{
    /// <summary>Creates a target.</summary>
    /// <param name="text">The standard as printed.</param>
    public QualitativeTarget(string text)
        : base(text)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
    }

    /// <inheritdoc/>
    public override TResult Match<TResult>(Func<QuantityTarget, TResult> quantity, Func<MoneyTarget, TResult> money, Func<PercentageTarget, TResult> percentage, Func<DeadlineTarget, TResult> deadline, Func<QualitativeTarget, TResult> qualitative, Func<UnparsedTarget, TResult> unparsed)
    {
        ArgumentNullException.ThrowIfNull(qualitative);
        return qualitative(this);
    }
}

/// <summary>Text that fits no kind, with the reason; nothing is lost.</summary>
public sealed record UnparsedTarget : Target
{
    /// <summary>Creates a target.</summary>
    /// <param name="text">The text as printed.</param>
    /// <param name="reason">Why it fits no kind.</param>
    public UnparsedTarget(string text, string reason)
        : base(text)
    {
        Reason = reason ?? string.Empty;
    }

    /// <summary>Why the text fits no kind.</summary>
    public string Reason { get; }

    /// <inheritdoc/>
    public override TResult Match<TResult>(Func<QuantityTarget, TResult> quantity, Func<MoneyTarget, TResult> money, Func<PercentageTarget, TResult> percentage, Func<DeadlineTarget, TResult> deadline, Func<QualitativeTarget, TResult> qualitative, Func<UnparsedTarget, TResult> unparsed)
    {
        ArgumentNullException.ThrowIfNull(unparsed);
        return unparsed(this);
    }
}
