using Budget.Domain.Validation;

namespace Budget.Domain.Reading;

/// <summary>
/// The catalogue of what the disclosure reader can report, with stable ids (RD001…). Each diagnostic the
/// reader gives names one of these rules; docs/reading.md lists them with an example input each.
/// </summary>
/// <remarks>Ids never change meaning once published. Errors mean a figure could not be read; warnings mean the
/// document deviates from the standard layout but its figures were read; information is worth knowing.</remarks>
public static class ReadRules
{
    /// <summary>RD001: a cell that should hold an amount is not a number (the cell is left blank, its text kept).</summary>
    public static Rule UnreadableAmount { get; } = new("RD001", Severity.Error, "金额无法读取", "Unreadable amount", "A cell that should hold an amount is not a number; the cell is left blank and its text kept in the diagnostic.");

    /// <summary>RD002: a cell that should hold a rate (增减%) is not a rate.</summary>
    public static Rule UnreadableRate { get; } = new("RD002", Severity.Error, "比率无法读取", "Unreadable rate", "A cell that should hold a rate is not one; the rate is left not applicable.");

    /// <summary>RD003: a 科目编码 cell is not a code of the table's classification; the row is not read.</summary>
    public static Rule InvalidCode { get; } = new("RD003", Severity.Error, "科目编码无效", "Invalid code", "A 科目编码 cell is not a code of the table's classification; the row is kept only in the diagnostic.");

    /// <summary>RD004: a code is not under the 类 or 款 row printed before it (for example a 7-digit code under the wrong 款).</summary>
    public static Rule MisplacedCode { get; } = new("RD004", Severity.Warning, "编码位置不符", "Code out of place", "A 款 or 项 code does not belong to the 类 or 款 printed above it; the row is read as printed.");

    /// <summary>RD005: a code appears twice in one table; the second row is not read.</summary>
    public static Rule DuplicateCode { get; } = new("RD005", Severity.Error, "编码重复", "Duplicate code", "A code appears twice in one table; the second row is kept only in the diagnostic.");

    /// <summary>RD006: a table has no header row; its columns are taken in the standard order.</summary>
    public static Rule MissingHeader { get; } = new("RD006", Severity.Warning, "缺少表头", "No header", "A table has no header row; its columns are assumed to be in the standard order.");

    /// <summary>RD007: a column of the standard table is not in the header; its cells are blank.</summary>
    public static Rule MissingColumn { get; } = new("RD007", Severity.Warning, "缺少列", "Missing column", "A column of the standard table is not named in the header; its cells are left blank.");

    /// <summary>RD008: the header names a column the standard table does not have; its cells are not read.</summary>
    public static Rule UnknownColumn { get; } = new("RD008", Severity.Warning, "未知列", "Unknown column", "The header names a column the standard table does not have; its cells are not read.");

    /// <summary>RD009: a row has a non-blank cell beyond the header's columns.</summary>
    public static Rule ExtraCell { get; } = new("RD009", Severity.Warning, "列外单元格", "Cell outside the columns", "A row has a non-blank cell beyond the columns the header names; it is not read.");

    /// <summary>RD010: a second table with the same title (not marked 续 as a continuation); it is not read.</summary>
    public static Rule DuplicateTable { get; } = new("RD010", Severity.Error, "表重复", "Duplicate table", "A standard table appears twice (the second title not marked 续 as a continuation); the second is kept only in the diagnostics.");

    /// <summary>RD011: a table's unit differs from the unit of the document's other tables.</summary>
    public static Rule UnitMismatch { get; } = new("RD011", Severity.Warning, "单位不一致", "Unit differs", "A table's unit line differs from the unit of the other tables; its amounts are read in the unit it states.");

    /// <summary>RD012: a table has no 单位 line; 万元 is assumed.</summary>
    public static Rule MissingUnit { get; } = new("RD012", Severity.Warning, "缺少单位行", "No unit line", "A table has no 单位 line; its amounts are read in 万元.");

    /// <summary>RD013: a line inside a table that is not a row of it, or a tabular line outside any table; kept.</summary>
    public static Rule StrayLine { get; } = new("RD013", Severity.Warning, "游离行", "Stray line", "A line that is not part of the table or section it stands in; kept in the diagnostic.");

    /// <summary>RD014: a row label of 收支总表 or 财政拨款收支总表 that the reader does not know; kept as an item or reported.</summary>
    public static Rule UnknownRowLabel { get; } = new("RD014", Severity.Warning, "未知行名", "Unknown row label", "A row label of a summary table is not one of the standard lines.");

    /// <summary>RD015: a table title with no rows under it.</summary>
    public static Rule EmptyTable { get; } = new("RD015", Severity.Warning, "表无数据行", "Table without rows", "A table title is followed by no row; the table is not read.");

    /// <summary>RD016: a section the reader does not model; its text is kept as a passage.</summary>
    public static Rule UnknownSection { get; } = new("RD016", Severity.Information, "章节作为文本保留", "Section kept as text", "A section that is not one the model holds (duties, glossary, an unknown heading); its text is kept as a passage.");

    /// <summary>RD017: no title line gives the fiscal year.</summary>
    public static Rule MissingTitle { get; } = new("RD017", Severity.Error, "缺少标题", "No title", "No title line states the department and fiscal year; the year is taken from elsewhere in the text.");

    /// <summary>RD018: the department's code is stated nowhere.</summary>
    public static Rule MissingDepartment { get; } = new("RD018", Severity.Error, "缺少部门编码", "No department code", "Neither the title nor a performance sheet states the department as [code]name; the code 0 stands in.");

    /// <summary>RD019: an indicator row has no points (分值); none is invented.</summary>
    public static Rule MissingPoints { get; } = new("RD019", Severity.Warning, "指标无分值", "Indicator without points", "An indicator row prints no points; the indicator is read with none.");

    /// <summary>RD020: a row of the indicator block is not an indicator (no target, or cells that cannot be placed).</summary>
    public static Rule UnreadableIndicator { get; } = new("RD020", Severity.Error, "指标无法读取", "Unreadable indicator", "A row of the indicator block lacks its name or target; kept in the diagnostic.");

    /// <summary>RD021: a performance sheet lacks a field (项目名称, 主管部门及代码, 实施单位, a fund line or 年度总体目标).</summary>
    public static Rule MissingSheetField { get; } = new("RD021", Severity.Warning, "绩效表缺少字段", "Sheet field missing", "A performance sheet lacks one of its fields; it is read without it.");

    /// <summary>RD022: the narrative names a 类/款/项 path that matches no row of 一般公共预算支出表 exactly.</summary>
    public static Rule NarrativeCode { get; } = new("RD022", Severity.Warning, "说明中的科目路径不在表中", "Narrative path not in the tables", "A 类/款/项 path in the narrative does not name rows of the tables exactly; its code is the closest match, or none.");

    /// <summary>RD023: a clause of the narrative (占 …, 增长 …) that refers to no figure before it.</summary>
    public static Rule DanglingClause { get; } = new("RD023", Severity.Warning, "分句无所指数字", "Clause without a figure", "A share or change clause of the narrative has no figure before it to refer to; kept in the diagnostic.");

    /// <summary>RD024: the input holds characters that are not text (NUL, control characters, invalid UTF-8).</summary>
    public static Rule NotText { get; } = new("RD024", Severity.Warning, "非文本内容", "Not text", "The input holds control characters or bytes that are not UTF-8; they are kept as they decode.");

    /// <summary>RD025: a performance sheet appears twice (same project name).</summary>
    public static Rule DuplicateSheet { get; } = new("RD025", Severity.Warning, "绩效表重复", "Duplicate sheet", "Two performance sheets have the same project name; both are read.");

    /// <summary>RD026: a table row has no name, or a name but no code where one is required.</summary>
    public static Rule MissingRowLabel { get; } = new("RD026", Severity.Error, "数据行无编码", "Row without code", "A data row of a coded table has neither a code nor the 合计 label; kept in the diagnostic.");

    /// <summary>RD027: a table has no 合计 row.</summary>
    public static Rule MissingTotal { get; } = new("RD027", Severity.Information, "缺少合计行", "No 合计 row", "A coded table has no 合计 row; its total is absent.");

    /// <summary>RD028: an amount in the narrative that the reader cannot attach to a subject.</summary>
    public static Rule UnreadFigure { get; } = new("RD028", Severity.Warning, "说明数字无主语", "Narrative figure without subject", "The narrative states an amount the reader cannot attach to a subject; kept in the diagnostic.");

    /// <summary>RD029: the document contains no standard table and no performance sheet.</summary>
    public static Rule NothingRead { get; } = new("RD029", Severity.Error, "未读到任何内容", "Nothing read", "The text contains no standard table and no performance sheet.");

    /// <summary>RD030: the input is not a PDF (no <c>%PDF</c> header, or no document structure to open).</summary>
    public static Rule NotPdf { get; } = new("RD030", Severity.Error, "不是PDF文件", "Not a PDF", "The input is not a PDF file; nothing is read. Check that the file is the PDF itself, not a web page or an archive.");

    /// <summary>RD031: the PDF is encrypted with a password the reader does not have.</summary>
    public static Rule EncryptedPdf { get; } = new("RD031", Severity.Error, "PDF已加密", "Encrypted PDF", "The PDF is protected by a password; nothing is read. Give the reader a copy without the password.");

    /// <summary>RD032: the PDF is damaged or truncated: a page or the whole file cannot be read.</summary>
    public static Rule DamagedPdf { get; } = new("RD032", Severity.Error, "PDF已损坏", "Damaged PDF", "The PDF is damaged or truncated; the pages that could not be read are left out. Download the file again.");

    /// <summary>RD033: the PDF has pages but no text layer (a scan): there is no text to read.</summary>
    public static Rule NoTextLayer { get; } = new("RD033", Severity.Error, "PDF无文字层", "No text layer", "The PDF's pages hold no text (a scanned document): no text to read, run OCR first and read the OCR'd PDF.");

    /// <summary>RD034: the text was not UTF-8: it was read in the encoding its bytes fit (UTF-16 by its byte-order mark, or GB18030/GBK).</summary>
    public static Rule TextEncoding { get; } = new("RD034", Severity.Information, "文本编码", "Text encoding", "The text is not UTF-8; it was read in the encoding the diagnostic names (UTF-16 by its byte-order mark, or GB18030, which covers GBK and GB2312).");

    /// <summary>RD099: the reader failed on this input; a defect of the library, reported instead of thrown.</summary>
    public static Rule InternalError { get; } = new("RD099", Severity.Error, "读取程序缺陷", "Reader defect", "The reader failed on this input; this is a defect of the library. What was read before is kept.");

    /// <summary>Every rule, by id.</summary>
    public static IReadOnlyList<Rule> All { get; } = ValueList.From(
    [
        UnreadableAmount, UnreadableRate, InvalidCode, MisplacedCode, DuplicateCode, MissingHeader, MissingColumn, UnknownColumn,
        ExtraCell, DuplicateTable, UnitMismatch, MissingUnit, StrayLine, UnknownRowLabel, EmptyTable, UnknownSection, MissingTitle,
        MissingDepartment, MissingPoints, UnreadableIndicator, MissingSheetField, NarrativeCode, DanglingClause, NotText,
        DuplicateSheet, MissingRowLabel, MissingTotal, UnreadFigure, NothingRead, NotPdf, EncryptedPdf, DamagedPdf, NoTextLayer,
        TextEncoding, InternalError,
    ]);
}
