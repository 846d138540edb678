using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Budget.Domain.Money;
using Budget.Domain.Statements;

namespace Budget.Domain.Serialization;

/// <summary>
/// Writes and reads a <see cref="DepartmentBudget"/> as JSON (schema <c>budget-domain/department-budget</c>,
/// version 1, documented in docs/json-schema.md). Amounts are written as exact decimal strings in their table's
/// unit (<c>"433002.21"</c>), never as binary floating point; a blank cell is <c>null</c>; a dash cell is the dash
/// (<c>"-"</c>); rates are strings such as <c>"93.59%"</c>. Reading never throws: it returns the budget or an
/// error that says what is wrong and where.
/// </summary>
public static partial class BudgetJson
{
    /// <summary>The schema name written into every document.</summary>
    public const string SchemaName = "budget-domain/department-budget";

    /// <summary>The schema version this library writes and reads.</summary>
    public const int SchemaVersion = 1;

    private static readonly JsonWriterOptions WriterOptions = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Writes a budget as JSON text.</summary>
    /// <param name="budget">The budget.</param>
    /// <returns>The JSON text (UTF-8 when written to a file; Chinese text is not escaped).</returns>
    public static string Serialize(DepartmentBudget budget)
    {
        ArgumentNullException.ThrowIfNull(budget);
        return WriteText(w => Write(w, budget));
    }

    /// <summary>Writes a document through a pooled buffer and returns its text.</summary>
    private static string WriteText(Action<Utf8JsonWriter> write)
    {
        var buffer = new PooledBuffer();
        try
        {
            using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
            {
                write(writer);
            }

            return Encoding.UTF8.GetString(buffer.WrittenSpan);
        }
        finally
        {
            buffer.Return();
        }
    }

    /// <summary>Writes a budget as UTF-8 JSON to a stream.</summary>
    /// <param name="budget">The budget.</param>
    /// <param name="utf8Json">The stream to write to.</param>
    public static void Serialize(DepartmentBudget budget, Stream utf8Json)
    {
        ArgumentNullException.ThrowIfNull(budget);
        ArgumentNullException.ThrowIfNull(utf8Json);
        using var writer = new Utf8JsonWriter(utf8Json, WriterOptions);
        Write(writer, budget);
    }

    private static void Write(Utf8JsonWriter w, DepartmentBudget budget)
    {
        w.WriteStartObject();
        w.WriteString("schema"u8, SchemaName);
        w.WriteNumber("schemaVersion"u8, SchemaVersion);
        w.WriteStartObject("department"u8);
        w.WriteString("code"u8, budget.Department.Code);
        w.WriteString("name"u8, budget.Department.Name);
        w.WriteEndObject();
        w.WriteNumber("fiscalYear"u8, budget.FiscalYear);
        w.WriteString("kind"u8, budget.Kind == DocumentKind.Budget ? "budget" : "finalAccounts");

        w.WriteStartObject("tables"u8);
        if (budget.IncomeExpenditureSummary is { } t1)
        {
            WriteSummary(w, t1);
        }

        if (budget.Income is { } t2)
        {
            StartTable(w, t2);
            w.WriteStartArray("rows"u8);
            foreach (var row in t2.Rows)
            {
                WriteRow(w, row, t2.Unit);
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        WriteCoded(w, budget.Expenditure);
        if (budget.FiscalAppropriationSummary is { } t4)
        {
            WriteFiscal(w, t4);
        }

        WriteCoded(w, budget.GeneralPublicBudgetExpenditure);
        WriteCoded(w, budget.BasicExpenditure);
        WriteCoded(w, budget.GovernmentFundExpenditure);
        WriteCoded(w, budget.StateCapitalExpenditure);
        if (budget.ThreePublicExpenses is { } t9)
        {
            StartTable(w, t9);
            w.WritePropertyName("row"u8);
            WriteRow(w, t9.Row, t9.Unit);
            w.WriteEndObject();
        }

        w.WriteEndObject();

        w.WriteStartArray("narrative"u8);
        foreach (var figure in budget.Narrative)
        {
            WriteFigure(w, figure);
        }

        w.WriteEndArray();
        WriteOtherMatters(w, budget.OtherMatters);
        w.WriteStartArray("performanceSheets"u8);
        foreach (var sheet in budget.PerformanceSheets)
        {
            WriteSheet(w, sheet);
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteSheet(Utf8JsonWriter w, Performance.PerformanceSheet s)
    {
        var unit = s.Unit;
        w.WriteStartObject();
        w.WriteString("projectName"u8, s.ProjectName);
        if (s.Template == Performance.SheetTemplate.Shanghai)
        {
            w.WriteString("template"u8, "shanghai");
            WriteNullableString(w, "projectNature", s.ProjectNature);
            WriteNullableString(w, "projectCategory", s.ProjectCategory);
            WriteNullableString(w, "projectGoal", s.ProjectGoal);
            WriteCell(w, "projectTotalFunds", s.ProjectTotalFunds, unit);
            WriteCell(w, "projectFiscalFunds", s.ProjectFiscalFunds, unit);
            WriteCell(w, "projectOtherFunds", s.ProjectOtherFunds, unit);
        }

        w.WriteStartObject("department"u8);
        WriteNullableString(w, "code", s.Department?.Code);
        w.WriteString("name"u8, s.DepartmentName);
        w.WriteEndObject();
        w.WriteString("implementingUnit"u8, s.ImplementingUnit);
        w.WriteString("unit"u8, unit.Symbol());
        WriteCell(w, "totalFunds", s.TotalFunds, unit);
        WriteCell(w, "fiscalAppropriation", s.FiscalAppropriation, unit);
        WriteCell(w, "carryOver", s.CarryOver, unit);
        WriteCell(w, "otherFunds", s.OtherFunds, unit);
        WriteNullableNumber(w, "executionRatePoints", s.ExecutionRatePoints);
        w.WriteString("overallGoal"u8, s.OverallGoal);
        w.WriteStartArray("indicators"u8);
        foreach (var i in s.Indicators)
        {
            w.WriteStartObject();
            WriteNullableString(w, "level1", i.Level1);
            WriteNullableString(w, "level2", i.Level2);
            w.WriteString("name"u8, i.Name);
            w.WriteString("target"u8, i.Target.Text);
            WriteNullableNumber(w, "points", i.Points);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void StartTable(Utf8JsonWriter w, IStandardTable table)
    {
        w.WriteStartObject(table.Kind.Key());
        w.WriteString("unit"u8, table.Unit.Symbol());
        if (table.Note is null)
        {
            w.WriteNull("note"u8);
        }
        else
        {
            w.WriteString("note"u8, table.Note);
        }
    }

    private static void WriteCoded<TCode, TRow>(Utf8JsonWriter w, CodedTable<TCode, TRow>? table)
        where TCode : struct, Classification.IClassificationCode<TCode>
        where TRow : BudgetRow, ICodedRow<TCode>
    {
        if (table is null)
        {
            return;
        }

        StartTable(w, table);
        w.WriteStartArray("rows"u8);
        foreach (var row in table.Rows)
        {
            WriteRow(w, row, table.Unit);
        }

        w.WriteEndArray();
        if (table.Total is { } total)
        {
            w.WritePropertyName("total"u8);
            WriteRow(w, total, table.Unit);
        }
        else
        {
            w.WriteNull("total"u8);
        }

        w.WriteEndObject();
    }

    private static void WriteRow(Utf8JsonWriter w, BudgetRow row, AmountUnit unit)
    {
        w.WriteStartObject();
        if (row.CodeValue.Length > 0)
        {
            w.WriteString("code"u8, row.CodeValue);
        }

        w.WriteString("name"u8, row.Name);
        w.WriteStartObject("cells"u8);
        for (int i = 0; i < row.Columns.Count; i++)
        {
            WriteCell(w, row.Columns[i].Key, row.Cells[i], unit);
        }

        w.WriteEndObject();
        if (row.RateColumns.Count > 0)
        {
            w.WriteStartObject("rates"u8);
            for (int i = 0; i < row.RateColumns.Count; i++)
            {
                w.WriteString(row.RateColumns[i].Key, row.Rates[i].Format());
            }

            w.WriteEndObject();
        }

        w.WriteEndObject();
    }

    private static void WriteSummary(Utf8JsonWriter w, IncomeExpenditureSummaryTable t)
    {
        StartTable(w, t);
        WriteLines(w, "incomeItems", t.IncomeItems, t.Unit);
        WriteCell(w, "currentYearIncome", t.CurrentYearIncome, t.Unit);
        WriteCell(w, "unusedNonFiscalBalance", t.UnusedNonFiscalBalance, t.Unit);
        WriteCell(w, "carryOver", t.CarryOver, t.Unit);
        WriteCell(w, "incomeTotal", t.IncomeTotal, t.Unit);
        WriteLines(w, "expenditureItems", t.ExpenditureItems, t.Unit);
        WriteCell(w, "currentYearExpenditure", t.CurrentYearExpenditure, t.Unit);
        WriteCell(w, "carryForward", t.CarryForward, t.Unit);
        WriteCell(w, "expenditureTotal", t.ExpenditureTotal, t.Unit);
        w.WriteEndObject();
    }

    private static void WriteFiscal(Utf8JsonWriter w, FiscalAppropriationSummaryTable t)
    {
        StartTable(w, t);
        WriteCell(w, "currentYearIncome", t.CurrentYearIncome, t.Unit);
        WriteFunds(w, "currentYearIncomeByFund", t.CurrentYearIncomeByFund, t.Unit);
        WriteCell(w, "carryOver", t.CarryOver, t.Unit);
        WriteFunds(w, "carryOverByFund", t.CarryOverByFund, t.Unit);
        WriteCell(w, "incomeTotal", t.IncomeTotal, t.Unit);
        WriteCell(w, "currentYearExpenditure", t.CurrentYearExpenditure, t.Unit);
        WriteLines(w, "expenditureItems", t.ExpenditureItems, t.Unit);
        WriteCell(w, "carryForward", t.CarryForward, t.Unit);
        WriteCell(w, "expenditureTotal", t.ExpenditureTotal, t.Unit);
        w.WriteEndObject();
    }

    private static void WriteFunds(Utf8JsonWriter w, string name, FundAmounts funds, AmountUnit unit)
    {
        w.WriteStartObject(name);
        WriteCell(w, "generalPublicBudget", funds.GeneralPublicBudget, unit);
        WriteCell(w, "governmentFund", funds.GovernmentFund, unit);
        WriteCell(w, "stateCapitalOperations", funds.StateCapitalOperations, unit);
        w.WriteEndObject();
    }

    private static void WriteLines(Utf8JsonWriter w, string name, IReadOnlyList<SummaryLine> lines, AmountUnit unit)
    {
        w.WriteStartArray(name);
        foreach (var line in lines)
        {
            w.WriteStartObject();
            w.WriteString("name"u8, line.Name);
            WriteCell(w, "amount", line.Amount, unit);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static void WriteFigure(Utf8JsonWriter w, NarrativeFigure f)
    {
        w.WriteStartObject();
        w.WriteString("section"u8, f.Section);
        w.WriteString("subject"u8, f.Subject);
        w.WriteString("kind"u8, f.Kind switch { FigureKind.Share => "share", FigureKind.Change => "change", _ => "amount" });
        WriteNullableString(w, "amount", f.Amount is { } a ? Plain(a, f.Unit) : null);
        WriteNullableString(w, "rate", f.Rate?.Format());
        WriteNullableString(w, "basis", f.Basis);
        WriteNullableString(w, "direction", f.Direction switch
        {
            ChangeDirection.Increase => "increase",
            ChangeDirection.Decrease => "decrease",
            ChangeDirection.Flat => "flat",
            _ => null,
        });
        WriteNullableString(w, "code", f.Code);
        w.WriteString("unit"u8, f.Unit.Symbol());
        if (f.Decimals is { } decimals)
        {
            w.WriteNumber("decimals"u8, decimals);
        }

        w.WriteEndObject();
    }

    private static void WriteOtherMatters(Utf8JsonWriter w, OtherMatters o, bool extended = false)
    {
        const AmountUnit unit = AmountUnit.WanYuan;
        w.WriteStartObject("otherMatters"u8);
        w.WriteString("unit"u8, unit.Symbol());
        if (extended)
        {
            w.WriteStartObject("extended"u8);
            WriteCell(w, "smallBusinessProcurement", o.SmallBusinessProcurement, unit);
            WriteNullableString(w, "smallBusinessShare", o.SmallBusinessShare.IsApplicable ? o.SmallBusinessShare.Format() : null);
            WriteNullableString(w, "equipmentThreshold", o.EquipmentThreshold is { } threshold ? Plain(threshold, unit) : null);
            WriteCell(w, "assetsTotal", o.AssetsTotal, unit);
            w.WriteStartArray("plannedPurchases"u8);
            foreach (var purchase in o.PlannedPurchases)
            {
                w.WriteStartObject();
                w.WriteString("item"u8, purchase.Item);
                WriteNullableNumber(w, "count", purchase.Count);
                WriteCell(w, "amount", purchase.Amount, unit);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            WriteNullableNumber(w, "performanceProjectCount", o.PerformanceProjectCount);
            WriteNullableNumber(w, "performanceEvaluationCount", o.PerformanceEvaluationCount);
            w.WriteEndObject();
        }

        WriteCell(w, "agencyOperatingCosts", o.AgencyOperatingCosts, unit);
        if (o.AgencyOperatingCostsChange is { } change)
        {
            w.WritePropertyName("agencyOperatingCostsChange"u8);
            WriteFigure(w, change);
        }
        else
        {
            w.WriteNull("agencyOperatingCostsChange"u8);
        }

        WriteCell(w, "procurementTotal", o.ProcurementTotal, unit);
        WriteCell(w, "procurementGoods", o.ProcurementGoods, unit);
        WriteCell(w, "procurementWorks", o.ProcurementWorks, unit);
        WriteCell(w, "procurementServices", o.ProcurementServices, unit);
        WriteNullableString(w, "vehiclesAsOf", o.VehiclesAsOf?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        WriteNullableNumber(w, "vehicleTotal", o.VehicleTotal);
        w.WriteStartArray("vehicleCategories"u8);
        foreach (var category in o.VehicleCategories)
        {
            w.WriteStartObject();
            w.WriteString("name"u8, category.Name);
            w.WriteNumber("count"u8, category.Count);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        WriteNullableNumber(w, "equipmentOverOneMillion", o.EquipmentOverOneMillion);
        WriteCell(w, "performanceCoveredAmount", o.PerformanceCoveredAmount, unit);
        WriteNullableNumber(w, "statedPerformanceSheetCount", o.StatedPerformanceSheetCount);
        w.WriteEndObject();
    }

    private static void WriteCell(Utf8JsonWriter w, string name, AmountCell cell, AmountUnit unit)
    {
        if (cell.HasAmount)
        {
            Span<char> buffer = stackalloc char[48];
            w.WriteString(name, PlainSpan(cell.Amount, unit, buffer));
        }
        else if (cell.EmptyMarker.Length > 0)
        {
            w.WriteString(name, cell.EmptyMarker);
        }
        else
        {
            w.WriteNull(name);
        }
    }

    private static void WriteNullableString(Utf8JsonWriter w, string name, string? value)
    {
        if (value is null)
        {
            w.WriteNull(name);
        }
        else
        {
            w.WriteString(name, value);
        }
    }

    private static void WriteNullableNumber(Utf8JsonWriter w, string name, int? value)
    {
        if (value is { } v)
        {
            w.WriteNumber(name, v);
        }
        else
        {
            w.WriteNull(name);
        }
    }

    private static void WriteNullableNumber(Utf8JsonWriter w, string name, decimal? value)
    {
        if (value is { } v)
        {
            w.WriteNumber(name, v);
        }
        else
        {
            w.WriteNull(name);
        }
    }

    /// <summary>An amount as an exact plain decimal in a unit: 433002.21 (no separators).</summary>
    internal static string Plain(Amount amount, AmountUnit unit)
    {
        Span<char> buffer = stackalloc char[48];
        return new string(PlainSpan(amount, unit, buffer));
    }

    private static ReadOnlySpan<char> PlainSpan(Amount amount, AmountUnit unit, Span<char> buffer)
    {
        amount.TryFormat(buffer, out int written, unit);
        int length = 0;
        for (int i = 0; i < written; i++)
        {
            if (buffer[i] != ',')
            {
                buffer[length++] = buffer[i];
            }
        }

        return buffer[..length];
    }

    /// <summary>A growable buffer rented from the shared array pool, so that writing a document allocates only the result.</summary>
    private sealed class PooledBuffer : System.Buffers.IBufferWriter<byte>
    {
        private byte[] array = System.Buffers.ArrayPool<byte>.Shared.Rent(64 * 1024);
        private int written;

        public ReadOnlySpan<byte> WrittenSpan => array.AsSpan(0, written);

        public void Advance(int count) => written += count;

        public Memory<byte> GetMemory(int sizeHint = 0)
        {
            Ensure(sizeHint);
            return array.AsMemory(written);
        }

        public Span<byte> GetSpan(int sizeHint = 0)
        {
            Ensure(sizeHint);
            return array.AsSpan(written);
        }

        public void Return()
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(array);
            array = [];
        }

        private void Ensure(int sizeHint)
        {
            if (array.Length - written >= Math.Max(sizeHint, 1))
            {
                return;
            }

            var larger = System.Buffers.ArrayPool<byte>.Shared.Rent(Math.Max(array.Length * 2, written + sizeHint));
            array.AsSpan(0, written).CopyTo(larger);
            System.Buffers.ArrayPool<byte>.Shared.Return(array);
            array = larger;
        }
    }
}
