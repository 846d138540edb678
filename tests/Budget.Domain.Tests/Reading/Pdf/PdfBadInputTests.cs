using System.Text;
using Budget.Domain.Pdf;
using Budget.Domain.Reading;
using FsCheck;
using FsCheck.Fluent;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Writer;

namespace Budget.Domain.Tests.Reading.Pdf;

/// <summary>Input that is not a readable budget PDF gives a diagnostic that says what to do, never an exception.</summary>
public class PdfBadInputTests
{
    private static readonly byte[] Corpus = File.ReadAllBytes(CorpusPdf.PathOf("putuo-commerce-2025-budget"));

    [Theory]
    [InlineData("<html><body>404</body></html>")]
    [InlineData("")]
    [InlineData("PK\u0003\u0004 an archive")]
    public void Bytes_that_are_not_a_pdf_say_so(string content)
    {
        var result = PdfDisclosureReader.Read(Encoding.UTF8.GetBytes(content));
        var d = Assert.Single(result.Diagnostics);
        Assert.Equal("RD030", d.Code);
        Assert.Contains("not a PDF", d.Message, StringComparison.Ordinal);
        Assert.Empty(result.Disclosure.Tables);
    }

    [Fact]
    public void A_pdf_without_text_says_to_run_ocr_first()
    {
        var builder = new PdfDocumentBuilder();
        builder.AddPage(595, 842).DrawRectangle(new PdfPoint(50, 50), 100, 100);
        var result = PdfDisclosureReader.Read(builder.Build());
        var d = Assert.Single(result.Diagnostics);
        Assert.Equal("RD033", d.Code);
        Assert.Contains("run OCR first", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_encrypted_pdf_says_a_password_is_needed()
    {
        var builder = new PdfDocumentBuilder();
        builder.AddPage(595, 842).DrawRectangle(new PdfPoint(50, 50), 100, 100);
        string pdf = Encoding.Latin1.GetString(builder.Build());
        string key = new('A', 64);
        int trailer = pdf.LastIndexOf("<<", StringComparison.Ordinal);
        pdf = pdf.Insert(trailer + 2, $"/Encrypt << /Filter /Standard /V 1 /R 2 /O <{key}> /U <{key}> /P -4 >> ");
        var result = PdfDisclosureReader.Read(Encoding.Latin1.GetBytes(pdf));
        var d = Assert.Single(result.Diagnostics);
        Assert.Equal("RD031", d.Code);
        Assert.Contains("password", d.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0.9)]
    [InlineData(0.5)]
    [InlineData(0.05)]
    public void A_truncated_pdf_says_it_is_damaged(double kept)
    {
        var result = PdfDisclosureReader.Read(Corpus.AsMemory(0, (int)(Corpus.Length * kept)));
        var d = Assert.Single(result.Diagnostics);
        Assert.Equal("RD032", d.Code);
        Assert.Contains("download it again", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_pdf_that_is_not_a_budget_says_no_table_was_found()
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(UglyToad.PdfPig.Fonts.Standard14Fonts.Standard14Font.Helvetica);
        builder.AddPage(595, 842).AddText("Quarterly newsletter 2024", 12, new PdfPoint(50, 700), font);
        var result = PdfDisclosureReader.Read(builder.Build());
        Assert.Contains(result.Diagnostics, d => d.Code == "RD029");
        Assert.Empty(result.Disclosure.Tables);
        Assert.Contains(result.Passages, p => p.Text.Contains("Quarterly newsletter", StringComparison.Ordinal));
    }

    /// <summary>Flipped bytes, cut-outs and truncations of a real budget PDF never throw, and never give an error
    /// without a diagnostic: what is read is read, what is not is said.</summary>
    [FsCheck.Xunit.Property(MaxTest = 40)]
    public Property A_mutated_pdf_never_throws()
    {
        var mutation = Gen.Elements(0, 1, 2).SelectMany(kind => Gen.Choose(0, Corpus.Length - 1).SelectMany(at => Gen.Choose(1, 4096).Select(length => (kind, at, length))));
        return Prop.ForAll(mutation.ToArbitrary(), m =>
        {
            byte[] bytes = m.kind switch
            {
                0 => Flip(m.at, m.length),
                1 => Corpus.Take(m.at).Concat(Corpus.Skip(Math.Min(Corpus.Length, m.at + m.length))).ToArray(),
                _ => Corpus[..Math.Max(1, m.at)],
            };
            var result = PdfDisclosureReader.Read(bytes);
            return result.Diagnostics.All(d => d.Code != "RD099") && (result.Disclosure.Tables.Count > 0 || result.Diagnostics.Count > 0);
        });
    }

    private static byte[] Flip(int at, int count)
    {
        byte[] copy = (byte[])Corpus.Clone();
        var random = new Random(at);
        for (int i = 0; i < Math.Min(count, 64); i++)
        {
            int index = (at + random.Next(count)) % copy.Length;
            copy[index] ^= (byte)(1 << random.Next(8));
        }

        return copy;
    }
}
