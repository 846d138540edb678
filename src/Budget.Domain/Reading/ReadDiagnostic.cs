using System.Globalization;
using Budget.Domain.Validation;

namespace Budget.Domain.Reading;

/// <summary>
/// What the reader could not read, or read with a doubt: the rule (its stable id and severity), where (line and
/// column, both 1-based; column 0 when the whole line is meant), a message, and the raw text concerned.
/// </summary>
/// <remarks>Immutable; equal when every property is equal.</remarks>
public sealed record ReadDiagnostic
{
    /// <summary>Creates a diagnostic.</summary>
    /// <param name="rule">The rule it reports (see <see cref="ReadRules"/>).</param>
    /// <param name="line">The 1-based line, or 0 for the whole document.</param>
    /// <param name="column">The 1-based column (for a table cell, the cell's first character), or 0 for the whole line.</param>
    /// <param name="message">What is wrong, in a sentence.</param>
    /// <param name="raw">The raw text concerned (a cell or a line), kept as it was.</param>
    public ReadDiagnostic(Rule rule, int line, int column, string message, string raw)
    {
        ArgumentNullException.ThrowIfNull(rule);
        Rule = rule;
        Line = Math.Max(0, line);
        Column = Math.Max(0, column);
        Message = message ?? string.Empty;
        Raw = raw ?? string.Empty;
    }

    /// <summary>The rule reported.</summary>
    public Rule Rule { get; }

    /// <summary>The rule's stable id, for example <c>RD001</c>.</summary>
    public string Code => Rule.Id;

    /// <summary>The rule's severity.</summary>
    public Severity Severity => Rule.Severity;

    /// <summary>The 1-based line, or 0 for the whole document.</summary>
    public int Line { get; }

    /// <summary>The 1-based column, or 0 for the whole line.</summary>
    public int Column { get; }

    /// <summary>What is wrong.</summary>
    public string Message { get; }

    /// <summary>The raw text concerned.</summary>
    public string Raw { get; }

    /// <summary>The diagnostic as a line.</summary>
    /// <returns>For example <c>12:5 RD001 Error: … [raw]</c>.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Line}:{Column} {Code} {Severity}: {Message}") + (Raw.Length > 0 ? $" [{Raw}]" : string.Empty);
}
