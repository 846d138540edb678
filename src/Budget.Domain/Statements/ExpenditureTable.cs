using Budget.Domain.Classification;
using Budget.Domain.Money;

namespace Budget.Domain.Statements;

/// <summary>A row of the 支出总表 (T3, expenditure summary by function).</summary>
/// <remarks>Immutable; equal when code, name and every cell are equal.</remarks>
public sealed class ExpenditureRow : BudgetRow, ICodedRow<FunctionalCode>
{
    /// <summary>Creates a row.</summary>
    /// <param name="code">The code; <c>default</c> only for the 合计 row.</param>
    /// <param name="name">The name as printed.</param>
    /// <param name="total">合计 (total).</param>
    /// <param name="basic">基本支出 (basic expenditure).</param>
    /// <param name="project">项目支出 (project expenditure).</param>
    /// <param name="remittedToSuperior">上缴上级支出 (remittance to the superior).</param>
    /// <param name="businessOperations">事业单位经营支出 (business expenditure of public institutions).</param>
    /// <param name="subsidiesToAffiliates">对附属单位补助支出 (subsidies to affiliated units).</param>
    public ExpenditureRow(FunctionalCode code, string name, AmountCell total, AmountCell basic, AmountCell project, AmountCell remittedToSuperior, AmountCell businessOperations, AmountCell subsidiesToAffiliates)
        : base(name, [total, basic, project, remittedToSuperior, businessOperations, subsidiesToAffiliates], ColumnList)
    {
        Code = code;
    }

    internal ExpenditureRow(FunctionalCode code, string name, IEnumerable<AmountCell> cells)
        : base(name, cells, ColumnList)
    {
        Code = code;
    }

    /// <summary>The amount columns, in printed order.</summary>
    public static IReadOnlyList<TableColumn> ColumnList { get; } = ValueList.From<TableColumn>(
    [
        new("total", "合计", "total"),
        new("basic", "基本支出", "basic expenditure"),
        new("project", "项目支出", "project expenditure"),
        new("remittedToSuperior", "上缴上级支出", "remittance to the superior"),
        new("businessOperations", "事业单位经营支出", "business expenditure of public institutions"),
        new("subsidiesToAffiliates", "对附属单位补助支出", "subsidies to affiliated units"),
    ]);

    /// <inheritdoc/>
    public FunctionalCode Code { get; }

    /// <inheritdoc/>
    public override string CodeValue => Code.Value;

    /// <summary>合计 (total).</summary>
    public AmountCell Total => Cells[0];

    /// <summary>基本支出 (basic expenditure).</summary>
    public AmountCell Basic => Cells[1];

    /// <summary>项目支出 (project expenditure).</summary>
    public AmountCell Project => Cells[2];

    /// <summary>上缴上级支出 (remittance to the superior).</summary>
    public AmountCell RemittedToSuperior => Cells[3];

    /// <summary>事业单位经营支出 (business expenditure of public institutions).</summary>
    public AmountCell BusinessOperations => Cells[4];

    /// <summary>对附属单位补助支出 (subsidies to affiliated units).</summary>
    public AmountCell SubsidiesToAffiliates => Cells[5];

    /// <summary>A 合计 row (no code).</summary>
    /// <param name="cells">The cells, in the order of <see cref="ColumnList"/>.</param>
    /// <returns>The row, named 合计.</returns>
    public static ExpenditureRow TotalRow(IEnumerable<AmountCell> cells) => new(default, "合计", cells);

    /// <summary>A copy with one amount cell replaced.</summary>
    /// <param name="column">One of <see cref="ColumnList"/>.</param>
    /// <param name="cell">The new cell.</param>
    /// <returns>The new row.</returns>
    public ExpenditureRow WithCell(TableColumn column, AmountCell cell) => new(Code, Name, Replace(column, cell));
}

/// <summary>The 支出总表 (T3, expenditure summary by function): rows keyed by <see cref="FunctionalCode"/>, a 合计 row, a unit and a note.</summary>
/// <remarks>Immutable; see <see cref="CodedTable{TCode, TRow}"/> for what construction checks.</remarks>
public sealed class ExpenditureTable : CodedTable<FunctionalCode, ExpenditureRow, ExpenditureTable>
{
    /// <summary>Creates the table.</summary>
    /// <param name="unit">The unit the table states.</param>
    /// <param name="rows">The rows with codes, in printed order.</param>
    /// <param name="total">The 合计 row, or null.</param>
    /// <param name="note">The note printed with the table (注：…), or null.</param>
    /// <exception cref="ArgumentException">Two rows with one code, a row without a code, or a 合计 row with one.</exception>
    public ExpenditureTable(AmountUnit unit, IEnumerable<ExpenditureRow> rows, ExpenditureRow? total, string? note)
        : base(unit, rows, total, note)
    {
    }

    /// <inheritdoc/>
    public override TableKind Kind => TableKind.Expenditure;

    /// <inheritdoc/>
    private protected override ExpenditureTable Create(AmountUnit unit, IEnumerable<ExpenditureRow> rows, ExpenditureRow? total, string? note) => new(unit, rows, total, note);
}
