using Budget.Domain.Money;
using Budget.Domain.Reading;
using Budget.Domain.Statements;
using Budget.Domain.Tables;

namespace Budget.Domain.Tests.Reading;

/// <summary>Tables of kinds the typed budget does not have, read from the text layout over their schemas.</summary>
public class SchemaTableReadingTests
{
    private static readonly string Extra = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Reading", "Data", "schema-tables.txt"));

    private static DisclosureReadResult Read() => DisclosureReader.Read(MohrssDisclosure.Text + "\n\n" + Extra);

    [Fact]
    public void A_shanghai_table_and_a_final_accounts_table_are_read_by_their_schemas_titles_and_headers()
    {
        var result = Read();
        var local = result.Disclosure.Table("budget.local.expenditure");
        Assert.NotNull(local);
        Assert.Equal(AmountUnit.Yuan, local.Unit);
        Assert.Equal("2025年部门支出预算总表", local.Title);
        Assert.Equal(6, local.Rows.Count);
        var row = local.RowOfCode("2011302")!;
        Assert.True(row["basic"].IsBlank);
        Assert.Equal(Amount.FromYuan(4545000m), row["project"].Amount.Amount);
        Assert.True(row["project"].Location.Line > 0 && row["project"].Location.Column > 0);

        var final = result.Disclosure.Table("final.expenditure")!;
        Assert.Equal(Amount.FromWanYuan(307.82m), final.Total!["total"].Amount.Amount);
        Assert.Equal(Amount.FromWanYuan(62.63m), final.RowOfCode("201")!["basic"].Amount.Amount);
    }

    [Fact]
    public void The_seed_s_own_tables_and_figures_are_unchanged_and_a_bad_cell_is_a_diagnostic_with_its_place()
    {
        var result = Read();
        Assert.Equal(MohrssDisclosure.Read().Budget, result.Budget);
        Assert.Equal(11, result.Disclosure.Tables.Count);
        var bad = Assert.Single(result.DiagnosticsOf("RD001"));
        Assert.True(bad.Line > 0 && bad.Column > 0);
        Assert.Contains("x.y", bad.Raw, StringComparison.Ordinal);
        Assert.True(result.Disclosure.Table("final.expenditure")!.RowOfCode("2013999")!["total"].IsBlank);
    }

    [Fact]
    public void The_seed_alone_reads_to_its_nine_tables_as_a_disclosure()
    {
        var result = MohrssDisclosure.Read();
        Assert.Equal(9, result.Disclosure.Tables.Count);
        Assert.Equal(result.Passages, result.Disclosure.Passages);

        // Each table and row knows the line it was read from; the typed budget is the disclosure's typed view, and the
        // disclosure holds every figure of it (its labels as printed: 201 一般公共服务支出, 合 计).
        Assert.All(result.Disclosure.Tables, t => Assert.True(t.Location.Line > 0, t.Title));
        Assert.All(result.Disclosure.Tables.SelectMany(t => t.Rows), r => Assert.True(r.Location.Line > 0, r.ToString()));
        Assert.Equal(result.Budget, result.Disclosure.ToBudget());
        var typed = result.Budget.ToDisclosure(result.Passages);
        Assert.Equal(
            typed.Tables.SelectMany(t => t.Rows.Select(r => (t.Schema.Id, r.Key, Cells: string.Join(",", r.Cells.Where(c => c.HasFigure || !c.IsBlank).OrderBy(c => c.Column, StringComparer.Ordinal).Select(c => c.Column + "=" + c.Amount + c.Rate))))),
            result.Disclosure.Tables.SelectMany(t => t.Rows.Select(r => (t.Schema.Id, r.Key, Cells: string.Join(",", r.Cells.Where(c => c.HasFigure || !c.IsBlank).OrderBy(c => c.Column, StringComparer.Ordinal).Select(c => c.Column + "=" + c.Amount + c.Rate))))));
    }

    [Fact]
    public void A_document_without_a_department_code_reads_to_a_disclosure_without_one()
    {
        var result = DisclosureReader.Read("# 上海市某区某局 2025 年度预算\n\n" + Extra);
        Assert.Single(result.DiagnosticsOf("RD018"));
        Assert.Equal("0", result.Budget.Department.Code);
        Assert.Null(result.Disclosure.Body.Code);
        Assert.Equal(2, result.Disclosure.Tables.Count);
        Assert.Equal(2025, result.Disclosure.FiscalYear);
    }

    [Fact]
    public void A_typed_table_s_header_in_a_wording_its_schema_lists_is_read()
    {
        // 对下级单位补助支出 and 经营支出 are aliases the schema budget.central.expenditure lists (universities print them).
        string text = MohrssDisclosure.Text.Replace("\t事业单位经营支出\t对附属单位 补助支出", "\t经营支出\t对下级单位补助支出", StringComparison.Ordinal);
        Assert.NotEqual(MohrssDisclosure.Text, text);
        var result = DisclosureReader.Read(text);
        Assert.Equal(MohrssDisclosure.Read().Budget, result.Budget);
        Assert.Equal(MohrssDisclosure.Read().DiagnosticsOf("RD008").Count, result.DiagnosticsOf("RD008").Count);
        Assert.Equal(MohrssDisclosure.Read().DiagnosticsOf("RD007").Count, result.DiagnosticsOf("RD007").Count);
    }
}
