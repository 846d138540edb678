using System.Globalization;
using System.Text;
using Budget.Domain.Classification;

namespace Budget.Domain.Reading;

/// <summary>Small, linear text helpers of the reader: markup removal, numbering, years and integers.</summary>
internal static class ReadText
{
    private const string ChineseNumerals = "一二三四五六七八九十百零〇两";

    /// <summary>The text without HTML tags and <c>**</c>, trimmed (ideographic space included).</summary>
    public static string Clean(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        if (text.AsSpan().IndexOfAny('<', '*') < 0)
        {
            return text.Trim();
        }

        var builder = new StringBuilder(text.Length);
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c == '<' && CellText.TagEnd(text, i) is int end and > 0)
            {
                i = end;
                continue;
            }

            if (c == '*' && i + 1 < text.Length && text[i + 1] == '*')
            {
                i++;
                continue;
            }

            builder.Append(c);
        }

        return builder.ToString().Trim();
    }

    /// <summary>The comparison key of a cleaned name (see <see cref="NameKey"/>).</summary>
    public static string Key(string? text) => NameKey.Of(Clean(text));

    /// <summary>The text without a leading enumeration: 一、 （一） (一) 1. 1、 1． 第一部分 ….</summary>
    public static string StripNumbering(string text)
    {
        string t = text.TrimStart();
        int i = 0;
        if (t.StartsWith('第'))
        {
            int j = 1;
            while (j < t.Length && (ChineseNumerals.Contains(t[j], StringComparison.Ordinal) || char.IsAsciiDigit(t[j])))
            {
                j++;
            }

            if (j > 1 && j < t.Length && t[j] is '部' or '章' or '节' && j + 1 < t.Length && t[j + 1] is '分' or ' ')
            {
                return t[(j + (t[j] == '部' ? 2 : 1))..].TrimStart();
            }

            return t;
        }

        if (t.Length > 0 && t[0] is '（' or '(')
        {
            int j = 1;
            while (j < t.Length && (ChineseNumerals.Contains(t[j], StringComparison.Ordinal) || char.IsAsciiDigit(t[j])))
            {
                j++;
            }

            return j > 1 && j < t.Length && t[j] is '）' or ')' ? t[(j + 1)..].TrimStart() : t;
        }

        while (i < t.Length && (ChineseNumerals.Contains(t[i], StringComparison.Ordinal) || char.IsAsciiDigit(t[i])))
        {
            i++;
        }

        if (i > 0 && i < t.Length && t[i] is '、' or '．' or '.' && !(t[i] == '.' && i + 1 < t.Length && char.IsAsciiDigit(t[i + 1])))
        {
            return t[(i + 1)..].TrimStart();
        }

        return t;
    }

    /// <summary>Finds the first year (1950–2200) written as four digits followed, after optional spaces, by 年.</summary>
    public static bool TryFindYear(string text, out int year, out int start, out int end)
    {
        for (int i = 0; i + 4 <= text.Length; i++)
        {
            if (!IsDigitRun(text, i, 4) || (i > 0 && char.IsAsciiDigit(text[i - 1])) || (i + 4 < text.Length && char.IsAsciiDigit(text[i + 4])))
            {
                continue;
            }

            int j = i + 4;
            while (j < text.Length && text[j] == ' ')
            {
                j++;
            }

            if (j < text.Length && text[j] == '年')
            {
                int value = int.Parse(text.AsSpan(i, 4), NumberStyles.None, CultureInfo.InvariantCulture);
                if (value is >= 1950 and <= 2200)
                {
                    year = value;
                    start = i;
                    end = j + 1;
                    return true;
                }
            }
        }

        year = 0;
        start = end = -1;
        return false;
    }

    /// <summary>Whether a year (1950–2200, four digits, optional spaces, 年) stands at <paramref name="at"/>; <paramref name="end"/> is after its 年.</summary>
    public static bool YearAt(string text, int at, out int end)
    {
        end = at;
        if (at + 4 > text.Length || !IsDigitRun(text, at, 4) || (at + 4 < text.Length && char.IsAsciiDigit(text[at + 4])))
        {
            return false;
        }

        int j = at + 4;
        while (j < text.Length && text[j] == ' ')
        {
            j++;
        }

        int value = int.Parse(text.AsSpan(at, 4), NumberStyles.None, CultureInfo.InvariantCulture);
        if (j >= text.Length || text[j] != '年' || value is < 1950 or > 2200)
        {
            return false;
        }

        end = j + 1;
        return true;
    }

    /// <summary>Whether the text is a small non-negative integer (at most four ASCII or full-width digits).</summary>
    public static bool TryInteger(string text, out int value)
    {
        value = 0;
        string t = text.Trim();
        if (t.Length is 0 or > 4)
        {
            return false;
        }

        foreach (char c in t)
        {
            int d = CellText.DigitValue(c);
            if (d < 0)
            {
                return false;
            }

            value = (value * 10) + d;
        }

        return true;
    }

    /// <summary>Points (分值) as printed: 1 to 4 digits, optionally a point and 1 or 2 decimals (5, 10, 2.5).</summary>
    public static bool TryPoints(string text, out decimal value)
    {
        value = 0;
        string t = text.Trim();
        int dot = t.IndexOf('.', StringComparison.Ordinal);
        string whole = dot < 0 ? t : t[..dot];
        string fraction = dot < 0 ? string.Empty : t[(dot + 1)..];
        if (!TryInteger(whole, out int units) || (dot >= 0 && (fraction.Length is 0 or > 2 || !TryInteger(fraction, out _))))
        {
            return false;
        }

        value = units;
        int scale = 1;
        foreach (char c in fraction)
        {
            scale *= 10;
            value += (decimal)CellText.DigitValue(c) / scale;
        }

        return true;
    }

    /// <summary>Removes all white space.</summary>
    public static string Squeeze(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (char c in text)
        {
            if (!char.IsWhiteSpace(c))
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    /// <summary>The text of a goal cell: list items of an ordered list numbered <c>1. 2. …</c>, tags removed, white space collapsed.</summary>
    public static string GoalText(string cell) => CellText.PlainText(cell, numberListItems: true);

    private static bool IsDigitRun(string text, int start, int length)
    {
        for (int i = start; i < start + length; i++)
        {
            if (!char.IsAsciiDigit(text[i]))
            {
                return false;
            }
        }

        return true;
    }
}
