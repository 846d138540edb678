using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Budget.Domain.Classification;
using Budget.Domain.Money;
using Budget.Domain.Statements;

namespace Budget.Domain.Serialization;

public static partial class BudgetJson
{
    /// <summary>Reads a budget from JSON text without throwing.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The budget, or an error: <see cref="ParseErrorKind.Malformed"/> with line and column for broken JSON,
    /// <see cref="ParseErrorKind.UnsupportedVersion"/> for another schema or version, and <see cref="ParseErrorKind.WrongShape"/>
    /// for anything that does not fit the schema, with a message that starts with the JSON path
    /// (<c>$.tables.expenditure.rows[3].cells.basic: …</c>).</returns>
    public static ParseResult<DepartmentBudget> Deserialize(string? json)
    {
        var utf8 = Utf8Of(json);
        try
        {
            return Read(utf8.Span);
        }
        finally
        {
            utf8.Return();
        }
    }

    /// <summary>Reads a budget from UTF-8 JSON (with or without a byte-order mark) without throwing.</summary>
    /// <param name="utf8Json">The stream.</param>
    /// <returns>The budget, or an error as <see cref="Deserialize(string)"/> gives.</returns>
    public static ParseResult<DepartmentBudget> Deserialize(Stream utf8Json)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        using var copy = new MemoryStream();
        utf8Json.CopyTo(copy);
        return Read(copy.GetBuffer().AsSpan(0, (int)copy.Length));
    }

    private static ParseResult<DepartmentBudget> Read(ReadOnlySpan<byte> utf8)
    {
        if (utf8.StartsWith("\uFEFF"u8))
        {
            utf8 = utf8[3..];
        }

        BudgetDto? dto;
        try
        {
            // The schema and its version first, so that a document of another version is told as such.
            var (schema, version) = PeekSchema(utf8);
            if (schema is not null && schema != SchemaName)
            {
                return Fail(ParseErrorKind.UnsupportedVersion, "$.schema", $"The schema is \"{schema}\"; this library reads \"{SchemaName}\".");
            }

            if (version is { } v && v != SchemaVersion)
            {
                return Fail(ParseErrorKind.UnsupportedVersion, "$.schemaVersion", string.Create(CultureInfo.InvariantCulture, $"Schema version {v} is not supported; this library reads version {SchemaVersion}."));
            }

            dto = JsonSerializer.Deserialize(utf8, BudgetJsonContext.Default.BudgetDto);
        }
        catch (JsonException e)
        {
            return FromJsonException(e, utf8);
        }
        catch (InvalidOperationException e)
        {
            // System.Text.Json's word for a string it cannot decode (a lone surrogate escape, bytes that are not UTF-8).
            return Fail(ParseErrorKind.Malformed, "$", $"The text holds a string that is not valid text: {e.Message}");
        }

        try
        {
            return ParseResult.Ok(Map(Required(dto, "$")));
        }
        catch (SchemaException e)
        {
            return Fail(e.Kind, e.Path, e.Message);
        }
        catch (Exception e) when (e is ArgumentException or OverflowException or InvalidOperationException)
        {
            return Fail(ParseErrorKind.WrongShape, "$", $"The document does not make a valid budget: {e.Message}");
        }
    }

    private static ParseResult<DepartmentBudget> Fail(ParseErrorKind kind, string path, string message) =>
        ParseResult.Fail<DepartmentBudget>(new ParseError(kind, path, 0, 0, $"{path}: {message}"));

    private static ParseResult<DepartmentBudget> FromJsonException(JsonException e, ReadOnlySpan<byte> utf8)
    {
        string message = e.Message;
        bool shape = message.Contains("could not be converted", StringComparison.Ordinal) || message.Contains("could not be mapped", StringComparison.Ordinal);
        if (shape)
        {
            int cut = message.IndexOf(" Path: ", StringComparison.Ordinal);
            return Fail(ParseErrorKind.WrongShape, e.Path ?? "$", cut > 0 ? message[..cut] : message);
        }

        int line = (int)(e.LineNumber ?? 0) + 1;
        int column = (int)(e.BytePositionInLine ?? 0) + 1;
        return ParseResult.Fail<DepartmentBudget>(new ParseError(ParseErrorKind.Malformed, LineText(utf8, line), line, column, "The text is not well-formed JSON: " + message));
    }

    private static string LineText(ReadOnlySpan<byte> utf8, int line)
    {
        for (int i = 1; i < line; i++)
        {
            int next = utf8.IndexOf((byte)'\n');
            if (next < 0)
            {
                return string.Empty;
            }

            utf8 = utf8[(next + 1)..];
        }

        int end = utf8.IndexOf((byte)'\n');
        return Encoding.UTF8.GetString(end < 0 ? utf8 : utf8[..end]).TrimEnd('\r');
    }

    /// <summary>The top-level "schema" and "schemaVersion", read without reading the rest.</summary>
    private static (string? Schema, int? Version) PeekSchema(ReadOnlySpan<byte> utf8)
    {
        var reader = new Utf8JsonReader(utf8);
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            // Let the deserializer say what is wrong.
            return (null, null);
        }

        string? schema = null;
        int? version = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName && (schema is null || version is null))
        {
            bool isSchema = reader.ValueTextEquals("schema"u8);
            bool isVersion = reader.ValueTextEquals("schemaVersion"u8);
            reader.Read();
            if (isSchema && reader.TokenType == JsonTokenType.String)
            {
                // A lone surrogate escape (\ud800) or bytes that are not UTF-8 cannot become a string: say so with the raw value.
                schema = TryGetString(ref reader, out string? text) ? text : "(not valid text: " + Encoding.UTF8.GetString(reader.ValueSpan) + ")";
            }
            else if (isVersion && reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out int v))
            {
                version = v;
            }
            else
            {
                reader.Skip();
            }
        }

        return (schema, version);
    }

    private static bool TryGetString(ref Utf8JsonReader reader, out string? text)
    {
        try
        {
            text = reader.GetString();
            return true;
        }
        catch (InvalidOperationException)
        {
            text = null;
            return false;
        }
    }

    private static DepartmentBudget Map(BudgetDto d)
    {
        var department = Required(d.Department, "$.department");
        string kind = Required(d.Kind, "$.kind");
        var budget = new DepartmentBudget(
            new Department(Required(department.Code, "$.department.code"), Required(department.Name, "$.department.name")),
            Required(d.FiscalYear, "$.fiscalYear"),
            kind switch
            {
                "budget" => DocumentKind.Budget,
                "finalAccounts" => DocumentKind.FinalAccounts,
                _ => throw new SchemaException(ParseErrorKind.WrongShape, "$.kind", $"\"{kind}\" is not budget or finalAccounts."),
            });

        var t = Required(d.Tables, "$.tables");
        const string P = "$.tables.";
        if (t.IncomeExpenditureSummary is { } t1)
        {
            budget = budget.WithIncomeExpenditureSummary(MapSummary(t1, P + TableKind.IncomeExpenditureSummary.Key()));
        }

        if (t.Income is { } t2)
        {
            string path = P + TableKind.Income.Key();
            var unit = UnitOf(t2.Unit, path);
            var rows = Required(t2.Rows, path + ".rows").Select((r, i) =>
            {
                string rowPath = Index(path + ".rows", i);
                var row = Required(r, rowPath);
                return new IncomeRow(row.Name ?? string.Empty, Cells(row.Cells, IncomeRow.ColumnList, unit, rowPath));
            });
            budget = budget.WithIncome(new IncomeTable(unit, rows.ToList(), t2.Note));
        }

        if (t.Expenditure is { } t3)
        {
            budget = budget.WithExpenditure(MapCoded<FunctionalCode, ExpenditureRow, ExpenditureTable>(t3, P + TableKind.Expenditure.Key(), ExpenditureRow.ColumnList, null, (c, n, cells, _) => new(c, n, cells), (u, rows, total, note) => new(u, rows, total, note)));
        }

        if (t.FiscalAppropriationSummary is { } t4)
        {
            budget = budget.WithFiscalAppropriationSummary(MapFiscal(t4, P + TableKind.FiscalAppropriationSummary.Key()));
        }

        if (t.GeneralPublicBudgetExpenditure is { } t5)
        {
            budget = budget.WithGeneralPublicBudgetExpenditure(MapCoded<FunctionalCode, GeneralPublicBudgetExpenditureRow, GeneralPublicBudgetExpenditureTable>(t5, P + TableKind.GeneralPublicBudgetExpenditure.Key(), GeneralPublicBudgetExpenditureRow.ColumnList, GeneralPublicBudgetExpenditureRow.RateColumnList, (c, n, cells, rates) => new(c, n, cells, rates!), (u, rows, total, note) => new(u, rows, total, note)));
        }

        if (t.BasicExpenditure is { } t6)
        {
            budget = budget.WithBasicExpenditure(MapCoded<DepartmentEconomicCode, BasicExpenditureRow, BasicExpenditureTable>(t6, P + TableKind.BasicExpenditure.Key(), BasicExpenditureRow.ColumnList, null, (c, n, cells, _) => new(c, n, cells), (u, rows, total, note) => new(u, rows, total, note)));
        }

        if (t.GovernmentFundExpenditure is { } t7)
        {
            budget = budget.WithGovernmentFundExpenditure(MapCoded<FunctionalCode, GovernmentFundExpenditureRow, GovernmentFundExpenditureTable>(t7, P + TableKind.GovernmentFundExpenditure.Key(), GovernmentFundExpenditureRow.ColumnList, null, (c, n, cells, _) => new(c, n, cells), (u, rows, total, note) => new(u, rows, total, note)));
        }

        if (t.StateCapitalExpenditure is { } t8)
        {
            budget = budget.WithStateCapitalExpenditure(MapCoded<FunctionalCode, StateCapitalExpenditureRow, StateCapitalExpenditureTable>(t8, P + TableKind.StateCapitalExpenditure.Key(), StateCapitalExpenditureRow.ColumnList, null, (c, n, cells, _) => new(c, n, cells), (u, rows, total, note) => new(u, rows, total, note)));
        }

        if (t.ThreePublicExpenses is { } t9)
        {
            string path = P + TableKind.ThreePublicExpenses.Key();
            var unit = UnitOf(t9.Unit, path);
            var row = Required(t9.Row, path + ".row");
            budget = budget.WithThreePublicExpenses(new ThreePublicExpensesTable(unit, new ThreePublicExpensesRow(Cells(row.Cells, ThreePublicExpensesRow.ColumnList, unit, path + ".row")), t9.Note));
        }

        if (d.Narrative is { } narrative)
        {
            budget = budget.WithNarrative(narrative.Select((f, i) => MapFigure(Required(f, Index("$.narrative", i)), Index("$.narrative", i))).ToList());
        }

        if (d.OtherMatters is { } other)
        {
            budget = budget.WithOtherMatters(MapOtherMatters(other, "$.otherMatters"));
        }

        if (d.PerformanceSheets is { } sheets)
        {
            budget = budget.WithPerformanceSheets(sheets.Select((s, i) => MapSheet(Required(s, Index("$.performanceSheets", i)), Index("$.performanceSheets", i))).ToList());
        }

        return budget;
    }

    private static TTable MapCoded<TCode, TRow, TTable>(
        RowsDto table,
        string path,
        IReadOnlyList<TableColumn> columns,
        IReadOnlyList<TableColumn>? rateColumns,
        Func<TCode, string, AmountCell[], Rate[]?, TRow> row,
        Func<AmountUnit, IEnumerable<TRow>, TRow?, string?, TTable> create)
        where TCode : struct, IClassificationCode<TCode>
        where TRow : BudgetRow, ICodedRow<TCode>
    {
        var unit = UnitOf(table.Unit, path);
        TRow Row(RowDto? r, string rowPath, bool total)
        {
            var dto = Required(r, rowPath);
            TCode code = default;
            if (!total)
            {
                var parsed = TCode.Parse(Required(dto.Code, rowPath + ".code"));
                code = parsed.Success ? parsed.Value : throw new SchemaException(ParseErrorKind.WrongShape, rowPath + ".code", parsed.Error!.Message);
            }

            var rates = rateColumns is null ? null : Rates(dto.Rates, rateColumns, rowPath);
            return row(code, dto.Name ?? string.Empty, Cells(dto.Cells, columns, unit, rowPath), rates);
        }

        var rows = Required(table.Rows, path + ".rows").Select((r, i) => Row(r, Index(path + ".rows", i), false)).ToList();
        var totalRow = table.Total is { } t ? Row(t, path + ".total", true) : null;
        return create(unit, rows, totalRow, table.Note);
    }

    private static IncomeExpenditureSummaryTable MapSummary(SummaryDto t, string path)
    {
        var unit = UnitOf(t.Unit, path);
        return new IncomeExpenditureSummaryTable(
            unit,
            Lines(t.IncomeItems, unit, path + ".incomeItems"),
            Cell(t.CurrentYearIncome, unit, path + ".currentYearIncome"),
            Cell(t.UnusedNonFiscalBalance, unit, path + ".unusedNonFiscalBalance"),
            Cell(t.CarryOver, unit, path + ".carryOver"),
            Cell(t.IncomeTotal, unit, path + ".incomeTotal"),
            Lines(t.ExpenditureItems, unit, path + ".expenditureItems"),
            Cell(t.CurrentYearExpenditure, unit, path + ".currentYearExpenditure"),
            Cell(t.CarryForward, unit, path + ".carryForward"),
            Cell(t.ExpenditureTotal, unit, path + ".expenditureTotal"),
            t.Note);
    }

    private static FiscalAppropriationSummaryTable MapFiscal(FiscalDto t, string path)
    {
        var unit = UnitOf(t.Unit, path);
        FundAmounts Funds(FundsDto? f, string fundPath)
        {
            var funds = Required(f, fundPath);
            return new FundAmounts(
                Cell(funds.GeneralPublicBudget, unit, fundPath + ".generalPublicBudget"),
                Cell(funds.GovernmentFund, unit, fundPath + ".governmentFund"),
                Cell(funds.StateCapitalOperations, unit, fundPath + ".stateCapitalOperations"));
        }

        return new FiscalAppropriationSummaryTable(
            unit,
            Cell(t.CurrentYearIncome, unit, path + ".currentYearIncome"),
            Funds(t.CurrentYearIncomeByFund, path + ".currentYearIncomeByFund"),
            Cell(t.CarryOver, unit, path + ".carryOver"),
            Funds(t.CarryOverByFund, path + ".carryOverByFund"),
            Cell(t.IncomeTotal, unit, path + ".incomeTotal"),
            Cell(t.CurrentYearExpenditure, unit, path + ".currentYearExpenditure"),
            Lines(t.ExpenditureItems, unit, path + ".expenditureItems"),
            Cell(t.CarryForward, unit, path + ".carryForward"),
            Cell(t.ExpenditureTotal, unit, path + ".expenditureTotal"),
            t.Note);
    }

    private static NarrativeFigure MapFigure(FigureDto f, string path)
    {
        var unit = UnitOf(f.Unit, path);
        string kind = Required(f.Kind, path + ".kind");
        return new NarrativeFigure(
            f.Section ?? string.Empty,
            Required(f.Subject, path + ".subject"),
            kind switch
            {
                "amount" => FigureKind.Amount,
                "share" => FigureKind.Share,
                "change" => FigureKind.Change,
                _ => throw new SchemaException(ParseErrorKind.WrongShape, path + ".kind", $"\"{kind}\" is not amount, share or change."),
            },
            f.Amount is null ? null : Parsed(Amount.Parse(f.Amount, unit), path + ".amount"),
            f.Rate is null ? null : Parsed(Rate.Parse(f.Rate), path + ".rate"),
            f.Basis,
            f.Direction switch
            {
                null => null,
                "increase" => ChangeDirection.Increase,
                "decrease" => ChangeDirection.Decrease,
                "flat" => ChangeDirection.Flat,
                _ => throw new SchemaException(ParseErrorKind.WrongShape, path + ".direction", $"\"{f.Direction}\" is not increase, decrease or flat."),
            },
            f.Code,
            unit).WithDecimals(f.Decimals);
    }

    private static OtherMatters MapOtherMatters(OtherMattersDto o, string path)
    {
        var unit = UnitOf(o.Unit, path);
        DateOnly? asOf = null;
        if (o.VehiclesAsOf is { } date)
        {
            asOf = DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed)
                ? parsed
                : throw new SchemaException(ParseErrorKind.WrongShape, path + ".vehiclesAsOf", $"\"{date}\" is not a date in the form yyyy-MM-dd.");
        }

        var matters = new OtherMatters(
            Cell(o.AgencyOperatingCosts, unit, path + ".agencyOperatingCosts"),
            o.AgencyOperatingCostsChange is { } change ? MapFigure(change, path + ".agencyOperatingCostsChange") : null,
            Cell(o.ProcurementTotal, unit, path + ".procurementTotal"),
            Cell(o.ProcurementGoods, unit, path + ".procurementGoods"),
            Cell(o.ProcurementWorks, unit, path + ".procurementWorks"),
            Cell(o.ProcurementServices, unit, path + ".procurementServices"),
            asOf,
            o.VehicleTotal,
            o.VehicleCategories?.Select((c, i) =>
            {
                string categoryPath = Index(path + ".vehicleCategories", i);
                var category = Required(c, categoryPath);
                return new VehicleCategory(Required(category.Name, categoryPath + ".name"), Required(category.Count, categoryPath + ".count"));
            }).ToList(),
            o.EquipmentOverOneMillion,
            Cell(o.PerformanceCoveredAmount, unit, path + ".performanceCoveredAmount"),
            o.StatedPerformanceSheetCount);
        if (o.Extended is not { } x)
        {
            return matters;
        }

        string at = path + ".extended";
        return matters
            .WithSmallBusinessProcurement(Cell(x.SmallBusinessProcurement, unit, at + ".smallBusinessProcurement"), x.SmallBusinessShare is { } share ? Parsed(Rate.Parse(share), at + ".smallBusinessShare") : Rate.NotApplicable)
            .WithEquipment(x.EquipmentThreshold is { } threshold ? Parsed(Amount.Parse(threshold, unit), at + ".equipmentThreshold") : null, matters.EquipmentOverOneMillion)
            .WithAssetsTotal(Cell(x.AssetsTotal, unit, at + ".assetsTotal"))
            .WithPlannedPurchases(x.PlannedPurchases?.Select((p, i) =>
            {
                string purchasePath = Index(at + ".plannedPurchases", i);
                var purchase = Required(p, purchasePath);
                return new PlannedPurchase(Required(purchase.Item, purchasePath + ".item"), purchase.Count, Cell(purchase.Amount, unit, purchasePath + ".amount"));
            }).ToList())
            .WithPerformanceCounts(x.PerformanceProjectCount, x.PerformanceEvaluationCount);
    }

    private static Performance.PerformanceSheet MapSheet(SheetDto s, string path)
    {
        var unit = UnitOf(s.Unit, path);
        var department = Required(s.Department, path + ".department");
        var indicators = Required(s.Indicators, path + ".indicators").Select((x, i) =>
        {
            string indicatorPath = Index(path + ".indicators", i);
            var indicator = Required(x, indicatorPath);
            return new Performance.Indicator(indicator.Level1, indicator.Level2, Required(indicator.Name, indicatorPath + ".name"), Performance.Target.Parse(Required(indicator.Target, indicatorPath + ".target")), indicator.Points);
        }).ToList();
        string name = Required(department.Name, path + ".department.name");
        if (s.Template is { } template)
        {
            if (template != "shanghai")
            {
                throw new SchemaException(ParseErrorKind.WrongShape, path + ".template", $"\"{template}\" is not shanghai (central sheets have no template property).");
            }

            return Performance.PerformanceSheet.Shanghai(
                Required(s.ProjectName, path + ".projectName"),
                name,
                department.Code is { } c ? new Department(c, name) : null,
                s.ImplementingUnit ?? string.Empty,
                unit,
                Cell(s.TotalFunds, unit, path + ".totalFunds"),
                Cell(s.FiscalAppropriation, unit, path + ".fiscalAppropriation"),
                Cell(s.CarryOver, unit, path + ".carryOver"),
                Cell(s.OtherFunds, unit, path + ".otherFunds"),
                s.OverallGoal ?? string.Empty,
                indicators)
                .WithProjectDetails(s.ProjectNature, s.ProjectCategory, s.ProjectGoal)
                .WithProjectFunds(Cell(s.ProjectTotalFunds, unit, path + ".projectTotalFunds"), Cell(s.ProjectFiscalFunds, unit, path + ".projectFiscalFunds"), Cell(s.ProjectOtherFunds, unit, path + ".projectOtherFunds"));
        }

        return new Performance.PerformanceSheet(
            Required(s.ProjectName, path + ".projectName"),
            new Department(Required(department.Code, path + ".department.code"), name),
            s.ImplementingUnit ?? string.Empty,
            Cell(s.TotalFunds, unit, path + ".totalFunds"),
            Cell(s.FiscalAppropriation, unit, path + ".fiscalAppropriation"),
            Cell(s.CarryOver, unit, path + ".carryOver"),
            Cell(s.OtherFunds, unit, path + ".otherFunds"),
            s.ExecutionRatePoints,
            s.OverallGoal ?? string.Empty,
            indicators);
    }

    private static AmountCell[] Cells(Dictionary<string, string?>? cells, IReadOnlyList<TableColumn> columns, AmountUnit unit, string rowPath)
    {
        var result = new AmountCell[columns.Count];
        foreach (var (key, text) in Required(cells, rowPath + ".cells"))
        {
            int index = IndexOf(columns, key, rowPath, ".cells");
            var cell = text is null ? ParseResult.Ok(AmountCell.Blank) : AmountCell.Parse(text, unit);
            result[index] = cell.Success ? cell.Value : throw new SchemaException(ParseErrorKind.WrongShape, $"{rowPath}.cells.{key}", cell.Error!.Message);
        }

        return result;
    }

    private static Rate[] Rates(Dictionary<string, string?>? rates, IReadOnlyList<TableColumn> columns, string rowPath)
    {
        var result = new Rate[columns.Count];
        foreach (var (key, text) in rates ?? [])
        {
            int index = IndexOf(columns, key, rowPath, ".rates");
            result[index] = text is null ? Rate.NotApplicable : Parsed(Rate.Parse(text), $"{rowPath}.rates.{key}");
        }

        return result;
    }

    private static int IndexOf(IReadOnlyList<TableColumn> columns, string key, string rowPath, string member)
    {
        for (int i = 0; i < columns.Count; i++)
        {
            if (columns[i].Key == key)
            {
                return i;
            }
        }

        throw new SchemaException(ParseErrorKind.WrongShape, rowPath + member, $"Unknown property \"{key}\"; expected one of {string.Join(", ", columns.Select(c => c.Key))}.");
    }

    private static List<SummaryLine> Lines(List<LineDto?>? lines, AmountUnit unit, string path) =>
        Required(lines, path).Select((l, i) =>
        {
            string linePath = Index(path, i);
            var line = Required(l, linePath);
            return new SummaryLine(Required(line.Name, linePath + ".name"), Cell(line.Amount, unit, linePath + ".amount"));
        }).ToList();

    private static AmountCell Cell(string? text, AmountUnit unit, string path) =>
        text is null ? AmountCell.Blank : Parsed(AmountCell.Parse(text, unit), path);

    private static T Parsed<T>(ParseResult<T> result, string path) =>
        result.Success ? result.Value : throw new SchemaException(ParseErrorKind.WrongShape, path, result.Error!.Message);

    private static AmountUnit UnitOf(string? text, string path) =>
        AmountUnits.TryParse(Required(text, path + ".unit"), out var unit) ? unit : throw new SchemaException(ParseErrorKind.WrongShape, path + ".unit", $"\"{text}\" is not 元, 万元 or 亿元.");

    private static T Required<T>(T? value, string path)
        where T : class =>
        value ?? throw new SchemaException(ParseErrorKind.WrongShape, path, "The property is missing or null.");

    private static T Required<T>(T? value, string path)
        where T : struct =>
        value ?? throw new SchemaException(ParseErrorKind.WrongShape, path, "The property is missing or null.");

    private static string Index(string path, int index) => string.Create(CultureInfo.InvariantCulture, $"{path}[{index}]");

    private sealed class SchemaException(ParseErrorKind kind, string path, string message) : Exception(message)
    {
        public ParseErrorKind Kind { get; } = kind;

        public string Path { get; } = path;
    }

    /// <summary>The UTF-8 bytes of a text, in an array from the shared pool (a document's text is large: no new array per read).</summary>
    private static PooledUtf8 Utf8Of(string? text)
    {
        text ??= string.Empty;
        var array = ArrayPool<byte>.Shared.Rent(Math.Max(1, Encoding.UTF8.GetByteCount(text)));
        int length = Encoding.UTF8.GetBytes(text, array);
        return new PooledUtf8(array, length);
    }

    private readonly record struct PooledUtf8(byte[] Array, int Length)
    {
        public ReadOnlySpan<byte> Span => Array.AsSpan(0, Length);

        public void Return() => ArrayPool<byte>.Shared.Return(Array);
    }
}
