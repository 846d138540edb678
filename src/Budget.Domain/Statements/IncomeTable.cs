using Budget.Domain.Money;

namespace Budget.Domain.Statements;

/// <summary>A row of the 收入总表 (T2): one total row, or one row per unit of the department.</summary>
/// <remarks>Immutable; equal when name and every cell are equal.</remarks>
public sealed class IncomeRow : BudgetRow
{
    /// <summary>Creates a row.</summary>
    /// <param name="name">The row's name: 合计, or the unit's name.</param>
    /// <param name="total">合计.</param>
    /// <param name="carryOver">上年结转.</param>
    /// <param name="generalPublicBudget">一般公共预算拨款收入.</param>
    /// <param name="governmentFund">政府性基金预算拨款收入.</param>
    /// <param name="stateCapitalOperations">国有资本经营预算拨款收入.</param>
    /// <param name="serviceRevenue">事业收入 (金额).</param>
    /// <param name="educationFees">事业收入 其中：教育收费.</param>
    /// <param name="businessRevenue">事业单位经营收入.</param>
    /// <param name="fromSuperior">上级补助收入.</param>
    /// <param name="fromAffiliates">附属单位上缴收入.</param>
    /// <param name="other">其他收入.</param>
    /// <param name="unusedNonFiscalBalance">使用非财政拨款结余.</param>
    public IncomeRow(string name, AmountCell total, AmountCell carryOver, AmountCell generalPublicBudget, AmountCell governmentFund, AmountCell stateCapitalOperations, AmountCell serviceRevenue, AmountCell educationFees, AmountCell businessRevenue, AmountCell fromSuperior, AmountCell fromAffiliates, AmountCell other, AmountCell unusedNonFiscalBalance)
        : base(name, [total, carryOver, generalPublicBudget, governmentFund, stateCapitalOperations, serviceRevenue, educationFees, businessRevenue, fromSuperior, fromAffiliates, other, unusedNonFiscalBalance], ColumnList)
    {
    }

    internal IncomeRow(string name, IEnumerable<AmountCell> cells)
        : base(name, cells, ColumnList)
    {
    }

    /// <summary>The amount columns, in printed order.</summary>
    public static IReadOnlyList<TableColumn> ColumnList { get; } = ValueList.From<TableColumn>(
    [
        new("total", "合计", "total"),
        new("carryOver", "上年结转", "carry-over from prior year"),
        new("generalPublicBudget", "一般公共预算拨款收入", "general public budget appropriation"),
        new("governmentFund", "政府性基金预算拨款收入", "government fund budget appropriation"),
        new("stateCapitalOperations", "国有资本经营预算拨款收入", "state capital operations budget appropriation"),
        new("serviceRevenue", "事业收入", "service revenue"),
        new("educationFees", "其中：教育收费", "of which education fees"),
        new("businessRevenue", "事业单位经营收入", "business revenue of public institutions"),
        new("fromSuperior", "上级补助收入", "subsidies from the superior"),
        new("fromAffiliates", "附属单位上缴收入", "remittances from affiliated units"),
        new("other", "其他收入", "other revenue"),
        new("unusedNonFiscalBalance", "使用非财政拨款结余", "use of non-fiscal balances"),
    ]);

    /// <summary>Always empty: income rows are named, not coded.</summary>
    public override string CodeValue => string.Empty;

    /// <summary>合计 (total).</summary>
    public AmountCell Total => Cells[0];

    /// <summary>上年结转 (carry-over from prior year).</summary>
    public AmountCell CarryOver => Cells[1];

    /// <summary>一般公共预算拨款收入 (general public budget appropriation).</summary>
    public AmountCell GeneralPublicBudget => Cells[2];

    /// <summary>政府性基金预算拨款收入 (government fund budget appropriation).</summary>
    public AmountCell GovernmentFund => Cells[3];

    /// <summary>国有资本经营预算拨款收入 (state capital operations budget appropriation).</summary>
    public AmountCell StateCapitalOperations => Cells[4];

    /// <summary>事业收入 (service revenue).</summary>
    public AmountCell ServiceRevenue => Cells[5];

    /// <summary>其中：教育收费 (of which education fees).</summary>
    public AmountCell EducationFees => Cells[6];

    /// <summary>事业单位经营收入 (business revenue of public institutions).</summary>
    public AmountCell BusinessRevenue => Cells[7];

    /// <summary>上级补助收入 (subsidies from the superior).</summary>
    public AmountCell FromSuperior => Cells[8];

    /// <summary>附属单位上缴收入 (remittances from affiliated units).</summary>
    public AmountCell FromAffiliates => Cells[9];

    /// <summary>其他收入 (other revenue).</summary>
    public AmountCell Other => Cells[10];

    /// <summary>使用非财政拨款结余 (use of non-fiscal balances).</summary>
    public AmountCell UnusedNonFiscalBalance => Cells[11];

    /// <summary>A copy with one cell replaced.</summary>
    /// <param name="column">One of <see cref="ColumnList"/>.</param>
    /// <param name="cell">The new cell.</param>
    /// <returns>The new row.</returns>
    public IncomeRow WithCell(TableColumn column, AmountCell cell) => new(Name, Replace(column, cell));
}

/// <summary>The 收入总表 (T2, income): one total row, or one row per unit.</summary>
/// <remarks>Immutable; equal when unit, rows and note are equal.</remarks>
public sealed record IncomeTable : IStandardTable
{
    /// <summary>Creates the table.</summary>
    /// <param name="unit">The unit the table states.</param>
    /// <param name="rows">The rows, in printed order.</param>
    /// <param name="note">The note printed with the table, or null.</param>
    public IncomeTable(AmountUnit unit, IEnumerable<IncomeRow> rows, string? note)
    {
        Unit = unit;
        Rows = ValueList.From(rows);
        Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
    }

    /// <inheritdoc/>
    public TableKind Kind => TableKind.Income;

    /// <inheritdoc/>
    public AmountUnit Unit { get; }

    /// <summary>The rows, in printed order.</summary>
    public IReadOnlyList<IncomeRow> Rows { get; }

    /// <inheritdoc/>
    public string? Note { get; }

    /// <inheritdoc/>
    public IReadOnlyList<BudgetRow> AllRows => ValueList.From<BudgetRow>(Rows);

    /// <summary>The row named 合计, else the only row, else null.</summary>
    public IncomeRow? Total => Rows.FirstOrDefault(r => r.Name == "合计") ?? (Rows.Count == 1 ? Rows[0] : null);

    /// <summary>A copy with other rows.</summary>
    /// <param name="rows">The rows.</param>
    /// <returns>The new table.</returns>
    public IncomeTable WithRows(IEnumerable<IncomeRow> rows) => new(Unit, rows, Note);

    /// <summary>The total.</summary>
    /// <returns>For example <c>收入总表: 合计 479,761.98 (万元)</c>.</returns>
    public override string ToString() => $"收入总表: {Rows.Count} rows, 合计 {Total?.Total.Format(Unit)} ({Unit.Symbol()})";
}
