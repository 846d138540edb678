// The main job: read the MOHRSS 2024 department budget as published (the document's text, as PDF-to-text
// converters produce it: Data/mohrss-2024-budget.txt) into the model, report what the reader could not read, and
// validate the disclosure with the library's rule catalogue (DisclosureValidator: every table, narrative, 其他重要事项
// and sheet rule, exact rounding intervals, joint intervals). Findings are results, not failures: the exit code is 1
// only when the document cannot be read.
//
//   dotnet run --project samples/Budget.Report                       (the embedded sample)
//   dotnet run --project samples/Budget.Report -- other-budget.txt   (any document in the same text layout)
//   dotnet run --project samples/Budget.Report -- other.budget.json  (a budget or disclosure in the library's JSON)
//   options: --zh (the report in Chinese), --json (the report as JSON), --strict (the strict rule set too)
using Budget.Domain;
using Budget.Domain.Money;
using Budget.Domain.Reading;
using Budget.Domain.Serialization;
using Budget.Domain.Statements;
using Budget.Domain.Validation;

var options = args.Where(a => a.StartsWith("--", StringComparison.Ordinal)).ToHashSet(StringComparer.Ordinal);
var files = args.Where(a => !a.StartsWith("--", StringComparison.Ordinal)).ToList();
string path = files.Count > 0 ? files[0] : Path.Combine(AppContext.BaseDirectory, "Data", "mohrss-2024-budget.txt");
Disclosure disclosure;
if (path.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
{
    ParseResult<Disclosure> read;
    using (var stream = File.OpenRead(path))
    {
        read = BudgetJson.DeserializeDisclosure(stream);
    }

    if (read.Error is { } readError)
    {
        Console.Error.WriteLine($"{path}: {readError}");
        return 1;
    }

    disclosure = read.Value;
}
else
{
    DisclosureReadResult document;
    using (var stream = File.OpenRead(path))
    {
        document = DisclosureReader.Read(stream);
    }

    var notable = document.Diagnostics.Where(d => d.Severity != Severity.Information).ToList();
    Console.WriteLine($"Read {Path.GetFileName(path)}: {document}");
    Console.WriteLine($"  {document.Passages.Count} passages of text kept outside the model; {notable.Count} diagnostics beyond them:");
    foreach (var diagnostic in notable)
    {
        Console.WriteLine($"  line {diagnostic}");
    }

    if (document.DiagnosticsOf(ReadRules.NothingRead.Id).Count > 0)
    {
        return 1;
    }

    disclosure = document.Disclosure;
}

Console.WriteLine(disclosure);
foreach (var table in disclosure.Tables)
{
    Console.WriteLine($"  {table.Title ?? table.Schema.Title,-24} {table.Rows.Count,3} rows  单位：{table.Unit.Symbol()}{(table.Note is null ? string.Empty : "  注：" + table.Note)}");
}

var validator = new DisclosureValidator(ValidationOptions.Default.WithStrict(options.Contains("--strict")));
var report = validator.Run(disclosure);
Console.WriteLine();
Console.WriteLine(options.Contains("--json") ? report.ToJson() : report.ToText(options.Contains("--zh") ? Language.Chinese : Language.English));
Console.WriteLine();
Console.WriteLine($"{report.Tallies.Sum(t => t.Checks)} checks: {report.Count(Severity.Error)} errors, {report.Count(Severity.Warning)} warnings, {report.Count(Severity.Information)} notes.");
return 0;
