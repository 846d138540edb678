using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Budget.Domain.Classification;

/// <summary>How a printed name compares with a catalogue's name for the same code.</summary>
public enum NameCheck
{
    /// <summary>The names are the same (see <see cref="NameKey"/>).</summary>
    Matches = 0,

    /// <summary>The catalogue knows the code under another name.</summary>
    Differs = 1,

    /// <summary>The catalogue does not know the code.</summary>
    UnknownCode = 2,
}

/// <summary>Creates catalogues (<see cref="ClassificationCatalogue{TCode}"/>).</summary>
public static class ClassificationCatalogue
{
    /// <summary>Creates a catalogue from entries.</summary>
    /// <typeparam name="TCode">The code type of the list.</typeparam>
    /// <param name="fiscalYear">The fiscal year, 1950 to 2200.</param>
    /// <param name="entries">The entries; a code may appear only once.</param>
    /// <returns>The catalogue.</returns>
    /// <exception cref="ArgumentException">A code appears twice.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The year is out of range.</exception>
    public static ClassificationCatalogue<TCode> Create<TCode>(int fiscalYear, IEnumerable<CatalogueEntry<TCode>> entries)
        where TCode : struct, IClassificationCode<TCode>
    {
        ArgumentNullException.ThrowIfNull(entries);
        CheckYear(fiscalYear);
        var sorted = entries.OrderBy(e => e.Code).ToList();
        for (int i = 1; i < sorted.Count; i++)
        {
            if (sorted[i].Code.Equals(sorted[i - 1].Code))
            {
                throw new ArgumentException($"The code {sorted[i].Code} appears twice: \"{sorted[i - 1].Name}\" and \"{sorted[i].Name}\".", nameof(entries));
            }
        }

        return new ClassificationCatalogue<TCode>(fiscalYear, sorted);
    }

    /// <summary>A catalogue that knows no code.</summary>
    /// <typeparam name="TCode">The code type of the list.</typeparam>
    /// <param name="fiscalYear">The fiscal year.</param>
    /// <returns>The empty catalogue.</returns>
    public static ClassificationCatalogue<TCode> Empty<TCode>(int fiscalYear)
        where TCode : struct, IClassificationCode<TCode>
    {
        CheckYear(fiscalYear);
        return new ClassificationCatalogue<TCode>(fiscalYear, []);
    }

    private static void CheckYear(int fiscalYear)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(fiscalYear, 1950);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(fiscalYear, 2200);
    }
}

/// <summary>
/// The codes of one list (<typeparamref name="TCode"/>) for one fiscal year, with names, hierarchy and
/// provenance. Catalogues are partial by nature: a code it does not know is an answer (null, empty,
/// <see cref="NameCheck.UnknownCode"/>), never an exception.
/// </summary>
/// <typeparam name="TCode">The code type of the list: <see cref="FunctionalCode"/>, <see cref="DepartmentEconomicCode"/> or <see cref="GovernmentEconomicCode"/>.</typeparam>
/// <remarks>
/// Immutable and safe to share between threads; lookups by code and the lists of children allocate nothing.
/// Two catalogues are equal when year and entries are equal.
/// </remarks>
public sealed class ClassificationCatalogue<TCode> : IEquatable<ClassificationCatalogue<TCode>>
    where TCode : struct, IClassificationCode<TCode>
{
    private readonly FrozenDictionary<int, CatalogueEntry<TCode>> byCode;
    private readonly FrozenDictionary<string, IReadOnlyList<CatalogueEntry<TCode>>> childrenByParent;
    private readonly FrozenDictionary<string, IReadOnlyList<CatalogueEntry<TCode>>> byName;

    internal ClassificationCatalogue(int fiscalYear, List<CatalogueEntry<TCode>> sorted)
    {
        FiscalYear = fiscalYear;
        Entries = sorted.AsReadOnly();
        byCode = sorted.ToFrozenDictionary(e => CodeText.KeyOf(e.Code.Value));
        childrenByParent = sorted
            .GroupBy(e => e.Parent?.Value ?? string.Empty)
            .ToFrozenDictionary(g => g.Key, g => (IReadOnlyList<CatalogueEntry<TCode>>)g.ToList().AsReadOnly(), StringComparer.Ordinal);
        byName = sorted
            .GroupBy(e => NameKey.Of(e.Name))
            .ToFrozenDictionary(g => g.Key, g => (IReadOnlyList<CatalogueEntry<TCode>>)g.ToList().AsReadOnly(), StringComparer.Ordinal);
    }

    /// <summary>The fiscal year the catalogue is for.</summary>
    public int FiscalYear { get; }

    /// <summary>The list the catalogue is of.</summary>
    public ClassificationKind Kind => default(TCode).Kind;

    /// <summary>Every entry, in code order (each parent before its children).</summary>
    public IReadOnlyList<CatalogueEntry<TCode>> Entries { get; }

    /// <summary>The 类 entries, in code order.</summary>
    public IReadOnlyList<CatalogueEntry<TCode>> Classes => childrenByParent.GetValueOrDefault(string.Empty, []);

    /// <summary>The entry of a code; null when the catalogue does not know it.</summary>
    /// <param name="code">The code.</param>
    /// <returns>The entry, or null.</returns>
    public CatalogueEntry<TCode>? Find(TCode code) => byCode.TryGetValue(CodeText.KeyOf(code.Value), out var entry) ? entry : null;

    /// <summary>Gets the entry of a code.</summary>
    /// <param name="code">The code.</param>
    /// <param name="entry">The entry; null when unknown.</param>
    /// <returns>Whether the catalogue knows the code.</returns>
    public bool TryFind(TCode code, [NotNullWhen(true)] out CatalogueEntry<TCode>? entry) => byCode.TryGetValue(CodeText.KeyOf(code.Value), out entry);

    /// <summary>Whether the catalogue knows a code.</summary>
    /// <param name="code">The code.</param>
    /// <returns>True when known.</returns>
    public bool Contains(TCode code) => byCode.ContainsKey(CodeText.KeyOf(code.Value));

    /// <summary>The name of a code; null when unknown.</summary>
    /// <param name="code">The code.</param>
    /// <returns>The name, or null.</returns>
    public string? NameOf(TCode code) => Find(code)?.Name;

    /// <summary>The known children of a code (the 款 of a 类, the 项 of a 款), in code order.</summary>
    /// <param name="code">The code.</param>
    /// <returns>The children; empty when there are none or the code is unknown.</returns>
    public IReadOnlyList<CatalogueEntry<TCode>> Children(TCode code) =>
        code.Value.Length == 0 ? [] : childrenByParent.GetValueOrDefault(code.Value, []);

    /// <summary>
    /// Every entry with a name, compared tolerantly (<see cref="NameKey"/>). Names repeat across branches
    /// (行政运行 stands under many 款), so this returns every match, in code order.
    /// </summary>
    /// <param name="name">The name as printed.</param>
    /// <returns>The matching entries; empty when none.</returns>
    public IReadOnlyList<CatalogueEntry<TCode>> FindByName(string? name) => byName.GetValueOrDefault(NameKey.Of(name), []);

    /// <summary>Compares the name a document prints for a code with the catalogue's name.</summary>
    /// <param name="code">The code.</param>
    /// <param name="printedName">The name as printed.</param>
    /// <returns>Whether it matches, differs, or the code is unknown.</returns>
    public NameCheck CheckName(TCode code, string? printedName) =>
        Find(code) is not { } entry ? NameCheck.UnknownCode
        : NameKey.Same(entry.Name, printedName) ? NameCheck.Matches
        : NameCheck.Differs;

    /// <summary>
    /// A catalogue with the entries of both; where both know a code, <paramref name="other"/>'s entry wins.
    /// </summary>
    /// <param name="other">The catalogue to merge in; same fiscal year.</param>
    /// <returns>The merged catalogue.</returns>
    /// <exception cref="IncompatibleOperandsException">The fiscal years differ.</exception>
    public ClassificationCatalogue<TCode> Merge(ClassificationCatalogue<TCode> other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (other.FiscalYear != FiscalYear)
        {
            throw new IncompatibleOperandsException(
                string.Create(CultureInfo.InvariantCulture, $"Cannot merge the {Kind.ChineseName()} catalogue of {other.FiscalYear} into that of {FiscalYear}: catalogues are per fiscal year."));
        }

        var merged = Entries.Where(e => !other.Contains(e.Code)).Concat(other.Entries).OrderBy(e => e.Code).ToList();
        return new(FiscalYear, merged);
    }

    /// <inheritdoc/>
    public bool Equals(ClassificationCatalogue<TCode>? other) =>
        other is not null && (ReferenceEquals(this, other) || (FiscalYear == other.FiscalYear && Entries.SequenceEqual(other.Entries)));

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as ClassificationCatalogue<TCode>);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(FiscalYear, Entries.Count, Entries.Count > 0 ? Entries[0] : null);

    /// <summary>The list, the year and the size.</summary>
    /// <returns>For example <c>支出功能分类 2024: 106 codes (29 类)</c>.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Kind.ChineseName()} {FiscalYear}: {Entries.Count} codes ({Classes.Count} 类)");

}
