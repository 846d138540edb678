using System.Globalization;

namespace Budget.Domain.Classification;

/// <summary>The one definition of how classification codes are read and how their hierarchy works.</summary>
internal static class CodeText
{
    internal static bool TryParse(string? text, ClassificationKind kind, out string value, out ParseError? error)
    {
        error = null;
        if (IsCanonical(text, kind))
        {
            value = text!;
            return true;
        }

        return TryParseSlow(text, kind, out value, out error);
    }

    /// <summary>The full reader: unwraps the cell, normalises full-width digits, and says what is wrong.</summary>
    private static bool TryParseSlow(string? text, ClassificationKind kind, out string value, out ParseError? error)
    {
        value = string.Empty;
        error = null;
        var s = (text ?? string.Empty).AsSpan();
        int start = 0, end = s.Length;
        CellText.Unwrap(s, ref start, ref end);
        if (start == end)
        {
            error = new ParseError(ParseErrorKind.Empty, text, 0, "There is no code: the text is empty.");
            return false;
        }

        bool clean = start == 0 && end == s.Length;
        Span<char> digits = stackalloc char[8];
        int length = end - start;
        for (int i = start; i < end; i++)
        {
            char c = s[i];
            int digitValue = CellText.DigitValue(c);
            char d = (char)('0' + digitValue);
            if (digitValue < 0)
            {
                error = char.IsDigit(c)
                    ? Error(ParseErrorKind.UnsupportedDigit, text, i, $"The digit {Show(c)} is not supported: only ASCII (0-9) and full-width (０-９) digits are read.")
                    : Error(ParseErrorKind.InvalidCharacter, text, i, $"A classification code has digits only; {Show(c)} is not one.");
                return false;
            }

            clean &= d == c;
            if (i - start < digits.Length)
            {
                digits[i - start] = d;
            }
        }

        bool lengthOk = length is 3 or 5 || (length == 7 && kind == ClassificationKind.Functional);
        if (!lengthOk)
        {
            string levels = kind == ClassificationKind.Functional ? "3 (类), 5 (款) or 7 (项)" : "3 (类) or 5 (款)";
            error = new ParseError(ParseErrorKind.WrongLength, text, 0, string.Create(CultureInfo.InvariantCulture, $"A {kind.ChineseName()} code has {levels} digits; this one has {length}."));
            return false;
        }

        char lead = Lead(kind);
        if (digits[0] != lead)
        {
            error = Error(ParseErrorKind.NotInList, text, start, $"The 类 of a {kind.ChineseName()} code is {lead}xx; {digits[..3].ToString()} is not in this list.");
            return false;
        }

        for (int segment = 1; segment < length; segment += 2)
        {
            if (digits[segment] == '0' && digits[segment + 1] == '0')
            {
                string what = segment switch
                {
                    1 => "The 类 number 00 does not exist",
                    3 => $"The 款 00 cannot belong to 类 {digits[..3].ToString()}",
                    _ => $"The 项 00 cannot belong to 款 {digits[..5].ToString()}",
                };
                error = Error(ParseErrorKind.ZeroSegment, text, start + segment, what + ".");
                return false;
            }
        }

        value = clean ? text! : digits[..length].ToString();
        return true;
    }

    /// <summary>
    /// The digits as a number. Unique per code of a list: the lengths 3, 5 and 7 with a non-zero lead digit
    /// give disjoint ranges. Catalogues key their lookups by it.
    /// </summary>
    internal static int KeyOf(string value)
    {
        int key = 0;
        foreach (char c in value)
        {
            key = (key * 10) + (c - '0');
        }

        return key;
    }

    internal static CodeLevel LevelOf(string value) => value.Length switch
    {
        3 => CodeLevel.Class,
        5 => CodeLevel.Section,
        7 => CodeLevel.Item,
        _ => CodeLevel.None,
    };

    internal static string? ParentOf(string value) => value.Length > 3 ? value[..^2] : null;

    internal static bool IsAncestor(string ancestor, string descendant) =>
        ancestor.Length >= 3 && descendant.Length > ancestor.Length && descendant.StartsWith(ancestor, StringComparison.Ordinal);

    internal static IReadOnlyList<TCode> Ancestors<TCode>(string value, Func<string, TCode> create)
    {
        if (value.Length <= 3)
        {
            return [];
        }

        var list = new List<TCode>(2);
        for (int length = 3; length < value.Length; length += 2)
        {
            list.Add(create(value[..length]));
        }

        return list.AsReadOnly();
    }

    internal static int Compare(string? a, string? b) => string.CompareOrdinal(a ?? string.Empty, b ?? string.Empty);

    /// <summary>The fast path: a code already written as plain ASCII digits, valid for the list.</summary>
    private static bool IsCanonical(string? text, ClassificationKind kind)
    {
        if (text is null || !(text.Length is 3 or 5 || (text.Length == 7 && kind == ClassificationKind.Functional)) || text[0] != Lead(kind))
        {
            return false;
        }

        for (int i = 1; i < text.Length; i += 2)
        {
            char a = text[i], b = text[i + 1];
            if (!char.IsAsciiDigit(a) || !char.IsAsciiDigit(b) || (a == '0' && b == '0'))
            {
                return false;
            }
        }

        return true;
    }

    private static char Lead(ClassificationKind kind) => kind switch
    {
        ClassificationKind.Functional => '2',
        ClassificationKind.DepartmentEconomic => '3',
        _ => '5',
    };

    private static string Show(char c) => string.Create(CultureInfo.InvariantCulture, $"'{c}' (U+{(int)c:X4})");

    private static ParseError Error(ParseErrorKind kind, string? text, int index, string message) => new(kind, text, index + 1, message);
}
