using System.Globalization;
using Budget.Domain.Classification;
using Budget.Domain.Performance;
using Budget.Domain.Reading;
using Budget.Domain.Tables;

namespace Budget.Domain.Statements;

/// <summary>Whether a document covers a whole department (部门, with its units) or one unit (单位).</summary>
public enum DisclosureScope
{
    /// <summary>部门: a department and the units it covers.</summary>
    Department = 0,

    /// <summary>单位: one budget unit.</summary>
    Unit = 1,
}

/// <summary>The level of government a body belongs to.</summary>
public enum GovernmentLevel
{
    /// <summary>Not stated.</summary>
    Unknown = 0,

    /// <summary>中央 (central).</summary>
    Central = 1,

    /// <summary>省级 (province, autonomous region, municipality directly under the central government).</summary>
    Provincial = 2,

    /// <summary>市级 (prefecture-level city).</summary>
    Municipal = 3,

    /// <summary>县级 (county, district).</summary>
    County = 4,

    /// <summary>乡镇 (township, sub-district).</summary>
    Township = 5,
}

/// <summary>What kind of body a unit is, where the document states it.</summary>
public enum BodyType
{
    /// <summary>行政单位 (administrative).</summary>
    Administrative = 0,

    /// <summary>参照公务员法管理的事业单位 (参公, civil-service-managed).</summary>
    CivilServiceManaged = 1,

    /// <summary>事业单位 (public institution).</summary>
    PublicInstitution = 2,
}

/// <summary>
/// The department or unit a disclosure is of: its name as printed, its code where printed (most local documents print
/// none), scope, level of government, body type and region where stated.
/// </summary>
/// <remarks>Immutable; equal when every property is equal.</remarks>
public sealed record DisclosingBody
{
    /// <summary>Creates a body.</summary>
    /// <param name="name">The name as printed, for example <c>上海市某区某局</c>.</param>
    /// <param name="code">The code where printed (<c>117</c>), or null.</param>
    /// <param name="scope">部门 or 单位.</param>
    /// <param name="level">The level of government.</param>
    /// <param name="bodyType">The body type where stated, or null.</param>
    /// <param name="region">The region where stated (<c>上海市某区</c>), or null.</param>
    public DisclosingBody(string name, string? code = null, DisclosureScope scope = DisclosureScope.Department, GovernmentLevel level = GovernmentLevel.Unknown, BodyType? bodyType = null, string? region = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = name.Trim();
        Code = string.IsNullOrWhiteSpace(code) ? null : code.Trim();
        Scope = scope;
        Level = level;
        BodyType = bodyType;
        Region = string.IsNullOrWhiteSpace(region) ? null : region.Trim();
    }

    /// <summary>The name as printed.</summary>
    public string Name { get; }

    /// <summary>The code where printed, or null.</summary>
    public string? Code { get; }

    /// <summary>部门 or 单位.</summary>
    public DisclosureScope Scope { get; }

    /// <summary>The level of government.</summary>
    public GovernmentLevel Level { get; }

    /// <summary>The body type where stated, or null.</summary>
    public BodyType? BodyType { get; }

    /// <summary>The region where stated, or null.</summary>
    public string? Region { get; }

    /// <summary>A central department of a coded <see cref="Department"/>.</summary>
    /// <param name="department">The department.</param>
    /// <returns>The body (scope 部门, level central).</returns>
    public static DisclosingBody Of(Department department)
    {
        ArgumentNullException.ThrowIfNull(department);
        return new(department.Name, department.Code, DisclosureScope.Department, GovernmentLevel.Central);
    }

    /// <summary>The coded department, or null when no code is printed.</summary>
    /// <returns>The department, or null.</returns>
    public Department? ToDepartment() => Code is { } code && Department.TryParse($"[{code}]{Name}", out var d) ? d : null;

    /// <summary>A copy with another code.</summary>
    /// <param name="code">The code, or null.</param>
    /// <returns>The new body.</returns>
    public DisclosingBody WithCode(string? code) => new(Name, code, Scope, Level, BodyType, Region);

    /// <summary>A copy with another body type.</summary>
    /// <param name="bodyType">The body type, or null.</param>
    /// <returns>The new body.</returns>
    public DisclosingBody WithBodyType(BodyType? bodyType) => new(Name, Code, Scope, Level, bodyType, Region);

    /// <summary>The code and name as printed.</summary>
    /// <returns>For example <c>[117]人力资源社会保障部</c> or <c>上海市某区某局</c>.</returns>
    public override string ToString() => Code is null ? Name : $"[{Code}]{Name}";
}

/// <summary>
/// A published disclosure of any template: the body, the fiscal year, budget or final accounts; its tables of any
/// schema in printed order; the figures its narrative states; 其他重要事项; the performance target sheets; and the
/// text the model does not type, kept as passages.
/// </summary>
/// <remarks>
/// Immutable, with value equality all the way down. <see cref="DepartmentBudget"/> (0.1.0) is a typed view of the nine
/// central tables: <see cref="StandardTables.ToDisclosure"/> and <see cref="StandardTables.ToBudget"/> convert.
/// </remarks>
public sealed record Disclosure
{
    /// <summary>Creates a disclosure with nothing in it.</summary>
    /// <param name="body">The department or unit.</param>
    /// <param name="fiscalYear">The fiscal year, 1950 to 2200.</param>
    /// <param name="kind">Budget or final accounts.</param>
    public Disclosure(DisclosingBody body, int fiscalYear, DocumentKind kind)
    {
        ArgumentNullException.ThrowIfNull(body);
        ArgumentOutOfRangeException.ThrowIfLessThan(fiscalYear, 1950);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(fiscalYear, 2200);
        Body = body;
        FiscalYear = fiscalYear;
        Kind = kind;
    }

    /// <summary>The department or unit.</summary>
    public DisclosingBody Body { get; private init; }

    // The narrative's figures as facts walk them, found on first use (equality ignores it).
    private readonly NarrativeFigureCache narrativeFigures = new();

    /// <summary>The fiscal year.</summary>
    public int FiscalYear { get; }

    /// <summary>Budget or final accounts.</summary>
    public DocumentKind Kind { get; }

    /// <summary>The tables, in printed order.</summary>
    public IReadOnlyList<Table> Tables { get; private init; } = ValueList.Empty<Table>();

    /// <summary>The figures the narrative states, in order.</summary>
    public IReadOnlyList<NarrativeFigure> Narrative { get; private init; } = ValueList.Empty<NarrativeFigure>();

    /// <summary>其他重要事项.</summary>
    public OtherMatters OtherMatters { get; private init; } = OtherMatters.None;

    /// <summary>The performance target sheets, in order.</summary>
    public IReadOnlyList<PerformanceSheet> PerformanceSheets { get; private init; } = ValueList.Empty<PerformanceSheet>();

    /// <summary>The text the model does not type, in order.</summary>
    public IReadOnlyList<Passage> Passages { get; private init; } = ValueList.Empty<Passage>();

    /// <summary>Every figure: the tables' cells, then the narrative's (see <see cref="FactCollection"/>).</summary>
    public FactCollection Facts => new(Tables, narrativeFigures.Of(Narrative), FiscalYear, Kind);

    /// <summary>The first table of a schema, or null.</summary>
    /// <param name="schemaId">The schema id, for example <c>final.expenditure</c>.</param>
    /// <returns>The table, or null.</returns>
    public Table? Table(string schemaId) => Tables.FirstOrDefault(t => t.Schema.Id == schemaId);

    /// <summary>The tables whose schema matches a condition.</summary>
    /// <param name="predicate">The condition.</param>
    /// <returns>The tables, in printed order.</returns>
    public IReadOnlyList<Table> TablesWhere(Func<TableSchema, bool> predicate)
    {
        ArgumentNullException.ThrowIfNull(predicate);
        return ValueList.From(Tables.Where(t => predicate(t.Schema)));
    }

    /// <summary>A copy with another body.</summary>
    /// <param name="body">The body.</param>
    /// <returns>The new disclosure.</returns>
    public Disclosure WithBody(DisclosingBody body) => this with { Body = body ?? throw new ArgumentNullException(nameof(body)) };

    /// <summary>A copy with other tables.</summary>
    /// <param name="tables">The tables, in printed order.</param>
    /// <returns>The new disclosure.</returns>
    public Disclosure WithTables(IEnumerable<Table>? tables) => this with { Tables = ValueList.From(tables) };

    /// <summary>A copy with one more table at the end.</summary>
    /// <param name="table">The table.</param>
    /// <returns>The new disclosure.</returns>
    public Disclosure WithTable(Table table) => WithTables(Tables.Append(table ?? throw new ArgumentNullException(nameof(table))));

    /// <summary>A copy with other narrative figures.</summary>
    /// <param name="narrative">The figures.</param>
    /// <returns>The new disclosure.</returns>
    public Disclosure WithNarrative(IEnumerable<NarrativeFigure>? narrative) => this with { Narrative = ValueList.From(narrative) };

    /// <summary>A copy with another 其他重要事项.</summary>
    /// <param name="otherMatters">The section.</param>
    /// <returns>The new disclosure.</returns>
    public Disclosure WithOtherMatters(OtherMatters? otherMatters) => this with { OtherMatters = otherMatters ?? OtherMatters.None };

    /// <summary>A copy with other performance sheets.</summary>
    /// <param name="sheets">The sheets.</param>
    /// <returns>The new disclosure.</returns>
    public Disclosure WithPerformanceSheets(IEnumerable<PerformanceSheet>? sheets) => this with { PerformanceSheets = ValueList.From(sheets) };

    /// <summary>A copy with other kept passages.</summary>
    /// <param name="passages">The passages.</param>
    /// <returns>The new disclosure.</returns>
    public Disclosure WithPassages(IEnumerable<Passage>? passages) => this with { Passages = ValueList.From(passages) };

    /// <summary>A summary.</summary>
    /// <returns>For example <c>上海市某区某局 2025 budget: 9 tables, 0 sheets, 12 narrative figures</c>.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Body} {FiscalYear} {(Kind == DocumentKind.Budget ? "budget" : "final accounts")}: {Tables.Count} tables, {PerformanceSheets.Count} sheets, {Narrative.Count} narrative figures");
}
