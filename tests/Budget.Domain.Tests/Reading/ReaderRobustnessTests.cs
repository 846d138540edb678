using System.Text;
using Budget.Domain.Money;
using Budget.Domain.Reading;
using Budget.Domain.Statements;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Budget.Domain.Tests.Reading;

/// <summary>
/// Mutations of the seed document — lines deleted, duplicated, swapped, the text truncated, characters or bytes
/// inserted — never make the reader throw or hang, and what it cannot read is reported.
/// </summary>
public class ReaderRobustnessTests
{
    private const string Noise = "0123456789.,-%万元年月日\t 　<b></b>**#合计科目编码（）()≥≤—xX\u0000\u0007\uFFFD٣\r\n";

    private static readonly string[] Lines = [.. MohrssDisclosure.Lines];

    /// <summary>Reads within a generous bound (a hang is a failure, not a slow test) and never reports a reader defect.</summary>
    private static DisclosureReadResult ReadBounded(Func<DisclosureReadResult> read)
    {
        var task = Task.Run(read);
        Assert.True(task.Wait(TimeSpan.FromSeconds(30)), "the reader did not finish within 30 s");
        Assert.Empty(task.Result.DiagnosticsOf("RD099"));
        return task.Result;
    }

    [Fact]
    public void A_cell_that_prints_none_reads_as_an_empty_cell_of_its_own()
    {
        // The seed's 三公 row leaves 公务用车购置费 blank; a document that prints 无 there says the same thing in a word.
        const string row = "1,914.15\t1,575.65\t294.95\t\t294.95\t43.55";
        Assert.Contains(row, MohrssDisclosure.Text, StringComparison.Ordinal);
        var read = DisclosureReader.Read(MohrssDisclosure.Text.Replace(row, "1,914.15\t1,575.65\t294.95\t无\t294.95\t43.55", StringComparison.Ordinal));
        var threePublic = read.Budget.ThreePublicExpenses!.Row;
        Assert.Equal(AmountCell.Empty("无"), threePublic.VehiclePurchase);
        Assert.Equal(MohrssDisclosure.Read().Budget.ThreePublicExpenses!.Row.VehicleOperation, threePublic.VehicleOperation);
        Assert.Equal(MohrssDisclosure.Read().Diagnostics.Count, read.Diagnostics.Count);
    }

    private static string Join(IEnumerable<string> lines) => string.Join("\n", lines);

    private static readonly Gen<string> NoiseText =
        Gen.Choose(1, 12).SelectMany(n => Gen.ArrayOf(Gen.Elements(Noise.ToCharArray()), n)).Select(c => new string(c));

    public static readonly Gen<string> Mutated = Gen.OneOf(
        from at in Gen.Choose(0, Lines.Length - 1)
        from count in Gen.Choose(1, 40)
        select Join(Lines.Take(at).Concat(Lines.Skip(at + count))),
        from at in Gen.Choose(0, Lines.Length - 1)
        from times in Gen.Choose(1, 3)
        select Join(Lines.Take(at + 1).Concat(Enumerable.Repeat(Lines[at], times)).Concat(Lines.Skip(at + 1))),
        from i in Gen.Choose(0, Lines.Length - 1)
        from j in Gen.Choose(0, Lines.Length - 1)
        select Join(Lines.Select((l, k) => k == i ? Lines[j] : k == j ? Lines[i] : l)),
        from at in Gen.Choose(0, MohrssDisclosure.Text.Length)
        select MohrssDisclosure.Text[..at],
        from at in Gen.Choose(0, MohrssDisclosure.Text.Length)
        from noise in NoiseText
        select MohrssDisclosure.Text.Insert(at, noise),
        from shuffled in Gen.Shuffle(Lines.Skip(100).Take(60).ToArray())
        select Join(Lines.Take(100).Concat(shuffled).Concat(Lines.Skip(160))));

    [Property(MaxTest = 300)]
    public Property Mutated_documents_never_throw_nor_hang() =>
        Prop.ForAll(Mutated.ToArbitrary(), text =>
        {
            var result = ReadBounded(() => DisclosureReader.Read(text));
            // The reader breaks lines at \n, \r, U+2028, U+2029 and U+0085 (noise may bring any of them): count as many.
            int lines = text.Split(['\n', '\r', '\u2028', '\u2029', '\u0085']).Length;
            return result.Budget is not null && result.Diagnostics.All(d => d.Line <= lines + 1);
        });

    [Property(MaxTest = 100)]
    public Property Random_bytes_in_the_stream_never_throw() =>
        Prop.ForAll(Gen.Choose(0, 30_000).ToArbitrary(), Gen.ArrayOf(Gen.Choose(0, 255).Select(b => (byte)b), 8).ToArbitrary(), (at, noise) =>
        {
            byte[] bytes = Encoding.UTF8.GetBytes(MohrssDisclosure.Text);
            at = Math.Min(at, bytes.Length);
            byte[] mutated = [.. bytes[..at], .. noise, .. bytes[at..]];
            return ReadBounded(() => DisclosureReader.Read(new MemoryStream(mutated))).Budget is not null;
        });

    [Property(MaxTest = 300)]
    public Property Arbitrary_text_never_throws() =>
        Prop.ForAll(ArbMap.Default.ArbFor<string>(), text => ReadBounded(() => DisclosureReader.Read(text)).Budget is not null);

    public static TheoryData<string> LargeInputs() =>
    [
        "one line of 2 MB without a line break",
        "a narrative clause of 100,000 numbers",
        "a subject of 100,000 connectives",
        "a header row of 50,000 columns",
        "a table of 8,910 rows",
        "2,000 performance sheets",
    ];

    private static string Large(string what)
    {
        const string Title = "# [117]人力资源社会保障部 2024 年度预算\n";
        const string Narrative = "# 第三部分 2024年预算情况说明\n\n## 一、关于2024年收入总表的说明\n\n";
        return what switch
        {
            "one line of 2 MB without a line break" => Title + string.Concat(Enumerable.Repeat("合计\t1,000.00\t<b>x</b> ", 100_000)),
            "a narrative clause of 100,000 numbers" => Title + Narrative + "收入预算" + string.Concat(Enumerable.Repeat("1 ", 100_000)) + "万元。\n",
            "a subject of 100,000 connectives" => Title + Narrative + string.Concat(Enumerable.Repeat("其中", 100_000)) + "收入预算 1.00 万元，占 5.00%。\n",
            "a header row of 50,000 columns" => Title + "## 单位支出总表\n\n单位：万元\n\n科目编码\t科目名称" + string.Concat(Enumerable.Repeat("\t合计", 50_000)) + "\n201\t一般公共服务支出" + string.Concat(Enumerable.Repeat("\t1.00", 50_000)) + "\n",
            "a table of 8,910 rows" => Title + "## 单位支出总表\n\n单位：万元\n\n科目编码\t科目名称\t合计\t基本支出\t项目支出\n" + string.Join("\n", Enumerable.Range(0, 8_910).Select(i => $"201{10 + (i / 99):00}{1 + (i % 99):00}\t项{i}\t1.00\t1.00\t")),
            _ => Title + string.Concat(Enumerable.Range(0, 2_000).Select(i => $"# 项目{i}项目绩效目标表\n\n项目名称\t项目{i}\n主管部门及代码\t[117]人力资源社会保障部\t实施单位\t本级\n项目资金 (万元)\t年度资金总额:\t1.00\t执行率 分值(10)\n年度总体目标\t<p>1. 完成。</p>\n绩效指标\t一级指标\t二级指标\t三级指标\t指标值\t分值(90)\n\t产出指标\t数量指标\t举办培训班\t≥1个\t90\n\n")),
        };
    }

    [Theory]
    [MemberData(nameof(LargeInputs))]
    public void Large_and_degenerate_inputs_are_read_in_bounded_time(string what)
    {
        string text = Large(what);
        var result = ReadBounded(() => DisclosureReader.Read(text));
        Assert.NotNull(result.Budget);
        if (what == "a table of 8,910 rows")
        {
            Assert.Equal(8_910, result.Budget.Expenditure!.Rows.Count);
        }
        else if (what == "2,000 performance sheets")
        {
            Assert.Equal(2_000, result.Budget.PerformanceSheets.Count);
        }
    }

    private static readonly (int Index, int Cell)[] AmountCells =
        [.. Lines.Select((l, i) => (Line: l, Index: i))
            .Where(p => p.Line.Length > 0 && char.IsAsciiDigit(p.Line[0]) && p.Line.Split('\t').Length >= 4)
            .SelectMany(p => p.Line.Split('\t').Select((c, k) => (Cell: c, K: k)).Where(c => c.K >= 2 && c.Cell.Length > 0 && !c.Cell.EndsWith('%')).Select(c => (p.Index, c.K)))];

    [Property(MaxTest = 200)]
    public Property A_letter_inside_an_amount_cell_is_reported_on_its_line_and_column() =>
        Prop.ForAll(Gen.Elements(AmountCells).ToArbitrary(), Gen.Elements('x', '甲', '?', 'O').ToArbitrary(), (target, letter) =>
        {
            var lines = Lines.ToArray();
            var cells = lines[target.Index].Split('\t');
            cells[target.Cell] = cells[target.Cell].Insert(1, letter.ToString());
            lines[target.Index] = string.Join("\t", cells);
            var result = ReadBounded(() => DisclosureReader.Read(Join(lines)));
            int column = cells.Take(target.Cell).Sum(c => c.Length + 1) + 1;
            return result.Diagnostics.Any(d => d.Code == "RD001" && d.Line == target.Index + 1 && d.Column == column && d.Raw == cells[target.Cell]);
        });

    private static readonly int[] TableRows = [.. Lines.Select((l, i) => (l, i)).Where(p => p.i < 300 && p.l.Split('\t') is { Length: > 3 } c && c[0].Length is >= 3 and <= 7 && c[0].All(char.IsAsciiDigit)).Select(p => p.i)];

    [Property(MaxTest = 100)]
    public Property A_line_of_prose_between_table_rows_is_reported_and_the_table_still_read() =>
        Prop.ForAll(Gen.Elements(TableRows).ToArbitrary(), Gen.Elements("第 3 页", "续表", "（转下页）", "abc").ToArbitrary(), (at, stray) =>
        {
            var lines = Lines.Take(at + 1).Append(stray).Concat(Lines.Skip(at + 1)).ToArray();
            var result = ReadBounded(() => DisclosureReader.Read(Join(lines)));
            return result.Diagnostics.Any(d => d.Code == "RD013" && d.Line == at + 2 && d.Raw == stray)
                && result.Budget.Tables.SequenceEqual(MohrssDisclosure.Read().Budget.Tables);
        });

    [Property(MaxTest = 100)]
    public Property A_duplicated_row_of_a_coded_table_is_reported_on_the_copy_and_not_read_twice() =>
        Prop.ForAll(Gen.Elements(TableRows).ToArbitrary(), at =>
        {
            var lines = Lines.Take(at + 1).Append(Lines[at]).Concat(Lines.Skip(at + 1));
            var result = ReadBounded(() => DisclosureReader.Read(Join(lines)));
            return result.Diagnostics.Any(d => d.Code == "RD005" && d.Line == at + 2)
                && result.Budget.Tables.SequenceEqual(MohrssDisclosure.Read().Budget.Tables);
        });

    [Property(MaxTest = 100)]
    public Property Deleting_a_row_of_a_coded_table_loses_that_row_only() =>
        Prop.ForAll(Gen.Elements(TableRows).ToArbitrary(), at =>
        {
            var result = ReadBounded(() => DisclosureReader.Read(Join(Lines.Where((_, i) => i != at))));
            static List<string> Rows(DepartmentBudget b) => [.. b.Tables.SelectMany(t => t.AllRows.Select(r => $"{t.Kind}/{r.CodeValue}/{r.Name}"))];
            var before = Rows(MohrssDisclosure.Read().Budget);
            var after = Rows(result.Budget);
            foreach (string row in after)
            {
                before.Remove(row);
            }

            return before.Count == 1 && before[0].Contains("/" + Lines[at].Split('\t')[0] + "/", StringComparison.Ordinal) && after.Count == Rows(MohrssDisclosure.Read().Budget).Count - 1;
        });
}
