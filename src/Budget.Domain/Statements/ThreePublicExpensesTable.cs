using Budget.Domain.Money;

namespace Budget.Domain.Statements;

/// <summary>The one row of the 财政拨款预算“三公”经费支出表 (T9).</summary>
/// <remarks>Immutable; equal when every cell is equal.</remarks>
public sealed class ThreePublicExpensesRow : BudgetRow
{
    /// <summary>Creates the row.</summary>
    /// <param name="total">合计.</param>
    /// <param name="overseasTravel">因公出国（境）费.</param>
    /// <param name="vehicles">公务用车购置及运行费 小计.</param>
    /// <param name="vehiclePurchase">公务用车购置费.</param>
    /// <param name="vehicleOperation">公务用车运行费.</param>
    /// <param name="reception">公务接待费.</param>
    public ThreePublicExpensesRow(AmountCell total, AmountCell overseasTravel, AmountCell vehicles, AmountCell vehiclePurchase, AmountCell vehicleOperation, AmountCell reception)
        : base("预算数", [total, overseasTravel, vehicles, vehiclePurchase, vehicleOperation, reception], ColumnList)
    {
    }

    internal ThreePublicExpensesRow(IEnumerable<AmountCell> cells)
        : base("预算数", cells, ColumnList)
    {
    }

    /// <summary>The amount columns, in printed order.</summary>
    public static IReadOnlyList<TableColumn> ColumnList { get; } = ValueList.From<TableColumn>(
    [
        new("total", "合计", "total"),
        new("overseasTravel", "因公出国（境）费", "overseas travel"),
        new("vehicles", "公务用车购置及运行费", "official vehicles, purchase and operation"),
        new("vehiclePurchase", "公务用车购置费", "official vehicle purchase"),
        new("vehicleOperation", "公务用车运行费", "official vehicle operation"),
        new("reception", "公务接待费", "official reception"),
    ]);

    /// <summary>Always empty.</summary>
    public override string CodeValue => string.Empty;

    /// <summary>合计 (total).</summary>
    public AmountCell Total => Cells[0];

    /// <summary>因公出国（境）费 (overseas travel).</summary>
    public AmountCell OverseasTravel => Cells[1];

    /// <summary>公务用车购置及运行费 (official vehicles: purchase and operation).</summary>
    public AmountCell Vehicles => Cells[2];

    /// <summary>公务用车购置费 (official vehicle purchase).</summary>
    public AmountCell VehiclePurchase => Cells[3];

    /// <summary>公务用车运行费 (official vehicle operation).</summary>
    public AmountCell VehicleOperation => Cells[4];

    /// <summary>公务接待费 (official reception).</summary>
    public AmountCell Reception => Cells[5];

    /// <summary>A copy with one cell replaced.</summary>
    /// <param name="column">One of <see cref="ColumnList"/>.</param>
    /// <param name="cell">The new cell.</param>
    /// <returns>The new row.</returns>
    public ThreePublicExpensesRow WithCell(TableColumn column, AmountCell cell) => new(Replace(column, cell));
}

/// <summary>The 财政拨款预算“三公”经费支出表 (T9, the three public expenses): one row.</summary>
/// <remarks>Immutable; equal when unit, row and note are equal.</remarks>
public sealed record ThreePublicExpensesTable : IStandardTable
{
    /// <summary>Creates the table.</summary>
    /// <param name="unit">The unit the table states.</param>
    /// <param name="row">The row.</param>
    /// <param name="note">The note printed with the table, or null.</param>
    public ThreePublicExpensesTable(AmountUnit unit, ThreePublicExpensesRow row, string? note)
    {
        ArgumentNullException.ThrowIfNull(row);
        Unit = unit;
        Row = row;
        Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
    }

    /// <inheritdoc/>
    public TableKind Kind => TableKind.ThreePublicExpenses;

    /// <inheritdoc/>
    public AmountUnit Unit { get; }

    /// <summary>The row.</summary>
    public ThreePublicExpensesRow Row { get; }

    /// <inheritdoc/>
    public string? Note { get; }

    /// <inheritdoc/>
    public IReadOnlyList<BudgetRow> AllRows => ValueList.From<BudgetRow>([Row]);

    /// <summary>A copy with another row.</summary>
    /// <param name="row">The row.</param>
    /// <returns>The new table.</returns>
    public ThreePublicExpensesTable WithRow(ThreePublicExpensesRow row) => new(Unit, row, Note);

    /// <summary>The total.</summary>
    /// <returns>For example <c>“三公”经费: 合计 1,914.15 (万元)</c>.</returns>
    public override string ToString() => $"“三公”经费: 合计 {Row.Total.Format(Unit)} ({Unit.Symbol()})";
}
