using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Budget.Domain.Validation;

/// <summary>How often a rule checked and what it concluded, in one report.</summary>
/// <remarks>Immutable; equal when every property is equal.</remarks>
public sealed record RuleTally
{
    /// <summary>Creates a tally.</summary>
    /// <param name="rule">The rule.</param>
    /// <param name="checks">How many checks it made.</param>
    public RuleTally(Rule rule, int checks)
    {
        ArgumentNullException.ThrowIfNull(rule);
        Rule = rule;
        Checks = Math.Max(0, checks);
    }

    /// <summary>The rule.</summary>
    public Rule Rule { get; }

    /// <summary>How many checks it made (identities, rates, rows, sheets).</summary>
    public int Checks { get; }

    /// <summary>The rule's id and its count.</summary>
    /// <returns>For example <c>TB001: 412 checks</c>.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Rule.Id}: {Checks} checks");
}

/// <summary>
/// The result of validating a disclosure: its findings in a stable order (severity, then rule id, then the order the
/// document prints them), the counts by severity and by rule, as JSON (docs/validation-report.md) or readable text in
/// Chinese or English.
/// </summary>
/// <remarks>Immutable; equal when every property is equal.</remarks>
public sealed record ValidationReport
{
    /// <summary>The schema name written in the JSON form.</summary>
    public const string SchemaName = "budget-domain/validation-report";

    /// <summary>The version of the JSON form.</summary>
    public const int SchemaVersion = 1;

    /// <summary>Creates a report.</summary>
    /// <param name="document">What was validated (the disclosing body and document).</param>
    /// <param name="fiscalYear">Its fiscal year.</param>
    /// <param name="findings">The findings, in any order.</param>
    /// <param name="tallies">How often each rule checked.</param>
    public ValidationReport(string document, int fiscalYear, IEnumerable<Finding>? findings, IEnumerable<RuleTally>? tallies)
    {
        Document = document ?? string.Empty;
        FiscalYear = fiscalYear;
        var order = RuleCatalogue.All.Select((r, i) => (r.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
        Findings = ValueList.From((findings ?? []).Select((f, i) => (f, i))
            .OrderBy(p => p.f.Severity)
            .ThenBy(p => order.GetValueOrDefault(p.f.RuleId, int.MaxValue))
            .ThenBy(p => p.f.RuleId, StringComparer.Ordinal)
            .ThenBy(p => p.i)
            .Select(p => p.f));
        Tallies = ValueList.From(tallies);
    }

    /// <summary>What was validated.</summary>
    public string Document { get; }

    /// <summary>Its fiscal year.</summary>
    public int FiscalYear { get; }

    /// <summary>The findings, in a stable order.</summary>
    public IReadOnlyList<Finding> Findings { get; }

    /// <summary>How often each rule checked.</summary>
    public IReadOnlyList<RuleTally> Tallies { get; }

    /// <summary>Whether any finding is an error.</summary>
    public bool HasErrors => Findings.Any(f => f.Severity == Severity.Error);

    /// <summary>The failing findings (outcome <see cref="Outcome.Fail"/>).</summary>
    public IReadOnlyList<Finding> Failures => ValueList.From(Findings.Where(f => f.Outcome == Outcome.Fail));

    /// <summary>How many findings have a severity.</summary>
    /// <param name="severity">The severity.</param>
    /// <returns>The count.</returns>
    public int Count(Severity severity) => Findings.Count(f => f.Severity == severity);

    /// <summary>How many findings a rule made.</summary>
    /// <param name="ruleId">The rule id.</param>
    /// <returns>The count.</returns>
    public int CountOf(string ruleId) => Findings.Count(f => f.RuleId == ruleId);

    /// <summary>The findings of one rule.</summary>
    /// <param name="ruleId">The rule id.</param>
    /// <returns>The findings, in report order.</returns>
    public IReadOnlyList<Finding> Of(string ruleId) => ValueList.From(Findings.Where(f => f.RuleId == ruleId));

    /// <summary>The report as readable text: a summary line, then each finding with its evidence.</summary>
    /// <param name="language">The language of the messages.</param>
    /// <returns>The text, one finding per paragraph.</returns>
    public string ToText(Language language)
    {
        var text = new StringBuilder();
        bool zh = language == Language.Chinese;
        text.Append(CultureInfo.InvariantCulture, $"{Document}: ");
        text.Append(zh
            ? string.Create(CultureInfo.InvariantCulture, $"错误 {Count(Severity.Error)}，警告 {Count(Severity.Warning)}，提示 {Count(Severity.Information)}（共检查 {Tallies.Sum(t => t.Checks)} 项）")
            : string.Create(CultureInfo.InvariantCulture, $"{Count(Severity.Error)} errors, {Count(Severity.Warning)} warnings, {Count(Severity.Information)} notes ({Tallies.Sum(t => t.Checks)} checks)"));
        text.Append('\n');
        foreach (var finding in Findings)
        {
            string severity = zh
                ? finding.Severity switch { Severity.Error => "错误", Severity.Warning => "警告", _ => "提示" }
                : finding.Severity.ToString();
            text.Append(CultureInfo.InvariantCulture, $"{finding.RuleId} {severity} {finding.Rule.TitleIn(language)}\n  {finding.MessageIn(language)}\n");
            foreach (var location in finding.Locations.Take(6))
            {
                text.Append(CultureInfo.InvariantCulture, $"  @ {location}{(location.Value.Length > 0 ? " = " + location.Value : string.Empty)}{(location.Source.IsKnown ? " (" + location.Source + ")" : string.Empty)}\n");
            }

            if (finding.Locations.Count > 6)
            {
                text.Append(CultureInfo.InvariantCulture, $"  @ … {finding.Locations.Count - 6} {(zh ? "处" : "more")}\n");
            }
        }

        return text.ToString();
    }

    /// <summary>The report as JSON (UTF-8), the form docs/validation-report.md documents.</summary>
    /// <returns>The JSON text, indented.</returns>
    public string ToJson()
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("schema", SchemaName);
            json.WriteNumber("version", SchemaVersion);
            json.WriteString("document", Document);
            json.WriteNumber("fiscalYear", FiscalYear);
            json.WriteStartObject("counts");
            json.WriteNumber("error", Count(Severity.Error));
            json.WriteNumber("warning", Count(Severity.Warning));
            json.WriteNumber("information", Count(Severity.Information));
            json.WriteEndObject();
            json.WriteStartArray("rules");
            foreach (var tally in Tallies)
            {
                json.WriteStartObject();
                json.WriteString("id", tally.Rule.Id);
                json.WriteNumber("checks", tally.Checks);
                json.WriteNumber("findings", CountOf(tally.Rule.Id));
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("findings");
            foreach (var finding in Findings)
            {
                Write(json, finding);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>The counts on one line.</summary>
    /// <returns>For example <c>人力资源社会保障部 2024: 2 errors, 5 warnings, 30 notes</c>.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Document}: {Count(Severity.Error)} errors, {Count(Severity.Warning)} warnings, {Count(Severity.Information)} notes");

    private static void Write(Utf8JsonWriter json, Finding finding)
    {
        json.WriteStartObject();
        json.WriteString("rule", finding.RuleId);
        json.WriteString("severity", Camel(finding.Severity.ToString()));
        json.WriteString("outcome", Camel(finding.Outcome.ToString()));
        json.WriteString("title", finding.Rule.Title);
        json.WriteString("titleEn", finding.Rule.EnglishTitle);
        json.WriteString("message", finding.ChineseMessage);
        json.WriteString("messageEn", finding.Message);
        json.WriteStartArray("locations");
        foreach (var location in finding.Locations)
        {
            json.WriteStartObject();
            Optional("table", location.Table);
            Optional("title", location.Title);
            Optional("row", location.Row);
            Optional("rowLabel", location.RowLabel);
            Optional("column", location.Column);
            Optional("value", location.Value);
            if (location.Source.Page > 0)
            {
                json.WriteNumber("page", location.Source.Page);
                if (location.Source.HasBox)
                {
                    json.WriteStartArray("box");
                    json.WriteNumberValue(location.Source.X);
                    json.WriteNumberValue(location.Source.Y);
                    json.WriteNumberValue(location.Source.Width);
                    json.WriteNumberValue(location.Source.Height);
                    json.WriteEndArray();
                }
            }

            if (location.Source.Line > 0)
            {
                json.WriteNumber("line", location.Source.Line);
                if (location.Source.Column > 0)
                {
                    json.WriteNumber("column", location.Source.Column);
                }
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
        var evidence = finding.Evidence;
        json.WriteStartObject("evidence");
        OptionalNull("stated", evidence.Stated);
        OptionalNull("expected", evidence.Expected);
        OptionalNull("difference", evidence.Difference);
        OptionalNull("envelope", evidence.Envelope);
        if (evidence.Contributors.Count > 0)
        {
            json.WriteStartArray("contributors");
            foreach (var c in evidence.Contributors)
            {
                json.WriteStringValue(c);
            }

            json.WriteEndArray();
        }

        if (evidence.Missing.Count > 0)
        {
            json.WriteStartArray("missing");
            foreach (var m in evidence.Missing)
            {
                json.WriteStringValue(m);
            }

            json.WriteEndArray();
        }

        json.WriteEndObject();
        json.WriteEndObject();

        void Optional(string name, string value)
        {
            if (value.Length > 0)
            {
                json.WriteString(name, value);
            }
        }

        void OptionalNull(string name, string? value)
        {
            if (value is not null)
            {
                json.WriteString(name, value);
            }
        }
    }

    private static string Camel(string name) => string.Concat(name[..1].ToLowerInvariant(), name.AsSpan(1));
}
