using Budget.Domain.Statements;
using Budget.Domain.Money;
using Budget.Domain.Tests.Tables;
using Xunit.Abstractions;

namespace Budget.Domain.Tests.Reading.Pdf;

/// <summary>The eight corpus PDFs read through PdfPig and the layout pipeline, against the independent transcription.</summary>
public class CorpusPdfTests(ITestOutputHelper output)
{
    public static TheoryData<string> Documents => new(CorpusDocuments.Names);

    [Theory]
    [MemberData(nameof(Documents))]
    public void Every_table_is_read_cell_by_cell_as_printed(string name)
    {
        var expected = CorpusDocuments.Build(name).Disclosure;
        var read = CorpusPdf.Read(name);
        var differences = CorpusPdf.Pairs(expected, read.Disclosure).SelectMany(p => CorpusPdf.Differences(p.Expected, p.Read)).ToList();
        foreach (var d in read.Diagnostics)
        {
            output.WriteLine(d.ToString());
        }

        Assert.True(differences.Count == 0, $"{differences.Count} differences:\n" + string.Join("\n", differences.Take(60)));
    }
}

/// <summary>What the corpus PDFs say of themselves, and what the reader says of them.</summary>
public class CorpusPdfDocumentTests
{
    public static TheoryData<string> Documents => new(CorpusDocuments.Names);

    [Theory]
    [MemberData(nameof(Documents))]
    public void The_tables_are_the_printed_ones_and_the_body_year_and_kind_are_the_document_s(string name)
    {
        var expected = CorpusDocuments.Build(name).Disclosure;
        var read = CorpusPdf.Read(name);
        Assert.Equal(expected.Tables.Select(t => t.Schema.Id), read.Disclosure.Tables.Select(t => t.Schema.Id));
        Assert.Equal(expected.FiscalYear, read.Disclosure.FiscalYear);
        Assert.Equal(expected.Kind, read.Disclosure.Kind);
        Assert.Equal(expected.Body.Scope, read.Disclosure.Body.Scope);
        Assert.Equal(expected.Body.Name, read.Disclosure.Body.Name);
        Assert.DoesNotContain(read.Diagnostics, d => d.Severity == Budget.Domain.Validation.Severity.Error);
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void Every_cell_knows_its_page_and_box_on_the_page(string name)
    {
        var read = CorpusPdf.Read(name);
        var cells = read.Disclosure.Tables.SelectMany(t => t.Rows.SelectMany(r => r.Cells.Select(c => (t, c)))).ToList();
        Assert.NotEmpty(cells);
        Assert.All(cells, x => Assert.True(x.c.Location.HasBox && x.c.Location.Page >= x.t.Location.Page, $"{x.t.Title} {x.c}"));
    }

    [Fact]
    public void A_table_that_runs_over_two_pages_has_rows_on_both()
    {
        var table = CorpusPdf.Read("putuo-wanli-2023-budget").Disclosure.Tables.First(t => t.Schema.Id == "budget.local.income");
        Assert.Equal([11, 12, 13, 14], table.Rows.Select(r => r.Location.Page).Distinct().Order());
    }
}

/// <summary>Validation finds the same in a read PDF as in its transcription: every total and identity checked.</summary>
public class CorpusPdfValidationTests
{
    public static TheoryData<string> Documents => new(CorpusDocuments.Names);

    [Theory]
    [MemberData(nameof(Documents))]
    public void Validating_the_read_pdf_finds_what_validating_the_transcription_finds(string name)
    {
        // The transcription holds the tables only: the narrative's own findings are another test's.
        var read = Budget.Domain.Validation.DisclosureValidator.Check(CorpusPdf.Read(name).Disclosure.WithNarrative(null).WithOtherMatters(null).WithPerformanceSheets(null));
        var transcribed = Budget.Domain.Validation.DisclosureValidator.Check(CorpusDocuments.Build(name).Disclosure);
        static IEnumerable<string> Key(Budget.Domain.Validation.ValidationReport r) =>
            r.Findings.Select(f => $"{f.Rule.Id} {f.Evidence.Stated} {f.Evidence.Expected}").Order(StringComparer.Ordinal);
        Assert.Equal(Key(transcribed), Key(read));
        // The same checks were made: every table identity and total of the transcription is checked in the PDF too.
        // (DH002 looks for template placeholders in every text, and the PDF has more text: its passages and notes.)
        static IEnumerable<string> Tallies(Budget.Domain.Validation.ValidationReport r) => r.Tallies.Where(t => t.Rule.Id != "DH002").Select(t => $"{t.Rule.Id}: {t.Checks}");
        Assert.Equal(Tallies(transcribed), Tallies(read));
        Assert.True(read.Tallies.Sum(t => t.Checks) > 50);
    }
}

/// <summary>The narrative read from the PDFs, checked against their tables: what the validator finds.</summary>
public class CorpusPdfNarrativeValidationTests
{
    public static TheoryData<string> Documents => new(CorpusDocuments.Names);

    [Theory]
    [MemberData(nameof(Documents))]
    public void The_narrative_s_figures_of_rows_are_checked_against_the_tables_and_a_changed_one_is_found(string name)
    {
        var read = CorpusPdf.Read(name).Disclosure;
        var report = Budget.Domain.Validation.DisclosureValidator.Check(read);
        Assert.True(report.Tallies.Single(t => t.Rule.Id == "NR001").Checks > 5, $"{name}: NR001 checks {report.Tallies.Single(t => t.Rule.Id == "NR001").Checks}");

        // Each of the first figures of a row (a resolved 类/款/项 path, in the document's own measure), made 100 万元
        // larger, is an NR001 error of its own; a document whose narrative names no row has a whole that is.
        int errors = report.Findings.Count(f => f.Rule.Id == "NR001" && f.Severity == Budget.Domain.Validation.Severity.Error);
        bool Found(int i)
        {
            var figure = read.Narrative[i];
            var changed = new NarrativeFigure(figure.Section, figure.Subject, figure.Kind, figure.Amount!.Value + Amount.FromWanYuan(100), figure.Rate, figure.Basis, figure.Direction, figure.Code, figure.Unit).WithLocation(figure.Location);
            var perturbed = read.WithNarrative(read.Narrative.Select((f, k) => k == i ? changed : f));
            return Budget.Domain.Validation.DisclosureValidator.Check(perturbed).Findings.Count(f => f.Rule.Id == "NR001" && f.Severity == Budget.Domain.Validation.Severity.Error) > errors;
        }

        var amounts = Enumerable.Range(0, read.Narrative.Count).Where(i => read.Narrative[i] is { Kind: FigureKind.Amount, Amount: not null }).ToList();
        var rows = amounts.Where(i => read.Narrative[i].Code is not null && read.Narrative[i].Subject.EndsWith('）')).Take(3).ToList();
        if (rows.Count > 0)
        {
            Assert.All(rows, i => Assert.True(Found(i), $"{name}: {read.Narrative[i]} made larger is not found"));
        }
        else
        {
            Assert.Contains(amounts, Found);
        }
    }
}

/// <summary>The narrative errors the validator finds in the PDFs, each explained from the printed pages (a finding that
/// cannot be explained is a bug): they are exactly these.</summary>
public class CorpusPdfNarrativeFindingsTests
{
    private static readonly Dictionary<string, string[]> Printed = new()
    {
        // 2080506's 2023 budget is stated as 441.25 万元, the figure of 2080505 above it; its tables print 220.6272 万元.
        ["putuo-wanli-2023-budget"] = ["NR001 441.25 万元"],
        // 2081005 is stated as 738.66 万元 twice; the tables print 958.4796 (all funds) and 696.4796 (一般公共预算).
        ["putuo-welfare-home-2024-unit-budget"] = ["NR001 738.66 万元", "NR001 738.66 万元"],
        // 一般公共预算财政拨款基本支出 is stated as 5377.64 万元, the basic expenditure of all funds; the 一般公共预算 tables
        // print 5364.75 (人员经费 4884.09 + 公用经费 480.66).
        ["putuo-planning-resources-2024-final-accounts"] = ["NR001 5377.64 万元"],
        // 上年结转 93,801.70 of 557,259.13 万元 is 16.83%, stated 16.84%.
        ["swu-2023-budget"] = ["NR002 16.84%"],
    };

    public static TheoryData<string> Documents => new(CorpusDocuments.Names);

    [Theory]
    [MemberData(nameof(Documents))]
    public void The_narrative_errors_are_the_inconsistencies_the_pages_print(string name)
    {
        var read = CorpusPdf.Read(name).Disclosure;
        var report = Budget.Domain.Validation.DisclosureValidator.Check(read);
        var errors = report.Findings.Where(f => f.Rule.Id.StartsWith("NR", StringComparison.Ordinal) && f.Severity == Budget.Domain.Validation.Severity.Error)
            .Select(f => $"{f.Rule.Id} {f.Evidence.Stated}").Order(StringComparer.Ordinal);
        Assert.Equal(Printed.GetValueOrDefault(name, []).Order(StringComparer.Ordinal), errors);
    }
}

/// <summary>What the reader says of a misprint, read as printed and never corrected silently.</summary>
public class CorpusPdfMisprintTests
{
    [Fact]
    public void A_code_printed_out_of_its_place_is_read_as_printed_and_said()
    {
        // The welfare home prints 事业单位医疗 as “7 11 02” under 210 in two tables.
        var read = CorpusPdf.Read("putuo-welfare-home-2024-unit-budget");
        var misplaced = read.DiagnosticsOf("RD004");
        Assert.Equal(2, misplaced.Count);
        Assert.All(misplaced, d => Assert.Contains("71102", d.Message, StringComparison.Ordinal));
        Assert.All(misplaced, d => Assert.True(d.Location.HasBox));
        Assert.Contains(read.Disclosure.Tables.SelectMany(t => t.Rows), r => r.Key == Budget.Domain.Tables.RowKey.Code("71102"));
        Assert.All(CorpusDocuments.Names.Where(n => n != "putuo-welfare-home-2024-unit-budget"), n => Assert.Empty(CorpusPdf.Read(n).DiagnosticsOf("RD004")));
    }
}
