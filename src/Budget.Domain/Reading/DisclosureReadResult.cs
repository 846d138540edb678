using System.Globalization;
using Budget.Domain.Validation;

namespace Budget.Domain.Reading;

/// <summary>Text of the document that the model does not hold (duties, scope, glossary, unknown sections), kept as it was.</summary>
/// <remarks>Immutable; equal when every property is equal.</remarks>
public sealed record Passage
{
    /// <summary>Creates a passage.</summary>
    /// <param name="heading">The heading it stands under, or empty.</param>
    /// <param name="line">The 1-based line of its first text line.</param>
    /// <param name="text">Its lines, joined with new lines.</param>
    public Passage(string heading, int line, string text)
    {
        Heading = heading ?? string.Empty;
        Line = line;
        Text = text ?? string.Empty;
    }

    /// <summary>The heading it stands under, or empty.</summary>
    public string Heading { get; }

    /// <summary>The 1-based line of its first text line.</summary>
    public int Line { get; }

    /// <summary>Its lines, joined with new lines.</summary>
    public string Text { get; }

    /// <summary>The heading and the first characters.</summary>
    /// <returns>For example <c>一、主要职责 (line 44): （一）拟订…</c>.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Heading} (line {Line}): ") + (Text.Length > 40 ? Text[..40] + "…" : Text);
}

/// <summary>
/// What reading a disclosure document gave: the department budget, the diagnostics (in line order), and the text
/// the model does not hold. Reading never throws; a document that could not be read at all gives a budget with
/// no table and an error diagnostic.
/// </summary>
/// <remarks>Immutable; equal when every property is equal, lists included.</remarks>
public sealed record DisclosureReadResult
{
    /// <summary>Creates a result.</summary>
    /// <param name="budget">The budget read.</param>
    /// <param name="diagnostics">The diagnostics.</param>
    /// <param name="passages">The text kept outside the model.</param>
    public DisclosureReadResult(Statements.DepartmentBudget budget, IEnumerable<ReadDiagnostic> diagnostics, IEnumerable<Passage> passages)
        : this(budget, diagnostics, passages, null)
    {
    }

    /// <summary>Creates a result with tables of kinds the typed budget does not hold.</summary>
    /// <param name="budget">The budget read.</param>
    /// <param name="diagnostics">The diagnostics.</param>
    /// <param name="passages">The text kept outside the model.</param>
    /// <param name="otherTables">Tables of other schemas, in printed order.</param>
    public DisclosureReadResult(Statements.DepartmentBudget budget, IEnumerable<ReadDiagnostic> diagnostics, IEnumerable<Passage> passages, IEnumerable<Tables.Table>? otherTables)
        : this(budget, diagnostics, passages, otherTables, null)
    {
    }

    /// <summary>Creates a result from a disclosure of any template (a PDF's, whose tables need not be the nine
    /// standard ones). <see cref="Budget"/> is its typed view where it has one (with the stand-in code 0 when it prints
    /// none), else an empty budget of the same body, year and kind.</summary>
    /// <param name="disclosure">The disclosure read, passages included.</param>
    /// <param name="diagnostics">The diagnostics.</param>
    public DisclosureReadResult(Statements.Disclosure disclosure, IEnumerable<ReadDiagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(disclosure);
        Disclosure = disclosure;
        Diagnostics = ValueList.From(diagnostics);
        Passages = ValueList.From(disclosure.Passages);
        Budget = Statements.StandardTables.TryToBudget(disclosure, out var budget, out _) ? budget
            : disclosure.Body.Code is null && Statements.StandardTables.TryToBudget(disclosure.WithBody(disclosure.Body.WithCode("0")), out var standIn, out _) ? standIn
            : new Statements.DepartmentBudget(new Classification.Department(disclosure.Body.Code ?? "0", disclosure.Body.Name.Length > 0 ? disclosure.Body.Name : "未知"), disclosure.FiscalYear, disclosure.Kind);
    }

    /// <summary>Creates a result whose standard tables are given the lines they were read from.</summary>
    internal DisclosureReadResult(Statements.DepartmentBudget budget, IEnumerable<ReadDiagnostic> diagnostics, IEnumerable<Passage> passages, IEnumerable<Tables.Table>? otherTables, Func<Tables.Table, Tables.Table>? locate)
    {
        ArgumentNullException.ThrowIfNull(budget);
        Budget = budget;
        Diagnostics = ValueList.From(diagnostics);
        Passages = ValueList.From(passages);
        var disclosure = Statements.StandardTables.ToDisclosure(budget, Passages);

        // A document that prints no department code has none: the budget's stand-in code 0 is not carried over.
        if (Diagnostics.Any(d => d.Code == ReadRules.MissingDepartment.Id))
        {
            disclosure = disclosure.WithBody(disclosure.Body.WithCode(null));
        }

        Disclosure = disclosure.WithTables(disclosure.Tables.Select(locate ?? (t => t)).Concat(otherTables ?? []));
    }

    /// <summary>Everything read as a disclosure: the typed budget's tables (in standard order), then the tables of
    /// other schemas (in printed order), the narrative, 其他重要事项, the sheets and the kept passages. Its body has no
    /// code when the document prints none (RD018), where <see cref="Budget"/> has the stand-in 0.</summary>
    public Statements.Disclosure Disclosure { get; }

    /// <summary>The department budget read.</summary>
    public Statements.DepartmentBudget Budget { get; }

    /// <summary>The diagnostics, in line order.</summary>
    public IReadOnlyList<ReadDiagnostic> Diagnostics { get; }

    /// <summary>Text of the document the model does not hold, in order.</summary>
    public IReadOnlyList<Passage> Passages { get; }

    /// <summary>Whether any diagnostic is an error (a figure could not be read).</summary>
    public bool HasErrors => Diagnostics.Any(d => d.Severity == Severity.Error);

    /// <summary>The diagnostics with a given rule id.</summary>
    /// <param name="code">The id, for example <c>RD019</c>.</param>
    /// <returns>Those diagnostics, in line order.</returns>
    public IReadOnlyList<ReadDiagnostic> DiagnosticsOf(string code) => ValueList.From(Diagnostics.Where(d => d.Code == code));

    /// <summary>A summary.</summary>
    /// <returns>For example <c>[117]人力资源社会保障部 2024: 9 tables, 20 sheets, 72 narrative figures; 5 diagnostics (0 errors)</c>.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{(Disclosure.Body.Code is { } code ? "[" + code + "]" : string.Empty)}{Disclosure.Body.Name} {Disclosure.FiscalYear}: {Disclosure.Tables.Count} tables, {Disclosure.PerformanceSheets.Count} sheets, {Disclosure.Narrative.Count} narrative figures; {Diagnostics.Count} diagnostics ({Diagnostics.Count(d => d.Severity == Severity.Error)} errors)");
}
