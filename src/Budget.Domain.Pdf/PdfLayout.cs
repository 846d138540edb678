using Budget.Domain.Reading;
using Budget.Domain.Reading.Layout;
using Budget.Domain.Tables;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Exceptions;

namespace Budget.Domain.Pdf;

/// <summary>
/// The PDF source of the reading pipeline: opens a PDF with PdfPig and gives its pages as positioned words (a
/// <see cref="LayoutDocument"/>). It never throws for any input: a file that is not a PDF, is encrypted, damaged or
/// truncated, or has no text layer gives a document with what could be read and a diagnostic that says what to do.
/// </summary>
public static class PdfLayout
{
    private static readonly ParsingOptions Options = new() { UseLenientParsing = true, SkipMissingFonts = true };

    /// <summary>Reads the pages of a PDF held in memory.</summary>
    /// <param name="pdf">The bytes of the file.</param>
    /// <returns>The pages as words, and the source's diagnostics.</returns>
    public static LayoutDocument Open(ReadOnlyMemory<byte> pdf)
    {
        var diagnostics = new List<ReadDiagnostic>();
        if (!IsPdf(pdf.Span))
        {
            diagnostics.Add(new ReadDiagnostic(ReadRules.NotPdf, SourceLocation.None, "The input does not start with %PDF: it is not a PDF file (a web page, an archive or an empty download?).", Head(pdf.Span)));
            return new LayoutDocument([], diagnostics);
        }

        PdfDocument document;
        try
        {
            document = PdfDocument.Open(pdf.ToArray(), Options);
        }
        catch (PdfDocumentEncryptedException e)
        {
            diagnostics.Add(new ReadDiagnostic(ReadRules.EncryptedPdf, SourceLocation.None, "The PDF is encrypted: give the reader a copy without the password.", e.Message));
            return new LayoutDocument([], diagnostics);
        }
#pragma warning disable CA1031 // Any failure of the PDF library on a damaged file is a diagnostic, never an exception.
        catch (Exception e)
#pragma warning restore CA1031
        {
            diagnostics.Add(new ReadDiagnostic(ReadRules.DamagedPdf, SourceLocation.None, $"The PDF cannot be opened ({e.GetType().Name}): it is damaged or truncated; download it again.", e.Message));
            return new LayoutDocument([], diagnostics);
        }

        using (document)
        {
            var pages = new List<LayoutPage>();
            int count = SafeCount(document, diagnostics);
            for (int number = 1; number <= count; number++)
            {
                try
                {
                    var page = document.GetPage(number);
                    var words = page.GetWords()
                        .Where(w => !string.IsNullOrWhiteSpace(w.Text))
                        .Select(w => new LayoutWord(w.Text, (float)w.BoundingBox.Left, (float)w.BoundingBox.Bottom, (float)w.BoundingBox.Right, (float)w.BoundingBox.Top))
                        .ToList();
                    pages.Add(new LayoutPage(number, (float)page.Width, (float)page.Height, words));
                }
#pragma warning disable CA1031 // A page the PDF library cannot read is left out and reported.
                catch (Exception e)
#pragma warning restore CA1031
                {
                    diagnostics.Add(new ReadDiagnostic(ReadRules.DamagedPdf, SourceLocation.OnPage(number), $"Page {number} cannot be read ({e.GetType().Name}); it is left out.", e.Message));
                }
            }

            if (pages.Count > 0 && pages.All(p => p.Words.Count == 0))
            {
                diagnostics.Add(new ReadDiagnostic(ReadRules.NoTextLayer, SourceLocation.None, $"None of the {pages.Count} pages holds text (a scanned document): no text to read, run OCR first.", string.Empty));
            }

            return new LayoutDocument(pages, diagnostics);
        }
    }

    /// <summary>Reads the pages of a PDF from a stream, to its end.</summary>
    /// <param name="stream">The stream; it is not closed.</param>
    /// <returns>The pages as words, and the source's diagnostics.</returns>
    public static LayoutDocument Open(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return Open(copy.GetBuffer().AsMemory(0, (int)copy.Length));
    }

    private static int SafeCount(PdfDocument document, List<ReadDiagnostic> diagnostics)
    {
        try
        {
            return document.NumberOfPages;
        }
#pragma warning disable CA1031 // A page tree the PDF library cannot read is reported.
        catch (Exception e)
#pragma warning restore CA1031
        {
            diagnostics.Add(new ReadDiagnostic(ReadRules.DamagedPdf, SourceLocation.None, "The PDF's page tree cannot be read: it is damaged or truncated; download it again.", e.Message));
            return 0;
        }
    }

    /// <summary>Whether bytes are a PDF's: <c>%PDF-</c> within the first kilobyte, as readers allow.</summary>
    /// <param name="bytes">The start of the file, or all of it.</param>
    /// <returns>Whether it is a PDF header.</returns>
    public static bool IsPdf(ReadOnlySpan<byte> bytes) => bytes[..Math.Min(bytes.Length, 1024)].IndexOf("%PDF-"u8) >= 0;

    private static string Head(ReadOnlySpan<byte> bytes)
    {
        var head = bytes[..Math.Min(bytes.Length, 16)];
        return string.Concat(head.ToArray().Select(b => b is >= 0x20 and < 0x7f ? ((char)b).ToString() : "."));
    }
}
