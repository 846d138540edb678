using Budget.Domain.Money;

namespace Budget.Domain.Statements;

/// <summary>
/// A line of a summary table (收支总表, 财政拨款收支总表): a name as printed, without its ordinal (一、（一）), and
/// its 预算数.
/// </summary>
/// <remarks>Immutable; equal when name and amount are equal.</remarks>
public sealed class SummaryLine : BudgetRow
{
    /// <summary>Creates a line.</summary>
    /// <param name="name">The name, for example <c>一般公共预算拨款收入</c>.</param>
    /// <param name="amount">The 预算数 (budgeted amount).</param>
    public SummaryLine(string name, AmountCell amount)
        : base(name, [amount], ColumnList)
    {
    }

    /// <summary>The one amount column: 预算数.</summary>
    public static IReadOnlyList<TableColumn> ColumnList { get; } = ValueList.From<TableColumn>([new("amount", "预算数", "budgeted")]);

    /// <summary>The 预算数.</summary>
    public AmountCell Amount => Cells[0];

    /// <summary>Always empty: summary lines carry names, not codes.</summary>
    public override string CodeValue => string.Empty;

    /// <summary>A copy with another amount.</summary>
    /// <param name="amount">The amount.</param>
    /// <returns>The new line.</returns>
    public SummaryLine WithAmount(AmountCell amount) => new(Name, amount);
}
