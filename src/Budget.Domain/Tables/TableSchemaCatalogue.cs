using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;
using System.Text;
using Budget.Domain.Reading;

namespace Budget.Domain.Tables;

/// <summary>
/// The table kinds a reader knows: schemas by id and by printed title. <see cref="Default"/> holds the library's own
/// (embedded data files with provenance); users load their own files and <see cref="Merge"/> them in, theirs winning.
/// </summary>
/// <remarks>
/// Immutable and thread-safe. A printed title is found as it stands, then without its year (<c>2025年</c>,
/// <c>2024年度</c>), width, spaces and quote marks, then by its longest known ending (so
/// <c>某大学收支预算总表</c> finds <c>收支预算总表</c> and <c>2024年预算单位财务收支预算总表</c> the unit form, not the
/// department form).
/// </remarks>
public sealed class TableSchemaCatalogue : IEquatable<TableSchemaCatalogue>
{
    private static readonly string[] EmbeddedFiles = ["central-budget.json", "shanghai-budget.json", "shanghai-final-accounts.json", "university.json"];
    private static readonly Lazy<TableSchemaCatalogue> EmbeddedCatalogue = new(LoadEmbedded, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly FrozenDictionary<string, TableSchema> byId;
    private readonly TitleIndex byTitle;
    private readonly FrozenDictionary<string, TableSchema> byTitleKey;
    private readonly int longestKey;

    private TableSchemaCatalogue(IEnumerable<TableSchema> schemas, IEnumerable<TableSchema>? titleOrder = null)
    {
        Schemas = ValueList.From(schemas);
        byId = Schemas.ToFrozenDictionary(s => s.Id, StringComparer.Ordinal);
        var titles = new Dictionary<string, TableSchema>(StringComparer.Ordinal);
        var keys = new Dictionary<string, TableSchema>(StringComparer.Ordinal);
        foreach (var schema in titleOrder ?? Schemas)
        {
            foreach (string title in schema.Titles)
            {
                // Later schemas (merged in) win a title they share with an earlier one.
                titles[title] = schema;
                keys[TitleKey(title)] = schema;
            }
        }

        byTitle = new TitleIndex(titles);
        byTitleKey = keys.ToFrozenDictionary(StringComparer.Ordinal);
        longestKey = keys.Count == 0 ? 0 : keys.Keys.Max(k => k.Length);
    }

    /// <summary>The library's schemas: every table kind of docs/table-kinds.md, from the embedded data files.</summary>
    public static TableSchemaCatalogue Default => EmbeddedCatalogue.Value;

    /// <summary>A catalogue with no schema.</summary>
    public static TableSchemaCatalogue Empty { get; } = new([]);

    /// <summary>The schemas, in the order they were loaded (merged ones in place of those they replace, new ones last).</summary>
    public IReadOnlyList<TableSchema> Schemas { get; }

    /// <summary>A catalogue of the given schemas (ids must be unique).</summary>
    /// <param name="schemas">The schemas.</param>
    /// <returns>The catalogue.</returns>
    /// <exception cref="ArgumentException">Two schemas have one id.</exception>
    public static TableSchemaCatalogue Of(IEnumerable<TableSchema> schemas)
    {
        ArgumentNullException.ThrowIfNull(schemas);
        var list = schemas.ToList();
        if (list.GroupBy(s => s.Id, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            throw new ArgumentException($"Two schemas have the id \"{twice.Key}\".", nameof(schemas));
        }

        return new(list);
    }

    /// <summary>Reads a schema data file (UTF-8 JSON, the format of docs/table-kinds.md) without throwing.</summary>
    /// <param name="json">The file's text.</param>
    /// <returns>The catalogue of its schemas, or an error naming the schema and property (<c>$.schemas[3]: columns[1].meaning …</c>).</returns>
    public static ParseResult<TableSchemaCatalogue> Load(string? json) => Load(Encoding.UTF8.GetBytes(json ?? string.Empty));

    /// <summary>Reads a schema data file from a stream without throwing.</summary>
    /// <param name="utf8Json">The stream.</param>
    /// <returns>The catalogue, or an error as <see cref="Load(string)"/> gives.</returns>
    public static ParseResult<TableSchemaCatalogue> Load(Stream utf8Json)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        using var copy = new MemoryStream();
        utf8Json.CopyTo(copy);
        return Load(copy.GetBuffer().AsSpan(0, (int)copy.Length));
    }

    /// <summary>This catalogue with another's schemas merged in: a schema of the other with an id of this one replaces
    /// it, new ones are added, and the other's titles win.</summary>
    /// <param name="theirs">The schemas to merge in.</param>
    /// <returns>The merged catalogue.</returns>
    public TableSchemaCatalogue Merge(TableSchemaCatalogue theirs)
    {
        ArgumentNullException.ThrowIfNull(theirs);
        var order = Schemas.Select(s => theirs.byId.TryGetValue(s.Id, out var t) ? t : s).Concat(theirs.Schemas.Where(t => !byId.ContainsKey(t.Id)));
        var titleOrder = Schemas.Where(s => !theirs.byId.ContainsKey(s.Id)).Concat(theirs.Schemas);
        return new(order.ToList(), titleOrder.ToList());
    }

    /// <summary>The schema of an id, or null.</summary>
    /// <param name="id">The id, for example <c>final.expenditure</c>.</param>
    /// <returns>The schema, or null.</returns>
    public TableSchema? Find(string? id) => id is not null && byId.TryGetValue(id, out var schema) ? schema : null;

    /// <summary>The schema of an id.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The schema.</returns>
    /// <exception cref="KeyNotFoundException">No schema has the id.</exception>
    public TableSchema Get(string id) => Find(id) ?? throw new KeyNotFoundException($"No table schema has the id \"{id}\"; the catalogue holds {Schemas.Count}.");

    /// <summary>Finds the schema of a printed title.</summary>
    /// <param name="title">The title as printed, for example <c>2025年部门收入预算总表</c>.</param>
    /// <param name="schema">The schema, or null.</param>
    /// <returns>Whether one was found.</returns>
    public bool TryFindByTitle(string? title, [NotNullWhen(true)] out TableSchema? schema)
    {
        schema = null;
        if (string.IsNullOrEmpty(title))
        {
            return false;
        }

        if (byTitle.TryGetValue(title, out schema))
        {
            return true;
        }

        string key = TitleKey(title);
        if (byTitleKey.TryGetValue(key, out schema))
        {
            return true;
        }

        for (int start = Math.Max(1, key.Length - longestKey); start < key.Length - 1; start++)
        {
            if (byTitleKey.TryGetValue(key[start..], out schema))
            {
                return true;
            }
        }

        schema = null;
        return false;
    }

    /// <summary>The schema of a printed title, or null (see <see cref="TryFindByTitle"/>).</summary>
    /// <param name="title">The title as printed.</param>
    /// <returns>The schema, or null.</returns>
    public TableSchema? FindByTitle(string? title) => TryFindByTitle(title, out var schema) ? schema : null;

    /// <inheritdoc/>
    public bool Equals(TableSchemaCatalogue? other) => other is not null && Schemas.SequenceEqual(other.Schemas);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as TableSchemaCatalogue);

    /// <inheritdoc/>
    public override int GetHashCode() => Schemas.Count;

    /// <summary>How many schemas.</summary>
    /// <returns>For example <c>37 table schemas</c>.</returns>
    public override string ToString() => $"{Schemas.Count} table schemas";

    /// <summary>The comparison key of a title: NameKey, no year in front, no quote marks.</summary>
    internal static string TitleKey(string title)
    {
        string key = NameKey(ReadText.Clean(title));
        return StripYear(key);
    }

    /// <summary>A header's or title's key without its years (<c>2023年机关运行经费预算数</c>,
    /// <c>2024年预算数比2023年执行数</c>): a year standing alone, four digits then 年 or 年度, not part of a longer number.</summary>
    internal static string StripYear(string key)
    {
        int at = key.IndexOf('年', StringComparison.Ordinal);
        if (at < 4)
        {
            return key;
        }

        var kept = new System.Text.StringBuilder(key.Length);
        int from = 0;
        for (int i = at; i >= 0 && i < key.Length; i = key.IndexOf('年', i + 1))
        {
            int start = i - 4;
            if (start < from || key.AsSpan(start, 4).ContainsAnyExceptInRange('0', '9') || (start > 0 && char.IsAsciiDigit(key[start - 1])))
            {
                continue;
            }

            kept.Append(key, from, start - from);
            from = i + 1 < key.Length && key[i + 1] == '度' ? i + 2 : i + 1;
        }

        return from == 0 ? key : kept.Append(key, from, key.Length - from).ToString();
    }

    private static string NameKey(string text)
    {
        string key = Classification.NameKey.Of(text);
        return key.AsSpan().IndexOfAny('"', '\'') < 0 ? key : key.Replace("\"", string.Empty, StringComparison.Ordinal).Replace("'", string.Empty, StringComparison.Ordinal);
    }

    private static ParseResult<TableSchemaCatalogue> Load(ReadOnlySpan<byte> utf8)
    {
        var read = SchemaFile.Read(utf8);
        if (!read.TryGetValue(out var schemas))
        {
            return ParseResult.Fail<TableSchemaCatalogue>(read.Error!);
        }

        return ParseResult.Ok(new TableSchemaCatalogue(schemas));
    }

    private static TableSchemaCatalogue LoadEmbedded()
    {
        var catalogue = Empty;
        foreach (string file in EmbeddedFiles)
        {
            using var stream = typeof(TableSchemaCatalogue).Assembly.GetManifestResourceStream("Budget.Domain.Tables.Data." + file)
                ?? throw new InvalidOperationException($"The embedded schema file {file} is missing from the assembly.");
            var loaded = Load(stream);
            catalogue = catalogue.Merge(loaded.Success ? loaded.Value : throw new InvalidOperationException($"The embedded schema file {file} is invalid: {loaded.Error}"));
        }

        return catalogue;
    }
}
