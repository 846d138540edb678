using System.Text;

namespace Budget.Domain.Reading;

/// <summary>
/// Reads a published department budget (部门预算公开) from the text that PDF-to-text and PDF-to-Markdown converters
/// produce: headings in any of their forms, tab-separated tables whose columns are found by their header text,
/// the narrative (情况说明 and 其他重要事项) and the project performance target sheets. It never throws: what it
/// cannot read is reported as a <see cref="ReadDiagnostic"/> with its line, column and raw text, and text the
/// model does not hold is kept as <see cref="Passage"/>s.
/// </summary>
/// <remarks>
/// Reading is deterministic and linear in the length of the text (no regular expression). docs/reading.md describes
/// the layouts it accepts and lists its diagnostics; <see cref="DisclosureWriter"/> prints a budget in the same
/// layout, and reading what it prints gives the same budget back.
/// </remarks>
public static class DisclosureReader
{
    /// <summary>Reads a document from a string.</summary>
    /// <param name="text">The document's text (a leading byte-order mark is ignored); null reads as empty.</param>
    /// <returns>The budget, the diagnostics and the passages kept.</returns>
    public static DisclosureReadResult Read(string? text) => DocumentReader.Read(text ?? string.Empty);

    /// <summary>Reads a document from a text reader, to its end.</summary>
    /// <param name="reader">The reader.</param>
    /// <returns>The budget, the diagnostics and the passages kept.</returns>
    public static DisclosureReadResult Read(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return DocumentReader.Read(reader);
    }

    /// <summary>Reads a document from a stream of UTF-8 (with or without a byte-order mark), to its end.</summary>
    /// <param name="stream">The stream; it is not closed.</param>
    /// <returns>The budget, the diagnostics and the passages kept. Bytes that are not UTF-8 read as U+FFFD and are reported.</returns>
    public static DisclosureReadResult Read(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var reader = new StreamReader(stream, new UTF8Encoding(false, false), detectEncodingFromByteOrderMarks: true, bufferSize: 16 * 1024, leaveOpen: true);
        return DocumentReader.Read(reader);
    }
}
