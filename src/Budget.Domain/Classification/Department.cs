using System.Globalization;

namespace Budget.Domain.Classification;

/// <summary>
/// A department (主管部门) with its code, as disclosures print it: <c>[117]人力资源社会保障部</c>.
/// </summary>
/// <remarks>Immutable and thread-safe; equal when code and name are equal. The name is kept as printed.</remarks>
public sealed record Department
{
    /// <summary>Creates a department.</summary>
    /// <param name="code">The department code: 1 to 12 ASCII digits, for example <c>117</c>.</param>
    /// <param name="name">The name as printed, for example <c>人力资源社会保障部</c>.</param>
    /// <exception cref="ArgumentException">The code is not 1 to 12 digits, or the name is blank.</exception>
    public Department(string code, string name)
    {
        ArgumentNullException.ThrowIfNull(code);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (code.Length is 0 or > 12 || !code.All(char.IsAsciiDigit))
        {
            throw new ArgumentException($"A department code has 1 to 12 digits; \"{code}\" does not.", nameof(code));
        }

        Code = code;
        Name = name.Trim();
    }

    /// <summary>The department code, for example <c>117</c>.</summary>
    public string Code { get; }

    /// <summary>The name as printed, for example <c>人力资源社会保障部</c>.</summary>
    public string Name { get; }

    /// <summary>
    /// Reads a department without throwing: <c>[117]人力资源社会保障部</c>, also with full-width brackets
    /// (<c>［117］</c>, <c>【117】</c>), full-width digits, and spaces or markup around it.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <returns>The department, or what was wrong and where.</returns>
    public static ParseResult<Department> Parse(string? text)
    {
        var s = (text ?? string.Empty).AsSpan();
        int start = 0, end = s.Length;
        CellText.Unwrap(s, ref start, ref end);
        if (start == end)
        {
            return ParseResult.Fail<Department>(new ParseError(ParseErrorKind.Empty, text, 0, "There is no department: the text is empty."));
        }

        char open = s[start];
        char close = open switch { '[' => ']', '［' => '］', '【' => '】', _ => '\0' };
        int closeAt = close == '\0' ? -1 : s[start..end].IndexOf(close);
        if (closeAt < 0)
        {
            return ParseResult.Fail<Department>(new ParseError(
                ParseErrorKind.WrongShape, text, start + 1, "A department is printed as [code]name, for example [117]人力资源社会保障部."));
        }

        var digits = new char[closeAt - 1];
        for (int i = start + 1; i < start + closeAt; i++)
        {
            char c = s[i];
            int value = CellText.DigitValue(c);
            if (value < 0)
            {
                return ParseResult.Fail<Department>(new ParseError(
                    ParseErrorKind.InvalidCharacter, text, i + 1, string.Create(CultureInfo.InvariantCulture, $"A department code has digits only; '{c}' (U+{(int)c:X4}) is not one.")));
            }

            digits[i - start - 1] = (char)('0' + value);
        }

        string name = s[(start + closeAt + 1)..end].Trim().ToString();
        if (digits.Length is 0 or > 12)
        {
            return ParseResult.Fail<Department>(new ParseError(ParseErrorKind.WrongLength, text, start + 1, "A department code has 1 to 12 digits."));
        }

        if (name.Length == 0)
        {
            return ParseResult.Fail<Department>(new ParseError(ParseErrorKind.WrongShape, text, 0, "The department's name is missing after its code."));
        }

        return ParseResult.Ok(new Department(new string(digits), name));
    }

    /// <summary>Reads a department as <see cref="Parse"/> does, returning whether it succeeded.</summary>
    /// <param name="text">The text.</param>
    /// <param name="department">The department; null on failure.</param>
    /// <returns>Whether the text is a department.</returns>
    public static bool TryParse(string? text, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Department? department) =>
        Parse(text).TryGetValue(out department);

    /// <summary>The department as disclosures print it.</summary>
    /// <returns>For example <c>[117]人力资源社会保障部</c>.</returns>
    public override string ToString() => $"[{Code}]{Name}";
}
