using System.Globalization;
using Budget.Domain.Money;
using Budget.Domain.Statements;
using Budget.Domain.Tables;
using CsvHelper;
using CsvHelper.Configuration;

namespace Budget.Domain.Serialization;

/// <summary>
/// Exports every table of a budget as CSV in long form: one record per cell that holds a figure, with the
/// columns <c>table,row_code,row_name,column,amount,unit</c>. Amounts are exact plain decimals in the table's
/// unit (<c>479761.98</c>, <c>万元</c>); rates are percent numbers with the unit <c>%</c>. Blank and dash cells
/// and not-applicable rates are left out. Fields are quoted where CSV needs it (CsvHelper).
/// </summary>
public static class BudgetCsv
{
    /// <summary>The header row.</summary>
    public static IReadOnlyList<string> Header { get; } = ValueList.From(["table", "row_code", "row_name", "column", "amount", "unit"]);

    /// <summary>Writes the tables of a budget as long-form CSV, header first.</summary>
    /// <param name="budget">The budget.</param>
    /// <param name="writer">Where to write.</param>
    /// <returns>How many records (cells) were written, the header not counted.</returns>
    public static int Export(DepartmentBudget budget, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(budget);
        ArgumentNullException.ThrowIfNull(writer);
        using var csv = new CsvWriter(writer, new CsvConfiguration(CultureInfo.InvariantCulture) { NewLine = "\n" }, leaveOpen: true);
        foreach (string field in Header)
        {
            csv.WriteField(field);
        }

        csv.NextRecord();
        int records = 0;
        foreach (var table in budget.Tables)
        {
            string title = table.Kind.ChineseTitle();
            foreach (var row in table.AllRows)
            {
                for (int i = 0; i < row.Columns.Count; i++)
                {
                    if (row.Cells[i].HasAmount)
                    {
                        Write(csv, title, row, row.Columns[i], BudgetJson.Plain(row.Cells[i].Amount, table.Unit), table.Unit.Symbol());
                        records++;
                    }
                }

                for (int i = 0; i < row.RateColumns.Count; i++)
                {
                    if (row.Rates[i].IsApplicable)
                    {
                        Write(csv, title, row, row.RateColumns[i], row.Rates[i].Percent.ToString("0.00##########", CultureInfo.InvariantCulture), "%");
                        records++;
                    }
                }
            }
        }

        return records;
    }

    /// <summary>The long-form CSV of a budget's tables as text.</summary>
    /// <param name="budget">The budget.</param>
    /// <returns>The CSV text.</returns>
    public static string Export(DepartmentBudget budget)
    {
        var writer = new StringWriter(CultureInfo.InvariantCulture);
        Export(budget, writer);
        return writer.ToString();
    }

    /// <summary>The header row of the facts form.</summary>
    public static IReadOnlyList<string> FactHeader { get; } = ValueList.From(["table", "row_kind", "row_key", "side", "under", "row_label", "column", "measure", "source", "nature", "role", "year", "value", "unit", "page", "line"]);

    /// <summary>Writes facts as long-form CSV, header first: one record per fact with its row key, column, meaning,
    /// year, value (an exact plain decimal in its unit, or a percent number with the unit <c>%</c>) and location.</summary>
    /// <param name="facts">The facts (for example <see cref="Disclosure.Facts"/>).</param>
    /// <param name="writer">Where to write.</param>
    /// <returns>How many records were written, the header not counted.</returns>
    public static int ExportFacts(IEnumerable<Fact> facts, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(writer);
        using var csv = new CsvWriter(writer, new CsvConfiguration(CultureInfo.InvariantCulture) { NewLine = "\n" }, leaveOpen: true);
        foreach (string field in FactHeader)
        {
            csv.WriteField(field);
        }

        csv.NextRecord();
        int records = 0;
        foreach (var fact in facts)
        {
            var key = fact.Row;
            var meaning = fact.Meaning;
            csv.WriteField(fact.Table);
            csv.WriteField(SchemaText.Key(key.Kind));
            csv.WriteField(key.Value);
            csv.WriteField(key.Side == RowSide.None ? string.Empty : SchemaText.Key(key.Side));
            csv.WriteField(key.Under);
            csv.WriteField(fact.RowLabel);
            csv.WriteField(fact.Column);
            csv.WriteField(SchemaText.Key(meaning.Measure));
            csv.WriteField(SchemaText.Key(meaning.Source));
            csv.WriteField(SchemaText.Key(meaning.Nature));
            csv.WriteField(SchemaText.Key(meaning.Role));
            csv.WriteField(fact.Year.ToString(CultureInfo.InvariantCulture));
            csv.WriteField(fact.IsRate ? fact.Rate.Percent.ToString("0.00##########", CultureInfo.InvariantCulture) : BudgetJson.Plain(fact.Amount, fact.Unit));
            csv.WriteField(fact.IsRate ? "%" : fact.Unit.Symbol());
            csv.WriteField(fact.Location.Page > 0 ? fact.Location.Page.ToString(CultureInfo.InvariantCulture) : string.Empty);
            csv.WriteField(fact.Location.Line > 0 ? fact.Location.Line.ToString(CultureInfo.InvariantCulture) : string.Empty);
            csv.NextRecord();
            records++;
        }

        return records;
    }

    /// <summary>The facts of a disclosure (tables, then narrative) as long-form CSV text.</summary>
    /// <param name="disclosure">The disclosure.</param>
    /// <returns>The CSV text.</returns>
    public static string ExportFacts(Disclosure disclosure)
    {
        ArgumentNullException.ThrowIfNull(disclosure);
        var writer = new StringWriter(CultureInfo.InvariantCulture);
        ExportFacts(disclosure.Facts, writer);
        return writer.ToString();
    }

    private static void Write(CsvWriter csv, string table, BudgetRow row, TableColumn column, string amount, string unit)
    {
        csv.WriteField(table);
        csv.WriteField(row.CodeValue);
        csv.WriteField(row.Name);
        csv.WriteField(column.ChineseName);
        csv.WriteField(amount);
        csv.WriteField(unit);
        csv.NextRecord();
    }
}
