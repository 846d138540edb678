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

        string normalized = name.IsNormalized(NormalizationForm.FormKC) ? name : name.Normalize(NormalizationForm.FormKC);
        bool plain = true;
        foreach (char c in normalized)
        {
            if (char.IsWhiteSpace(c) || c is '“' or '”' or '‘' or '’')
            {
                plain = false;
                break;
            }
        }

        if (plain)
        {
            return normalized;
        }

        var builder = new StringBuilder(normalized.Length);
        foreach (char c in normalized)
        {
            if (!char.IsWhiteSpace(c))
            {
                builder.Append(c switch { '“' or '”' => '"', '‘' or '’' => '\'', _ => c });
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
