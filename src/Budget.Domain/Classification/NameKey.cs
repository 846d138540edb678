using System.Text;

namespace Budget.Domain.Classification;

/// <summary>
/// The one definition of when two printed names are the same name: after Unicode compatibility
/// normalisation (NFKC: full-width brackets, colons, commas, digits and letters become half-width), with all
/// white space removed and curly quotes made straight. So 维修（护）费 = 维修(护)费 and 对个人和 家庭的补助 =
/// 对个人和家庭的补助; 劳动关系和维权 ≠ 劳动关系的维权.
/// </summary>
public static class NameKey
{
    /// <summary>The comparison key of a name.</summary>
    /// <param name="name">The name as printed.</param>
    /// <returns>The key; empty for null.</returns>
    public static string Of(string? name)
    {
        if (string.IsNullOrEmpty(name))
        {
            return string.Empty;
        }

        // One pass over the characters disclosures are made of, whose NFKC form is known: ASCII, CJK ideographs,
        // Chinese punctuation (stable), full-width ASCII (its half-width form) and the ideographic space.
        // Anything else goes through ICU's normalisation.
        bool plain = true;
        foreach (char c in name)
        {
            if (!IsKnown(c))
            {
                return Slow(name);
            }

            plain &= !(char.IsWhiteSpace(c) || c is '“' or '”' or '‘' or '’' || c is >= '\uFF01' and <= '\uFF5E');
        }

        if (plain)
        {
            return name;
        }

        var builder = new StringBuilder(name.Length);
        foreach (char c in name)
        {
            char d = c is >= '\uFF01' and <= '\uFF5E' ? (char)(c - 0xFEE0) : c;
            if (!char.IsWhiteSpace(d))
            {
                builder.Append(Straight(d));
            }
        }

        return builder.ToString();
    }

    private static bool IsKnown(char c) =>
        c < 0x80 || c is >= '\u4E00' and <= '\u9FFF' || c is >= '\uFF01' and <= '\uFF5E' || c is '\u3000' or '、' or '。' or '〈' or '〉' or '《' or '》' or '「' or '」' or '『' or '』' or '【' or '】' or '〔' or '〕'
        || c is '“' or '”' or '‘' or '’' or '—' or '·' or '≥' or '≤' or '×' or '÷' or '±';

    private static char Straight(char c) => c switch { '“' or '”' => '"', '‘' or '’' => '\'', _ => c };

    private static string Slow(string name)
    {
        string normalized = name.IsNormalized(NormalizationForm.FormKC) ? name : name.Normalize(NormalizationForm.FormKC);
        var builder = new StringBuilder(normalized.Length);
        foreach (char c in normalized)
        {
            if (!char.IsWhiteSpace(c))
            {
                builder.Append(Straight(c));
            }
        }

        return builder.ToString();
    }

    /// <summary>Whether two printed names are the same name (see <see cref="NameKey"/>).</summary>
    /// <param name="a">One name.</param>
    /// <param name="b">The other name.</param>
    /// <returns>True when their keys are equal.</returns>
    public static bool Same(string? a, string? b) => string.Equals(Of(a), Of(b), StringComparison.Ordinal);
}
