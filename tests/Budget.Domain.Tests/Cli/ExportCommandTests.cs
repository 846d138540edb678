using System.Text;
using Budget.Cli;
using Budget.Domain.Serialization;
using Budget.Domain.Tests.Reading.Pdf;

namespace Budget.Domain.Tests.Cli;

/// <summary><c>budget export</c>: a PDF, a text or a JSON disclosure to JSON or CSV on standard output.</summary>
public class ExportCommandTests
{
    private static (int Code, string Output, string Errors) Run(params string[] args)
    {
        using var output = new MemoryStream();
        using var errors = new StringWriter();
        int code = Commands.Run(args, output, errors);
        return (code, Encoding.UTF8.GetString(output.ToArray()), errors.ToString());
    }

    [Fact]
    public void A_pdf_exports_as_the_library_s_json_and_reads_back_to_what_was_read()
    {
        string name = "putuo-social-work-2024-final-accounts";
        var (code, output, _) = Run("export", CorpusPdf.PathOf(name));
        Assert.Equal(0, code);
        var back = BudgetJson.DeserializeDisclosure(output);
        Assert.True(back.Success, back.Error?.ToString());
        Assert.Equal(CorpusPdf.Read(name).Disclosure.Facts.Count, back.Value.Facts.Count);
        Assert.Equal(BudgetJson.Serialize(CorpusPdf.Read(name).Disclosure), BudgetJson.Serialize(back.Value));
    }

    [Fact]
    public void A_pdf_exports_as_csv_one_line_per_figure()
    {
        string name = "putuo-wanli-2025-budget";
        var (code, output, _) = Run("export", CorpusPdf.PathOf(name), "--format", "csv");
        Assert.Equal(0, code);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("table,row_kind,row_key", lines[0], StringComparison.Ordinal);
        Assert.Equal(CorpusPdf.Read(name).Disclosure.Facts.Count, lines.Length - 1);
    }

    [Fact]
    public void The_seed_s_text_and_a_json_disclosure_export_too()
    {
        string seed = Path.Combine(AppContext.BaseDirectory, "Reading", "Data", "mohrss-2024-budget.txt");
        var (code, json, _) = Run("export", seed);
        Assert.Equal(0, code);
        string path = Path.Combine(Path.GetTempPath(), $"budget-export-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, json);
        try
        {
            var (again, json2, _) = Run("export", path);
            Assert.Equal(0, again);
            Assert.Equal(json, json2);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Unreadable_input_exits_2_with_its_diagnostics_on_standard_error()
    {
        string path = Path.Combine(Path.GetTempPath(), $"budget-export-{Guid.NewGuid():N}.pdf");
        File.WriteAllText(path, "%PDF-1.7 nothing else");
        try
        {
            var (code, output, errors) = Run("export", path);
            Assert.Equal(2, code);
            Assert.Empty(output);
            Assert.Contains("RD032", errors, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }

        Assert.Equal(2, Run("export", "/no/such/file.pdf").Code);
    }

    [Theory]
    [InlineData()]
    [InlineData("export")]
    [InlineData("show", "x.pdf")]
    [InlineData("export", "x.pdf", "--format", "xml")]
    public void Bad_usage_exits_1_with_the_usage(params string[] args)
    {
        var (code, _, errors) = Run(args);
        Assert.Equal(1, code);
        Assert.Contains("usage: budget export", errors, StringComparison.Ordinal);
    }
}
