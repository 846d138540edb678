using System.Globalization;

namespace Budget.Domain.Reading.Layout;

/// <summary>
/// A document as positioned words on pages: what every source (PDF, text, OCR) turns its input into, and what
/// <see cref="LayoutReader"/> recognises tables, units and the document's facts in.
/// </summary>
/// <remarks>Immutable; equal when the pages and the source's diagnostics are equal.</remarks>
public sealed record LayoutDocument
{
    /// <summary>Creates a document.</summary>
    /// <param name="pages">The pages, in order (null reads as none).</param>
    /// <param name="diagnostics">What the source itself found (an encrypted or damaged file, a page it could not read).</param>
    public LayoutDocument(IEnumerable<LayoutPage>? pages, IEnumerable<ReadDiagnostic>? diagnostics = null)
    {
        Pages = ValueList.From(pages);
        Diagnostics = ValueList.From(diagnostics);
    }

    /// <summary>The pages, in order.</summary>
    public IReadOnlyList<LayoutPage> Pages { get; }

    /// <summary>What the source found while making the pages.</summary>
    public IReadOnlyList<ReadDiagnostic> Diagnostics { get; }

    /// <summary>How many pages and words.</summary>
    /// <returns>For example <c>26 pages, 5210 words</c>.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Pages.Count} pages, {Pages.Sum(p => p.Words.Count)} words");
}
