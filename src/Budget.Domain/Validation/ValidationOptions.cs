using System.Globalization;
using Budget.Domain.Classification;

namespace Budget.Domain.Validation;

/// <summary>
/// Which rules a validation runs and which findings it keeps: the rule sets (<c>default</c>; <c>strict</c> adds the
/// strict rules), the rule ids (all when empty), the lowest severity kept, and the code catalogues the code rules
/// (CD001, CD002) check against (the embedded ones unless a user gives their own, for example the full official list).
/// </summary>
/// <remarks>Immutable; equal when every property is equal.</remarks>
public sealed record ValidationOptions
{
    // Null for the embedded set, so that options need not load it until a validation runs.
    private readonly CatalogueSet? catalogues;

    /// <summary>Creates options.</summary>
    /// <param name="strict">Whether the strict rules run too.</param>
    /// <param name="ruleIds">The ids of the rules to run, or none for all.</param>
    /// <param name="minimumSeverity">The lowest severity of the findings kept (<see cref="Severity.Information"/> keeps all).</param>
    public ValidationOptions(bool strict, IEnumerable<string>? ruleIds, Severity minimumSeverity)
        : this(strict, ruleIds, minimumSeverity, null)
    {
    }

    private ValidationOptions(bool strict, IEnumerable<string>? ruleIds, Severity minimumSeverity, CatalogueSet? catalogues)
    {
        this.catalogues = catalogues;
        Strict = strict;
        RuleIds = ValueList.From(ruleIds?.Where(id => !string.IsNullOrWhiteSpace(id)).Select(id => id.Trim().ToUpperInvariant()));
        MinimumSeverity = minimumSeverity;
    }

    /// <summary>The default rule set, every rule, every finding.</summary>
    public static ValidationOptions Default { get; } = new(false, null, Severity.Information);

    /// <summary>The default and strict rule sets, every finding.</summary>
    public static ValidationOptions StrictSet { get; } = new(true, null, Severity.Information);

    /// <summary>Whether the strict rules run too.</summary>
    public bool Strict { get; }

    /// <summary>The ids of the rules to run; empty for all.</summary>
    public IReadOnlyList<string> RuleIds { get; }

    /// <summary>The lowest severity of the findings kept.</summary>
    public Severity MinimumSeverity { get; }

    /// <summary>The code catalogues the code rules check against: <see cref="CatalogueSet.Embedded"/> unless set.</summary>
    public CatalogueSet Catalogues => catalogues ?? CatalogueSet.Embedded;

    /// <summary>These options with the strict rules or without.</summary>
    /// <param name="strict">Whether the strict rules run.</param>
    /// <returns>The options.</returns>
    public ValidationOptions WithStrict(bool strict) => new(strict, RuleIds, MinimumSeverity, catalogues);

    /// <summary>These options with only some rules.</summary>
    /// <param name="ruleIds">The ids, or none for all.</param>
    /// <returns>The options.</returns>
    public ValidationOptions WithRuleIds(IEnumerable<string>? ruleIds) => new(Strict, ruleIds, MinimumSeverity, catalogues);

    /// <summary>These options keeping findings of a severity and above.</summary>
    /// <param name="minimumSeverity">The lowest severity kept.</param>
    /// <returns>The options.</returns>
    public ValidationOptions WithMinimumSeverity(Severity minimumSeverity) => new(Strict, RuleIds, minimumSeverity, catalogues);

    /// <summary>These options checking codes against other catalogues (for example the embedded set with a user's
    /// full official list added: <c>CatalogueSet.Embedded.With(theirs)</c>).</summary>
    /// <param name="catalogues">The catalogues.</param>
    /// <returns>The options.</returns>
    public ValidationOptions WithCatalogues(CatalogueSet catalogues) => new(Strict, RuleIds, MinimumSeverity, catalogues ?? throw new ArgumentNullException(nameof(catalogues)));

    /// <summary>Whether a rule runs under these options (its rule set and id).</summary>
    /// <param name="rule">The rule.</param>
    /// <returns>Whether it runs.</returns>
    public bool Runs(Rule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        return (Strict || !rule.IsStrict) && (RuleIds.Count == 0 || RuleIds.Contains(rule.Id));
    }

    /// <summary>Whether a finding is kept (its severity).</summary>
    /// <param name="finding">The finding.</param>
    /// <returns>Whether it is kept.</returns>
    public bool Keeps(Finding finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        return finding.Severity <= MinimumSeverity;
    }

    /// <summary>The options as the tool's flags would say them.</summary>
    /// <returns>For example <c>default, rules TB001 HI001, severity ≥ Warning</c> (and the catalogues when they are not the embedded ones).</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{(Strict ? "default+strict" : "default")}, rules {(RuleIds.Count == 0 ? "all" : string.Join(' ', RuleIds))}, severity ≥ {MinimumSeverity}{(catalogues is null ? string.Empty : ", " + catalogues)}");
}
