using System.Globalization;
using System.Text;
using System.Text.Json;
using Budget.Domain.Money;
using Budget.Domain.Reading;
using Budget.Domain.Statements;
using Budget.Domain.Tables;

namespace Budget.Domain.Serialization;

// Schema version 2 (docs/json-schema.md): a disclosure with tables of any schema. Version 1 (a department budget
// with the nine typed tables) is still read by DeserializeDisclosure and still written by Serialize(DepartmentBudget).
public static partial class BudgetJson
{
    /// <summary>The schema name of version 2 documents (disclosures).</summary>
    public const string DisclosureSchemaName = "budget-domain/disclosure";

    /// <summary>The schema version of disclosure documents.</summary>
    public const int DisclosureSchemaVersion = 2;

    /// <summary>Writes a disclosure as JSON text (schema version 2).</summary>
    /// <param name="disclosure">The disclosure.</param>
    /// <returns>The JSON text.</returns>
    public static string Serialize(Disclosure disclosure)
    {
        ArgumentNullException.ThrowIfNull(disclosure);
        return WriteText(w => Write(w, disclosure));
    }

    /// <summary>Writes a disclosure as UTF-8 JSON (schema version 2) to a stream.</summary>
    /// <param name="disclosure">The disclosure.</param>
    /// <param name="utf8Json">The stream.</param>
    public static void Serialize(Disclosure disclosure, Stream utf8Json)
    {
        ArgumentNullException.ThrowIfNull(disclosure);
        ArgumentNullException.ThrowIfNull(utf8Json);
        using var writer = new Utf8JsonWriter(utf8Json, WriterOptions);
        Write(writer, disclosure);
    }

    /// <summary>Reads a disclosure from JSON text, version 2 or version 1, without throwing.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="schemas">The table schemas its tables name (for example <see cref="TableSchemaCatalogue.Default"/> merged with a user's).</param>
    /// <returns>The disclosure, or an error as <see cref="Deserialize(string)"/> gives; a table of a schema the
    /// catalogue lacks is a <see cref="ParseErrorKind.WrongShape"/> error naming it.</returns>
    public static ParseResult<Disclosure> DeserializeDisclosure(string? json, TableSchemaCatalogue schemas)
    {
        var utf8 = Utf8Of(json);
        try
        {
            return ReadDisclosure(utf8.Span, schemas ?? TableSchemaCatalogue.Default);
        }
        finally
        {
            utf8.Return();
        }
    }

    /// <summary>Reads a disclosure from JSON text, version 2 or version 1, with the default schemas, without throwing.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The disclosure, or an error.</returns>
    public static ParseResult<Disclosure> DeserializeDisclosure(string? json) => DeserializeDisclosure(json, TableSchemaCatalogue.Default);

    /// <summary>Reads a disclosure from UTF-8 JSON, version 2 or version 1, with the default schemas, without throwing.</summary>
    /// <param name="utf8Json">The stream.</param>
    /// <returns>The disclosure, or an error.</returns>
    public static ParseResult<Disclosure> DeserializeDisclosure(Stream utf8Json) => DeserializeDisclosure(utf8Json, TableSchemaCatalogue.Default);

    /// <summary>Reads a disclosure from UTF-8 JSON, version 2 or version 1, without throwing.</summary>
    /// <param name="utf8Json">The stream.</param>
    /// <param name="schemas">The table schemas its tables name.</param>
    /// <returns>The disclosure, or an error.</returns>
    public static ParseResult<Disclosure> DeserializeDisclosure(Stream utf8Json, TableSchemaCatalogue schemas)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        using var copy = new MemoryStream();
        utf8Json.CopyTo(copy);
        return ReadDisclosure(copy.GetBuffer().AsSpan(0, (int)copy.Length), schemas ?? TableSchemaCatalogue.Default);
    }

    private static ParseResult<Disclosure> ReadDisclosure(ReadOnlySpan<byte> utf8, TableSchemaCatalogue schemas)
    {
        if (utf8.StartsWith("\uFEFF"u8))
        {
            utf8 = utf8[3..];
        }

        DisclosureDto? dto;
        try
        {
            var (schema, version) = PeekSchema(utf8);
            if (schema == SchemaName)
            {
                var v1 = Read(utf8);
                return v1.Success ? ParseResult.Ok(v1.Value.ToDisclosure()) : ParseResult.Fail<Disclosure>(v1.Error!);
            }

            if (schema is not null && schema != DisclosureSchemaName)
            {
                return FailDisclosure(ParseErrorKind.UnsupportedVersion, "$.schema", $"The schema is \"{schema}\"; this library reads \"{DisclosureSchemaName}\" (version 2) and \"{SchemaName}\" (version 1).");
            }

            if (version is { } v && v != DisclosureSchemaVersion)
            {
                return FailDisclosure(ParseErrorKind.UnsupportedVersion, "$.schemaVersion", string.Create(CultureInfo.InvariantCulture, $"Schema version {v} is not supported; this library reads versions 1 and 2."));
            }

            dto = JsonSerializer.Deserialize(utf8, BudgetJsonContext.Default.DisclosureDto);
        }
        catch (JsonException e)
        {
            var failed = FromJsonException(e, utf8);
            return ParseResult.Fail<Disclosure>(failed.Error!);
        }
        catch (InvalidOperationException e)
        {
            return FailDisclosure(ParseErrorKind.Malformed, "$", $"The text holds a string that is not valid text: {e.Message}");
        }

        try
        {
            return ParseResult.Ok(MapDisclosure(Required(dto, "$"), schemas));
        }
        catch (SchemaException e)
        {
            return FailDisclosure(e.Kind, e.Path, e.Message);
        }
        catch (Exception e) when (e is ArgumentException or OverflowException or InvalidOperationException)
        {
            return FailDisclosure(ParseErrorKind.WrongShape, "$", $"The document does not make a valid disclosure: {e.Message}");
        }
    }

    private static ParseResult<Disclosure> FailDisclosure(ParseErrorKind kind, string path, string message) =>
        ParseResult.Fail<Disclosure>(new ParseError(kind, path, 0, 0, $"{path}: {message}"));

    private static void Write(Utf8JsonWriter w, Disclosure d)
    {
        w.WriteStartObject();
        w.WriteString("schema"u8, DisclosureSchemaName);
        w.WriteNumber("schemaVersion"u8, DisclosureSchemaVersion);
        w.WriteStartObject("body"u8);
        w.WriteString("name"u8, d.Body.Name);
        WriteNullableString(w, "code", d.Body.Code);
        w.WriteString("scope"u8, SchemaText.Key(d.Body.Scope));
        w.WriteString("level"u8, SchemaText.Key(d.Body.Level));
        WriteNullableString(w, "bodyType", d.Body.BodyType is { } type ? SchemaText.Key(type) : null);
        WriteNullableString(w, "region", d.Body.Region);
        w.WriteEndObject();
        w.WriteNumber("fiscalYear"u8, d.FiscalYear);
        w.WriteString("kind"u8, d.Kind == DocumentKind.Budget ? "budget" : "finalAccounts");
        w.WriteStartArray("tables"u8);
        foreach (var table in d.Tables)
        {
            WriteTable(w, table);
        }

        w.WriteEndArray();
        w.WriteStartArray("narrative"u8);
        foreach (var figure in d.Narrative)
        {
            WriteFigure(w, figure);
        }

        w.WriteEndArray();
        WriteOtherMatters(w, d.OtherMatters, extended: true);
        w.WriteStartArray("performanceSheets"u8);
        foreach (var sheet in d.PerformanceSheets)
        {
            WriteSheet(w, sheet);
        }

        w.WriteEndArray();
        w.WriteStartArray("passages"u8);
        foreach (var passage in d.Passages)
        {
            w.WriteStartObject();
            w.WriteString("heading"u8, passage.Heading);
            w.WriteNumber("line"u8, passage.Line);
            w.WriteString("text"u8, passage.Text);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteTable(Utf8JsonWriter w, Table table)
    {
        w.WriteStartObject();
        w.WriteString("schema"u8, table.Schema.Id);
        w.WriteString("title"u8, table.Title);
        w.WriteString("unit"u8, table.Unit.Symbol());
        WriteNullableString(w, "note", table.Note);
        WriteLocation(w, "at", table.Location);
        w.WriteStartArray("rows"u8);
        Span<char> buffer = stackalloc char[48];
        foreach (var row in ((ValueList<TableRow>)table.Rows).Span)
        {
            w.WriteStartObject();
            w.WriteString("kind"u8, SchemaText.Key(row.Key.Kind));
            w.WriteString("key"u8, row.Key.Value);
            if (row.Key.Side != RowSide.None)
            {
                w.WriteString("side"u8, SchemaText.Key(row.Key.Side));
            }

            if (row.Key.Under.Length > 0)
            {
                w.WriteString("under"u8, row.Key.Under);
            }

            w.WriteString("label"u8, row.Label);
            WriteLocation(w, "at", row.Location);
            w.WriteStartObject("cells"u8);
            foreach (var cell in ((ValueList<TableCell>)row.Cells).Span)
            {
                if (cell.IsRate)
                {
                    w.WriteString(cell.Column, cell.Rate.IsApplicable ? cell.Rate.Format() : null);
                }
                else if (cell.Amount.HasAmount)
                {
                    w.WriteString(cell.Column, PlainSpan(cell.Amount.Amount, table.Unit, buffer));
                }
                else
                {
                    w.WriteString(cell.Column, cell.Amount.EmptyMarker);
                }
            }

            w.WriteEndObject();
            bool started = false;
            foreach (var cell in ((ValueList<TableCell>)row.Cells).Span)
            {
                if (cell.Location.IsKnown)
                {
                    if (!started)
                    {
                        w.WriteStartObject("cellsAt"u8);
                        started = true;
                    }

                    WriteLocation(w, cell.Column, cell.Location);
                }
            }

            if (started)
            {
                w.WriteEndObject();
            }

            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteLocation(Utf8JsonWriter w, string name, SourceLocation at)
    {
        if (!at.IsKnown)
        {
            return;
        }

        w.WriteStartObject(name);
        if (at.Page > 0)
        {
            w.WriteNumber("page"u8, at.Page);
        }

        if (at.Line > 0)
        {
            w.WriteNumber("line"u8, at.Line);
        }

        if (at.Column > 0)
        {
            w.WriteNumber("column"u8, at.Column);
        }

        if (at.HasBox)
        {
            w.WriteStartArray("box"u8);
            w.WriteNumberValue(at.X);
            w.WriteNumberValue(at.Y);
            w.WriteNumberValue(at.Width);
            w.WriteNumberValue(at.Height);
            w.WriteEndArray();
        }

        w.WriteEndObject();
    }

    private static Disclosure MapDisclosure(DisclosureDto d, TableSchemaCatalogue schemas)
    {
        var b = Required(d.Body, "$.body");
        var body = new DisclosingBody(
            Required(b.Name, "$.body.name"),
            b.Code,
            EnumOf<DisclosureScope>(Required(b.Scope, "$.body.scope"), "$.body.scope"),
            EnumOf<GovernmentLevel>(Required(b.Level, "$.body.level"), "$.body.level"),
            b.BodyType is null ? null : EnumOf<BodyType>(b.BodyType, "$.body.bodyType"),
            b.Region);
        string kind = Required(d.Kind, "$.kind");
        var disclosure = new Disclosure(body, Required(d.FiscalYear, "$.fiscalYear"), kind switch
        {
            "budget" => DocumentKind.Budget,
            "finalAccounts" => DocumentKind.FinalAccounts,
            _ => throw new SchemaException(ParseErrorKind.WrongShape, "$.kind", $"\"{kind}\" is not budget or finalAccounts."),
        });
        var tables = (d.Tables ?? []).Select((t, i) => MapTable(Required(t, Index("$.tables", i)), Index("$.tables", i), schemas)).ToList();
        disclosure = disclosure.WithTables(tables);
        if (d.Narrative is { } narrative)
        {
            disclosure = disclosure.WithNarrative(narrative.Select((f, i) => MapFigure(Required(f, Index("$.narrative", i)), Index("$.narrative", i))).ToList());
        }

        if (d.OtherMatters is { } other)
        {
            disclosure = disclosure.WithOtherMatters(MapOtherMatters(other, "$.otherMatters"));
        }

        if (d.PerformanceSheets is { } sheets)
        {
            disclosure = disclosure.WithPerformanceSheets(sheets.Select((s, i) => MapSheet(Required(s, Index("$.performanceSheets", i)), Index("$.performanceSheets", i))).ToList());
        }

        if (d.Passages is { } passages)
        {
            disclosure = disclosure.WithPassages(passages.Select((p, i) =>
            {
                string path = Index("$.passages", i);
                var passage = Required(p, path);
                return new Passage(passage.Heading ?? string.Empty, passage.Line ?? 0, passage.Text ?? string.Empty);
            }).ToList());
        }

        return disclosure;
    }

    private static Table MapTable(TableDto t, string path, TableSchemaCatalogue schemas)
    {
        string id = Required(t.Schema, path + ".schema");
        var schema = schemas.Find(id) ?? throw new SchemaException(ParseErrorKind.WrongShape, path + ".schema", $"No table schema has the id \"{id}\"; load its schema file and pass the merged catalogue.");
        var unit = UnitOf(t.Unit, path);
        var dtos = Required(t.Rows, path + ".rows");
        var rows = new List<TableRow>(dtos.Count);
        for (int i = 0; i < dtos.Count; i++)
        {
            // Paths are built only for an error: a document's rows and cells are many.
            string RowPath() => Index(path + ".rows", i);
            var row = dtos[i] ?? throw new SchemaException(ParseErrorKind.WrongShape, RowPath(), "The property is missing or null.");
            var rowKind = row.Kind is { } kindText && SchemaText.TryKey<RowKind>(kindText, out var k) ? k : EnumOf<RowKind>(Required(row.Kind, RowPath() + ".kind"), RowPath() + ".kind");
            var side = row.Side is null ? RowSide.None : SchemaText.TryKey<RowSide>(row.Side, out var sd) ? sd : EnumOf<RowSide>(row.Side, RowPath() + ".side");
            string value = row.Key ?? string.Empty;
            var key = rowKind switch
            {
                RowKind.OneRow => RowKey.OneRow,
                RowKind.Subject => RowKey.Subject(value),
                _ when string.IsNullOrWhiteSpace(row.Key) => throw new SchemaException(ParseErrorKind.WrongShape, RowPath() + ".key", "The property is missing or null."),
                RowKind.Code => RowKey.Code(value, side),
                RowKind.Line => RowKey.Line(value, side, row.Under),
                RowKind.ClassLine => RowKey.ClassLine(value, side),
                _ => RowKey.Unit(value),
            };
            var source = row.Cells ?? throw new SchemaException(ParseErrorKind.WrongShape, RowPath() + ".cells", "The property is missing or null.");
            var cells = new List<TableCell>(source.Count);
            foreach (var (column, text) in source)
            {
                var columnSchema = schema.Column(column) ?? throw new SchemaException(ParseErrorKind.WrongShape, $"{RowPath()}.cells.{column}", $"{schema.Id} has no column \"{column}\"; it has {string.Join(", ", schema.Columns.Select(c => c.Key))}.");
                var at = row.CellsAt is { } a && a.TryGetValue(column, out var l) ? Location(l, $"{RowPath()}.cellsAt.{column}") : SourceLocation.None;
                if (columnSchema.Meaning.IsRate)
                {
                    var rate = text is null ? ParseResult.Ok(Rate.NotApplicable) : Rate.Parse(text);
                    cells.Add(TableCell.OfRate(columnSchema.Key, rate.Success ? rate.Value : throw new SchemaException(ParseErrorKind.WrongShape, $"{RowPath()}.cells.{column}", rate.Error!.Message), at));
                }
                else
                {
                    var cell = text is null ? ParseResult.Ok(AmountCell.Blank) : AmountCell.Parse(text, unit);
                    cells.Add(TableCell.Of(columnSchema.Key, cell.Success ? cell.Value : throw new SchemaException(ParseErrorKind.WrongShape, $"{RowPath()}.cells.{column}", cell.Error!.Message), at));
                }
            }

            rows.Add(new TableRow(key, row.Label, cells, row.At is null ? SourceLocation.None : Location(row.At, RowPath() + ".at")));
        }

        return new Table(schema, unit, rows, t.Note, t.Title, Location(t.At, path + ".at"));
    }

    private static SourceLocation Location(LocationDto? at, string path)
    {
        if (at is null)
        {
            return SourceLocation.None;
        }

        if (at.Page is int page and > 0)
        {
            var box = at.Box ?? [];
            return box.Count switch
            {
                0 => SourceLocation.OnPage(page),
                4 => SourceLocation.OnPage(page, box[0], box[1], box[2], box[3]),
                _ => throw new SchemaException(ParseErrorKind.WrongShape, path + ".box", "A box is four numbers: x, y, width, height."),
            };
        }

        return SourceLocation.AtLine(at.Line ?? 0, at.Column ?? 0);
    }

    private static T EnumOf<T>(string text, string path)
        where T : struct, Enum =>
        SchemaText.TryParse<T>(text, out var value) ? value : throw new SchemaException(ParseErrorKind.WrongShape, path, $"\"{text}\" is not one of {string.Join(", ", Enum.GetValues<T>().Select(SchemaText.Key))}.");
}
