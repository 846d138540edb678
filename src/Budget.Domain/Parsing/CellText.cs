namespace Budget.Domain;

/// <summary>
/// Unwraps a cell of disclosure text the way converters leave it: white space around it (including the
/// ideographic space U+3000) and markup around its content (<c>&lt;b&gt;…&lt;/b&gt;</c>, <c>&lt;span …&gt;…&lt;/span&gt;</c>,
/// <c>**…**</c>, <c>__…__</c>). Works on index ranges, so it never allocates.
/// </summary>
internal static class CellText
{
    /// <summary>The value of an ASCII (0-9) or full-width (０-９) digit; -1 for any other character.</summary>
    internal static int DigitValue(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= '０' and <= '９' => c - '０',
        _ => -1,
    };

    /// <summary>Narrows [start, end) to the cell's content: trims white space and strips markup pairs.</summary>
    internal static void Unwrap(ReadOnlySpan<char> s, ref int start, ref int end)
    {
        Trim(s, ref start, ref end);
        StripMarkup(s, ref start, ref end);
    }

    internal static void Trim(ReadOnlySpan<char> s, ref int start, ref int end)
    {
        while (start < end && char.IsWhiteSpace(s[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(s[end - 1]))
        {
            end--;
        }
    }

    internal static void StripMarkup(ReadOnlySpan<char> s, ref int start, ref int end)
    {
        for (int guard = 0; guard < 8; guard++)
        {
            var t = s[start..end];
            if (t.Length >= 4 && (t.StartsWith("**") && t.EndsWith("**") || t.StartsWith("__") && t.EndsWith("__")))
            {
                start += 2;
                end -= 2;
            }
            else if (t.Length >= 7 && t[0] == '<' && TryTagLength(t, out int open, out int close))
            {
                start += open;
                end -= close;
            }
            else
            {
                return;
            }

            Trim(s, ref start, ref end);
        }
    }

    /// <summary>Recognises <c>&lt;tag …&gt;…&lt;/tag&gt;</c> and gives the lengths of the two tags.</summary>
    private static bool TryTagLength(ReadOnlySpan<char> t, out int open, out int close)
    {
        open = close = 0;
        int gt = t.IndexOf('>');
        if (gt < 2)
        {
            return false;
        }

        int nameEnd = 1;
        while (nameEnd < gt && char.IsAsciiLetterOrDigit(t[nameEnd]))
        {
            nameEnd++;
        }

        var name = t[1..nameEnd];
        if (name.IsEmpty || (nameEnd < gt && t[nameEnd] != ' '))
        {
            return false;
        }

        int closeLength = name.Length + 3;
        if (t.Length < gt + 1 + closeLength)
        {
            return false;
        }

        var tail = t[^closeLength..];
        if (!tail.StartsWith("</") || tail[^1] != '>' || !tail[2..^1].Equals(name, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        open = gt + 1;
        close = closeLength;
        return true;
    }
}
