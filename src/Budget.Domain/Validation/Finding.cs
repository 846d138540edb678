using System.Globalization;

namespace Budget.Domain.Validation;

/// <summary>How serious a finding is.</summary>
public enum Severity
{
    /// <summary>The document contradicts itself.</summary>
    Error = 0,

    /// <summary>Something is missing or doubtful, but not a contradiction.</summary>
    Warning = 1,

    /// <summary>Worth knowing.</summary>
    Information = 2,
}

/// <summary>A rule of the validation catalogue: a stable id, a severity, a title and what it checks.</summary>
/// <remarks>Immutable; ids never change meaning once published.</remarks>
public sealed record Rule
{
    internal Rule(string id, Severity severity, string title, string description)
    {
        Id = id;
        Severity = severity;
        Title = title;
        Description = description;
    }

    /// <summary>The stable id, for example <c>PS001</c>.</summary>
    public string Id { get; }

    /// <summary>The severity of its findings.</summary>
    public Severity Severity { get; }

    /// <summary>A short title.</summary>
    public string Title { get; }

    /// <summary>What the rule checks.</summary>
    public string Description { get; }

    /// <summary>Id and title.</summary>
    /// <returns>For example <c>PS001 年度资金总额 = 财政拨款 + 上年结转 + 其他资金</c>.</returns>
    public override string ToString() => $"{Id} {Title}";
}

/// <summary>
/// What a rule found, with its evidence: where (the subject), what is stated, what was expected and the difference.
/// </summary>
/// <remarks>Immutable; equal when every property is equal.</remarks>
public sealed record Finding
{
    /// <summary>Creates a finding.</summary>
    /// <param name="rule">The rule that found it.</param>
    /// <param name="subject">Where: the sheet, table or row it concerns.</param>
    /// <param name="message">What is wrong, in a sentence.</param>
    /// <param name="stated">The value the document states, or null.</param>
    /// <param name="expected">The value the rule expected, or null.</param>
    /// <param name="difference">Stated minus expected, or null.</param>
    public Finding(Rule rule, string subject, string message, string? stated, string? expected, string? difference)
    {
        ArgumentNullException.ThrowIfNull(rule);
        Rule = rule;
        Subject = subject ?? string.Empty;
        Message = message ?? string.Empty;
        Stated = stated;
        Expected = expected;
        Difference = difference;
    }

    /// <summary>The rule that found it.</summary>
    public Rule Rule { get; }

    /// <summary>The rule's id.</summary>
    public string RuleId => Rule.Id;

    /// <summary>The rule's severity.</summary>
    public Severity Severity => Rule.Severity;

    /// <summary>Where: the sheet, table or row it concerns.</summary>
    public string Subject { get; }

    /// <summary>What is wrong.</summary>
    public string Message { get; }

    /// <summary>The value the document states, or null.</summary>
    public string? Stated { get; }

    /// <summary>The value the rule expected, or null.</summary>
    public string? Expected { get; }

    /// <summary>Stated minus expected, or null.</summary>
    public string? Difference { get; }

    /// <summary>Rule, severity, subject, message and evidence on one line.</summary>
    /// <returns>For example <c>PS002 Error [完善养老保险制度体系] The points add up to 90, not 100. (stated 90, expected 100, difference -10)</c>.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{RuleId} {Severity} [{Subject}] {Message}")
        + (Stated is null && Expected is null ? string.Empty : $" (stated {Stated ?? "-"}, expected {Expected ?? "-"}" + (Difference is null ? ")" : $", difference {Difference})"));
}
