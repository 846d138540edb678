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
    public static DisclosureReadResult Read(string? text) => Pipeline(SourceLine.Split(text ?? string.Empty), null);

    /// <summary>Reads a document from a text reader, to its end.</summary>
    /// <param name="reader">The reader.</param>
    /// <returns>The budget, the diagnostics and the passages kept.</returns>
    public static DisclosureReadResult Read(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return Pipeline(SourceLine.Split(reader), null);
    }

    /// <summary>Reads the lines through the shared pipeline: the text source, then <see cref="Layout.LayoutReader"/>.
    /// A text that states no department code is said (RD018): its typed budget has the stand-in code 0.</summary>
    private static DisclosureReadResult Pipeline(List<SourceLine> lines, IEnumerable<ReadDiagnostic>? decoding)
    {
        var result = Layout.LayoutReader.Read(Layout.TextLayout.Of(lines, decoding));
        if (result.Disclosure.Body.Code is not null || result.Diagnostics.Any(d => d.Code == ReadRules.NothingRead.Id))
        {
            return new DisclosureReadResult(result.Disclosure, InLineOrder(result.Diagnostics));
        }

        return new DisclosureReadResult(result.Disclosure, InLineOrder(result.Diagnostics).Append(new ReadDiagnostic(ReadRules.MissingDepartment, 0, 0, "The department's code is stated neither in the title ([code]name) nor on a performance sheet; the code 0 stands in.", result.Disclosure.Body.Name)));
    }

    /// <summary>Reads a document from a stream, to its end: UTF-8 (with or without a byte-order mark), UTF-16 with a
    /// byte-order mark, or GB18030/GBK/GB2312 (detected when the bytes are not UTF-8 and are GB18030; RD034 names it).</summary>
    /// <param name="stream">The stream; it is not closed.</param>
    /// <returns>The budget, the diagnostics and the passages kept. Bytes of no encoding read as U+FFFD in UTF-8 and are reported (RD024).</returns>
    public static DisclosureReadResult Read(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        var (text, encoding) = Decode(copy.GetBuffer().AsSpan(0, (int)copy.Length));
        return Pipeline(SourceLine.Split(text), encoding is null ? [] : [new ReadDiagnostic(ReadRules.TextEncoding, 0, 0, $"The text is not UTF-8; it was read as {encoding}.", encoding)]);
    }

    /// <summary>A text's diagnostics in the order of its lines (those of the whole document first), each line's in
    /// the order the stages found them.</summary>
    private static IEnumerable<ReadDiagnostic> InLineOrder(IEnumerable<ReadDiagnostic> diagnostics) => diagnostics.OrderBy(d => d.Line);

    /// <summary>The text of some bytes, and the encoding used when it was not UTF-8.</summary>
    private static (string Text, string? Encoding) Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith("\uFEFF"u8))
        {
            return (new UTF8Encoding(false, false).GetString(bytes[3..]), null);
        }

        if (bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE)
        {
            return (Encoding.Unicode.GetString(bytes[2..]), "UTF-16 (little-endian, by its byte-order mark)");
        }

        if (bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF)
        {
            return (Encoding.BigEndianUnicode.GetString(bytes[2..]), "UTF-16 (big-endian, by its byte-order mark)");
        }

        try
        {
            return (new UTF8Encoding(false, true).GetString(bytes), null);
        }
        catch (DecoderFallbackException)
        {
        }

        // GB18030 is a superset of GBK and GB2312; the code-page provider is used directly, nothing is registered.
        var gb = CodePagesEncodingProvider.Instance.GetEncoding(54936, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
        if (gb is not null)
        {
            try
            {
                return (gb.GetString(bytes), "GB18030 (GBK)");
            }
            catch (DecoderFallbackException)
            {
            }
        }

        return (new UTF8Encoding(false, false).GetString(bytes), null);
    }
}
