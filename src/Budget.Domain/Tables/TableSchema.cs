using Budget.Domain.Reading;
using Budget.Domain.Statements;

namespace Budget.Domain.Tables;

/// <summary>What a table's rows are keyed by.</summary>
public enum RowAxis
{
    /// <summary>支出功能分类 codes (类/款/项, joined like <c>2080101</c> or split in columns), with total lines.</summary>
    FunctionalCode = 0,

    /// <summary>经济分类 codes (类/款), with total lines.</summary>
    EconomicCode = 1,

    /// <summary>Named lines only (收支总表: income lines ‖ expenditure lines).</summary>
    Lines = 2,

    /// <summary>Units (决算单位构成, tables by unit).</summary>
    Units = 3,

    /// <summary>One unlabelled row (“三公”经费 tables).</summary>
    OneRow = 4,
}

/// <summary>The side of a two-sided table a row or column belongs to.</summary>
public enum RowSide
{
    /// <summary>A one-sided table, or a column of every row.</summary>
    None = 0,

    /// <summary>收入 (income).</summary>
    Income = 1,

    /// <summary>支出 (expenditure).</summary>
    Expenditure = 2,
}

/// <summary>Where a schema comes from: the template, region and years it was taken from.</summary>
/// <remarks>Immutable; equal when every property is equal.</remarks>
public sealed record SchemaProvenance
{
    /// <summary>Creates a provenance.</summary>
    /// <param name="template">The template, for example <c>中央部门预算公开 (财政部)</c>.</param>
    /// <param name="region">The region, for example <c>中央</c> or <c>上海市某区</c>.</param>
    /// <param name="years">The years seen, for example <c>2023–2025</c>.</param>
    /// <param name="source">The documents it was written from.</param>
    public SchemaProvenance(string template, string region, string years, string source)
    {
        Template = template ?? string.Empty;
        Region = region ?? string.Empty;
        Years = years ?? string.Empty;
        Source = source ?? string.Empty;
    }

    /// <summary>The template.</summary>
    public string Template { get; }

    /// <summary>The region.</summary>
    public string Region { get; }

    /// <summary>The years seen.</summary>
    public string Years { get; }

    /// <summary>The documents it was written from.</summary>
    public string Source { get; }

    /// <summary>Template, region and years.</summary>
    /// <returns>For example <c>上海市区级部门预算 (上海市某区, 2023–2025)</c>.</returns>
    public override string ToString() => $"{Template} ({Region}, {Years})";
}

/// <summary>
/// A column of a table kind: a stable key, the printed header with its aliases (nested headers joined with
/// <c>/</c>), its meaning, and for a sum the columns it adds up.
/// </summary>
/// <remarks>Immutable; equal when every property is equal, lists included.</remarks>
public sealed record ColumnSchema
{
    /// <summary>Creates a column.</summary>
    /// <param name="key">The stable key, for example <c>basic</c>.</param>
    /// <param name="header">The header as the template prints it, for example <c>基本支出/人员经费</c>.</param>
    /// <param name="aliases">Other printed headers of the same column.</param>
    /// <param name="meaning">What its figures mean.</param>
    /// <param name="of">For a sum (or an of-which), the keys of the columns it adds up (or belongs to).</param>
    /// <param name="side">The side of a two-sided table it belongs to, or <see cref="RowSide.None"/>.</param>
    /// <param name="englishName">The English name.</param>
    public ColumnSchema(string key, string header, IEnumerable<string>? aliases, ColumnMeaning meaning, IEnumerable<string>? of = null, RowSide side = RowSide.None, string? englishName = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        ArgumentNullException.ThrowIfNull(meaning);
        Key = key;
        Header = header ?? string.Empty;
        Aliases = ValueList.From(aliases);
        Meaning = meaning;
        Of = ValueList.From(of);
        Side = side;
        EnglishName = englishName ?? string.Empty;
    }

    /// <summary>The stable key, used in JSON, CSV and facts.</summary>
    public string Key { get; }

    /// <summary>The header as the template prints it.</summary>
    public string Header { get; }

    /// <summary>Other printed headers of the column.</summary>
    public IReadOnlyList<string> Aliases { get; }

    /// <summary>What its figures mean.</summary>
    public ColumnMeaning Meaning { get; }

    /// <summary>For a sum, the keys it adds up; for an of-which, its parent; otherwise empty.</summary>
    public IReadOnlyList<string> Of { get; }

    /// <summary>The side it belongs to in a two-sided table.</summary>
    public RowSide Side { get; }

    /// <summary>The English name.</summary>
    public string EnglishName { get; }

    /// <summary>The header and its aliases.</summary>
    public IEnumerable<string> Headers => Aliases.Prepend(Header);

    /// <summary>Whether a printed header is this column's (compared as <see cref="Classification.NameKey"/> does, a
    /// leading year such as <c>2023年</c> ignored).</summary>
    /// <param name="printed">The header as printed.</param>
    /// <returns>Whether it matches.</returns>
    public bool HasHeader(string? printed)
    {
        string key = TableSchemaCatalogue.StripYear(ReadText.Key(printed));
        return key.Length > 0 && Headers.Any(h => TableSchemaCatalogue.StripYear(ReadText.Key(h)) == key);
    }

    /// <summary>Key, header and meaning.</summary>
    /// <returns>For example <c>basic 基本支出 (final/all/basic/part)</c>.</returns>
    public override string ToString() => $"{Key} {Header} ({Meaning})" + (Of.Count > 0 ? " = " + string.Join(" + ", Of) : string.Empty);
}

/// <summary>
/// A named line of a table kind (本年收入合计, 上年结转, 收入总计, the 合计 row of a coded table, a fund line): a key,
/// printed labels, the side, its role and what it adds up.
/// </summary>
/// <remarks>Immutable; equal when every property is equal, lists included.</remarks>
public sealed record LineSchema
{
    /// <summary>Creates a line.</summary>
    /// <param name="key">The stable key, for example <c>incomeTotal</c>.</param>
    /// <param name="label">The label as the template prints it (without its ordinal 一、).</param>
    /// <param name="aliases">Other printed labels.</param>
    /// <param name="side">The side it stands on.</param>
    /// <param name="role">Its role: a sum of the lines it names, a part of one, an of-which or a value.</param>
    /// <param name="of">For a sum, the keys of the lines it adds up.</param>
    /// <param name="source">The money it counts.</param>
    /// <param name="nature">The spending it counts (<see cref="SpendingNature.Income"/> on the income side).</param>
    /// <param name="englishName">The English name.</param>
    public LineSchema(string key, string label, IEnumerable<string>? aliases, RowSide side, ColumnRole role, IEnumerable<string>? of, FundSource source, SpendingNature nature, string? englishName = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        Key = key;
        Label = label ?? string.Empty;
        Aliases = ValueList.From(aliases);
        Side = side;
        Role = role;
        Of = ValueList.From(of);
        Source = source;
        Nature = nature;
        EnglishName = englishName ?? string.Empty;
    }

    /// <summary>The stable key.</summary>
    public string Key { get; }

    /// <summary>The label as the template prints it.</summary>
    public string Label { get; }

    /// <summary>Other printed labels.</summary>
    public IReadOnlyList<string> Aliases { get; }

    /// <summary>The side it stands on.</summary>
    public RowSide Side { get; }

    /// <summary>Its role.</summary>
    public ColumnRole Role { get; }

    /// <summary>For a sum, the keys of the lines it adds up.</summary>
    public IReadOnlyList<string> Of { get; }

    /// <summary>The money it counts.</summary>
    public FundSource Source { get; }

    /// <summary>The spending it counts.</summary>
    public SpendingNature Nature { get; }

    /// <summary>The English name.</summary>
    public string EnglishName { get; }

    /// <summary>Whether a printed label (with or without its ordinal, 一、 1、 （一）) is this line's.</summary>
    /// <param name="printed">The label as printed.</param>
    /// <returns>Whether it matches.</returns>
    public bool HasLabel(string? printed)
    {
        string key = ReadText.Key(ReadText.StripNumbering(ReadText.Clean(printed)));
        return key.Length > 0 && Aliases.Prepend(Label).Any(l => ReadText.Key(l) == key);
    }

    /// <summary>Key, label and role.</summary>
    /// <returns>For example <c>incomeTotal 收入总计 (income, sum of currentYearIncome + carryOver)</c>.</returns>
    public override string ToString() =>
        $"{Key} {Label} ({SchemaText.Key(Side)}, {SchemaText.Key(Role)}" + (Of.Count > 0 ? " of " + string.Join(" + ", Of) : string.Empty) + ")";
}

/// <summary>
/// One table kind, as data: an id, the printed title and its aliases, the document kind and scope it belongs to, the
/// row axis with its named lines, the columns with their meanings, and where the definition comes from.
/// </summary>
/// <remarks>
/// Immutable; equal when every property is equal, lists included. The library's schemas are embedded data files
/// (<c>Tables/Data/*.json</c>, see docs/table-kinds.md); <see cref="TableSchemaCatalogue"/> loads, merges and finds them.
/// </remarks>
public sealed record TableSchema
{
    /// <summary>Creates a schema.</summary>
    /// <param name="id">The stable id, for example <c>final.expenditure</c>.</param>
    /// <param name="title">The title as the template prints it (without year or department).</param>
    /// <param name="aliases">Other printed titles.</param>
    /// <param name="document">The document kind it belongs to, or null for both.</param>
    /// <param name="scope">The scope it belongs to, or null for both.</param>
    /// <param name="rows">The row axis.</param>
    /// <param name="lines">The named lines (totals, summary lines), in printed order.</param>
    /// <param name="classLinesSide">The side on which functional 类 are printed as lines by name, or null.</param>
    /// <param name="columns">The amount columns, in printed order.</param>
    /// <param name="provenance">Where the definition comes from.</param>
    /// <param name="standardKind">The 0.1.0 typed table it is a view of, or null.</param>
    /// <param name="englishTitle">The English title.</param>
    public TableSchema(
        string id,
        string title,
        IEnumerable<string>? aliases,
        DocumentKind? document,
        DisclosureScope? scope,
        RowAxis rows,
        IEnumerable<LineSchema>? lines,
        RowSide? classLinesSide,
        IEnumerable<ColumnSchema> columns,
        SchemaProvenance provenance,
        TableKind? standardKind = null,
        string? englishTitle = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(provenance);
        Id = id;
        Title = title;
        Aliases = ValueList.From(aliases);
        Document = document;
        Scope = scope;
        Rows = rows;
        Lines = ValueList.From(lines);
        ClassLinesSide = classLinesSide;
        Columns = ValueList.From(columns);
        Provenance = provenance;
        StandardKind = standardKind;
        EnglishTitle = englishTitle ?? string.Empty;
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var column in Columns)
        {
            if (!keys.Add(column.Key))
            {
                throw new ArgumentException($"The schema {id} has two columns with the key \"{column.Key}\".", nameof(columns));
            }
        }

        foreach (var column in Columns)
        {
            if (column.Of.FirstOrDefault(k => !keys.Contains(k)) is { } missing)
            {
                throw new ArgumentException($"The column {column.Key} of {id} names \"{missing}\", which is not a column of the schema.", nameof(columns));
            }
        }

        var lineKeys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in Lines)
        {
            if (!lineKeys.Add(line.Key))
            {
                throw new ArgumentException($"The schema {id} has two lines with the key \"{line.Key}\".", nameof(lines));
            }
        }

        foreach (var line in Lines)
        {
            if (line.Of.FirstOrDefault(k => !lineKeys.Contains(k)) is { } missing)
            {
                throw new ArgumentException($"The line {line.Key} of {id} names \"{missing}\", which is not a line of the schema.", nameof(lines));
            }
        }
    }

    /// <summary>The stable id.</summary>
    public string Id { get; }

    /// <summary>The title as the template prints it.</summary>
    public string Title { get; }

    /// <summary>Other printed titles (budget/final, department/unit, regional wordings).</summary>
    public IReadOnlyList<string> Aliases { get; }

    /// <summary>The document kind it belongs to, or null for both.</summary>
    public DocumentKind? Document { get; }

    /// <summary>The scope it belongs to, or null for both.</summary>
    public DisclosureScope? Scope { get; }

    /// <summary>The row axis.</summary>
    public RowAxis Rows { get; }

    /// <summary>The named lines, in printed order.</summary>
    public IReadOnlyList<LineSchema> Lines { get; }

    /// <summary>The side on which functional 类 are printed as lines by name, or null.</summary>
    public RowSide? ClassLinesSide { get; }

    /// <summary>The amount columns, in printed order.</summary>
    public IReadOnlyList<ColumnSchema> Columns { get; }

    /// <summary>Where the definition comes from.</summary>
    public SchemaProvenance Provenance { get; }

    /// <summary>The 0.1.0 typed table it is a view of, or null.</summary>
    public TableKind? StandardKind { get; }

    /// <summary>The English title.</summary>
    public string EnglishTitle { get; }

    /// <summary>The title and its aliases.</summary>
    public IEnumerable<string> Titles => Aliases.Prepend(Title);

    /// <summary>The column of a key, or null.</summary>
    /// <param name="key">The key.</param>
    /// <returns>The column, or null.</returns>
    public ColumnSchema? Column(string? key) => IndexOf(key) is int i and >= 0 ? Columns[i] : null;

    /// <summary>The column a printed header names (nested levels joined with <c>/</c>), or null.</summary>
    /// <param name="printed">The header as printed.</param>
    /// <param name="side">The side of a two-sided table, or <see cref="RowSide.None"/>.</param>
    /// <returns>The column, or null.</returns>
    public ColumnSchema? ColumnByHeader(string? printed, RowSide side = RowSide.None) =>
        Columns.FirstOrDefault(c => (side == RowSide.None || c.Side == RowSide.None || c.Side == side) && c.HasHeader(printed));

    /// <summary>The line a printed label names (ordinal ignored), or null.</summary>
    /// <param name="printed">The label as printed.</param>
    /// <param name="side">The side it stands on, or <see cref="RowSide.None"/> for any.</param>
    /// <returns>The line, or null.</returns>
    public LineSchema? LineByLabel(string? printed, RowSide side = RowSide.None) =>
        Lines.FirstOrDefault(l => (side == RowSide.None || l.Side == side) && l.HasLabel(printed));

    /// <summary>
    /// The key of a printed row label: the only row of a one-row table; a unit row (a 6-digit unit code and name); a
    /// code (3 to 7 digits, then a space or the end); a line of the schema; a functional 类 by name on the side that
    /// prints them; a unit of a table by units; otherwise null (the reader reports it).
    /// </summary>
    /// <param name="label">The label as printed (code and name joined by a space).</param>
    /// <param name="side">The side of a two-sided table, or <see cref="RowSide.None"/>.</param>
    /// <returns>The key, or null.</returns>
    public RowKey? KeyOfLabel(string? label, RowSide side = RowSide.None)
    {
        string text = (label ?? string.Empty).Trim();
        if (Rows == RowAxis.OneRow && (text.Length == 0 || text == "-"))
        {
            return RowKey.OneRow;
        }

        if (text.Length == 0)
        {
            return null;
        }

        int digits = 0;
        while (digits < text.Length && char.IsAsciiDigit(text[digits]))
        {
            digits++;
        }

        bool codeAlone = digits == text.Length || text[digits] == ' ';
        if (digits == 6 && codeAlone)
        {
            return RowKey.Unit(text[..6]);
        }

        if (digits is >= 3 and <= 7 && codeAlone)
        {
            return RowKey.Code(text[..digits], side);
        }

        if (LineByLabel(text, side) is { } line)
        {
            return RowKey.Line(line.Key, line.Side);
        }

        if (ClassLinesSide is { } classSide && (side == classSide || side == RowSide.None))
        {
            return RowKey.ClassLine(text, classSide);
        }

        return Rows == RowAxis.Units ? RowKey.Unit(text) : null;
    }

    /// <summary>The line of a key, or null.</summary>
    /// <param name="key">The key.</param>
    /// <returns>The line, or null.</returns>
    public LineSchema? Line(string? key) => Lines.FirstOrDefault(l => l.Key == key);

    /// <summary>Id, title and column count.</summary>
    /// <returns>For example <c>final.expenditure 支出决算表 (functionalCode, 6 columns)</c>.</returns>
    public override string ToString() => $"{Id} {Title} ({SchemaText.Key(Rows)}, {Columns.Count} columns)";

    internal int IndexOf(string? key)
    {
        for (int i = 0; i < Columns.Count; i++)
        {
            if (Columns[i].Key == key)
            {
                return i;
            }
        }

        return -1;
    }
}
