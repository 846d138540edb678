using System.Collections.Frozen;
using System.Globalization;
using System.Text;

namespace Budget.Domain.Classification;

/// <summary>
/// The one definition of when two printed names are the same name: after the compatibility folds of Unicode NFKC
/// (full-width brackets, colons, commas, digits and letters become half-width, the ideographic space a space, Ⅰ
/// becomes I, ㎡ m2, ⼀ 一), with all white space removed and curly quotes made straight. So 维修（护）费 = 维修(护)费 and
/// 对个人和 家庭的补助 = 对个人和家庭的补助; 劳动关系和维权 ≠ 劳动关系的维权.
/// </summary>
/// <remarks>
/// The folds come from the library's own table (<c>Classification/Data/name-fold.txt</c>: NFKC over the blocks
/// disclosures draw on: Latin-1, punctuation, letterlike and number forms, enclosed alphanumerics, CJK radicals,
/// symbols, enclosed and compatibility forms, full-width forms), not from the platform, so a key is the same with
/// ICU and under <c>DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=1</c>; characters outside those blocks are kept as they
/// are. Never throws: an unpaired surrogate (damaged text) is kept as it stands, so names that differ there keep
/// different keys; the readers report such characters with their position.
/// </remarks>
public static class NameKey
{
    private static readonly FrozenDictionary<int, string> Folds = LoadFolds();

    /// <summary>The comparison key of a name.</summary>
    /// <param name="name">The name as printed.</param>
    /// <returns>The key; empty for null.</returns>
    public static string Of(string? name)
    {
        if (string.IsNullOrEmpty(name))
        {
            return string.Empty;
        }

        // Most names are ASCII letters and digits, CJK ideographs and Chinese punctuation that no fold changes.
        if (IsPlain(name))
        {
            return name;
        }

        var builder = new StringBuilder(name.Length);
        List<int>? barriers = null;
        for (int i = 0; i < name.Length; i++)
        {
            char c = name[i];
            if (char.IsHighSurrogate(c) && i + 1 < name.Length && char.IsLowSurrogate(name[i + 1]))
            {
                int cp = char.ConvertToUtf32(c, name[i + 1]);
                i++;
                if (Folds.TryGetValue(cp, out string? folded))
                {
                    AppendKept(builder, folded, ref barriers);
                }
                else
                {
                    builder.Append(c).Append(name[i]);
                }

                continue;
            }

            // Full-width ASCII and the ideographic space, the folds disclosures use most, by arithmetic (the table says
            // the same: NameKeyTests compare every key with NFKC).
            if (c is >= '\uFF01' and <= '\uFF5E')
            {
                builder.Append(Straight((char)(c - 0xFEE0)));
            }
            else if (c == '\u3000')
            {
                Barrier(builder, ref barriers);
            }
            else if (c >= '\u00A0' && Folds.TryGetValue(c, out string? fold))
            {
                AppendKept(builder, fold, ref barriers);
            }
            else if (!char.IsWhiteSpace(c))
            {
                builder.Append(Straight(c));
            }
            else
            {
                Barrier(builder, ref barriers);
            }
        }

        ReorderMarks(builder, barriers);
        return builder.ToString();
    }

    /// <summary>The canonical order of combining marks (as NFKC leaves them): a fold such as ¨ → U+0308 can put a
    /// mark before a mark of the text with a lower combining class (〪, U+302A), which NFKC would move in front.</summary>
    private static void ReorderMarks(StringBuilder builder, List<int>? barriers)
    {
        for (int i = 1; i < builder.Length; i++)
        {
            int ccc = CombiningClass(builder[i]);
            if (ccc == 0)
            {
                continue;
            }

            // Insertion sort within the run of marks: stable, as canonical ordering is.
            for (int j = i; j > 0 && CombiningClass(builder[j - 1]) > ccc && barriers?.Contains(j) != true; j--)
            {
                (builder[j - 1], builder[j]) = (builder[j], builder[j - 1]);
            }
        }
    }

    private static int CombiningClass(char c) => c switch
    {
        >= '\u0300' and <= '\u0314' => 230,
        '\u0315' or '\u031A' => 232,
        >= '\u0316' and <= '\u0319' => 220,
        '\u031B' => 216,
        >= '\u031C' and <= '\u0320' => 220,
        '\u0321' or '\u0322' or '\u0327' or '\u0328' => 202,
        >= '\u0323' and <= '\u0326' => 220,
        >= '\u0329' and <= '\u0333' => 220,
        >= '\u0334' and <= '\u0338' => 1,
        >= '\u0339' and <= '\u033C' => 220,
        >= '\u033D' and <= '\u0344' => 230,
        '\u0345' => 240,
        '\u302A' => 218,
        '\u302B' => 228,
        '\u302C' => 232,
        '\u302D' => 222,
        '\u302E' or '\u302F' => 224,
        '\u3099' or '\u309A' => 8,
        _ => 0,
    };

    /// <summary>Whether two printed names are the same name (see <see cref="NameKey"/>).</summary>
    /// <param name="a">One name.</param>
    /// <param name="b">The other name.</param>
    /// <returns>True when their keys are equal.</returns>
    public static bool Same(string? a, string? b) => string.Equals(Of(a), Of(b), StringComparison.Ordinal);

    /// <summary>The fold of one code point (its NFKC form within the table's blocks), or null when it is kept.</summary>
    internal static string? FoldOf(int codePoint) => Folds.TryGetValue(codePoint, out string? folded) ? folded : null;

    /// <summary>The blocks the fold table covers (first and last code point, name), as its data file lists them.</summary>
    internal static IReadOnlyList<(int First, int Last, string Name)> Blocks { get; } = LoadBlocks();

    private static bool IsPlain(string name)
    {
        foreach (char c in name)
        {
            bool plain = c is (> ' ' and < '\u007F') and not ('"' or '\'')
                || c is >= '\u4E00' and <= '\u9FFF'
                || c is '、' or '。' or '〈' or '〉' or '《' or '》' or '「' or '」' or '『' or '』' or '【' or '】' or '〔' or '〕' or '—' or '·' or '≥' or '≤' or '×' or '÷' or '±';
            if (!plain)
            {
                return false;
            }
        }

        return true;
    }

    private static void AppendKept(StringBuilder builder, string folded, ref List<int>? barriers)
    {
        foreach (char c in folded)
        {
            if (!char.IsWhiteSpace(c))
            {
                builder.Append(Straight(c));
            }
            else
            {
                Barrier(builder, ref barriers);
            }
        }
    }

    /// <summary>Marks where removed white space stood after a combining mark: NFKC never reorders across it.</summary>
    private static void Barrier(StringBuilder builder, ref List<int>? barriers)
    {
        if (builder.Length > 0 && CombiningClass(builder[^1]) != 0)
        {
            (barriers ??= []).Add(builder.Length);
        }
    }

    private static char Straight(char c) => c switch { '“' or '”' => '"', '‘' or '’' => '\'', _ => c };

    private static List<string> DataLines()
    {
        using var stream = typeof(NameKey).Assembly.GetManifestResourceStream("Budget.Domain.Classification.Data.name-fold.txt")
            ?? throw new InvalidOperationException("The embedded fold table name-fold.txt is missing from the assembly.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            lines.Add(line);
        }

        return lines;
    }

    private static FrozenDictionary<int, string> LoadFolds()
    {
        var folds = new Dictionary<int, string>();
        foreach (string line in DataLines())
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            string[] parts = line.Split('\t');
            var text = new StringBuilder();
            foreach (string hex in parts[1].Split(' '))
            {
                text.Append(char.ConvertFromUtf32(Hex(hex)));
            }

            folds[Hex(parts[0])] = text.ToString();
        }

        return folds.ToFrozenDictionary();
    }

    private static List<(int First, int Last, string Name)> LoadBlocks()
    {
        var blocks = new List<(int, int, string)>();
        foreach (string line in DataLines())
        {
            // "# 00A0..00FF Latin-1 Supplement"
            int dots = line.IndexOf("..", StringComparison.Ordinal);
            int space = dots > 0 ? line.IndexOf(' ', dots) : -1;
            if (line.StartsWith("# ", StringComparison.Ordinal) && space > 0
                && int.TryParse(line.AsSpan(2, dots - 2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out int first)
                && int.TryParse(line.AsSpan(dots + 2, space - dots - 2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out int last))
            {
                blocks.Add((first, last, line[(space + 1)..]));
            }
        }

        return blocks;
    }

    private static int Hex(string text) => int.Parse(text, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture);
}
