namespace Budget.Domain.Classification;

/// <summary>
/// A code of the 政府预算支出经济分类 (government economic classification): 类 3 digits, 款 5, for example <c>50101</c> (工资奖金津补贴 under 机关工资福利支出).
/// </summary>
/// <remarks>
/// <para>
/// Parsing accepts ASCII or full-width digits (normalised to ASCII), white space and markup around the code,
/// and nothing else: no spaces inside, no names. It checks the length (3 or 5 digits), that the 类 is 5xx,
/// and that no 类, 款 segment is 00.
/// </para>
/// <para>
/// Codes order by their digits, which puts every parent before its children (hierarchical order). Equality is by
/// digits. <c>default</c> is an empty code of level <see cref="CodeLevel.None"/>, which parsing never returns.
/// Immutable and thread-safe.
/// </para>
/// </remarks>
public readonly struct GovernmentEconomicCode : IClassificationCode<GovernmentEconomicCode>, IComparable
{
    private readonly string? value;

    private GovernmentEconomicCode(string value) => this.value = value;

    /// <inheritdoc/>
    public string Value => value ?? string.Empty;

    /// <inheritdoc/>
    public CodeLevel Level => CodeText.LevelOf(Value);

    /// <summary>Always <see cref="ClassificationKind.GovernmentEconomic"/>.</summary>
    public ClassificationKind Kind => ClassificationKind.GovernmentEconomic;

    /// <inheritdoc/>
    public GovernmentEconomicCode? Parent => CodeText.ParentOf(Value) is { } parent ? new GovernmentEconomicCode(parent) : null;

    /// <summary>The ancestors, 类 first; empty for a 类.</summary>
    public IReadOnlyList<GovernmentEconomicCode> Ancestors => CodeText.Ancestors(Value, v => new GovernmentEconomicCode(v));

    /// <summary>Reads a code without throwing, for example <c>50101</c>, <c>５０１０１</c> or <c>&lt;b&gt;50101&lt;/b&gt;</c>.</summary>
    /// <param name="text">The text of the code.</param>
    /// <returns>The code, or what was wrong and at which column.</returns>
    public static ParseResult<GovernmentEconomicCode> Parse(string? text) =>
        CodeText.TryParse(text, ClassificationKind.GovernmentEconomic, out var digits, out var error)
            ? ParseResult.Ok(new GovernmentEconomicCode(digits))
            : ParseResult.Fail<GovernmentEconomicCode>(error!);

    /// <summary>Reads a code as <see cref="Parse"/> does, returning whether it succeeded.</summary>
    /// <param name="text">The text of the code.</param>
    /// <param name="code">The code; <c>default</c> on failure.</param>
    /// <returns>Whether the text is a code.</returns>
    public static bool TryParse(string? text, out GovernmentEconomicCode code)
    {
        bool ok = CodeText.TryParse(text, ClassificationKind.GovernmentEconomic, out var digits, out _);
        code = ok ? new GovernmentEconomicCode(digits) : default;
        return ok;
    }

    /// <summary>Whether this code is a strict ancestor of another (its 类 or 款).</summary>
    /// <param name="other">The other code.</param>
    /// <returns>True when <paramref name="other"/> lies below this code.</returns>
    public bool IsAncestorOf(GovernmentEconomicCode other) => CodeText.IsAncestor(Value, other.Value);

    /// <inheritdoc/>
    public bool Equals(GovernmentEconomicCode other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is GovernmentEconomicCode other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    /// <summary>Orders codes by their digits: a parent comes before its children.</summary>
    /// <param name="other">The other code.</param>
    /// <returns>Negative, zero or positive.</returns>
    public int CompareTo(GovernmentEconomicCode other) => CodeText.Compare(value, other.value);

    /// <inheritdoc/>
    int IComparable.CompareTo(object? obj) => obj switch
    {
        null => 1,
        GovernmentEconomicCode other => CompareTo(other),
        _ => throw new ArgumentException("The object is not a GovernmentEconomicCode.", nameof(obj)),
    };

    /// <summary>The digits; <c>(no code)</c> for <c>default</c>.</summary>
    /// <returns>For example <c>50101</c>.</returns>
    public override string ToString() => value ?? "(no code)";

    /// <summary>Whether two codes are equal.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(GovernmentEconomicCode left, GovernmentEconomicCode right) => left.Equals(right);

    /// <summary>Whether two codes differ.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns>True when they differ.</returns>
    public static bool operator !=(GovernmentEconomicCode left, GovernmentEconomicCode right) => !left.Equals(right);

    /// <summary>Whether the first code orders before the second.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns>True when <paramref name="left"/> &lt; <paramref name="right"/>.</returns>
    public static bool operator <(GovernmentEconomicCode left, GovernmentEconomicCode right) => left.CompareTo(right) < 0;

    /// <summary>Whether the first code orders before or with the second.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns>True when <paramref name="left"/> ≤ <paramref name="right"/>.</returns>
    public static bool operator <=(GovernmentEconomicCode left, GovernmentEconomicCode right) => left.CompareTo(right) <= 0;

    /// <summary>Whether the first code orders after the second.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns>True when <paramref name="left"/> &gt; <paramref name="right"/>.</returns>
    public static bool operator >(GovernmentEconomicCode left, GovernmentEconomicCode right) => left.CompareTo(right) > 0;

    /// <summary>Whether the first code orders after or with the second.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns>True when <paramref name="left"/> ≥ <paramref name="right"/>.</returns>
    public static bool operator >=(GovernmentEconomicCode left, GovernmentEconomicCode right) => left.CompareTo(right) >= 0;
}
