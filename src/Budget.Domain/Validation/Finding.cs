using System.Globalization;
using Budget.Domain.Tables;

namespace Budget.Domain.Validation;

/// <summary>What a check concluded.</summary>
public enum Outcome
{
    /// <summary>The figures contradict the rule beyond what rounding explains.</summary>
    Fail = 0,

    /// <summary>The printed figures differ, but by no more than their rounding allows.</summary>
    PassedWithinRounding = 1,

    /// <summary>The rule does not apply here; the finding says why.</summary>
    NotApplicable = 2,

    /// <summary>The printed figures satisfy the rule; such results are counted in a report, not listed.</summary>
    Passed = 3,
}

/// <summary>
/// Where a finding points: a table cell (table, row, column and where it was printed), a narrative figure (its
/// section and subject), a performance sheet (project and indicator) or the whole document.
/// </summary>
/// <remarks>Immutable; equal when every property is equal.</remarks>
public sealed record FindingLocation
{
    /// <summary>Creates a location.</summary>
    /// <param name="table">The schema id of the table, <c>narrative</c>, <c>sheet</c>, <c>otherMatters</c> or empty for the document.</param>
    /// <param name="title">The table's printed title, the narrative's section or the sheet's project.</param>
    /// <param name="row">The row key's text (a code, a line key), the narrative's subject or the indicator; empty when none.</param>
    /// <param name="rowLabel">The row's printed label, or empty.</param>
    /// <param name="column">The column key, or empty.</param>
    /// <param name="value">The figure there as printed with its unit, or empty.</param>
    /// <param name="source">Where it was printed (line, or page and box).</param>
    public FindingLocation(string table, string title, string row, string rowLabel, string column, string value, SourceLocation source)
    {
        Table = table ?? string.Empty;
        Title = title ?? string.Empty;
        Row = row ?? string.Empty;
        RowLabel = rowLabel ?? string.Empty;
        Column = column ?? string.Empty;
        Value = value ?? string.Empty;
        Source = source;
    }

    /// <summary>The whole document.</summary>
    public static FindingLocation Document { get; } = new(string.Empty, string.Empty, string.Empty, string.Empty, string.Empty, string.Empty, SourceLocation.None);

    /// <summary>The schema id of the table, <c>narrative</c>, <c>sheet</c>, <c>otherMatters</c>, or empty for the document.</summary>
    public string Table { get; }

    /// <summary>The table's printed title, the narrative's section or the sheet's project.</summary>
    public string Title { get; }

    /// <summary>The row key's text, the narrative's subject or the indicator; empty when none.</summary>
    public string Row { get; }

    /// <summary>The row's printed label, or empty.</summary>
    public string RowLabel { get; }

    /// <summary>The column key, or empty.</summary>
    public string Column { get; }

    /// <summary>The figure there as printed with its unit, or empty.</summary>
    public string Value { get; }

    /// <summary>Where it was printed.</summary>
    public SourceLocation Source { get; }

    /// <summary>Title, row and column, as a reader names a cell.</summary>
    /// <returns>For example <c>一般公共预算支出表 / 2080101 行政运行 / basic</c>.</returns>
    public override string ToString()
    {
        var parts = new List<string>(3);
        if (Title.Length > 0 || Table.Length > 0)
        {
            parts.Add(Title.Length > 0 ? Title : Table);
        }

        // A label that begins with the row's key (a narrative sentence about its subject) says both.
        string row = Row.Length > 0 && RowLabel.Length > 0 && !RowLabel.StartsWith(Row, StringComparison.Ordinal) ? $"{Row} {RowLabel}" : RowLabel.Length > 0 ? RowLabel : Row;
        if (row.Length > 0)
        {
            parts.Add(row);
        }

        if (Column.Length > 0)
        {
            parts.Add(Column);
        }

        return parts.Count == 0 ? "document" : string.Join(" / ", parts);
    }
}

/// <summary>
/// The evidence of a finding: what the document states, what the rule expected, the difference, the envelope that
/// rounding allows, and for a sum its contributors and those missing.
/// </summary>
/// <remarks>Immutable; equal when every property is equal (lists by their items). Figures are written with their unit.</remarks>
public sealed record Evidence
{
    /// <summary>Creates evidence.</summary>
    /// <param name="stated">The figure the document states, or null.</param>
    /// <param name="expected">The figure the rule expected, or null.</param>
    /// <param name="difference">Stated minus expected, or null.</param>
    /// <param name="envelope">The largest difference the rounding of the printed figures explains, or null.</param>
    /// <param name="contributors">The figures that take part (for a sum: its parts), as located figures.</param>
    /// <param name="missing">What the rule needed but the document does not print (columns, rows, tables).</param>
    public Evidence(string? stated, string? expected, string? difference, string? envelope, IEnumerable<string>? contributors = null, IEnumerable<string>? missing = null)
    {
        Stated = stated;
        Expected = expected;
        Difference = difference;
        Envelope = envelope;
        Contributors = ValueList.From(contributors);
        Missing = ValueList.From(missing);
    }

    /// <summary>No evidence.</summary>
    public static Evidence None { get; } = new(null, null, null, null);

    /// <summary>The figure the document states, or null.</summary>
    public string? Stated { get; }

    /// <summary>The figure the rule expected, or null.</summary>
    public string? Expected { get; }

    /// <summary>Stated minus expected, or null.</summary>
    public string? Difference { get; }

    /// <summary>The largest difference rounding explains, or null.</summary>
    public string? Envelope { get; }

    /// <summary>The figures that take part.</summary>
    public IReadOnlyList<string> Contributors { get; }

    /// <summary>What the rule needed but the document does not print.</summary>
    public IReadOnlyList<string> Missing { get; }

    /// <summary>The evidence on one line.</summary>
    /// <returns>For example <c>stated 101.00 万元, expected 100.00 万元, difference 1.00 万元, envelope 0.01 万元</c>.</returns>
    public override string ToString()
    {
        var parts = new List<string>(5);
        Add("stated", Stated);
        Add("expected", Expected);
        Add("difference", Difference);
        Add("envelope", Envelope);
        if (Missing.Count > 0)
        {
            parts.Add("missing " + string.Join(", ", Missing));
        }

        return string.Join(", ", parts);

        void Add(string name, string? value)
        {
            if (value is not null)
            {
                parts.Add($"{name} {value}");
            }
        }
    }
}

/// <summary>
/// What a rule found: the rule, the outcome and its severity, the message in Chinese and English, the locations it
/// points at, and the evidence.
/// </summary>
/// <remarks>Immutable; equal when every property is equal.</remarks>
public sealed record Finding
{
    /// <summary>Creates a failing finding about one subject, with its evidence.</summary>
    /// <param name="rule">The rule that found it.</param>
    /// <param name="subject">Where: the sheet, table or row it concerns.</param>
    /// <param name="message">What is wrong, in a sentence (used in both languages).</param>
    /// <param name="stated">The value the document states, or null.</param>
    /// <param name="expected">The value the rule expected, or null.</param>
    /// <param name="difference">Stated minus expected, or null.</param>
    public Finding(Rule rule, string subject, string message, string? stated, string? expected, string? difference)
        : this(rule, Outcome.Fail, [new FindingLocation(string.Empty, subject, string.Empty, string.Empty, string.Empty, string.Empty, SourceLocation.None)], new Evidence(stated, expected, difference, null), message, message)
    {
    }

    /// <summary>Creates a finding.</summary>
    /// <param name="rule">The rule that found it.</param>
    /// <param name="outcome">What the check concluded.</param>
    /// <param name="locations">Where it points, the figure under test first.</param>
    /// <param name="evidence">The evidence.</param>
    /// <param name="chineseMessage">The message in Chinese.</param>
    /// <param name="englishMessage">The message in English.</param>
    public Finding(Rule rule, Outcome outcome, IEnumerable<FindingLocation>? locations, Evidence? evidence, string chineseMessage, string englishMessage)
    {
        ArgumentNullException.ThrowIfNull(rule);
        Rule = rule;
        Outcome = outcome;
        Locations = ValueList.From(locations);
        Evidence = evidence ?? Evidence.None;
        ChineseMessage = chineseMessage ?? string.Empty;
        Message = englishMessage ?? string.Empty;
    }

    /// <summary>The rule that found it.</summary>
    public Rule Rule { get; }

    /// <summary>The rule's id.</summary>
    public string RuleId => Rule.Id;

    /// <summary>What the check concluded.</summary>
    public Outcome Outcome { get; }

    /// <summary>The severity: the rule's for a failure, information for a difference within rounding or a rule that does not apply.</summary>
    public Severity Severity => Outcome == Outcome.Fail ? Rule.Severity : Severity.Information;

    /// <summary>Where it points, the figure under test first.</summary>
    public IReadOnlyList<FindingLocation> Locations { get; }

    /// <summary>The first location as text: the sheet, table or row it concerns.</summary>
    public string Subject => Locations.Count == 0 ? string.Empty : Locations[0].ToString();

    /// <summary>The evidence.</summary>
    public Evidence Evidence { get; }

    /// <summary>The message in English.</summary>
    public string Message { get; }

    /// <summary>The message in Chinese.</summary>
    public string ChineseMessage { get; }

    /// <summary>The value the document states, or null.</summary>
    public string? Stated => Evidence.Stated;

    /// <summary>The value the rule expected, or null.</summary>
    public string? Expected => Evidence.Expected;

    /// <summary>Stated minus expected, or null.</summary>
    public string? Difference => Evidence.Difference;

    /// <summary>The message in a language.</summary>
    /// <param name="language">The language.</param>
    /// <returns>The message.</returns>
    public string MessageIn(Language language) => language == Language.English ? Message : ChineseMessage;

    /// <summary>Rule, severity, subject, message and evidence on one line (English).</summary>
    /// <returns>For example <c>PS002 Error [完善养老保险制度体系] The points add up to 90, not 100. (stated 90, expected 100, difference -10)</c>.</returns>
    public override string ToString()
    {
        string evidence = Evidence.ToString();
        string outcome = Outcome switch
        {
            Outcome.PassedWithinRounding => " (within rounding)",
            Outcome.NotApplicable => " (not applicable)",
            Outcome.Passed => " (passed)",
            _ => string.Empty,
        };
        return string.Create(CultureInfo.InvariantCulture, $"{RuleId} {Severity}{outcome} [{Subject}] {Message}") + (evidence.Length > 0 ? $" ({evidence})" : string.Empty);
    }
}
