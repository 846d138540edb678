using System.Globalization;
using System.Text.RegularExpressions;
using Budget.Domain.Money;

namespace Budget.Domain.Performance;

/// <summary>
/// The one reader of target values. It normalises the text as names are (<see cref="Classification.NameKey"/>: NFKC,
/// so full-width digits and signs become half-width; white space removed), reads an operator (symbols or words), then tries, in order: schedules and deadlines, percentages,
/// money, quantities; text without digits is a qualitative standard; anything else is unparsed with the reason.
/// Deadlines are read with <see cref="RegexOptions.NonBacktracking"/> regular expressions and the numeric forms with a
/// hand-written scanner, so no input can make it slow.
/// </summary>
internal static class TargetText
{
    private const RegexOptions Options = RegexOptions.NonBacktracking | RegexOptions.CultureInvariant;

    private static readonly (string Word, TargetOperator Op)[] Words =
    [
        ("大于等于", TargetOperator.AtLeast), ("不低于", TargetOperator.AtLeast), ("不少于", TargetOperator.AtLeast), ("不小于", TargetOperator.AtLeast),
        ("小于等于", TargetOperator.AtMost), ("不高于", TargetOperator.AtMost), ("不超过", TargetOperator.AtMost), ("不多于", TargetOperator.AtMost), ("不大于", TargetOperator.AtMost),
        ("大于", TargetOperator.MoreThan), ("高于", TargetOperator.MoreThan), ("超过", TargetOperator.MoreThan), ("多于", TargetOperator.MoreThan),
        ("低于", TargetOperator.LessThan), ("少于", TargetOperator.LessThan), ("小于", TargetOperator.LessThan),
    ];

    private static readonly Regex Yearly = new(@"^每年([0-9]{1,2})月([0-9]{1,2})日前?$", Options);
    private static readonly Regex Monthly = new(@"^每月(上旬|中旬|下旬|底)$", Options);
    private static readonly Regex AfterQuarter = new(@"^(?:每季度结束后|季后)([0-9]{1,3})个?(月|日|天|工作日)内(?:完成)?$", Options);
    private static readonly Regex FullDate = new(@"^(?:([0-9]{4})年)?([0-9]{1,2})月([0-9]{1,2})日前?(?:完成)?$", Options);
    private static readonly Regex MonthEnd = new(@"^(?:([0-9]{4})年)?([0-9]{1,2})月(?:底|末)前?(.*)$", Options);
    private static readonly Regex BeforeMonth = new(@"^(?:([0-9]{4})年|(当年))?([0-9]{1,2})月份?前$", Options);
    private static readonly Regex InMonth = new(@"^([0-9]{1,2})月份$", Options);
    private static readonly Regex BeforeEvent = new(@"^(.+)前([0-9]{1,3})个?(月|日|天)$", Options);

    internal static Target Parse(string? text)
    {
        string original = text ?? string.Empty;
        string s = Classification.NameKey.Of(original);
        if (s.Length == 0)
        {
            return new UnparsedTarget(original, "The target is empty.");
        }

        // Cheap guards keep each text to the one or two patterns that can match it.
        if (s.AsSpan().IndexOfAny("月季前") >= 0 && ReadDeadline(original, s) is { } deadline)
        {
            return deadline;
        }

        var (op, body) = ReadOperator(s);
        if (TryNumber(body, out int numberLength))
        {
            string number = body[..numberLength];
            string rest = body[numberLength..];

            // Shanghai's sheets put the unit in brackets: =100.00(%), ≥13459.00(平方米), =5.00(万人次).
            if (rest.Length > 2 && rest[0] == '(' && rest[^1] == ')' && rest.AsSpan(1, rest.Length - 2).IndexOfAny('(', ')') < 0)
            {
                rest = rest[1..^1];
            }
            if (!decimal.TryParse(number, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out decimal value) || value > 1_000_000_000_000m)
            {
                return new UnparsedTarget(original, "The number is out of range.");
            }

            if (rest is "%" or "百分比")
            {
                return new PercentageTarget(original, op, value);
            }

            if (rest is "万元" or "亿元" or "元" or "万")
            {
                var unit = rest switch { "亿元" => AmountUnit.YiYuan, "元" => AmountUnit.Yuan, _ => AmountUnit.WanYuan };
                return Amount.TryParse(number, unit, out var amount)
                    ? new MoneyTarget(original, op, amount, unit)
                    : new UnparsedTarget(original, "The amount is more precise than a 分 or out of range.");
            }

            if (TryQuantity(rest, out decimal magnitude, out string quantityUnit, out string? period))
            {
                return new QuantityTarget(original, op, value, magnitude, quantityUnit, period);
            }
        }

        bool hasDigit = s.Any(char.IsAsciiDigit);
        bool hasOperator = op != TargetOperator.Exactly || s.Contains('%', StringComparison.Ordinal);
        if (!hasDigit)
        {
            return hasOperator
                ? new UnparsedTarget(original, "An operator or unit without a number: the value is missing or a placeholder.")
                : new QualitativeTarget(original);
        }

        // A sentence that happens to hold a number (第47届…顺利召开。) is a descriptive standard.
        return !hasOperator && s.Length >= 12
            ? new QualitativeTarget(original)
            : new UnparsedTarget(original, "The number stands in no pattern this library reads (operator, number, magnitude, unit, /period).");
    }

    private static DeadlineTarget? ReadDeadline(string original, string s)
    {
        if (Yearly.Match(s) is { Success: true } y && TryMonthDay(Int(y.Groups[1]), Int(y.Groups[2])))
        {
            int month = Int(y.Groups[1]), day = Int(y.Groups[2]);
            return new DeadlineTarget(original, null, month, day, Recurrence.Yearly, string.Create(CultureInfo.InvariantCulture, $"every year by {month:00}-{day:00}"));
        }

        if (Monthly.Match(s) is { Success: true } mo)
        {
            string part = mo.Groups[1].Value switch { "上旬" => "in the first ten days", "中旬" => "in the middle ten days", "下旬" => "in the last days", _ => "by the end" };
            return new DeadlineTarget(original, null, null, null, Recurrence.Monthly, $"every month, {part}");
        }

        if (AfterQuarter.Match(s) is { Success: true } q)
        {
            string unit = q.Groups[2].Value switch { "月" => "months", "工作日" => "working days", _ => "days" };
            return new DeadlineTarget(original, null, null, null, Recurrence.Quarterly, $"within {q.Groups[1].Value} {unit} after each quarter");
        }

        if (FullDate.Match(s) is { Success: true } d && TryDate(d.Groups[1].Success ? Int(d.Groups[1]) : null, Int(d.Groups[2]), Int(d.Groups[3])))
        {
            int? year = d.Groups[1].Success ? Int(d.Groups[1]) : null;
            int month = Int(d.Groups[2]), day = Int(d.Groups[3]);
            return new DeadlineTarget(original, year, month, day, Recurrence.None, By(year, month, day));
        }

        if (MonthEnd.Match(s) is { Success: true } e && Int(e.Groups[2]) is >= 1 and <= 12 && (!e.Groups[1].Success || ValidYear(Int(e.Groups[1]))))
        {
            int? year = e.Groups[1].Success ? Int(e.Groups[1]) : null;
            int month = Int(e.Groups[2]);
            int day = DateTime.DaysInMonth(year ?? 2023, month);
            return new DeadlineTarget(original, year, month, day, Recurrence.None, By(year, month, day) + (e.Groups[3].Value is { Length: > 0 } what ? $" ({what})" : string.Empty));
        }

        if (BeforeMonth.Match(s) is { Success: true } b && Int(b.Groups[3]) is >= 1 and <= 12 && (!b.Groups[1].Success || ValidYear(Int(b.Groups[1]) - 1)))
        {
            // Before month M: no later than the last day of month M − 1.
            int? year = b.Groups[1].Success ? Int(b.Groups[1]) : null;
            int month = Int(b.Groups[3]);
            if (month == 1)
            {
                return new DeadlineTarget(original, year - 1, 12, 31, Recurrence.None, By(year - 1, 12, 31));
            }

            int day = DateTime.DaysInMonth(year ?? 2023, month - 1);
            string meaning = b.Groups[2].Success
                ? string.Create(CultureInfo.InvariantCulture, $"by {month - 1:00}-{day:00} of the sheet's year")
                : By(year, month - 1, day);
            return new DeadlineTarget(original, year, month - 1, day, Recurrence.None, meaning);
        }

        if (InMonth.Match(s.TrimStart('≤')) is { Success: true } im && Int(im.Groups[1]) is >= 1 and <= 12)
        {
            int month = Int(im.Groups[1]);
            int day = DateTime.DaysInMonth(2023, month);
            return new DeadlineTarget(original, null, month, day, Recurrence.None, By(null, month, day));
        }

        if (BeforeEvent.Match(s) is { Success: true } ev && !ev.Groups[1].Value.Any(char.IsAsciiDigit))
        {
            string unit = ev.Groups[3].Value == "月" ? "month(s)" : "day(s)";
            return new DeadlineTarget(original, null, null, null, Recurrence.None, $"{ev.Groups[2].Value} {unit} before {ev.Groups[1].Value}");
        }

        return null;
    }

    /// <summary>A number at the start: digits, optionally a point and more digits.</summary>
    private static bool TryNumber(string s, out int length)
    {
        length = 0;
        while (length < s.Length && char.IsAsciiDigit(s[length]))
        {
            length++;
        }

        if (length == 0)
        {
            return false;
        }

        if (length + 1 < s.Length && s[length] == '.' && char.IsAsciiDigit(s[length + 1]))
        {
            length++;
            while (length < s.Length && char.IsAsciiDigit(s[length]))
            {
                length++;
            }
        }

        return true;
    }

    /// <summary>What follows a quantity's number: an optional 万/亿, a unit of 1 to 4 characters without digits, an optional /period of 1 to 3.</summary>
    private static bool TryQuantity(string rest, out decimal magnitude, out string unit, out string? period)
    {
        magnitude = 1m;
        period = null;
        unit = string.Empty;
        if (rest.Length > 1 && rest[0] is '万' or '亿')
        {
            magnitude = rest[0] == '万' ? 10_000m : 100_000_000m;
            rest = rest[1..];
        }

        int slash = rest.IndexOf('/', StringComparison.Ordinal);
        unit = slash < 0 ? rest : rest[..slash];
        if (slash >= 0)
        {
            period = rest[(slash + 1)..];
            if (period.Length is 0 or > 3 || period.Any(c => char.IsAsciiDigit(c) || c == '/'))
            {
                return false;
            }
        }

        return unit.Length is >= 1 and <= 4 && !unit.Any(c => char.IsAsciiDigit(c) || c is '.' or '%');
    }

    private static (TargetOperator Op, string Body) ReadOperator(string s)
    {
        if (s.StartsWith("控制在", StringComparison.Ordinal) && (s.EndsWith("以内", StringComparison.Ordinal) || s.EndsWith("范围内", StringComparison.Ordinal)))
        {
            string inner = s[3..^(s.EndsWith("以内", StringComparison.Ordinal) ? 2 : 3)];
            if (inner.Any(char.IsAsciiDigit))
            {
                return (TargetOperator.AtMost, inner);
            }
        }

        switch (s[0])
        {
            case '≥' or '≧':
                return (TargetOperator.AtLeast, s[1..]);
            case '≤' or '≦':
                return (TargetOperator.AtMost, s[1..]);
            case '>':
                return (s.Length > 1 && s[1] == '=') ? (TargetOperator.AtLeast, s[2..]) : (TargetOperator.MoreThan, s[1..]);
            case '<':
                return (s.Length > 1 && s[1] == '=') ? (TargetOperator.AtMost, s[2..]) : (TargetOperator.LessThan, s[1..]);
            case '=':
                return (TargetOperator.Exactly, s[1..]);
        }

        foreach (var (word, op) in Words)
        {
            if (s.StartsWith(word, StringComparison.Ordinal))
            {
                return (op, s[word.Length..]);
            }
        }

        if (s.EndsWith("以上", StringComparison.Ordinal) && s.Any(char.IsAsciiDigit))
        {
            return (TargetOperator.AtLeast, s[..^2]);
        }

        if ((s.EndsWith("以内", StringComparison.Ordinal) || s.EndsWith("以下", StringComparison.Ordinal)) && s.Any(char.IsAsciiDigit))
        {
            return (TargetOperator.AtMost, s[..^2]);
        }

        return (TargetOperator.Exactly, s);
    }

    private static bool TryMonthDay(int month, int day) => TryDate(null, month, day);

    /// <summary>Whether a day exists: in the given year, or in a leap year when the year is not stated.</summary>
    private static bool TryDate(int? year, int month, int day) =>
        (year is null || ValidYear(year.Value)) && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year ?? 2024, month);

    private static bool ValidYear(int year) => year is >= 1 and <= 9999;

    private static string By(int? year, int month, int day) =>
        year is { } y
            ? string.Create(CultureInfo.InvariantCulture, $"by {y:0000}-{month:00}-{day:00}")
            : string.Create(CultureInfo.InvariantCulture, $"by {month:00}-{day:00} (year not stated)");

    private static int Int(Group group) => int.Parse(group.Value, NumberStyles.None, CultureInfo.InvariantCulture);

}
