namespace Budget.Domain.Classification;

/// <summary>
/// A code of the 支出功能分类 (functional classification): 类 3 digits, 款 5, 项 7, for example <c>2080101</c> (行政运行 under 人力资源和社会保障管理事务).
/// </summary>
/// <remarks>
/// <para>
/// Parsing accepts ASCII or full-width digits (normalised to ASCII), white space and markup around the code,
/// and nothing else: no spaces inside, no names. It checks the length (3, 5 or 7 digits), that the 类 is 2xx,
/// and that no 类, 款 or 项 segment is 00.
/// </para>
/// <para>
/// Codes order by their digits, which puts every parent before its children (hierarchical order). Equality is by
/// digits. <c>default</c> is an empty code of level <see cref="CodeLevel.None"/>, which parsing never returns.
/// Immutable and thread-safe.
/// </para>
/// </remarks>
public readonly struct FunctionalCode : IClassificationCode<FunctionalCode>, IComparable
{
    private readonly string? value;

    private FunctionalCode(string value) => this.value = value;

    /// <inheritdoc/>
    public string Value => value ?? string.Empty;

    /// <inheritdoc/>
    public CodeLevel Level => CodeText.LevelOf(Value);

    /// <summary>Always <see cref="ClassificationKind.Functional"/>.</summary>
    public ClassificationKind Kind => ClassificationKind.Functional;

    /// <inheritdoc/>
    public FunctionalCode? Parent => CodeText.ParentOf(Value) is { } parent ? new FunctionalCode(parent) : null;

    /// <summary>The ancestors, 类 first; empty for a 类.</summary>
    public IReadOnlyList<FunctionalCode> Ancestors => CodeText.Ancestors(Value, v => new FunctionalCode(v));

    /// <summary>Reads a code without throwing, for example <c>2080101</c>, <c>２０８０１０１</c> or <c>&lt;b&gt;2080101&lt;/b&gt;</c>.</summary>
    /// <param name="text">The text of the code.</param>
    /// <returns>The code, or what was wrong and at which column.</returns>
    public static ParseResult<FunctionalCode> Parse(string? text) =>
        CodeText.TryParse(text, ClassificationKind.Functional, out var digits, out var error)
            ? ParseResult.Ok(new FunctionalCode(digits))
            : ParseResult.Fail<FunctionalCode>(error!);

    /// <summary>Reads a code as <see cref="Parse"/> does, returning whether it succeeded.</summary>
    /// <param name="text">The text of the code.</param>
    /// <param name="code">The code; <c>default</c> on failure.</param>
    /// <returns>Whether the text is a code.</returns>
    public static bool TryParse(string? text, out FunctionalCode code)
    {
        bool ok = CodeText.TryParse(text, ClassificationKind.Functional, out var digits, out _);
        code = ok ? new FunctionalCode(digits) : default;
        return ok;
    }

    /// <summary>Whether this code is a strict ancestor of another (its 类 or 款).</summary>
    /// <param name="other">The other code.</param>
    /// <returns>True when <paramref name="other"/> lies below this code.</returns>
    public bool IsAncestorOf(FunctionalCode other) => CodeText.IsAncestor(Value, other.Value);

    /// <inheritdoc/>
    public bool Equals(FunctionalCode other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is FunctionalCode other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    /// <summary>Orders codes by their digits: a parent comes before its children.</summary>
    /// <param name="other">The other code.</param>
    /// <returns>Negative, zero or positive.</returns>
    public int CompareTo(FunctionalCode other) => CodeText.Compare(value, other.value);

    /// <inheritdoc/>
    int IComparable.CompareTo(object? obj) => obj switch
    {
        null => 1,
        FunctionalCode other => CompareTo(other),
        _ => throw new ArgumentException("The object is not a FunctionalCode.", nameof(obj)),
    };

    /// <summary>The digits; <c>(no code)</c> for <c>default</c>.</summary>
    /// <returns>For example <c>2080101</c>.</returns>
    public override string ToString() => value ?? "(no code)";

    /// <summary>Whether two codes are equal.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(FunctionalCode left, FunctionalCode right) => left.Equals(right);

    /// <summary>Whether two codes differ.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns>True when they differ.</returns>
    public static bool operator !=(FunctionalCode left, FunctionalCode right) => !left.Equals(right);

    /// <summary>Whether the first code orders before the second.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns>True when <paramref name="left"/> &lt; <paramref name="right"/>.</returns>
    public static bool operator <(FunctionalCode left, FunctionalCode right) => left.CompareTo(right) < 0;

    /// <summary>Whether the first code orders before or with the second.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns>True when <paramref name="left"/> ≤ <paramref name="right"/>.</returns>
    public static bool operator <=(FunctionalCode left, FunctionalCode right) => left.CompareTo(right) <= 0;

    /// <summary>Whether the first code orders after the second.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns>True when <paramref name="left"/> &gt; <paramref name="right"/>.</returns>
    public static bool operator >(FunctionalCode left, FunctionalCode right) => left.CompareTo(right) > 0;

    /// <summary>Whether the first code orders after or with the second.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns>True when <paramref name="left"/> ≥ <paramref name="right"/>.</returns>
    public static bool operator >=(FunctionalCode left, FunctionalCode right) => left.CompareTo(right) >= 0;
}
