using System.Text;
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
            return result.Budget is not null && result.Diagnostics.All(d => d.Line <= text.Split('\n').Length + 1);
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
