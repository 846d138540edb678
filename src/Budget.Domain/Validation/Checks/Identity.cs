using Budget.Domain.Money;

namespace Budget.Domain.Validation.Checks;

/// <summary>How the terms of an identity relate.</summary>
internal enum Relation
{
    /// <summary>Σ plus − Σ minus = 0 (the first plus term is the figure under test).</summary>
    Equal,

    /// <summary>the plus term ≤ the minus term.</summary>
    AtMost,
}

/// <summary>
/// One instance of a rule over printed figures: a linear equation or inequality with coefficients ±1. The first plus
/// term is the figure the finding is about; missing names what the rule needed but the document does not print.
/// </summary>
internal sealed record Identity(Rule Rule, Relation Relation, int[] Plus, int[] Minus, string Detail, string DetailEnglish, string[] Missing)
{
    public IEnumerable<int> Terms => Plus.Concat(Minus);
}

/// <summary>Evaluates identities one at a time: exact, blank is zero, each printed figure ± half its last digit.</summary>
internal static class IdentityCheck
{
    public static Outcome Evaluate(Identity identity, FigureSet figures, out Int128 difference, out Int128 envelope)
    {
        difference = 0;
        envelope = 0;
        foreach (int p in identity.Plus)
        {
            difference += figures[p].Mid;
            envelope += figures[p].Half;
        }

        foreach (int m in identity.Minus)
        {
            difference -= figures[m].Mid;
            envelope += figures[m].Half;
        }

        if (identity.Relation == Relation.AtMost)
        {
            return difference <= 0 ? Outcome.Passed : difference <= envelope ? Outcome.PassedWithinRounding : Outcome.Fail;
        }

        return difference == 0 ? Outcome.Passed : Int128.Abs(difference) <= envelope ? Outcome.PassedWithinRounding : Outcome.Fail;
    }

    public static Finding ToFinding(Identity identity, Outcome outcome, Int128 difference, Int128 envelope, FigureSet figures, Func<int, FindingLocation>? other)
    {
        int subject = identity.Plus[0];
        var unit = figures[subject].Unit;
        Int128 expected = identity.Relation == Relation.AtMost ? figures[identity.Minus[0]].Mid : figures[subject].Mid - difference;
        string stated = figures.Show(subject);
        string expectedText = identity.Relation == Relation.AtMost ? figures.Show(identity.Minus[0]) : FigureSet.Format(expected, unit);
        string differenceText = FigureSet.Format(difference, unit);
        string envelopeText = FigureSet.Format(envelope, unit);
        var locations = identity.Terms.Distinct().Select(id => figures.Locate(id, other)).ToList();
        var contributors = identity.Terms.Skip(1).Select(id => $"{(identity.Plus.Contains(id) ? "−" : "+")} {figures.Locate(id, other)} {figures.Show(id)}");
        var evidence = new Evidence(stated, expectedText, differenceText, envelopeText, contributors, identity.Missing);
        string where = locations[0].ToString();
        string zh = Messages.Fill(identity.Rule.ChineseMessage, where, stated, expectedText, differenceText, envelopeText, Messages.WithMissing(identity.Detail, identity.Missing, Language.Chinese));
        string en = Messages.Fill(identity.Rule.EnglishMessage, where, stated, expectedText, differenceText, envelopeText, Messages.WithMissing(identity.DetailEnglish, identity.Missing, Language.English));
        return new Finding(identity.Rule, outcome, locations, evidence, zh, en);
    }
}

/// <summary>Fills message templates; a placeholder with no value is never left in a sentence.</summary>
internal static class Messages
{
    public static string Fill(string template, string subject, string? stated, string? expected, string? difference, string? envelope, string? detail)
    {
        // One pass over the template: each {name} is replaced by its value (a missing value by —, a missing detail by nothing).
        var text = new System.Text.StringBuilder(template.Length + subject.Length + 64);
        int i = 0;
        while (i < template.Length)
        {
            int open = template.IndexOf('{', i);
            int close = open < 0 ? -1 : template.IndexOf('}', open + 1);
            if (close < 0)
            {
                text.Append(template, i, template.Length - i);
                break;
            }

            text.Append(template, i, open - i);
            string? value = template.AsSpan(open + 1, close - open - 1) switch
            {
                "subject" => subject,
                "stated" => stated ?? "—",
                "expected" => expected ?? "—",
                "difference" => difference ?? "—",
                "envelope" => envelope ?? "—",
                "detail" => detail ?? string.Empty,
                _ => null,
            };
            if (value is null)
            {
                text.Append('{');
                i = open + 1;
                continue;
            }

            text.Append(value);
            i = close + 1;
        }

        int end = text.Length;
        while (end > 0 && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return text.ToString(0, end);
    }

    public static string WithMissing(string detail, string[] missing, Language language)
    {
        if (missing.Length == 0)
        {
            return detail;
        }

        string list = string.Join(language == Language.English ? ", " : "、", missing);
        string text = language == Language.English ? $"Not printed, taken as none: {list}." : $"未列示，按无计：{list}。";
        return detail.Length == 0 ? text : detail + " " + text;
    }

    public static string Amount(Amount amount, AmountUnit unit) => amount.FormatWithUnit(unit);
}
