using System.Text;

namespace Budget.Domain.Tests.Robustness;

/// <summary>
/// The one definition of hostile input, shared by the FsCheck properties and the fuzz runner
/// (benchmarks/Budget.Domain.Fuzz): text made of the characters disclosures use mixed with lone surrogates,
/// control characters, edge numbers (±the largest amount, the 2^31 and 2^32 boundaries, 20-digit numbers) and
/// markup, and mutations of whole documents (lines deleted, duplicated, swapped, truncated, noise inserted).
/// Everything is drawn from a <see cref="Random"/>, so a seed reproduces an input exactly.
/// </summary>
internal static class HostileText
{
    /// <summary>Numbers at the edges of what the library's types hold.</summary>
    public static readonly string[] EdgeNumbers =
    [
        "9,999,999,999,999,999.99", "-9,999,999,999,999,999.99", "9999999999999999.99", "10000000000000000.00",
        "999,999,999,999.99", "-999,999,999,999.99", "999999999999999999", "1000000000000000000",
        "99999999999999999999", "12345678901234567890", "9223372036854775807", "9223372036854775808", "-9223372036854775808",
        "2147483647", "2147483648", "-2147483648", "-2147483649", "4294967295", "4294967296",
        "21.47483648", "21.47483648%", "42.94967296%", "66．59441318", "678850.6146%", "99999999.9999999999%",
        "0.0000000001", "0.00000000001", "-0.00", "00000000000000000000001", "1e10", "NaN", "∞",
    ];

    /// <summary>Single characters and short strings that break naive text handling.</summary>
    public static readonly string[] Nasty =
    [
        "\uD800", "\uDBFF", "\uDC00", "\uDFFF", "\uDBFF\uDFFF", "\U0002F800", "\0", "\uFFFD", "\uFEFF", "\uFFFF", "\uFFFE",
        "\r", "\n", "\r\n", "\t", "\t\t\t", "\f", "\v", "\u2028", "\u2029", "\u0085", "\u200B", "\u200D", "\u00A0", "\u3000",
        "\u0301", "\u0308", "\u001B", "\u007F", "\u202E", "％", "%", "万元", "元", "亿元", "<b>", "</b>", "**", "<p>", "<ol><li>",
        "#", "## ", "（", "）", "(", ")", "—", "-", "−", "－", "，", ",", ".", "．", "、", "。", "：", "Ⅰ", "㎡", "⼀", "①",
        "ＡＢＣ", "１２３", "٣", "०", "合计", "小计", "其中：", "（类）", "（款）", "（项）", "单位：万元", "单位：元", "续",
    ];

    private const string Alphabet = "0123456789０１２３４５６７８９.．,，-−－+%％万亿元年月日前底份季度后每上旬内个次人/<>b*_ 　[]【】（）()≥≤=—xX\t一般公共预算支出合计基本项目收入财政拨款类款项";

    /// <summary>A short hostile text: characters of disclosures, edge numbers and nasty pieces, mixed.</summary>
    public static string Text(Random random, int maxPieces = 12)
    {
        var text = new StringBuilder();
        int pieces = random.Next(maxPieces + 1);
        for (int i = 0; i < pieces; i++)
        {
            switch (random.Next(5))
            {
                case 0:
                    text.Append(EdgeNumbers[random.Next(EdgeNumbers.Length)]);
                    break;
                case 1:
                    text.Append(Nasty[random.Next(Nasty.Length)]);
                    break;
                case 2:
                    text.Append((char)random.Next(0x10000));
                    break;
                default:
                    for (int n = random.Next(1, 6); n > 0; n--)
                    {
                        text.Append(Alphabet[random.Next(Alphabet.Length)]);
                    }

                    break;
            }
        }

        return text.ToString();
    }

    /// <summary>A number-like text: an edge number, perhaps with a sign, separators, a unit or percent and noise.</summary>
    public static string Number(Random random)
    {
        string n = random.Next(3) == 0
            ? EdgeNumbers[random.Next(EdgeNumbers.Length)]
            : random.NextInt64(long.MinValue, long.MaxValue).ToString(System.Globalization.CultureInfo.InvariantCulture).Insert(random.Next(1, 3), random.Next(2) == 0 ? "." : string.Empty);
        return random.Next(4) switch
        {
            0 => n + (random.Next(2) == 0 ? "%" : " 万元"),
            1 => n + Nasty[random.Next(Nasty.Length)],
            2 => Nasty[random.Next(Nasty.Length)] + n,
            _ => n,
        };
    }

    /// <summary>A mutation of a whole document: lines deleted, duplicated, swapped or replaced by hostile text,
    /// noise inserted into lines, cells' numbers replaced by edge numbers, or the text truncated.</summary>
    public static string Mutate(Random random, string document)
    {
        var lines = document.Split('\n').ToList();
        int mutations = random.Next(1, 6);
        for (int m = 0; m < mutations && lines.Count > 0; m++)
        {
            int at = random.Next(lines.Count);
            switch (random.Next(8))
            {
                case 0:
                    lines.RemoveRange(at, Math.Min(random.Next(1, 40), lines.Count - at));
                    break;
                case 1:
                    lines.Insert(at, lines[random.Next(lines.Count)]);
                    break;
                case 2:
                    (lines[at], lines[random.Next(lines.Count)]) = (lines[random.Next(lines.Count)], lines[at]);
                    break;
                case 3:
                    lines.Insert(at, Text(random));
                    break;
                case 4:
                    lines[at] = lines[at].Insert(random.Next(lines[at].Length + 1), Nasty[random.Next(Nasty.Length)]);
                    break;
                case 5:
                    lines[at] = ReplaceACell(random, lines[at]);
                    break;
                case 6:
                    return string.Join('\n', lines)[..random.Next(string.Join('\n', lines).Length + 1)];
                default:
                    lines[at] = lines[at].Insert(random.Next(lines[at].Length + 1), Text(random, 3));
                    break;
            }
        }

        return string.Join('\n', lines);
    }

    /// <summary>Bytes with some flipped, inserted, removed or cut off.</summary>
    public static byte[] MutateBytes(Random random, byte[] bytes)
    {
        var list = bytes.ToList();
        for (int m = random.Next(1, 8); m > 0 && list.Count > 0; m--)
        {
            int at = random.Next(list.Count);
            switch (random.Next(4))
            {
                case 0:
                    list[at] ^= (byte)(1 << random.Next(8));
                    break;
                case 1:
                    list.Insert(at, (byte)random.Next(256));
                    break;
                case 2:
                    list.RemoveAt(at);
                    break;
                default:
                    list.RemoveRange(at, list.Count - at);
                    break;
            }
        }

        return [.. list];
    }

    private static string ReplaceACell(Random random, string line)
    {
        string[] cells = line.Split('\t');
        if (cells.Length < 2)
        {
            return line;
        }

        cells[random.Next(cells.Length)] = random.Next(2) == 0 ? EdgeNumbers[random.Next(EdgeNumbers.Length)] : Number(random);
        return string.Join('\t', cells);
    }
}
