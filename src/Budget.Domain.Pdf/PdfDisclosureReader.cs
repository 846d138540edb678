using Budget.Domain.Reading;
using Budget.Domain.Reading.Layout;
using Budget.Domain.Tables;

namespace Budget.Domain.Pdf;

/// <summary>
/// Reads a published budget or final accounts from its PDF: <see cref="PdfLayout"/> gives the pages as words, and the
/// library's one recognition pipeline (<see cref="LayoutReader"/>) finds the tables, their units, columns and rows.
/// The result is the text reader's: the disclosure, the diagnostics (each with its page and box) and the kept text.
/// It never throws for any file content.
/// </summary>
public static class PdfDisclosureReader
{
    /// <summary>Reads a PDF file.</summary>
    /// <param name="path">The file's path.</param>
    /// <returns>The disclosure, the diagnostics and the passages kept.</returns>
    /// <exception cref="IOException">The file cannot be opened (the only failure that is not a diagnostic: there is no input).</exception>
    public static DisclosureReadResult Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return Read(File.ReadAllBytes(path));
    }

    /// <summary>Reads a PDF from a stream, to its end.</summary>
    /// <param name="stream">The stream; it is not closed.</param>
    /// <returns>The disclosure, the diagnostics and the passages kept.</returns>
    public static DisclosureReadResult Read(Stream stream) => LayoutReader.Read(PdfLayout.Open(stream));

    /// <summary>Reads a PDF held in memory.</summary>
    /// <param name="pdf">The bytes of the file.</param>
    /// <returns>The disclosure, the diagnostics and the passages kept.</returns>
    public static DisclosureReadResult Read(ReadOnlyMemory<byte> pdf) => LayoutReader.Read(PdfLayout.Open(pdf));

    /// <summary>Reads a PDF held in memory, finding tables by the schemas of a catalogue.</summary>
    /// <param name="pdf">The bytes of the file.</param>
    /// <param name="schemas">The table schemas.</param>
    /// <returns>The disclosure, the diagnostics and the passages kept.</returns>
    public static DisclosureReadResult Read(ReadOnlyMemory<byte> pdf, TableSchemaCatalogue schemas) => LayoutReader.Read(PdfLayout.Open(pdf), schemas);
}
