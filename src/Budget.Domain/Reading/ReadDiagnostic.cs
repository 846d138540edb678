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
        Location = Tables.SourceLocation.AtLine(Line, Column);
    }

    /// <summary>Creates a diagnostic at a place of a page (a PDF's word or cell) or of a text.</summary>
    /// <param name="rule">The rule it reports (see <see cref="ReadRules"/>).</param>
    /// <param name="location">Where: a page and a box, or a line and a column; <see cref="Tables.SourceLocation.None"/> for the whole document.</param>
    /// <param name="message">What is wrong, in a sentence.</param>
    /// <param name="raw">The raw text concerned, kept as it was.</param>
    public ReadDiagnostic(Rule rule, Tables.SourceLocation location, string message, string raw)
        : this(rule, location.Line, location.Column, message, raw)
    {
        Location = location;
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

    /// <summary>Where: a page and a box for a PDF, a line and a column for a text.</summary>
    public Tables.SourceLocation Location { get; }

    /// <summary>What is wrong.</summary>
    public string Message { get; }

    /// <summary>The raw text concerned.</summary>
    public string Raw { get; }

    /// <summary>The diagnostic as a line.</summary>
    /// <returns>For example <c>12:5 RD001 Error: … [raw]</c>, or <c>p. 10 (379, 331) RD001 Error: …</c> on a page.</returns>
    public override string ToString() =>
        (Location.Page > 0 ? string.Create(CultureInfo.InvariantCulture, $"p. {Location.Page}") + (Location.HasBox ? string.Create(CultureInfo.InvariantCulture, $" ({Location.X:0}, {Location.Y:0})") : string.Empty) : string.Create(CultureInfo.InvariantCulture, $"{Line}:{Column}"))
        + string.Create(CultureInfo.InvariantCulture, $" {Code} {Severity}: {Message}") + (Raw.Length > 0 ? $" [{Raw}]" : string.Empty);
}
