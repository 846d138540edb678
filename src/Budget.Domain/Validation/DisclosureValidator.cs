using Budget.Domain.Statements;
using Budget.Domain.Validation.Checks;
using FluentValidation;
using FluentValidation.Results;

namespace Budget.Domain.Validation;

/// <summary>
/// The validator of disclosures: every rule of <see cref="RuleCatalogue"/> over a <see cref="Disclosure"/>, as a
/// FluentValidation validator users can compose (<c>Include</c> it, add rules of their own with
/// <see cref="AddRule"/>), run by rule set (<c>default</c>, <c>strict</c>) and filtered by id and severity. Each
/// failure carries its <see cref="Finding"/> as custom state; <see cref="Check(Disclosure)"/> returns the report.
/// </summary>
/// <remarks>Never changes FluentValidation's global options. A validator is safe to share between threads once built.</remarks>
public sealed class DisclosureValidator : AbstractValidator<Disclosure>
{
    /// <summary>The name of the rule set of the strict rules.</summary>
    public const string StrictRuleSet = "strict";

    private const string CheckedKey = "Budget.Domain.Checked";
    private readonly List<Rule> rules = [.. RuleCatalogue.All];

    /// <summary>Creates a validator with the default options.</summary>
    public DisclosureValidator()
        : this(ValidationOptions.Default)
    {
    }

    /// <summary>Creates a validator.</summary>
    /// <param name="options">Which rules run and which findings are kept.</param>
    public DisclosureValidator(ValidationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Options = options;
        RuleFor(d => d).Custom((d, context) => Emit(context, AllChecks.Run(d, r => !r.IsStrict && options.Runs(r), options.Catalogues)));
        RuleSet(StrictRuleSet, () => RuleFor(d => d).Custom((d, context) => Emit(context, AllChecks.Run(d, r => r.IsStrict && options.WithStrict(true).Runs(r), options.Catalogues))));
    }

    /// <summary>The options it was built with.</summary>
    public ValidationOptions Options { get; }

    /// <summary>The rules it runs: the catalogue's and any added.</summary>
    public IReadOnlyList<Rule> Rules => ValueList.From(rules);

    /// <summary>Validates a disclosure with the default options.</summary>
    /// <param name="disclosure">The disclosure.</param>
    /// <returns>The report.</returns>
    /// <remarks>Uses one shared validator with the default options: building a validator compiles its rules (about a
    /// millisecond, more than validating a whole ministry's budget), so build one and reuse it when you need other options.</remarks>
    public static ValidationReport Check(Disclosure disclosure) => Default.Value.Run(disclosure);

    private static readonly Lazy<DisclosureValidator> Default = new(() => new DisclosureValidator());

    /// <summary>Adds a rule of one's own: its findings join the catalogue's (in the rule set its <see cref="Rule.IsStrict"/> says).</summary>
    /// <param name="rule">The rule; its id must not be one of the catalogue's.</param>
    /// <param name="check">What it finds in a disclosure (findings of other rules are refused).</param>
    /// <returns>This validator.</returns>
    /// <exception cref="ArgumentException">The id is taken.</exception>
    public DisclosureValidator AddRule(Rule rule, Func<Disclosure, IEnumerable<Finding>> check)
    {
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentNullException.ThrowIfNull(check);
        if (rules.Any(r => r.Id == rule.Id) || Reading.ReadRules.All.Any(r => r.Id == rule.Id))
        {
            throw new ArgumentException($"The rule id {rule.Id} is taken.", nameof(rule));
        }

        rules.Add(rule);
        var options = Options;
        void Add() => RuleFor(d => d).Custom((d, context) =>
        {
            if (!options.Runs(rule))
            {
                return;
            }

            var found = (check(d) ?? []).Where(f => f.Rule == rule).ToList();
            Emit(context, (found, new Dictionary<string, int>(StringComparer.Ordinal) { [rule.Id] = Math.Max(1, found.Count) }));
        });
        if (rule.IsStrict)
        {
            RuleSet(StrictRuleSet, Add);
        }
        else
        {
            Add();
        }

        return this;
    }

    /// <summary>Validates a disclosure: the default rule set, and the strict one when the options say so.</summary>
    /// <param name="disclosure">The disclosure.</param>
    /// <returns>The report: findings in a stable order, counts by severity and rule.</returns>
    public ValidationReport Run(Disclosure disclosure)
    {
        ArgumentNullException.ThrowIfNull(disclosure);
        var context = Options.Strict
            ? ValidationContext<Disclosure>.CreateWithOptions(disclosure, o => o.IncludeRuleSets("default", StrictRuleSet))
            : new ValidationContext<Disclosure>(disclosure);
        var result = Validate(context);
        var counts = context.RootContextData.TryGetValue(CheckedKey, out var value) ? (Dictionary<string, int>)value : [];
        var findings = result.Errors.Select(e => e.CustomState).OfType<Finding>().Where(Options.Keeps);
        return new ValidationReport(disclosure.ToString(), disclosure.FiscalYear, findings, rules.Select(r => new RuleTally(r, counts.GetValueOrDefault(r.Id))));
    }

    /// <summary>The options and the number of rules.</summary>
    /// <returns>For example <c>DisclosureValidator (default, rules all, severity ≥ Information; 38 rules)</c>.</returns>
    public override string ToString() => $"DisclosureValidator ({Options}; {rules.Count} rules)";

    private static void Emit(ValidationContext<Disclosure> context, (List<Finding> Findings, Dictionary<string, int> Checked) found)
    {
        if (!context.RootContextData.TryGetValue(CheckedKey, out var value))
        {
            context.RootContextData[CheckedKey] = value = new Dictionary<string, int>(StringComparer.Ordinal);
        }

        var counts = (Dictionary<string, int>)value;
        foreach (var (id, n) in found.Checked)
        {
            counts[id] = counts.GetValueOrDefault(id) + n;
        }

        foreach (var finding in found.Findings)
        {
            context.AddFailure(new ValidationFailure(finding.Subject, finding.Message)
            {
                ErrorCode = finding.RuleId,
                Severity = finding.Severity switch
                {
                    Severity.Error => FluentValidation.Severity.Error,
                    Severity.Warning => FluentValidation.Severity.Warning,
                    _ => FluentValidation.Severity.Info,
                },
                CustomState = finding,
            });
        }
    }
}
