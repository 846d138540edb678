using System.Text.Json;
using System.Text.Json.Serialization;
using Budget.Domain.Statements;

namespace Budget.Domain.Tables;

// The shape of a schema data file (Tables/Data/*.json, docs/table-kinds.md "Schema files"): one provenance and its
// schemas. Read by System.Text.Json's source generator, unknown properties refused; Map checks what the shape cannot.
#pragma warning disable CA1812, CA2227, CA1002 // instantiated by the serializer; settable collections are what it fills

internal sealed class SchemaFileDto
{
    public ProvenanceDto? Provenance { get; set; }

    public List<SchemaDto?>? Schemas { get; set; }
}

internal sealed class ProvenanceDto
{
    public string? Template { get; set; }

    public string? Region { get; set; }

    public string? Years { get; set; }

    public string? Source { get; set; }
}

internal sealed class SchemaDto
{
    public string? Id { get; set; }

    public string? Title { get; set; }

    public string? English { get; set; }

    public List<string>? Aliases { get; set; }

    public string? Document { get; set; }

    public string? Scope { get; set; }

    public string? Rows { get; set; }

    public string? ClassLines { get; set; }

    public string? StandardKind { get; set; }

    public List<ColumnDto?>? Columns { get; set; }

    public List<LineDto?>? Lines { get; set; }
}

internal sealed class ColumnDto
{
    public string? Key { get; set; }

    public string? Header { get; set; }

    public string? English { get; set; }

    public List<string>? Aliases { get; set; }

    public string? Meaning { get; set; }

    public List<string>? Of { get; set; }

    public string? Side { get; set; }
}

internal sealed class LineDto
{
    public string? Key { get; set; }

    public string? Label { get; set; }

    public string? English { get; set; }

    public List<string>? Aliases { get; set; }

    public string? Side { get; set; }

    public string? Role { get; set; }

    public List<string>? Of { get; set; }

    public string? Meaning { get; set; }
}

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    ReadCommentHandling = JsonCommentHandling.Skip,
    AllowTrailingCommas = true)]
[JsonSerializable(typeof(SchemaFileDto))]
internal sealed partial class SchemaFileContext : JsonSerializerContext
{
}
#pragma warning restore CA1812, CA2227, CA1002

/// <summary>Reads schema data files into schemas: never throws, says which schema and property was wrong.</summary>
internal static class SchemaFile
{
    public static ParseResult<IReadOnlyList<TableSchema>> Read(ReadOnlySpan<byte> utf8)
    {
        if (utf8.StartsWith("\uFEFF"u8))
        {
            utf8 = utf8[3..];
        }

        SchemaFileDto? dto;
        try
        {
            dto = JsonSerializer.Deserialize(utf8, SchemaFileContext.Default.SchemaFileDto);
        }
        catch (JsonException e)
        {
            return Fail(e.LineNumber is long l ? (int)l + 1 : 0, e.BytePositionInLine is long c ? (int)c + 1 : 0, e.Path ?? "$", "not a schema file: " + e.Message);
        }
        catch (InvalidOperationException e)
        {
            return Fail(0, 0, "$", "the text holds a string that is not valid text: " + e.Message);
        }

        if (dto is null)
        {
            return Fail(0, 0, "$", "the file holds null, not a schema file.");
        }

        var p = dto.Provenance;
        if (p is null || string.IsNullOrWhiteSpace(p.Template) || string.IsNullOrWhiteSpace(p.Region) || string.IsNullOrWhiteSpace(p.Years) || string.IsNullOrWhiteSpace(p.Source))
        {
            return Fail(0, 0, "$.provenance", "a schema file states its provenance: template, region, years and source.");
        }

        var provenance = new SchemaProvenance(p.Template, p.Region, p.Years, p.Source);
        var schemas = new List<TableSchema>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < (dto.Schemas?.Count ?? 0); i++)
        {
            string path = $"$.schemas[{i}]";
            try
            {
                var schema = Map(dto.Schemas![i] ?? throw new FormatException("a schema is null."), provenance, path);
                if (!ids.Add(schema.Id))
                {
                    throw new FormatException($"the id \"{schema.Id}\" is defined twice in the file.");
                }

                schemas.Add(schema);
            }
            catch (FormatException e)
            {
                return Fail(0, 0, path, e.Message);
            }
            catch (ArgumentException e)
            {
                return Fail(0, 0, path, e.Message);
            }
        }

        return ParseResult.Ok<IReadOnlyList<TableSchema>>(ValueList.From(schemas));
    }

    private static ParseResult<IReadOnlyList<TableSchema>> Fail(int line, int column, string path, string message) =>
        ParseResult.Fail<IReadOnlyList<TableSchema>>(new ParseError(line > 0 ? ParseErrorKind.Malformed : ParseErrorKind.WrongShape, path, line, column, $"{path}: {message}"));

    private static TableSchema Map(SchemaDto s, SchemaProvenance provenance, string path)
    {
        string id = Required(s.Id, "id");
        var columns = (s.Columns ?? []).Select((c, i) => MapColumn(c ?? throw new FormatException($"columns[{i}] is null."), i)).ToList();
        var lines = (s.Lines ?? []).Select((l, i) => MapLine(l ?? throw new FormatException($"lines[{i}] is null."), i)).ToList();
        return new TableSchema(
            id,
            Required(s.Title, "title"),
            s.Aliases,
            s.Document is null ? null : Enum<DocumentKind>(s.Document, "document"),
            s.Scope is null ? null : Enum<DisclosureScope>(s.Scope, "scope"),
            Enum<RowAxis>(Required(s.Rows, "rows"), "rows"),
            lines,
            s.ClassLines is null ? null : Enum<RowSide>(s.ClassLines, "classLines"),
            columns,
            provenance,
            s.StandardKind is null ? null : Enum<TableKind>(s.StandardKind, "standardKind"),
            s.English);
    }

    private static ColumnSchema MapColumn(ColumnDto c, int index)
    {
        string at = $"columns[{index}]";
        string[] parts = Required(c.Meaning, at + ".meaning").Split('/');
        if (parts.Length != 4)
        {
            throw new FormatException($"{at}.meaning is \"{c.Meaning}\"; a column's meaning is measure/source/nature/role.");
        }

        var meaning = new ColumnMeaning(Enum<Measure>(parts[0], at + ".meaning"), Enum<FundSource>(parts[1], at + ".meaning"), Enum<SpendingNature>(parts[2], at + ".meaning"), Enum<ColumnRole>(parts[3], at + ".meaning"));
        return new ColumnSchema(Required(c.Key, at + ".key"), Required(c.Header, at + ".header"), c.Aliases, meaning, c.Of, c.Side is null ? RowSide.None : Enum<RowSide>(c.Side, at + ".side"), c.English);
    }

    private static LineSchema MapLine(LineDto l, int index)
    {
        string at = $"lines[{index}]";
        string[] parts = Required(l.Meaning, at + ".meaning").Split('/');
        if (parts.Length != 2)
        {
            throw new FormatException($"{at}.meaning is \"{l.Meaning}\"; a line's meaning is source/nature.");
        }

        return new LineSchema(
            Required(l.Key, at + ".key"),
            Required(l.Label, at + ".label"),
            l.Aliases,
            l.Side is null ? RowSide.None : Enum<RowSide>(l.Side, at + ".side"),
            l.Role is null ? ColumnRole.Value : Enum<ColumnRole>(l.Role, at + ".role"),
            l.Of,
            Enum<FundSource>(parts[0], at + ".meaning"),
            Enum<SpendingNature>(parts[1], at + ".meaning"),
            l.English);
    }

    private static string Required(string? value, string name) =>
        string.IsNullOrWhiteSpace(value) ? throw new FormatException($"{name} is missing.") : value;

    private static T Enum<T>(string text, string name)
        where T : struct, Enum =>
        SchemaText.TryParse<T>(text, out var value)
            ? value
            : throw new FormatException($"{name} is \"{text}\"; it is one of {string.Join(", ", System.Enum.GetValues<T>().Select(SchemaText.Key))}.");
}
