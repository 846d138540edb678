using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;

namespace Budget.Domain.Classification;

/// <summary>A CSV row that could not be loaded into a catalogue: where it is, what it said, and why.</summary>
/// <remarks>Immutable; equal when every property is equal.</remarks>
public sealed record CsvRowError
{
    /// <summary>Creates a row error.</summary>
    /// <param name="line">The 1-based line of the file where the row starts.</param>
    /// <param name="text">The row as it stands in the file.</param>
    /// <param name="message">What was wrong.</param>
    /// <param name="cause">The parse error of the code, when the code was at fault.</param>
    public CsvRowError(int line, string text, string message, ParseError? cause)
    {
        Line = line;
        Text = text ?? string.Empty;
        Message = message ?? string.Empty;
        Cause = cause;
    }

    /// <summary>The 1-based line of the file where the row starts.</summary>
    public int Line { get; }

    /// <summary>The row as it stands in the file.</summary>
    public string Text { get; }

    /// <summary>What was wrong.</summary>
    public string Message { get; }

    /// <summary>The parse error of the code, when the code was at fault.</summary>
    public ParseError? Cause { get; }

    /// <summary>Line, message and the row.</summary>
    /// <returns>For example <c>line 4: The code is not … ("2080x,行政运行")</c>.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"line {Line}: {Message} (\"{Text}\")");
}

/// <summary>A catalogue read from CSV, with the rows that could not be read.</summary>
/// <typeparam name="TCode">The code type of the list.</typeparam>
/// <remarks>Immutable; equal when catalogue and errors are equal.</remarks>
public sealed class CatalogueLoad<TCode> : IEquatable<CatalogueLoad<TCode>>
    where TCode : struct, IClassificationCode<TCode>
{
    internal CatalogueLoad(ClassificationCatalogue<TCode> catalogue, IReadOnlyList<CsvRowError> errors)
    {
        Catalogue = catalogue;
        Errors = errors;
    }

    /// <summary>The catalogue of every row that could be read.</summary>
    public ClassificationCatalogue<TCode> Catalogue { get; }

    /// <summary>The rows that could not be read, in file order.</summary>
    public IReadOnlyList<CsvRowError> Errors { get; }

    /// <summary>Whether any row could not be read.</summary>
    public bool HasErrors => Errors.Count > 0;

    /// <inheritdoc/>
    public bool Equals(CatalogueLoad<TCode>? other) =>
        other is not null && Catalogue.Equals(other.Catalogue) && Errors.SequenceEqual(other.Errors);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as CatalogueLoad<TCode>);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Catalogue, Errors.Count);

    /// <summary>The catalogue and the number of rows not read.</summary>
    /// <returns>For example <c>支出功能分类 2024: 106 codes (29 类), 2 rows not read</c>.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Catalogue}, {Errors.Count} rows not read");
}

/// <summary>
/// Reads and writes catalogues as CSV: <c>code,name[,level][,source]</c>, UTF-8, with an optional header row
/// (<c>code,name,level,source</c>). Reading never throws for bad rows: each is reported with its line and the
/// rest still load.
/// </summary>
public static class CatalogueCsv
{
    /// <summary>Reads a catalogue from CSV.</summary>
    /// <typeparam name="TCode">The code type of the list.</typeparam>
    /// <param name="reader">The CSV text.</param>
    /// <param name="fiscalYear">The fiscal year of the catalogue.</param>
    /// <param name="source">
    /// Where the file came from; an entry's provenance is its row's <c>source</c> column when present, else
    /// <c>"{source}, line N"</c>.
    /// </param>
    /// <returns>The catalogue and the rows that could not be read.</returns>
    /// <remarks>Never throws for any text (only the reader's own I/O errors pass through). A row is refused when it has fewer than two or more than four fields, a code that does not
    /// parse, a blank name, a level that is not the code's, or a code already read (the first one stays).</remarks>
    public static CatalogueLoad<TCode> Read<TCode>(TextReader reader, int fiscalYear, string source)
        where TCode : struct, IClassificationCode<TCode>
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentException.ThrowIfNullOrWhiteSpace(source);
        var entries = new Dictionary<string, CatalogueEntry<TCode>>(StringComparer.Ordinal);
        var errors = new List<CsvRowError>();
        int badDataLine = 0;
        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            HasHeaderRecord = false,
            BadDataFound = args => badDataLine = args.Context.Parser?.RawRow ?? 0,
            IgnoreBlankLines = true,
        };

        using var parser = new CsvParser(reader, configuration, leaveOpen: true);
        bool first = true;
        while (parser.Read())
        {
            int line = parser.RawRow - parser.RawRecord.Count(c => c == '\n') + (parser.RawRecord.EndsWith('\n') ? 1 : 0);
            string raw = parser.RawRecord.TrimEnd('\r', '\n');
            string[] fields = parser.Record ?? [];
            bool header = first && fields.Length > 0 && fields[0].Trim() is "code" or "Code" or "CODE" or "科目编码";
            first = false;
            if (header)
            {
                continue;
            }

            string? problem = ReadRow<TCode>(fields, source, line, badDataLine == parser.RawRow, out var entry, out var cause);
            if (problem is null && entries.TryGetValue(entry!.Code.Value, out var earlier))
            {
                problem = $"The code {entry.Code} was already read as \"{earlier.Name}\"; this row is ignored.";
            }

            if (problem is null)
            {
                entries.Add(entry!.Code.Value, entry);
            }
            else
            {
                errors.Add(new CsvRowError(line, raw, problem, cause));
            }
        }

        return new CatalogueLoad<TCode>(ClassificationCatalogue.Create(fiscalYear, entries.Values), errors.AsReadOnly());
    }

    /// <summary>Writes a catalogue as CSV with a header: <c>code,name,level,source</c>, quoted where needed.</summary>
    /// <typeparam name="TCode">The code type of the list.</typeparam>
    /// <param name="catalogue">The catalogue.</param>
    /// <param name="writer">Where to write.</param>
    /// <remarks><see cref="Read{TCode}"/> reads the text back to an equal catalogue.</remarks>
    public static void Write<TCode>(ClassificationCatalogue<TCode> catalogue, TextWriter writer)
        where TCode : struct, IClassificationCode<TCode>
    {
        ArgumentNullException.ThrowIfNull(catalogue);
        ArgumentNullException.ThrowIfNull(writer);
        using var csv = new CsvWriter(writer, new CsvConfiguration(CultureInfo.InvariantCulture) { NewLine = "\n" }, leaveOpen: true);
        foreach (string field in new[] { "code", "name", "level", "source" })
        {
            csv.WriteField(field);
        }

        csv.NextRecord();
        foreach (var entry in catalogue.Entries)
        {
            csv.WriteField(entry.Code.Value);
            csv.WriteField(entry.Name);
            csv.WriteField(((int)entry.Level).ToString(CultureInfo.InvariantCulture));
            csv.WriteField(entry.Source);
            csv.NextRecord();
        }
    }

    private static string? ReadRow<TCode>(string[] fields, string source, int line, bool badQuotes, out CatalogueEntry<TCode>? entry, out ParseError? cause)
        where TCode : struct, IClassificationCode<TCode>
    {
        entry = null;
        cause = null;
        if (badQuotes)
        {
            return "The row has a stray quote: a field with quotes must be quoted as a whole (\"…\"), its inner quotes doubled.";
        }

        if (fields.Length is < 2 or > 4)
        {
            return string.Create(CultureInfo.InvariantCulture, $"A row has 2 to 4 fields (code,name[,level][,source]); this one has {fields.Length}.");
        }

        var code = TCode.Parse(fields[0]);
        if (!code.Success)
        {
            cause = code.Error;
            return $"The code is not a {default(TCode).Kind.ChineseName()} code: {code.Error!.Message}";
        }

        string name = fields[1].Trim();
        if (name.Length == 0)
        {
            return $"The name of {code.Value} is blank.";
        }

        if (fields.Length >= 3 && fields[2].Trim().Length > 0)
        {
            string level = fields[2].Trim();
            if (!int.TryParse(level, NumberStyles.None, CultureInfo.InvariantCulture, out int number) || number != (int)code.Value.Level)
            {
                return string.Create(CultureInfo.InvariantCulture, $"The level \"{level}\" is not that of {code.Value} ({(int)code.Value.Level}, {code.Value.Level.ChineseName()}).");
            }
        }

        string provenance = fields.Length == 4 && fields[3].Trim().Length > 0
            ? fields[3]
            : string.Create(CultureInfo.InvariantCulture, $"{source}, line {line}");
        entry = new CatalogueEntry<TCode>(code.Value, name, provenance);
        return null;
    }
}
