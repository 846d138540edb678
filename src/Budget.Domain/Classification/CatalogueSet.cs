using System.Collections.Frozen;
using System.Globalization;

namespace Budget.Domain.Classification;

/// <summary>
/// Catalogues of every list for every fiscal year a user has: ask for the catalogue of a year, add or merge
/// your own. <see cref="Embedded"/> holds the library's 2024 catalogues.
/// </summary>
/// <remarks>
/// Immutable and thread-safe: <see cref="With{TCode}"/> returns a new set. Asking for a year the set does not
/// have gives an empty catalogue of that year (every code "unknown"), never an exception.
/// </remarks>
public sealed class CatalogueSet
{
    private static readonly Lazy<CatalogueSet> EmbeddedSet = new(LoadEmbedded, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly FrozenDictionary<(ClassificationKind Kind, int Year), object> catalogues;

    private CatalogueSet(FrozenDictionary<(ClassificationKind Kind, int Year), object> catalogues) => this.catalogues = catalogues;

    /// <summary>A set with no catalogue.</summary>
    public static CatalogueSet Empty { get; } = new(FrozenDictionary<(ClassificationKind Kind, int Year), object>.Empty);

    /// <summary>
    /// The catalogues embedded in the library: 支出功能分类 and 部门预算支出经济分类 of 2023, 2024 and 2025 and
    /// 政府预算支出经济分类 of 2024, built from the complete lists of 类, published documents (the MOHRSS 2024 budget
    /// and the eight corpus documents of docs/corpus.md), each entry with its source (docs/classification.md says
    /// which). For 2026 and later, <see cref="Nearest{TCode}"/> gives 2025's and says so.
    /// </summary>
    public static CatalogueSet Embedded => EmbeddedSet.Value;

    /// <summary>The fiscal years the set has a catalogue for, ascending.</summary>
    public IReadOnlyList<int> FiscalYears => catalogues.Keys.Select(k => k.Year).Distinct().Order().ToList().AsReadOnly();

    /// <summary>The 支出功能分类 catalogue of a year; empty when the set has none.</summary>
    /// <param name="fiscalYear">The fiscal year.</param>
    /// <returns>The catalogue.</returns>
    public ClassificationCatalogue<FunctionalCode> Functional(int fiscalYear) => Get<FunctionalCode>(fiscalYear);

    /// <summary>The 部门预算支出经济分类 catalogue of a year; empty when the set has none.</summary>
    /// <param name="fiscalYear">The fiscal year.</param>
    /// <returns>The catalogue.</returns>
    public ClassificationCatalogue<DepartmentEconomicCode> DepartmentEconomic(int fiscalYear) => Get<DepartmentEconomicCode>(fiscalYear);

    /// <summary>The 政府预算支出经济分类 catalogue of a year; empty when the set has none.</summary>
    /// <param name="fiscalYear">The fiscal year.</param>
    /// <returns>The catalogue.</returns>
    public ClassificationCatalogue<GovernmentEconomicCode> GovernmentEconomic(int fiscalYear) => Get<GovernmentEconomicCode>(fiscalYear);

    /// <summary>The catalogue of a list and year; empty when the set has none.</summary>
    /// <typeparam name="TCode">The code type of the list.</typeparam>
    /// <param name="fiscalYear">The fiscal year.</param>
    /// <returns>The catalogue.</returns>
    public ClassificationCatalogue<TCode> Get<TCode>(int fiscalYear)
        where TCode : struct, IClassificationCode<TCode> =>
        catalogues.TryGetValue((default(TCode).Kind, fiscalYear), out var found)
            ? (ClassificationCatalogue<TCode>)found
            : ClassificationCatalogue.Empty<TCode>(fiscalYear);

    /// <summary>
    /// The catalogue of a list for a year, or, when the set has none for that year, the nearest earlier year's (the
    /// lists change a little each year; a later year's codes are usually the earlier year's): the year it is of says
    /// which was used. Empty (of the year asked) when the set has no earlier one either.
    /// </summary>
    /// <typeparam name="TCode">The code type of the list.</typeparam>
    /// <param name="fiscalYear">The fiscal year.</param>
    /// <param name="catalogueYear">The year of the catalogue given: <paramref name="fiscalYear"/> or an earlier one.</param>
    /// <returns>The catalogue.</returns>
    public ClassificationCatalogue<TCode> Nearest<TCode>(int fiscalYear, out int catalogueYear)
        where TCode : struct, IClassificationCode<TCode>
    {
        var kind = default(TCode).Kind;
        int? year = catalogues.Keys.Where(k => k.Kind == kind && k.Year <= fiscalYear).Select(k => (int?)k.Year).Max();
        catalogueYear = year ?? fiscalYear;
        return Get<TCode>(catalogueYear);
    }

    /// <summary>A set with a catalogue added; merged into the set's catalogue of the same list and year, the
    /// added entries winning where both know a code.</summary>
    /// <typeparam name="TCode">The code type of the list.</typeparam>
    /// <param name="catalogue">The catalogue to add.</param>
    /// <returns>The new set.</returns>
    public CatalogueSet With<TCode>(ClassificationCatalogue<TCode> catalogue)
        where TCode : struct, IClassificationCode<TCode>
    {
        ArgumentNullException.ThrowIfNull(catalogue);
        var key = (catalogue.Kind, catalogue.FiscalYear);
        var merged = catalogues.TryGetValue(key, out var existing) ? ((ClassificationCatalogue<TCode>)existing).Merge(catalogue) : catalogue;
        var copy = catalogues.ToDictionary();
        copy[key] = merged;
        return new(copy.ToFrozenDictionary());
    }

    /// <summary>The catalogues in the set.</summary>
    /// <returns>For example <c>CatalogueSet: 支出功能分类 2024 (106), …</c>.</returns>
    public override string ToString() =>
        "CatalogueSet: " + string.Join(", ", catalogues.Keys.OrderBy(k => k.Year).ThenBy(k => k.Kind).Select(k => k.Kind.ChineseName() + " " + k.Year.ToString(CultureInfo.InvariantCulture)));

    private static CatalogueSet LoadEmbedded() =>
        Empty.With(LoadResource<FunctionalCode>("functional-2023.csv", 2023))
            .With(LoadResource<FunctionalCode>("functional-2024.csv", 2024))
            .With(LoadResource<FunctionalCode>("functional-2025.csv", 2025))
            .With(LoadResource<DepartmentEconomicCode>("economic-dept-2023.csv", 2023))
            .With(LoadResource<DepartmentEconomicCode>("economic-dept-2024.csv", 2024))
            .With(LoadResource<DepartmentEconomicCode>("economic-dept-2025.csv", 2025))
            .With(LoadResource<GovernmentEconomicCode>("economic-gov-2024.csv", 2024));

    private static ClassificationCatalogue<TCode> LoadResource<TCode>(string file, int year)
        where TCode : struct, IClassificationCode<TCode>
    {
        string name = "Budget.Domain.Classification.Data." + file;
        using var stream = typeof(CatalogueSet).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The embedded catalogue {name} is missing from the assembly.");
        using var reader = new StreamReader(stream, System.Text.Encoding.UTF8);
        var load = CatalogueCsv.Read<TCode>(reader, year, "Budget.Domain " + file);
        return load.HasErrors
            ? throw new InvalidOperationException($"The embedded catalogue {name} has bad rows: {string.Join("; ", load.Errors)}")
            : load.Catalogue;
    }
}
