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

    /// <summary>The index of the '&gt;' closing an HTML tag that starts at <paramref name="start"/>, or -1 when no tag starts there.</summary>
    internal static int TagEnd(string text, int start)
    {
        if (start + 1 >= text.Length || !(char.IsAsciiLetter(text[start + 1]) || text[start + 1] is '/' or '!'))
        {
            return -1;
        }

        int limit = Math.Min(text.Length, start + 300);
        for (int i = start + 1; i < limit; i++)
        {
            if (text[i] == '>')
            {
                return i;
            }

            if (text[i] == '<')
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>
    /// The text of a cell holding markup (a goal in <c>&lt;p&gt;</c> and <c>&lt;ol&gt;&lt;li&gt;</c>): each tag becomes a
    /// space, <c>**</c> goes, runs of white space become one space; with <paramref name="numberListItems"/> the items of
    /// an ordered list are numbered <c>1. 2. …</c>.
    /// </summary>
    internal static string PlainText(string text, bool numberListItems)
    {
        if (IsPlain(text))
        {
            return text.Trim();
        }

        var builder = new System.Text.StringBuilder(text.Length);
        int item = 0;
        bool ordered = false;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c == '<' && TagEnd(text, i) is int end and > 0)
            {
                string tag = text[(i + 1)..end].TrimStart('/').Split(' ', 2)[0].ToLowerInvariant();
                bool closing = text[i + 1] == '/';
                if (tag == "ol" && !closing)
                {
                    (ordered, item) = (true, 0);
                }
                else if (tag is "ol" or "ul" && closing)
                {
                    ordered = false;
                }

                Space(builder);
                if (numberListItems && tag == "li" && !closing && ordered)
                {
                    builder.Append(++item).Append(". ");
                }

                i = end;
            }
            else if (c == '*' && i + 1 < text.Length && text[i + 1] == '*')
            {
                i++;
            }
            else if (char.IsWhiteSpace(c))
            {
                Space(builder);
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString().Trim();

        static void Space(System.Text.StringBuilder builder)
        {
            if (builder.Length > 0 && builder[^1] != ' ')
            {
                builder.Append(' ');
            }
        }
    }

    /// <summary>Whether a text has no tag, no <c>**</c> and no white space but single spaces.</summary>
    private static bool IsPlain(string text)
    {
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c is '<' or '*' || (char.IsWhiteSpace(c) && (c != ' ' || (i + 1 < text.Length && char.IsWhiteSpace(text[i + 1])))))
            {
                return false;
            }
        }

        return true;
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
