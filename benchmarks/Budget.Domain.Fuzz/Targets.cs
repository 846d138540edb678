using System.Text;
using Budget.Domain.Classification;
using Budget.Domain.Money;
using Budget.Domain.Performance;
using Budget.Domain.Reading;
using Budget.Domain.Serialization;
using Budget.Domain.Statements;
using Budget.Domain.Tests.Robustness;
using Budget.Domain.Validation;

namespace Budget.Domain.Fuzz;

/// <summary>One public entry point under fuzzing: it makes an input from a seeded random source, runs the entry point
/// and says whether a promise was broken (null when none), with the input for the report.</summary>
internal sealed record FuzzTarget(string Name, Func<Random, (string? Broken, string Input)> Run);

/// <summary>Every public parser and reader, each with its hostile inputs and the promises it keeps.</summary>
internal static class Targets
{
    public static IReadOnlyList<FuzzTarget> All(string document, string json)
    {
        var disclosureJson = new Lazy<string>(() => BudgetJson.Serialize(BudgetJson.DeserializeDisclosure(json).Value));
        var schemaFile = new Lazy<string>(() =>
        {
            using var stream = typeof(Budget.Domain.Tables.TableSchemaCatalogue).Assembly.GetManifestResourceStream("Budget.Domain.Tables.Data.shanghai-final-accounts.json")!;
            using var reader = new StreamReader(stream);
            return reader.ReadToEnd();
        });
        var seedBudget = DisclosureReader.Read(document).Budget;
        var sheets = seedBudget.PerformanceSheets;
        byte[] documentBytes = Encoding.UTF8.GetBytes(document);
        byte[] jsonBytes = Encoding.UTF8.GetBytes(json);
        string catalogue = "code,name,level,source\n201,一般公共服务支出,1,x\n20101,人大事务,2,x\n2010101,行政运行,3,x\n";
        return
        [
            new("Amount.Parse / AmountCell.Parse", r =>
            {
                string text = r.Next(2) == 0 ? HostileText.Number(r) : HostileText.Text(r);
                foreach (var unit in AmountUnits.All)
                {
                    var amount = Amount.Parse(text, unit);
                    var cell = AmountCell.Parse(text, unit);
                    if (amount.Success == amount.Error is not null || cell.Success == cell.Error is not null)
                    {
                        return ("a result that is both or neither a value and an error", text);
                    }

                    if (amount.TryGetValue(out var a) && Amount.Parse(a.Format(unit), unit).TryGetValue(out var again) && again != a)
                    {
                        return ($"{a.Format(unit)} does not read back as itself", text);
                    }
                }

                return (null, text);
            }),
            new("Rate.Parse", r =>
            {
                string text = r.Next(2) == 0 ? HostileText.Number(r) : HostileText.Text(r);
                var rate = Rate.Parse(text);
                return (rate.Success == rate.Error is not null ? "a result that is both or neither" : rate.TryGetValue(out var v) && v.IsApplicable && !Rate.Parse(v.Format()).Success ? "a rate that does not print readably" : null, text);
            }),
            new("FunctionalCode / DepartmentEconomicCode / GovernmentEconomicCode / Department .Parse", r =>
            {
                string text = r.Next(3) == 0 ? "20" + HostileText.Number(r) : HostileText.Text(r);
                bool ok = FunctionalCode.Parse(text).Success | DepartmentEconomicCode.Parse(text).Success | GovernmentEconomicCode.Parse(text).Success | Department.Parse(text).Success;
                return (null, ok + text);
            }),
            new("Target.Parse", r =>
            {
                string text = r.Next(2) == 0 ? (r.Next(2) == 0 ? "≥" : "=") + HostileText.Number(r) + (r.Next(2) == 0 ? "(平方米)" : "个") : HostileText.Text(r);
                var target = Target.Parse(text);
                _ = target.Match(q => q.Value.ToString(), m => m.Amount.ToString(), p => p.Percent.ToString(), d => d.Date.ToString(), q => q.Text, u => u.Reason);
                return (target.Text == text ? null : "the target does not keep its text", text);
            }),
            new("NameKey.Of / Same", r =>
            {
                string text = HostileText.Text(r);
                return (NameKey.Of(text) == NameKey.Of(text) && NameKey.Same(text, text) ? null : "a key that is not deterministic", text);
            }),
            new("CatalogueCsv.Read", r =>
            {
                string text = HostileText.Mutate(r, catalogue + HostileText.Text(r) + "," + HostileText.Text(r) + "\n");
                var load = CatalogueCsv.Read<FunctionalCode>(new StringReader(text), 2024, "fuzz");
                _ = load.Catalogue.FindByName(HostileText.Text(r));
                return (null, text);
            }),
            new("BudgetJson.Deserialize(string)", r =>
            {
                string text = r.Next(3) == 0 ? ReplaceANumber(r, json) : HostileText.Mutate(r, json);
                var read = BudgetJson.Deserialize(text);
                if (read.Success == read.Error is not null)
                {
                    return ("a result that is both or neither", text);
                }

                if (read.TryGetValue(out var budget))
                {
                    _ = PerformanceSheetChecks.Check(budget.PerformanceSheets);
                    _ = budget.PerformanceSheets.Sum(s => s.IndicatorPoints);
                    if (BudgetJson.Deserialize(BudgetJson.Serialize(budget)).Value != budget)
                    {
                        return ("a budget that does not round-trip through JSON", text);
                    }
                }

                return (null, text);
            }),
            new("BudgetJson.Deserialize(Stream)", r =>
            {
                byte[] bytes = HostileText.MutateBytes(r, jsonBytes);
                var read = BudgetJson.Deserialize(new MemoryStream(bytes));
                return (read.Success == read.Error is not null ? "a result that is both or neither" : null, Convert.ToBase64String(bytes.Length > 300 ? bytes[..300] : bytes));
            }),
            new("BudgetJson.DeserializeDisclosure (v2 and v1)", r =>
            {
                string v2 = disclosureJson.Value;
                string text = r.Next(4) == 0 ? HostileText.Mutate(r, json) : r.Next(3) == 0 ? ReplaceANumber(r, v2) : HostileText.Mutate(r, v2);
                var read = BudgetJson.DeserializeDisclosure(text);
                if (read.Success == read.Error is not null)
                {
                    return ("a result that is both or neither", text);
                }

                if (read.TryGetValue(out var disclosure))
                {
                    _ = disclosure.Facts.Count;
                    if (BudgetJson.DeserializeDisclosure(BudgetJson.Serialize(disclosure)).Value != disclosure)
                    {
                        return ("a disclosure that does not round-trip through JSON", text);
                    }
                }

                return (null, text);
            }),
            new("TableSchemaCatalogue.Load / FindByTitle", r =>
            {
                string text = HostileText.Mutate(r, schemaFile.Value);
                var load = Budget.Domain.Tables.TableSchemaCatalogue.Load(text);
                if (load.Success == load.Error is not null)
                {
                    return ("a result that is both or neither", text);
                }

                _ = Budget.Domain.Tables.TableSchemaCatalogue.Default.FindByTitle(HostileText.Text(r));
                if (load.TryGetValue(out var catalogue))
                {
                    _ = Budget.Domain.Tables.TableSchemaCatalogue.Default.Merge(catalogue).FindByTitle(HostileText.Text(r));
                }

                return (null, text);
            }),
            new("DisclosureReader.Read(string)", r =>
            {
                string text = HostileText.Mutate(r, document);
                var read = DisclosureReader.Read(text);
                int lineCount = LineCount(text);
                if (read.DiagnosticsOf(ReadRules.InternalError.Id).FirstOrDefault() is { } defect)
                {
                    return ($"a reader defect: {defect}", text);
                }

                if (read.Diagnostics.Any(d => d.Line > lineCount + 1 || d.Line < 0))
                {
                    return ("a diagnostic outside the input", text);
                }

                return (null, text);
            }),
            new("DisclosureReader.Read(Stream)", r =>
            {
                byte[] bytes = HostileText.MutateBytes(r, documentBytes);
                var read = DisclosureReader.Read(new MemoryStream(bytes));
                return (read.DiagnosticsOf(ReadRules.InternalError.Id).FirstOrDefault() is { } defect ? $"a reader defect: {defect}" : null, $"{bytes.Length} bytes");
            }),
            new("DisclosureWriter.Write → Read", r =>
            {
                // What a damaged document reads to may print in a form that reads a little differently (a row named by
                // a stray header cell, a subject that lost its department); once printed, print → read is the identity.
                string text = HostileText.Mutate(r, document);
                var once = DisclosureReader.Read(DisclosureWriter.Write(DisclosureReader.Read(text).Budget)).Budget;
                var twice = DisclosureReader.Read(DisclosureWriter.Write(once)).Budget;
                return (twice == once ? null : "print → read is not the identity on a printed budget", text);
            }),
            new("PerformanceSheetChecks.Check", r =>
            {
                var sheet = sheets[r.Next(sheets.Count)];
                Amount Edge() => r.Next(3) switch
                {
                    0 => Amount.MaxValue,
                    1 => Amount.MinValue,
                    _ => Amount.FromFen(r.NextInt64(Amount.MinFen, Amount.MaxFen)),
                };
                sheet = sheet.WithFunds(AmountCell.Of(Edge()), AmountCell.Of(Edge()), AmountCell.Of(Edge()), r.Next(2) == 0 ? AmountCell.Blank : AmountCell.Of(Edge()));
                sheet = sheet.WithIndicators(sheet.Indicators.Select(i => r.Next(3) == 0 ? i.WithPoints(r.Next(2) == 0 ? int.MaxValue - r.Next(3) : r.Next()) : i));
                var findings = PerformanceSheetChecks.Check(sheet);
                return (findings.Any(f => f.Message.Length == 0) ? "a finding without a message" : null, sheet.ToString());
            }),
            new("Amount.Sum / TrySum / TotalCheck.Of", r =>
            {
                var amounts = Enumerable.Range(0, r.Next(1, 8)).Select(_ => r.Next(3) switch
                {
                    0 => Amount.MaxValue,
                    1 => Amount.MinValue,
                    _ => Amount.FromFen(r.NextInt64(Amount.MinFen, Amount.MaxFen)),
                }).ToList();
                decimal exact = amounts.Sum(a => (decimal)a.Fen);
                bool inRange = exact >= Amount.MinFen && exact <= Amount.MaxFen;
                bool summed = Amount.TrySum(amounts, out var sum);
                var check = TotalCheck.Of(amounts[0], amounts.Skip(1), AmountUnit.WanYuan);
                string input = string.Join(", ", amounts);
                if (summed != inRange || (summed && sum.Fen != exact))
                {
                    return ("a sum that depends on the order or is wrong", input);
                }

                return (check.ToString().Length == 0 ? "an empty description" : null, input);
            }),
        ];
    }

    /// <summary>The number of lines as the reader counts them: \r\n, \r, \n, U+2028, U+2029 and U+0085 each end one.</summary>
    private static int LineCount(string text)
    {
        int count = 1;
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] is '\n' or '\r' or '\u2028' or '\u2029' or '\u0085')
            {
                count++;
                i += text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n' ? 1 : 0;
            }
        }

        return count;
    }

    private static string ReplaceANumber(Random random, string json)
    {
        int at = random.Next(json.Length);
        while (at < json.Length && !char.IsAsciiDigit(json[at]))
        {
            at++;
        }

        int end = at;
        while (end < json.Length && (char.IsAsciiDigit(json[end]) || json[end] == '.'))
        {
            end++;
        }

        string[] replacements = ["2147483647", "2147483648", "-2147483649", "99999999999999999999", "9223372036854775807", "-1", "1e400"];
        return at >= json.Length ? json : json[..at] + replacements[random.Next(replacements.Length)] + json[end..];
    }
}
