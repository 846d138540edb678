namespace Budget.Domain.Validation;

/// <summary>
/// Every validation rule of the library, each defined once here with its stable id; the read rules are in
/// <see cref="Reading.ReadRules"/>. Ids are grouped by what they concern: <c>TB</c> sums within a table, <c>HI</c>
/// hierarchies of codes, <c>BL</c> balances, <c>XT</c> the same fact in two tables, <c>DC</c> decompositions,
/// <c>CH</c> changes and rates, <c>NR</c> the narrative and 其他重要事项, <c>BD</c> rules that depend on the body,
/// <c>CD</c> codes, <c>DH</c> document hygiene, <c>PS</c> performance sheets, <c>JI</c> the joint interval check.
/// docs/rules.md is generated from this catalogue.
/// </summary>
public static class RuleCatalogue
{
    private const string Sum = "{subject}：{stated}，而应为 {expected}（差额 {difference}，舍入允许 {envelope}）。{detail}";
    private const string SumEn = "{subject}: {stated}, expected {expected} (difference {difference}, rounding allows {envelope}). {detail}";

    /// <summary>TB001: a sum column equals the columns it names, on every row (合计 = 基本 + 项目 + …).</summary>
    public static Rule SumColumns { get; } = new("TB001", Severity.Error, "合计列等于其组成列之和", "A sum column equals its parts", Sum, SumEn, "Every table whose schema has a sum column (role sum, with the columns it adds up), on every row.", strict: false);

    /// <summary>TB002: an of-which column or line (其中) is not above its parent.</summary>
    public static Rule OfWhich { get; } = new("TB002", Severity.Error, "“其中”不超过其所属项", "An of-which figure is not above its parent", "{subject}：其中数 {stated} 超过所属项 {expected}（超出 {difference}，舍入允许 {envelope}）。", "{subject}: the of-which figure {stated} is above its parent {expected} (by {difference}, rounding allows {envelope}).", "Every column or line with the role of-which.", strict: false);

    /// <summary>TB003: a sum line of a summary table equals the lines it names (本年收入合计 = Σ 收入; 收入总计 = 本年收入 + 上年结转 …).</summary>
    public static Rule SumLines { get; } = new("TB003", Severity.Error, "合计行等于其组成行之和", "A sum line equals its lines", Sum, SumEn, "Tables whose rows are summary lines: a sum line equals the lines it names, or the 类 lines of its side.", strict: false);

    /// <summary>HI001: a 类 equals the sum of its 款, a 款 the sum of its 项, in every amount column of a coded table.</summary>
    public static Rule CodeHierarchy { get; } = new("HI001", Severity.Error, "类 = Σ款，款 = Σ项", "A code's row equals the sum of the rows below it", Sum, SumEn, "Every table whose rows are functional or economic codes, in every amount column.", strict: false);

    /// <summary>HI002: the 合计 row equals the sum of the top-level rows (Σ 类, or Σ units).</summary>
    public static Rule TotalOfRows { get; } = new("HI002", Severity.Error, "合计 = Σ类", "The total row equals the sum of the top-level rows", Sum, SumEn, "Every table with a total line and rows of codes or units, in every amount column.", strict: false);

    /// <summary>BL001: 收入总计 = 支出总计.</summary>
    public static Rule Balance { get; } = new("BL001", Severity.Error, "收入总计 = 支出总计", "Total income equals total expenditure", "{subject}：收入总计 {stated}，支出总计 {expected}（差额 {difference}，舍入允许 {envelope}）。", "{subject}: total income {stated}, total expenditure {expected} (difference {difference}, rounding allows {envelope}).", "Summary tables with income and expenditure sides: the top sum line of each side.", strict: false);

    /// <summary>XT001: the same fact (row, measure, source, nature, year) printed in two tables has one value.</summary>
    public static Rule SameFact { get; } = new("XT001", Severity.Error, "同一数据在不同表中一致", "The same fact agrees across tables", "{subject}：{stated}，另一表为 {expected}（差额 {difference}，舍入允许 {envelope}）。{detail}", "{subject}: {stated}, another table prints {expected} (difference {difference}, rounding allows {envelope}). {detail}", "Every pair of tables that print a figure with the same row, measure, source of funds and nature (收支总表 ↔ 收入总表 ↔ 支出总表, 财政拨款 ↔ 一般公共预算, 基本支出 ↔ 基本支出表 …).", strict: false);

    /// <summary>XT002: a figure of some money is not above the same figure of all money (财政拨款 ≤ 合计; 一般公共预算 ≤ 财政拨款).</summary>
    public static Rule PartOfMoney { get; } = new("XT002", Severity.Error, "部分资金不超过全部资金", "A figure of part of the money is not above the whole", "{subject}：{stated} 超过包含它的 {expected}（超出 {difference}，舍入允许 {envelope}）。{detail}", "{subject}: {stated} is above {expected}, which includes it (by {difference}, rounding allows {envelope}). {detail}", "Figures of one row, measure and nature printed for all funds, for 财政拨款 and for one fund.", strict: false);

    /// <summary>DC001: 财政拨款 = 一般公共预算 + 政府性基金 + 国有资本经营.</summary>
    public static Rule FiscalFunds { get; } = new("DC001", Severity.Error, "财政拨款 = 三项资金之和", "Fiscal appropriation equals the three funds", Sum, SumEn, "A 财政拨款 figure and the same figure of the three funds, where each fund's table is printed (a row a fund's table does not print is zero).", strict: false);

    /// <summary>DC002: an economic 类 goes to personnel or to operating costs, never to the other.</summary>
    public static Rule EconomicNature { get; } = new("DC002", Severity.Error, "经济分类归入人员经费或公用经费", "An economic class is personnel or operating, not both", "{subject}：{detail}列为 {stated}，应为 {expected}。", "{subject}: the {detail} column is {stated}, expected {expected}.", "Economic-code tables with personnel and operating columns: 301 and 303 are personnel, 302 and 310 operating.", strict: false);

    /// <summary>DC003: a 三公 item is not below its economic 款 (30212, 30231, 30217, 31013).</summary>
    public static Rule ThreePublicItems { get; } = new("DC003", Severity.Error, "“三公”经费不少于对应经济分类款", "A three-public-expenses item is not below its economic item", "{subject}：经济分类 {stated} 超过“三公”经费 {expected}（超出 {difference}，舍入允许 {envelope}）。", "{subject}: the economic item {stated} is above the three-public-expenses figure {expected} (by {difference}, rounding allows {envelope}).", "The 三公 table against rows 30212, 30231, 30217 and 31013 of an economic-code table.", strict: false);

    /// <summary>CH001: 增减额 = this year − the prior year.</summary>
    public static Rule ChangeAmount { get; } = new("CH001", Severity.Error, "增减额 = 本年 − 上年", "A change equals this year minus the prior year", Sum, SumEn, "Every row of a table with a change column and the two figures it compares.", strict: false);

    /// <summary>CH002: 增减% = 增减额 / |上年|.</summary>
    public static Rule ChangeRate { get; } = new("CH002", Severity.Error, "增减率 = 增减额 ÷ 上年数", "A change rate equals the change over the prior year", "{subject}：增减率为 {stated}，按所列数应在 {expected}。{detail}", "{subject}: the change rate is {stated}; the printed figures give {expected}. {detail}", "Every row of a table with a change-rate column; a zero base printed as 100% or -, and truncation, are information.", strict: false);

    /// <summary>CH003: 完成% = final / budget.</summary>
    public static Rule CompletionRate { get; } = new("CH003", Severity.Error, "完成率 = 决算数 ÷ 预算数", "A completion rate equals final over budget", "{subject}：完成率为 {stated}，按所列数应在 {expected}。{detail}", "{subject}: the completion rate is {stated}; the printed figures give {expected}. {detail}", "Final-accounts tables with a completion-rate column (against the adjusted budget where printed, else the budget).", strict: false);

    /// <summary>NR001: an amount the narrative states agrees with the tables.</summary>
    public static Rule NarrativeAmount { get; } = new("NR001", Severity.Error, "说明中的金额与表一致", "A narrative amount agrees with the tables", "{subject}：说明为 {stated}，表中为 {expected}（差额 {difference}，舍入允许 {envelope}）。{detail}", "{subject}: the narrative states {stated}, the tables print {expected} (difference {difference}, rounding allows {envelope}). {detail}", "Narrative amounts whose subject names a code or a figure of the whole document that a table prints.", strict: false);

    /// <summary>NR002: a share the narrative states (占 x%) agrees with its part and whole.</summary>
    public static Rule NarrativeShare { get; } = new("NR002", Severity.Error, "说明中的占比与数据一致", "A narrative share agrees with its part and whole", "{subject}：说明占比 {stated}，按所列数应在 {expected}。{detail}", "{subject}: the narrative states a share of {stated}; the printed figures give {expected}. {detail}", "Narrative shares whose whole (收入预算, 支出预算, 一般公共预算当年拨款 …) a table prints.", strict: false);

    /// <summary>NR003: a change the narrative states agrees with the table's change and rate.</summary>
    public static Rule NarrativeChange { get; } = new("NR003", Severity.Error, "说明中的增减与表一致", "A narrative change agrees with the table", "{subject}：说明为 {stated}，表中为 {expected}。{detail}", "{subject}: the narrative states {stated}, the table prints {expected}. {detail}", "Narrative changes of a code, against the change columns of the table that prints the code.", strict: false);

    /// <summary>NR004: the stated number of performance sheets equals the number attached.</summary>
    public static Rule SheetCount { get; } = new("NR004", Severity.Warning, "绩效目标表数量与说明一致", "The stated number of performance sheets is attached", "{subject}：说明为 {stated} 个项目，附表 {expected} 张。", "{subject}: the text states {stated} projects, {expected} sheets are attached.", "Documents that state how many projects report performance targets and attach sheets.", strict: false);

    /// <summary>NR005: 政府采购 total = goods + works + services.</summary>
    public static Rule ProcurementParts { get; } = new("NR005", Severity.Error, "政府采购预算 = 货物 + 工程 + 服务", "Procurement equals goods, works and services", Sum, SumEn, "其他重要事项 that state the procurement total and its three parts.", strict: false);

    /// <summary>NR006: the share of small and medium enterprises equals their amount over the procurement total.</summary>
    public static Rule SmallBusinessShare { get; } = new("NR006", Severity.Error, "中小企业占比与金额一致", "The small-business share agrees with the amounts", "{subject}：占比 {stated}，按所列数应在 {expected}。", "{subject}: the share is {stated}; the printed figures give {expected}.", "其他重要事项 that state the amount reserved for small and medium enterprises and its share.", strict: false);

    /// <summary>NR007: the vehicle total equals the sum of its categories.</summary>
    public static Rule VehicleCount { get; } = new("NR007", Severity.Error, "车辆总数 = 各类车辆之和", "The vehicle total equals its categories", "{subject}：总数 {stated}，各类之和 {expected}。", "{subject}: the total is {stated}, the categories add up to {expected}.", "其他重要事项 that state the number of vehicles and their categories.", strict: false);

    /// <summary>NR008: 机关运行经费 stated in the text agrees with the tables.</summary>
    public static Rule AgencyCostsStated { get; } = new("NR008", Severity.Error, "说明中的机关运行经费与表一致", "Agency operating costs in the text agree with the table", "{subject}：说明为 {stated}，表中为 {expected}（差额 {difference}，舍入允许 {envelope}）。", "{subject}: the text states {stated}, the table prints {expected} (difference {difference}, rounding allows {envelope}).", "Documents that state 机关运行经费 in 其他重要事项 and print it in a table.", strict: false);

    /// <summary>BD001: 机关运行经费 = 公用经费 for an administrative or civil-service-managed unit.</summary>
    public static Rule AgencyCosts { get; } = new("BD001", Severity.Error, "机关运行经费 = 公用经费（行政、参公单位）", "Agency operating costs equal operating costs (administrative units)", Sum, SumEn, "Disclosures of a 行政 or 参公 body with 机关运行经费 and a 公用经费 total; not applicable to 事业单位 or whole departments.", strict: false);

    /// <summary>CD001: a printed code is in the year's catalogue.</summary>
    public static Rule KnownCode { get; } = new("CD001", Severity.Warning, "科目编码在当年目录中", "A code is in the year's catalogue", "{subject}：编码 {stated} 不在 {expected} 年的目录中。{detail}", "{subject}: the code {stated} is not in the {expected} catalogue. {detail}", "Every coded row, against the embedded catalogue of the fiscal year (or the nearest earlier year, said so).", strict: false);

    /// <summary>CD002: a printed name matches the catalogue's name of its code.</summary>
    public static Rule CodeName { get; } = new("CD002", Severity.Information, "科目名称与目录一致", "A code's printed name matches the catalogue", "{subject}：印为“{stated}”，目录为“{expected}”。", "{subject}: printed \"{stated}\", the catalogue has \"{expected}\".", "Every coded row whose code the catalogue knows.", strict: true);

    /// <summary>CD003: a 款 or 项 row has its parent row in the same table.</summary>
    public static Rule ParentRow { get; } = new("CD003", Severity.Warning, "款、项有其上级行", "A code's parent row is printed", "{subject}：缺少上级编码 {expected} 的行。", "{subject}: the row of its parent code {expected} is not printed.", "Every 款 or 项 row of a coded table.", strict: false);

    /// <summary>DH001: a title states the fiscal year of the document.</summary>
    public static Rule YearStated { get; } = new("DH001", Severity.Warning, "各表年度一致", "Every title states the document's year", "{subject}：标题年度 {stated}，文件年度 {expected}。", "{subject}: the title states {stated}, the document is of {expected}.", "Every table title and performance sheet that prints a year.", strict: false);

    /// <summary>DH002: template placeholders left in the document (XX, ××, ＊＊).</summary>
    public static Rule Placeholder { get; } = new("DH002", Severity.Warning, "未替换的模板占位符", "A template placeholder is left", "{subject}：含占位符“{stated}”。", "{subject}: holds the placeholder \"{stated}\".", "Titles, row labels, notes, sheets and kept passages.", strict: false);

    /// <summary>DH003: an empty table says why (a note such as 本单位无此项支出).</summary>
    public static Rule EmptyTableNote { get; } = new("DH003", Severity.Warning, "空表附有说明", "An empty table has its note", "{subject}：表中无数据，也无说明。", "{subject}: the table has no figure and no note.", "Every printed table without a figure.", strict: false);

    /// <summary>DH004: the sheets name the disclosing department as the document does.</summary>
    public static Rule SameDepartment { get; } = new("DH004", Severity.Warning, "部门名称一致", "The department is named the same way", "{subject}：印为“{stated}”，文件为“{expected}”。", "{subject}: prints \"{stated}\", the document names \"{expected}\".", "Performance sheets that name their department, against the disclosing body.", strict: true);

    /// <summary>DH005: the tables a template requires are present.</summary>
    public static Rule RequiredTables { get; } = new("DH005", Severity.Warning, "必备表齐全", "The template's tables are present", "{subject}：缺少“{expected}”。", "{subject}: \"{expected}\" is not printed.", "Documents of the central budget template, which requires its nine tables.", strict: false);

    /// <summary>PS001: 年度资金总额 = 财政拨款 + 上年结转 + 其他资金, within rounding.</summary>
    public static Rule SheetFundsAddUp { get; } = new("PS001", Severity.Error, "年度资金总额 = 财政拨款 + 上年结转 + 其他资金", "A sheet's total funds equal their sources", Sum, SumEn, "Every performance sheet (a dash counts as none).", strict: false);

    /// <summary>PS002: indicator points + 执行率 points = 100.</summary>
    public static Rule SheetPointsAddUp { get; } = new("PS002", Severity.Error, "指标分值 + 执行率分值 = 100", "A sheet's points add up to 100", "{subject}：分值合计 {stated}，应为 {expected}（差 {difference}）。{detail}", "{subject}: the points add up to {stated}, not {expected} (difference {difference}). {detail}", "Central performance sheets, which print points.", strict: false);

    /// <summary>PS003: an indicator without points.</summary>
    public static Rule IndicatorHasPoints { get; } = new("PS003", Severity.Warning, "指标有分值", "An indicator has its points", "{subject}：未列分值。", "{subject}: prints no points.", "Indicators of central performance sheets; a missing cell is reported, never taken as 0.", strict: false);

    /// <summary>PS004: a level-2 name under the wrong level-1, or an unknown level name.</summary>
    public static Rule IndicatorLevelsFit { get; } = new("PS004", Severity.Error, "二级指标属于一级指标", "A level-2 indicator belongs to its level 1", "{subject}：{detail}", "{subject}: {detail}", "Every indicator, against the indicator taxonomy.", strict: false);

    /// <summary>PS005: a cost target in money above the sheet's total funds.</summary>
    public static Rule CostTargetWithinFunds { get; } = new("PS005", Severity.Error, "成本指标不超过年度资金总额", "A cost target is within the total funds", "{subject}：成本指标 {stated} 超过年度资金总额 {expected}。", "{subject}: the cost target {stated} is above the total funds {expected}.", "Indicators whose target is an amount of money.", strict: false);

    /// <summary>PS006: two indicators of one sheet with the same name under the same 二级指标.</summary>
    public static Rule IndicatorNamesUnique { get; } = new("PS006", Severity.Warning, "同一二级指标下指标名称不重复", "No two indicators of one level 2 share a name", "{subject}：{stated} 个指标同名。", "{subject}: {stated} indicators have this name.", "Indicators of one sheet under one 二级指标 (the same name under two 二级指标 is normal practice).", strict: false);

    /// <summary>JI001: figures that each identity alone accepts but that no single set of true values satisfies together.</summary>
    public static Rule JointRounding { get; } = new("JI001", Severity.Error, "舍入区间联合不一致", "Figures are jointly inconsistent within their rounding", "{subject}：各等式单独看均在舍入范围内，但没有一组真实数值能同时满足。{detail}", "{subject}: every identity alone is within rounding, but no one set of true values satisfies them together. {detail}", "Every figure that takes part in several identities: intervals narrowed to a fixed point.", strict: false);

    /// <summary>Every rule, in id order within groups.</summary>
    public static IReadOnlyList<Rule> All { get; } = ValueList.From(
    [
        SumColumns, OfWhich, SumLines, CodeHierarchy, TotalOfRows, Balance, SameFact, PartOfMoney, FiscalFunds, EconomicNature,
        ThreePublicItems, ChangeAmount, ChangeRate, CompletionRate, NarrativeAmount, NarrativeShare, NarrativeChange, SheetCount,
        ProcurementParts, SmallBusinessShare, VehicleCount, AgencyCostsStated, AgencyCosts, KnownCode, CodeName, ParentRow,
        YearStated, Placeholder, EmptyTableNote, SameDepartment, RequiredTables, SheetFundsAddUp, SheetPointsAddUp,
        IndicatorHasPoints, IndicatorLevelsFit, CostTargetWithinFunds, IndicatorNamesUnique, JointRounding,
    ]);

    /// <summary>The rule with an id (validation or read rule), or null.</summary>
    /// <param name="id">The id, for example <c>PS001</c> or <c>RD003</c>.</param>
    /// <returns>The rule, or null.</returns>
    public static Rule? Find(string? id) => All.FirstOrDefault(r => r.Id == id) ?? Reading.ReadRules.All.FirstOrDefault(r => r.Id == id);
}
