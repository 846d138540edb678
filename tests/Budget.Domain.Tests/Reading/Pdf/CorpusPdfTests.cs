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
