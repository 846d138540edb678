using System.Globalization;
using Budget.Domain.Money;

namespace Budget.Domain.Statements;

/// <summary>What a figure stated in the narrative (情况说明) is.</summary>
public enum FigureKind
{
    /// <summary>An amount (… 433,002.21 万元).</summary>
    Amount = 0,

    /// <summary>A share of a whole (… 44,423.56 万元，占 9.26%).</summary>
    Share = 1,

    /// <summary>A change against a base (比 2023 年执行数增加 209,329.77 万元，增长 93.59%).</summary>
    Change = 2,
}

/// <summary>The direction a change is worded in.</summary>
public enum ChangeDirection
{
    /// <summary>增加 / 增长.</summary>
    Increase = 0,

    /// <summary>减少 / 降低 / 下降.</summary>
    Decrease = 1,

    /// <summary>持平.</summary>
    Flat = 2,
}

/// <summary>
/// A figure stated in the narrative, with what it refers to: the section, the subject (上年结转, a 项 named
/// by its 类/款/项 path, …), its kind, the amount and/or rate stated, the whole or base it is measured against,
/// and the wording of a change.
/// </summary>
/// <remarks>Immutable; equal when every property but <see cref="Decimals"/> is equal (as a table cell's equality ignores
/// where it was printed, a figure's ignores how many decimals it was printed with). Amounts are exact; the unit says how
/// they were written.</remarks>
public sealed record NarrativeFigure
{
    /// <summary>Creates a figure.</summary>
    /// <param name="section">The section it stands in, for example <c>收入总表</c>.</param>
    /// <param name="subject">What it refers to, for example <c>上年结转</c>.</param>
    /// <param name="kind">Amount, share or change.</param>
    /// <param name="amount">The amount stated (for a change, the amount of the change); null when none is.</param>
    /// <param name="rate">The share or change rate stated; null when none is.</param>
    /// <param name="basis">For a share, the whole (收入预算); for a change, the base (2023年执行数); null otherwise.</param>
    /// <param name="direction">For a change, its wording; null otherwise.</param>
    /// <param name="code">The classification code the subject names, when it names one; null otherwise.</param>
    /// <param name="unit">The unit the amount is written in.</param>
    public NarrativeFigure(string section, string subject, FigureKind kind, Amount? amount, Rate? rate, string? basis, ChangeDirection? direction, string? code, AmountUnit unit)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(subject);
        Section = (section ?? string.Empty).Trim();
        Subject = subject.Trim();
        Kind = kind;
        Amount = amount;
        Rate = rate;
        Basis = string.IsNullOrWhiteSpace(basis) ? null : basis.Trim();
        Direction = direction;
        Code = string.IsNullOrWhiteSpace(code) ? null : code.Trim();
        Unit = unit;
    }

    /// <summary>The section it stands in.</summary>
    public string Section { get; }

    /// <summary>What it refers to.</summary>
    public string Subject { get; }

    /// <summary>Amount, share or change.</summary>
    public FigureKind Kind { get; }

    /// <summary>The amount stated; for a change, the amount of the change.</summary>
    public Amount? Amount { get; }

    /// <summary>The share or change rate stated.</summary>
    public Rate? Rate { get; }

    /// <summary>For a share, the whole; for a change, the base.</summary>
    public string? Basis { get; }

    /// <summary>For a change, its wording.</summary>
    public ChangeDirection? Direction { get; }

    /// <summary>The classification code the subject names, if any.</summary>
    public string? Code { get; }

    /// <summary>The unit the amount is written in.</summary>
    public AmountUnit Unit { get; }

    /// <summary>
    /// How many decimals the amount was printed with (0 for <c>0万元</c>, 2 for <c>254.38万元</c>), or null when not
    /// known. Validation reads a printed amount as ± half its last printed digit; when this is null it assumes the
    /// fewest decimals that show the amount.
    /// </summary>
    public int? Decimals { get; private init; }

    /// <summary>A copy that says how many decimals the amount was printed with.</summary>
    /// <param name="decimals">The printed decimals, or null when not known; a negative number counts as not known.</param>
    /// <returns>The copy.</returns>
    public NarrativeFigure WithDecimals(int? decimals) => this with { Decimals = decimals is >= 0 ? decimals : null };

    /// <summary>Where the figure was read (the line of its paragraph, or a page), or <see cref="Tables.SourceLocation.None"/>.</summary>
    /// <remarks>Not part of what the figure states: equality ignores it.</remarks>
    public Tables.SourceLocation Location { get; private init; }

    /// <summary>A copy that says where the figure was read.</summary>
    /// <param name="location">The location.</param>
    /// <returns>The copy.</returns>
    public NarrativeFigure WithLocation(Tables.SourceLocation location) => this with { Location = location };

    /// <summary>The sentence of the document that states the figure (up to its 。 or ；), or empty when not known.</summary>
    /// <remarks>Not part of what the figure states: equality ignores it.</remarks>
    public string Sentence { get; private init; } = string.Empty;

    /// <summary>A copy that keeps the sentence stating the figure.</summary>
    /// <param name="sentence">The sentence, or null for none.</param>
    /// <returns>The copy.</returns>
    public NarrativeFigure WithSentence(string? sentence) => this with { Sentence = sentence?.Trim() ?? string.Empty };

    /// <summary>An amount.</summary>
    /// <param name="section">The section.</param>
    /// <param name="subject">What it refers to.</param>
    /// <param name="amount">The amount.</param>
    /// <param name="unit">The unit it is written in.</param>
    /// <returns>The figure.</returns>
    public static NarrativeFigure OfAmount(string section, string subject, Amount amount, AmountUnit unit) =>
        new(section, subject, FigureKind.Amount, amount, null, null, null, null, unit);

    /// <summary>A share: <paramref name="amount"/>, 占 <paramref name="rate"/> of <paramref name="basis"/>.</summary>
    /// <param name="section">The section.</param>
    /// <param name="subject">What it refers to.</param>
    /// <param name="amount">The part's amount, if stated.</param>
    /// <param name="rate">The share.</param>
    /// <param name="basis">The whole.</param>
    /// <param name="unit">The unit the amount is written in.</param>
    /// <returns>The figure.</returns>
    public static NarrativeFigure OfShare(string section, string subject, Amount? amount, Rate rate, string basis, AmountUnit unit) =>
        new(section, subject, FigureKind.Share, amount, rate, basis, null, null, unit);

    /// <summary>A change against a base.</summary>
    /// <param name="section">The section.</param>
    /// <param name="subject">What it refers to.</param>
    /// <param name="change">The amount of the change, if stated (positive as worded: 减少 116.55 is 116.55).</param>
    /// <param name="rate">The change rate as worded (降低 1.01% is 1.01%), if stated.</param>
    /// <param name="direction">增加, 减少 or 持平.</param>
    /// <param name="basis">The base, for example <c>2023年执行数</c>.</param>
    /// <param name="code">The code the subject names, or null.</param>
    /// <param name="unit">The unit the amount is written in.</param>
    /// <returns>The figure.</returns>
    public static NarrativeFigure OfChange(string section, string subject, Amount? change, Rate? rate, ChangeDirection direction, string basis, string? code, AmountUnit unit) =>
        new(section, subject, FigureKind.Change, change, rate, basis, direction, code, unit);

    /// <summary>Whether two figures state the same thing: every property but <see cref="Decimals"/>, <see cref="Location"/> and <see cref="Sentence"/> is equal.</summary>
    /// <param name="other">The other figure.</param>
    /// <returns>True when equal.</returns>
    public bool Equals(NarrativeFigure? other) =>
        other is not null && Section == other.Section && Subject == other.Subject && Kind == other.Kind && Amount == other.Amount
        && Rate == other.Rate && Basis == other.Basis && Direction == other.Direction && Code == other.Code && Unit == other.Unit;

    /// <summary>A hash consistent with <see cref="Equals(NarrativeFigure)"/>.</summary>
    /// <returns>The hash.</returns>
    public override int GetHashCode() => HashCode.Combine(Section, Subject, Kind, Amount, Rate, Basis, Direction, HashCode.Combine(Code, Unit));

    /// <summary>The figure as a sentence fragment.</summary>
    /// <returns>For example <c>[收入总表] 上年结转: 44,423.56 万元, 占 9.26% of 收入预算</c>.</returns>
    public override string ToString()
    {
        string amount = Amount is { } a ? a.FormatWithUnit(Unit) : string.Empty;
        string detail = Kind switch
        {
            FigureKind.Share => $"{amount}, 占 {Rate} of {Basis}",
            FigureKind.Change => string.Create(CultureInfo.InvariantCulture, $"{Direction} {amount} {Rate} against {Basis}"),
            _ => amount,
        };
        return $"[{Section}] {(Code is null ? string.Empty : Code + " ")}{Subject}: {detail.Trim()}";
    }
}
