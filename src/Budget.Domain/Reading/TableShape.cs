using Budget.Domain.Statements;

namespace Budget.Domain.Reading;

/// <summary>What a column of a printed table holds.</summary>
internal enum SlotKind
{
    Code,
    Name,
    Amount,
    Rate,
}

/// <summary>A column of a printed table: what it holds, its index among the row's amounts or rates, and its header.</summary>
internal sealed record Slot(SlotKind Kind, int Index, string Header, params string[] Aliases)
{
    /// <summary>The comparison keys of the header and its aliases.</summary>
    public IReadOnlyList<string> Keys { get; } = [.. Aliases.Prepend(Header).Select(ReadText.Key)];

    public string HeaderKey => Keys[0];
}

/// <summary>
/// The printed layout of a standard table that has columns (T2, T3, T5–T9): its columns in standard order,
/// taken from the model's column lists, each found by its header or by any header its schema lists for the column
/// (Tables/Data/central-budget.json), so a new wording is added in the schema file, not here. The writer prints this
/// order. One definition per table, shared by both.
/// </summary>
internal sealed record TableShape(TableKind Kind, bool Coded, bool EconomicCodes, IReadOnlyList<Slot> Slots)
{
    private static readonly Slot CodeSlot = new(SlotKind.Code, 0, "科目编码", "编码", "科目代码", "功能分类科目编码", "经济分类科目编码");
    private static readonly Slot NameSlot = new(SlotKind.Name, 0, "科目名称", "名称", "项目");

    public static TableShape Income { get; } = new(TableKind.Income, false, false, [new(SlotKind.Name, 0, "项目", "科目名称", "单位名称", "名称"), .. Amounts(TableKind.Income, IncomeRow.ColumnList)]);

    public static TableShape Expenditure { get; } = CodedShape(TableKind.Expenditure, ExpenditureRow.ColumnList);

    public static TableShape GeneralPublicBudgetExpenditure { get; } = new(
        TableKind.GeneralPublicBudgetExpenditure,
        true,
        false,
        [
            CodeSlot, NameSlot,
            .. Amounts(TableKind.GeneralPublicBudgetExpenditure, GeneralPublicBudgetExpenditureRow.ColumnList).Take(7),
            new(SlotKind.Rate, 0, GeneralPublicBudgetExpenditureRow.RateColumnList[0].ChineseName, SchemaHeaders(TableKind.GeneralPublicBudgetExpenditure, GeneralPublicBudgetExpenditureRow.RateColumnList[0])),
            Amounts(TableKind.GeneralPublicBudgetExpenditure, GeneralPublicBudgetExpenditureRow.ColumnList)[7],
            new(SlotKind.Rate, 1, GeneralPublicBudgetExpenditureRow.RateColumnList[1].ChineseName, SchemaHeaders(TableKind.GeneralPublicBudgetExpenditure, GeneralPublicBudgetExpenditureRow.RateColumnList[1])),
        ]);

    public static TableShape BasicExpenditure { get; } = new(TableKind.BasicExpenditure, true, true, [CodeSlot, NameSlot, .. Amounts(TableKind.BasicExpenditure, BasicExpenditureRow.ColumnList)]);

    public static TableShape GovernmentFundExpenditure { get; } = CodedShape(TableKind.GovernmentFundExpenditure, GovernmentFundExpenditureRow.ColumnList);

    public static TableShape StateCapitalExpenditure { get; } = CodedShape(TableKind.StateCapitalExpenditure, StateCapitalExpenditureRow.ColumnList);

    public static TableShape ThreePublicExpenses { get; } = new(TableKind.ThreePublicExpenses, false, false, Amounts(TableKind.ThreePublicExpenses, ThreePublicExpensesRow.ColumnList));

    /// <summary>Every key a header cell of this table may have.</summary>
    public HashSet<string> HeaderKeys { get; } = [.. Slots.SelectMany(s => s.Keys)];

    public int AmountCount => Slots.Count(s => s.Kind == SlotKind.Amount);

    public int RateCount => Slots.Count(s => s.Kind == SlotKind.Rate);

    public static TableShape? Of(TableKind kind) => kind switch
    {
        TableKind.Income => Income,
        TableKind.Expenditure => Expenditure,
        TableKind.GeneralPublicBudgetExpenditure => GeneralPublicBudgetExpenditure,
        TableKind.BasicExpenditure => BasicExpenditure,
        TableKind.GovernmentFundExpenditure => GovernmentFundExpenditure,
        TableKind.StateCapitalExpenditure => StateCapitalExpenditure,
        TableKind.ThreePublicExpenses => ThreePublicExpenses,
        _ => null,
    };

    private static TableShape CodedShape(TableKind kind, IReadOnlyList<TableColumn> columns) => new(kind, true, false, [CodeSlot, NameSlot, .. Amounts(kind, columns)]);

    private static Slot[] Amounts(TableKind kind, IReadOnlyList<TableColumn> columns) =>
        columns.Select((c, i) => new Slot(SlotKind.Amount, i, c.ChineseName, SchemaHeaders(kind, c))).ToArray();

    /// <summary>The headers the kind's schema lists for a column (its last level, where nested), besides the model's name.</summary>
    private static string[] SchemaHeaders(TableKind kind, TableColumn column) =>
        kind.Schema().Column(column.Key) is { } c
            ? [.. c.Headers.Select(h => h[(h.LastIndexOf('/') + 1)..]).Where(h => ReadText.Key(h) != ReadText.Key(column.ChineseName)).Distinct()]
            : [];
}
