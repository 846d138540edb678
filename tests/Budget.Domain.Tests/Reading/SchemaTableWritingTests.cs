using Budget.Domain.Reading;
using Budget.Domain.Statements;
using Budget.Domain.Tables;
using Budget.Domain.Tests.Statements;
using Budget.Domain.Tests.Tables;

namespace Budget.Domain.Tests.Reading;

/// <summary>Print → read over the schemas: the seed with every corpus document's tables of other kinds.</summary>
public class SchemaTableWritingTests
{
    public static TheoryData<string> Documents => new(CorpusDocuments.Names);

    private static object Shape(Table t) => new
    {
        t.Schema.Id,
        t.Title,
        t.Unit,
        Rows = string.Join("\n", t.Rows.Select(r => $"{r.Key}|{r.Label}|{string.Join(",", r.Cells.Select(c => c.Column + "=" + c.Format(t.Unit)))}")),
    };

    [Theory]
    [MemberData(nameof(Documents))]
    public void A_disclosure_printed_and_read_back_has_the_same_tables(string name)
    {
        var others = CorpusDocuments.Build(name).Disclosure.Tables.Where(t => t.Schema.StandardKind is null && t.Rows.Count > 0).ToList();
        var disclosure = MohrssBudget2024.Build().ToDisclosure();
        disclosure = disclosure.WithTables(disclosure.Tables.Concat(others));
        string text = DisclosureWriter.Write(disclosure);
        var read = DisclosureReader.Read(text);
        Assert.Equal(MohrssBudget2024.Build(), read.Budget with { });
        var back = read.Disclosure.Tables.Where(t => t.Schema.StandardKind is null).ToList();
        Assert.Equal(others.Select(Shape), back.Select(Shape));
        Assert.Empty(read.DiagnosticsOf("RD001"));
        Assert.Empty(read.DiagnosticsOf("RD014"));
        Assert.Equal(text, DisclosureWriter.Write(read.Disclosure));
    }
}
