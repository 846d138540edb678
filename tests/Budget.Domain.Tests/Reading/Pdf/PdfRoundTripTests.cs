using System.Globalization;
using System.IO.Compression;
using Budget.Domain.Classification;
using Budget.Domain.Money;
using Budget.Domain.Pdf;
using Budget.Domain.Tables;
using FsCheck;
using FsCheck.Fluent;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Writer;

namespace Budget.Domain.Tests.Reading.Pdf;

/// <summary>
/// The round trip through a PDF: a generated table of a coded schema (rows of the 2024 functional catalogue, amounts
/// that add up, over one or more pages, the header repeated or not, amounts right-aligned under centred headers) is
/// written with PdfPig's builder in a CJK font and read back by the PDF reader to the same rows and figures.
/// </summary>
public sealed class PdfRoundTripTests
{
    private static readonly Lazy<byte[]> Font = new(() =>
    {
        using var gzip = new GZipStream(File.OpenRead(Path.Combine(AppContext.BaseDirectory, "Reading", "Pdf", "Data", "fonts", "gbsn00lp.ttf.gz")), CompressionMode.Decompress);
        using var bytes = new MemoryStream();
        gzip.CopyTo(bytes);
        return bytes.ToArray();
    });

    /// <summary>The coded schemas whose headers are one line (no nested 基本支出/人员经费) and whose columns are all amounts
    /// (no 完成% rate), with a title of their own (not one told apart by a parenthesis, as 决算表（预算执行）).</summary>
    private static readonly TableSchema[] Schemas = [.. TableSchemaCatalogue.Default.Schemas
        .Where(s => s.Rows == RowAxis.FunctionalCode && s.Columns.Count is >= 2 and <= 6 && s.Document is not null && !s.Title.EndsWith('）')
            && s.Columns.All(c => !c.Header.Contains('/', StringComparison.Ordinal) && c.Meaning.Role != ColumnRole.Derived))];

    /// <summary>A generated table: the schema, its rows (code, name, cells by column key), the rows per page, whether
    /// the next page repeats the header, and the unit.</summary>
    public sealed record Generated(TableSchema Schema, IReadOnlyList<(string Code, string Name, decimal[] Cells)> Rows, int RowsPerPage, bool RepeatHeader, AmountUnit Unit)
    {
        public override string ToString() => $"{Schema.Id}: {Rows.Count} rows, {RowsPerPage} a page, header repeated {RepeatHeader}, {Unit}";
    }

    private static Gen<Generated> Tables()
    {
        var catalogue = CatalogueSet.Embedded.Functional(2024);
        var items = catalogue.Entries.Where(e => e.Code.Value.Length == 7).ToArray();
        return from schema in Gen.Elements(Schemas)
               from picks in Gen.ListOf(Gen.Choose(0, items.Length - 1)).Where(l => l.Count is >= 1 and <= 40)
               from amounts in Gen.ArrayOf(Gen.Choose(0, 900_000_000), 6 * 41)
               from perPage in Gen.Choose(8, 30)
               from repeat in Gen.Elements(true, false)
               from yuan in Gen.Elements(true, false)
               select Build(schema, [.. picks.Distinct().Order().Select(i => items[i])], amounts, perPage, repeat, yuan ? AmountUnit.Yuan : AmountUnit.WanYuan, catalogue);
    }

    private static Generated Build(TableSchema schema, List<CatalogueEntry<FunctionalCode>> items, int[] amounts, int perPage, bool repeat, AmountUnit unit, ClassificationCatalogue<FunctionalCode> catalogue)
    {
        // Leaf columns get amounts; a column that is the sum of others (合计 = 基本支出 + 项目支出) is their sum.
        var columns = schema.Columns;
        decimal[] Cells(int n)
        {
            var cells = new decimal[columns.Count];
            for (int c = 0; c < columns.Count; c++)
            {
                cells[c] = columns[c].Of.Count == 0 ? amounts[((n * 6) + c) % amounts.Length] / 100m : 0m;
            }

            for (int c = columns.Count - 1; c >= 0; c--)
            {
                if (columns[c].Of.Count > 0)
                {
                    cells[c] = columns[c].Of.Sum(k => columns.Select((col, i) => (col, i)).Where(x => x.col.Key == k).Sum(x => cells[x.i]));
                }
            }

            return cells;
        }

        // Each 项 under its 款 and 类, the parents' cells the sums of their children.
        var rows = new List<(string Code, string Name, decimal[] Cells)>();
        var leaves = items.Select((e, n) => (e, Cells: Cells(n))).ToList();
        foreach (var group in leaves.GroupBy(l => l.e.Code.Value[..3]))
        {
            rows.Add((group.Key, catalogue.NameOf(FunctionalCode.Parse(group.Key).Value) ?? group.Key, Sum(group.Select(g => g.Cells))));
            foreach (var kuan in group.GroupBy(l => l.e.Code.Value[..5]))
            {
                rows.Add((kuan.Key, catalogue.NameOf(FunctionalCode.Parse(kuan.Key).Value) ?? kuan.Key, Sum(kuan.Select(g => g.Cells))));
                rows.AddRange(kuan.Select(l => (l.e.Code.Value, l.e.Name, l.Cells)));
            }
        }

        return new Generated(schema, rows, perPage, repeat, unit);

        decimal[] Sum(IEnumerable<decimal[]> cells) =>
            cells.Aggregate(new decimal[columns.Count], (sum, c) => [.. sum.Zip(c, (a, b) => a + b)]);
    }

    /// <summary>Writes the table: a title with the year, the 编制部门 and 单位 line, the header (编码, 名称, the columns),
    /// the rows and the 合计 line; amounts right-aligned to their column's right edge.</summary>
    private static byte[] Write(Generated table)
    {
        var builder = new PdfDocumentBuilder();
        var fonts = new FontSet(builder, Font.Value);
        var schema = table.Schema;
        PdfPageBuilder page = builder.AddPage(PageSize.A4, isPortrait: false);
        double y = 540;

        // Each column as wide as its header or its widest amount, and a gap.
        double Width(string text) => page.MeasureText(text, 9, new PdfPoint(0, 0), fonts.For(text))[^1].EndBaseLine.X;
        var rights = new double[schema.Columns.Count];
        double x = 250;
        for (int c = 0; c < rights.Length; c++)
        {
            x += Math.Max(Width(schema.Columns[c].Header), Width("999,999,999.99")) + 14;
            rights[c] = x;
        }

        void Text(string text, double size, double x, bool alignRight = false)
        {
            var font = fonts.For(text);
            if (alignRight)
            {
                var letters = page.MeasureText(text, size, new PdfPoint(0, y), font);
                x -= letters[^1].EndBaseLine.X;
            }

            page.AddText(text, size, new PdfPoint(x, y), font);
        }

        void Header()
        {
            Text("科目编码", 9, 30);
            Text("科目名称", 9, 110);
            for (int c = 0; c < schema.Columns.Count; c++)
            {
                // Centred over the column.
                string header = schema.Columns[c].Header;
                double left = c == 0 ? 250 : rights[c - 1];
                Text(header, 9, ((left + 14 + rights[c]) / 2) - (Width(header) / 2));
            }

            y -= 20;
        }

        string Amount(decimal value) => Budget.Domain.Money.Amount.From(value, table.Unit).Format(table.Unit);

        Text("2024年" + schema.Title, 14, 250);
        y -= 24;
        Text("编制部门：测试局", 9, 30);
        Text(table.Unit == AmountUnit.Yuan ? "单位：元" : "单位：万元", 9, rights[^1] - 50);
        y -= 20;
        Header();
        var total = new decimal[schema.Columns.Count];
        for (int r = 0; r < table.Rows.Count; r++)
        {
            if (r > 0 && r % table.RowsPerPage == 0)
            {
                page = builder.AddPage(PageSize.A4, isPortrait: false);
                y = 540;
                if (table.RepeatHeader)
                {
                    Header();
                }
            }

            var (code, name, cells) = table.Rows[r];
            Text(code, 9, 30);
            Text(name, 9, code.Length == 3 ? 80 : code.Length == 5 ? 89 : 98);
            for (int c = 0; c < cells.Length; c++)
            {
                Text(Amount(cells[c]), 9, rights[c], alignRight: true);
                total[c] += code.Length == 3 ? cells[c] : 0;
            }

            y -= 18;
        }

        Text("合计", 9, 110);
        for (int c = 0; c < total.Length; c++)
        {
            Text(Amount(total[c]), 9, rights[c], alignRight: true);
        }

        return builder.Build();
    }

    [FsCheck.Xunit.Property(MaxTest = 30)]
    public Property A_generated_table_written_to_a_pdf_reads_back_to_the_same_rows_and_figures() =>
        Prop.ForAll(Tables().ToArbitrary(), table =>
        {
            var read = PdfDisclosureReader.Read(Write(table));
            var got = Assert.Single(read.Disclosure.Tables);
            Assert.Equal(table.Schema.Id, got.Schema.Id);
            Assert.Equal(table.Unit, got.Unit);
            Assert.DoesNotContain(read.Diagnostics, d => d.Severity == Budget.Domain.Validation.Severity.Error);
            var rows = got.Rows.Where(r => r.Key.Kind == RowKind.Code).ToList();
            Assert.Equal(table.Rows.Select(r => r.Code), rows.Select(r => r.Key.Value));
            for (int r = 0; r < rows.Count; r++)
            {
                Assert.EndsWith(table.Rows[r].Name, rows[r].Label, StringComparison.Ordinal);
                for (int c = 0; c < table.Schema.Columns.Count; c++)
                {
                    var cell = rows[r][table.Schema.Columns[c].Key];
                    Assert.Equal(AmountCell.Of(Amount.From(table.Rows[r].Cells[c], table.Unit)), cell.Amount);
                }
            }

            var totals = got.Rows.Single(r => r.Key == RowKey.Line("total"));
            Assert.All(table.Schema.Columns, (column, c) => Assert.Equal(AmountCell.Of(Amount.From(table.Rows.Where(x => x.Code.Length == 3).Sum(x => x.Cells[c]), table.Unit)), totals[column.Key].Amount));
        });

    /// <summary>PdfPig's TrueType fonts are simple fonts of at most 255 characters: a new copy of the font is added
    /// when a text's characters do not fit the ones added so far.</summary>
    private sealed class FontSet(PdfDocumentBuilder builder, byte[] font)
    {
        private readonly List<(PdfDocumentBuilder.AddedFont Font, HashSet<char> Chars)> fonts = [];

        public PdfDocumentBuilder.AddedFont For(string text)
        {
            foreach (var (added, chars) in fonts)
            {
                if (chars.Count + text.Count(c => !chars.Contains(c)) <= 250)
                {
                    chars.UnionWith(text);
                    return added;
                }
            }

            var next = (builder.AddTrueTypeFont(font), new HashSet<char>(text));
            fonts.Add(next);
            return next.Item1;
        }
    }
}
