using System.Globalization;
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
    /// <see cref="ParseErrorKind.UnsupportedVersion"/> for another schema or version, and for anything else that does
    /// not fit the schema an error whose message starts with the JSON path (<c>$.tables.expenditure.rows[3]…</c>).</returns>
    public static ParseResult<DepartmentBudget> Deserialize(string? json)
    {
        try
        {
            using var document = JsonDocument.Parse(json ?? string.Empty);
            return Read(document);
        }
        catch (JsonException e)
        {
            return Malformed(e, json);
        }
    }

    /// <summary>Reads a budget from UTF-8 JSON (with or without a byte-order mark) without throwing.</summary>
    /// <param name="utf8Json">The stream.</param>
    /// <returns>The budget, or an error as <see cref="Deserialize(string)"/> gives.</returns>
    public static ParseResult<DepartmentBudget> Deserialize(Stream utf8Json)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        try
        {
            using var document = JsonDocument.Parse(utf8Json);
            return Read(document);
        }
        catch (JsonException e)
        {
            return Malformed(e, null);
        }
    }

    private static ParseResult<DepartmentBudget> Read(JsonDocument document)
    {
        try
        {
            return ParseResult.Ok(ReadBudget(new Node(document.RootElement, new Segment(null, null, 0))));
        }
        catch (SchemaException e)
        {
            return ParseResult.Fail<DepartmentBudget>(new ParseError(e.Kind, e.Path, 0, 0, $"{e.Path}: {e.Message}"));
        }
        catch (Exception e) when (e is ArgumentException or OverflowException or InvalidOperationException)
        {
            return ParseResult.Fail<DepartmentBudget>(new ParseError(ParseErrorKind.WrongShape, "$", 0, 0, $"The document does not make a valid budget: {e.Message}"));
        }
    }

    private static ParseResult<DepartmentBudget> Malformed(JsonException e, string? json)
    {
        int line = (int)(e.LineNumber ?? 0) + 1;
        int column = (int)(e.BytePositionInLine ?? 0) + 1;
        string text = json?.Split('\n') is { } lines && line <= lines.Length ? lines[line - 1].TrimEnd('\r') : string.Empty;
        return ParseResult.Fail<DepartmentBudget>(new ParseError(ParseErrorKind.Malformed, text, line, column, "The text is not well-formed JSON: " + e.Message));
    }

    private static DepartmentBudget ReadBudget(Node root)
    {
        root.Keys("schema", "schemaVersion", "department", "fiscalYear", "kind", "tables", "narrative", "otherMatters");
        string schema = root.Required("schema").String();
        if (schema != SchemaName)
        {
            throw new SchemaException(ParseErrorKind.UnsupportedVersion, root.Path, $"The schema is \"{schema}\"; this library reads \"{SchemaName}\".");
        }

        int version = root.Required("schemaVersion").Int();
        if (version != SchemaVersion)
        {
            throw new SchemaException(ParseErrorKind.UnsupportedVersion, root.Path, string.Create(CultureInfo.InvariantCulture, $"Schema version {version} is not supported; this library reads version {SchemaVersion}."));
        }

        var department = root.Required("department");
        department.Keys("code", "name");
        string kind = root.Required("kind").String();
        var budget = new DepartmentBudget(
            new Department(department.Required("code").String(), department.Required("name").String()),
            root.Required("fiscalYear").Int(),
            kind switch
            {
                "budget" => DocumentKind.Budget,
                "finalAccounts" => DocumentKind.FinalAccounts,
                _ => throw new SchemaException(ParseErrorKind.WrongShape, root.Path + ".kind", $"\"{kind}\" is not budget or finalAccounts."),
            });

        var tables = root.Required("tables");
        tables.Keys(Enum.GetValues<TableKind>().Select(k => k.Key()).ToArray());
        if (tables.Optional(TableKind.IncomeExpenditureSummary.Key()) is { } t1)
        {
            budget = budget.WithIncomeExpenditureSummary(ReadSummary(t1));
        }

        if (tables.Optional(TableKind.Income.Key()) is { } t2)
        {
            t2.Keys("unit", "note", "rows");
            var unit = t2.Unit();
            budget = budget.WithIncome(new IncomeTable(unit, t2.Required("rows").Items().Select(r => new IncomeRow(r.RowName(), r.Cells(IncomeRow.ColumnList, unit))), t2.Note()));
        }

        if (tables.Optional(TableKind.Expenditure.Key()) is { } t3)
        {
            budget = budget.WithExpenditure(ReadCoded<FunctionalCode, ExpenditureRow, ExpenditureTable>(t3, ExpenditureRow.ColumnList, null, (c, n, cells, _) => new(c, n, cells), (u, rows, total, note) => new(u, rows, total, note)));
        }

        if (tables.Optional(TableKind.FiscalAppropriationSummary.Key()) is { } t4)
        {
            budget = budget.WithFiscalAppropriationSummary(ReadFiscal(t4));
        }

        if (tables.Optional(TableKind.GeneralPublicBudgetExpenditure.Key()) is { } t5)
        {
            budget = budget.WithGeneralPublicBudgetExpenditure(ReadCoded<FunctionalCode, GeneralPublicBudgetExpenditureRow, GeneralPublicBudgetExpenditureTable>(t5, GeneralPublicBudgetExpenditureRow.ColumnList, GeneralPublicBudgetExpenditureRow.RateColumnList, (c, n, cells, rates) => new(c, n, cells, rates!), (u, rows, total, note) => new(u, rows, total, note)));
        }

        if (tables.Optional(TableKind.BasicExpenditure.Key()) is { } t6)
        {
            budget = budget.WithBasicExpenditure(ReadCoded<DepartmentEconomicCode, BasicExpenditureRow, BasicExpenditureTable>(t6, BasicExpenditureRow.ColumnList, null, (c, n, cells, _) => new(c, n, cells), (u, rows, total, note) => new(u, rows, total, note)));
        }

        if (tables.Optional(TableKind.GovernmentFundExpenditure.Key()) is { } t7)
        {
            budget = budget.WithGovernmentFundExpenditure(ReadCoded<FunctionalCode, GovernmentFundExpenditureRow, GovernmentFundExpenditureTable>(t7, GovernmentFundExpenditureRow.ColumnList, null, (c, n, cells, _) => new(c, n, cells), (u, rows, total, note) => new(u, rows, total, note)));
        }

        if (tables.Optional(TableKind.StateCapitalExpenditure.Key()) is { } t8)
        {
            budget = budget.WithStateCapitalExpenditure(ReadCoded<FunctionalCode, StateCapitalExpenditureRow, StateCapitalExpenditureTable>(t8, StateCapitalExpenditureRow.ColumnList, null, (c, n, cells, _) => new(c, n, cells), (u, rows, total, note) => new(u, rows, total, note)));
        }

        if (tables.Optional(TableKind.ThreePublicExpenses.Key()) is { } t9)
        {
            t9.Keys("unit", "note", "row");
            var unit = t9.Unit();
            budget = budget.WithThreePublicExpenses(new ThreePublicExpensesTable(unit, new ThreePublicExpensesRow(t9.Required("row").Cells(ThreePublicExpensesRow.ColumnList, unit)), t9.Note()));
        }

        if (root.Optional("narrative") is { } narrative)
        {
            budget = budget.WithNarrative(narrative.Items().Select(ReadFigure));
        }

        if (root.Optional("otherMatters") is { } other)
        {
            budget = budget.WithOtherMatters(ReadOtherMatters(other));
        }

        return budget;
    }

    private static TTable ReadCoded<TCode, TRow, TTable>(
        Node table,
        IReadOnlyList<TableColumn> columns,
        IReadOnlyList<TableColumn>? rateColumns,
        Func<TCode, string, IReadOnlyList<AmountCell>, IReadOnlyList<Rate>?, TRow> row,
        Func<AmountUnit, IEnumerable<TRow>, TRow?, string?, TTable> create)
        where TCode : struct, IClassificationCode<TCode>
        where TRow : BudgetRow, ICodedRow<TCode>
    {
        table.Keys("unit", "note", "rows", "total");
        var unit = table.Unit();
        TRow Row(Node r, bool total)
        {
            r.Keys("code", "name", "cells", "rates");
            TCode code = default;
            if (!total)
            {
                var codeNode = r.Required("code");
                var parsed = TCode.Parse(codeNode.String());
                code = parsed.Success ? parsed.Value : throw new SchemaException(ParseErrorKind.WrongShape, codeNode.Path, parsed.Error!.Message);
            }

            var rates = rateColumns is null ? null : r.Rates(rateColumns);
            return row(code, r.RowName(), r.Cells(columns, unit), rates);
        }

        var rows = table.Required("rows").Items().Select(r => Row(r, false)).ToList();
        var totalRow = table.Optional("total") is { } t ? Row(t, true) : null;
        return create(unit, rows, totalRow, table.Note());
    }

    private static IncomeExpenditureSummaryTable ReadSummary(Node t)
    {
        t.Keys("unit", "note", "incomeItems", "currentYearIncome", "unusedNonFiscalBalance", "carryOver", "incomeTotal", "expenditureItems", "currentYearExpenditure", "carryForward", "expenditureTotal");
        var unit = t.Unit();
        return new IncomeExpenditureSummaryTable(
            unit,
            t.Lines("incomeItems", unit),
            t.Cell("currentYearIncome", unit),
            t.Cell("unusedNonFiscalBalance", unit),
            t.Cell("carryOver", unit),
            t.Cell("incomeTotal", unit),
            t.Lines("expenditureItems", unit),
            t.Cell("currentYearExpenditure", unit),
            t.Cell("carryForward", unit),
            t.Cell("expenditureTotal", unit),
            t.Note());
    }

    private static FiscalAppropriationSummaryTable ReadFiscal(Node t)
    {
        t.Keys("unit", "note", "currentYearIncome", "currentYearIncomeByFund", "carryOver", "carryOverByFund", "incomeTotal", "currentYearExpenditure", "expenditureItems", "carryForward", "expenditureTotal");
        var unit = t.Unit();
        FundAmounts Funds(string name)
        {
            var f = t.Required(name);
            f.Keys("generalPublicBudget", "governmentFund", "stateCapitalOperations");
            return new FundAmounts(f.Cell("generalPublicBudget", unit), f.Cell("governmentFund", unit), f.Cell("stateCapitalOperations", unit));
        }

        return new FiscalAppropriationSummaryTable(
            unit,
            t.Cell("currentYearIncome", unit),
            Funds("currentYearIncomeByFund"),
            t.Cell("carryOver", unit),
            Funds("carryOverByFund"),
            t.Cell("incomeTotal", unit),
            t.Cell("currentYearExpenditure", unit),
            t.Lines("expenditureItems", unit),
            t.Cell("carryForward", unit),
            t.Cell("expenditureTotal", unit),
            t.Note());
    }

    private static NarrativeFigure ReadFigure(Node f)
    {
        f.Keys("section", "subject", "kind", "amount", "rate", "basis", "direction", "code", "unit");
        var unit = f.Unit();
        string kind = f.Required("kind").String();
        string? direction = f.Optional("direction")?.String();
        return new NarrativeFigure(
            f.Optional("section")?.String() ?? string.Empty,
            f.Required("subject").String(),
            kind switch
            {
                "amount" => FigureKind.Amount,
                "share" => FigureKind.Share,
                "change" => FigureKind.Change,
                _ => throw new SchemaException(ParseErrorKind.WrongShape, f.Path + ".kind", $"\"{kind}\" is not amount, share or change."),
            },
            f.Optional("amount") is { } a ? a.Amount(unit) : null,
            f.Optional("rate") is { } r ? r.Rate() : null,
            f.Optional("basis")?.String(),
            direction switch
            {
                null => null,
                "increase" => ChangeDirection.Increase,
                "decrease" => ChangeDirection.Decrease,
                "flat" => ChangeDirection.Flat,
                _ => throw new SchemaException(ParseErrorKind.WrongShape, f.Path + ".direction", $"\"{direction}\" is not increase, decrease or flat."),
            },
            f.Optional("code")?.String(),
            unit);
    }

    private static OtherMatters ReadOtherMatters(Node o)
    {
        o.Keys("unit", "agencyOperatingCosts", "agencyOperatingCostsChange", "procurementTotal", "procurementGoods", "procurementWorks", "procurementServices", "vehiclesAsOf", "vehicleTotal", "vehicleCategories", "equipmentOverOneMillion", "performanceCoveredAmount", "statedPerformanceSheetCount");
        var unit = o.Unit();
        DateOnly? asOf = null;
        if (o.Optional("vehiclesAsOf") is { } date)
        {
            asOf = DateOnly.TryParseExact(date.String(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
                ? d
                : throw new SchemaException(ParseErrorKind.WrongShape, date.Path, "Not a date in the form yyyy-MM-dd.");
        }

        return new OtherMatters(
            o.Cell("agencyOperatingCosts", unit),
            o.Optional("agencyOperatingCostsChange") is { } change ? ReadFigure(change) : null,
            o.Cell("procurementTotal", unit),
            o.Cell("procurementGoods", unit),
            o.Cell("procurementWorks", unit),
            o.Cell("procurementServices", unit),
            asOf,
            o.Optional("vehicleTotal")?.Int(),
            o.Optional("vehicleCategories")?.Items().Select(c =>
            {
                c.Keys("name", "count");
                return new VehicleCategory(c.Required("name").String(), c.Required("count").Int());
            }),
            o.Optional("equipmentOverOneMillion")?.Int(),
            o.Cell("performanceCoveredAmount", unit),
            o.Optional("statedPerformanceSheetCount")?.Int());
    }

    /// <summary>Where a node is, kept as a chain of segments so that the text of a path is only built for an error.</summary>
    private sealed class Segment(Segment? parent, string? name, int index)
    {
        public override string ToString() =>
            parent is null ? "$" : name is null ? string.Create(CultureInfo.InvariantCulture, $"{parent}[{index}]") : $"{parent}.{name}";
    }

    /// <summary>A JSON value with its path, and the readers the schema needs; every mismatch is a <see cref="SchemaException"/>.</summary>
    private readonly record struct Node(JsonElement Element, Segment Where)
    {
        public string Path => Where.ToString();

        public Node Required(string name) =>
            Optional(name) ?? throw new SchemaException(ParseErrorKind.WrongShape, Path, $"The property \"{name}\" is missing or null.");

        public Node? Optional(string name) =>
            Object().TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null ? new Node(value, new Segment(Where, name, 0)) : null;

        public void Keys(params string[] allowed)
        {
            foreach (var property in Object().EnumerateObject())
            {
                bool known = false;
                foreach (string key in allowed)
                {
                    if (property.NameEquals(key))
                    {
                        known = true;
                        break;
                    }
                }

                if (!known)
                {
                    throw new SchemaException(ParseErrorKind.WrongShape, Path, $"Unknown property \"{property.Name}\"; expected one of {string.Join(", ", allowed)}.");
                }
            }
        }

        public string String() => Element.ValueKind == JsonValueKind.String
            ? Element.GetString()!
            : throw new SchemaException(ParseErrorKind.WrongShape, Path, $"A string was expected, not {Element.ValueKind}.");

        public int Int() => Element.ValueKind == JsonValueKind.Number && Element.TryGetInt32(out int value)
            ? value
            : throw new SchemaException(ParseErrorKind.WrongShape, Path, $"A whole number was expected, not {Element.GetRawText()}.");

        public IEnumerable<Node> Items()
        {
            if (Element.ValueKind != JsonValueKind.Array)
            {
                throw new SchemaException(ParseErrorKind.WrongShape, Path, $"An array was expected, not {Element.ValueKind}.");
            }

            int i = 0;
            var where = Where;
            foreach (var item in Element.EnumerateArray())
            {
                yield return new Node(item, new Segment(where, null, i++));
            }
        }

        public AmountUnit Unit()
        {
            var node = Required("unit");
            return AmountUnits.TryParse(node.String(), out var unit) ? unit : throw new SchemaException(ParseErrorKind.WrongShape, node.Path, $"\"{node.String()}\" is not 元, 万元 or 亿元.");
        }

        public string? Note() => Optional("note")?.String();

        public string RowName() => Optional("name")?.String() ?? string.Empty;

        public AmountCell Cell(string name, AmountUnit unit)
        {
            if (!Object().TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
            {
                return AmountCell.Blank;
            }

            if (value.ValueKind != JsonValueKind.String)
            {
                throw new SchemaException(ParseErrorKind.WrongShape, $"{Path}.{name}", $"A string was expected, not {value.ValueKind}.");
            }

            var cell = AmountCell.Parse(value.GetString(), unit);
            return cell.Success ? cell.Value : throw new SchemaException(ParseErrorKind.WrongShape, $"{Path}.{name}", cell.Error!.Message);
        }

        public Amount Amount(AmountUnit unit)
        {
            var amount = Money.Amount.Parse(String(), unit);
            return amount.Success ? amount.Value : throw new SchemaException(ParseErrorKind.WrongShape, Path, amount.Error!.Message);
        }

        public Rate Rate()
        {
            var rate = Money.Rate.Parse(String());
            return rate.Success ? rate.Value : throw new SchemaException(ParseErrorKind.WrongShape, Path, rate.Error!.Message);
        }

        /// <summary>Reads a row's cells in one pass over the JSON object: each property names a column; missing ones are blank.</summary>
        public AmountCell[] Cells(IReadOnlyList<TableColumn> columns, AmountUnit unit)
        {
            var cells = Required("cells");
            var result = new AmountCell[columns.Count];
            foreach (var property in cells.Object().EnumerateObject())
            {
                int index = -1;
                for (int i = 0; i < columns.Count; i++)
                {
                    if (property.NameEquals(columns[i].Key))
                    {
                        index = i;
                        break;
                    }
                }

                if (index < 0)
                {
                    throw new SchemaException(ParseErrorKind.WrongShape, cells.Path, $"Unknown property \"{property.Name}\"; expected one of {string.Join(", ", KeysOf(columns))}.");
                }

                result[index] = property.Value.ValueKind switch
                {
                    JsonValueKind.Null => AmountCell.Blank,
                    JsonValueKind.String => AmountCell.Parse(property.Value.GetString(), unit) is { Success: true } cell
                        ? cell.Value
                        : throw new SchemaException(ParseErrorKind.WrongShape, $"{cells.Path}.{property.Name}", AmountCell.Parse(property.Value.GetString(), unit).Error!.Message),
                    _ => throw new SchemaException(ParseErrorKind.WrongShape, $"{cells.Path}.{property.Name}", $"A string was expected, not {property.Value.ValueKind}."),
                };
            }

            return result;
        }

        public List<Rate> Rates(IReadOnlyList<TableColumn> columns)
        {
            if (Optional("rates") is not { } rates)
            {
                return columns.Select(_ => Money.Rate.NotApplicable).ToList();
            }

            rates.Keys(KeysOf(columns));
            return columns.Select(c => rates.Optional(c.Key)?.Rate() ?? Money.Rate.NotApplicable).ToList();
        }

        public List<SummaryLine> Lines(string name, AmountUnit unit) =>
            Required(name).Items().Select(line =>
            {
                line.Keys("name", "amount");
                return new SummaryLine(line.Required("name").String(), line.Cell("amount", unit));
            }).ToList();

        public JsonElement Object() => Element.ValueKind == JsonValueKind.Object
            ? Element
            : throw new SchemaException(ParseErrorKind.WrongShape, Path, $"An object was expected, not {Element.ValueKind}.");
    }

    private static string[] KeysOf(IReadOnlyList<TableColumn> columns) =>
        ColumnKeys.GetValue(columns, c => c.Select(column => column.Key).ToArray());

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<IReadOnlyList<TableColumn>, string[]> ColumnKeys = [];

    private sealed class SchemaException(ParseErrorKind kind, string path, string message) : Exception(message)
    {
        public ParseErrorKind Kind { get; } = kind;

        public string Path { get; } = path;
    }
}
