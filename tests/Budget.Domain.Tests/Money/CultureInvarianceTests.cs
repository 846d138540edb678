using System.Globalization;
using Budget.Domain.Money;

namespace Budget.Domain.Tests.Money;

public class CultureInvarianceTests
{
    public static TheoryData<string> Cultures => new() { "zh-CN", "en-US", "de-DE", "tr-TR", "ar-SA", "" };

    private static readonly string[] Inputs =
    [
        "479,761.98", "-116.55", "−116.55", "４７９，７６１．９８", "<b>1,914.15</b>", "**0.49**", "12a", "1,2,3.4.5",
        "٣", "100000000000000000000", "", "-", "—", "479,761.98 万元", "1.2.3", "0.000123",
    ];

    private static readonly string[] RateInputs = ["93.59%", "-100.00%", "９３．５９％", "-", "12a%", "0.10"];

    /// <summary>Everything the money types read and print, as one transcript.</summary>
    private static string Transcript()
    {
        var lines = new List<string>();
        foreach (var unit in AmountUnits.All)
        {
            foreach (var text in Inputs)
            {
                var amount = Amount.Parse(text, unit);
                var cell = AmountCell.Parse(text, unit);
                lines.Add($"{unit}|{text}|{amount}|{amount.Value.Format(unit)}|{amount.Value.FormatWithUnit(unit)}|{cell}");
            }

            lines.Add(Amount.FromWanYuan(479_761.98m).Format(unit));
            lines.Add(Amount.FromYuan(-1_234_567.89m).Round(unit, RoundingPolicy.Default).FormatWithUnit(unit));
            lines.Add(string.Join(";", Amount.FromWanYuan(100m).Split(3, unit == AmountUnit.YiYuan ? AmountUnit.WanYuan : unit)));
        }

        foreach (var text in RateInputs)
        {
            lines.Add($"{text}|{Rate.Parse(text)}");
        }

        lines.Add(Rate.Change(Amount.FromWanYuan(223_672.44m), Amount.FromWanYuan(433_002.21m), RoundingPolicy.Default).ToString());
        lines.Add(Rate.Share(Amount.FromWanYuan(44_423.56m), Amount.FromWanYuan(479_761.98m), RoundingPolicy.Default).Format());
        lines.Add(TotalCheck.Of(Amount.FromWanYuan(100.02m), [Amount.FromWanYuan(33.33m), Amount.FromWanYuan(66.67m)], AmountUnit.WanYuan).ToString());
        lines.Add(RoundingPolicy.HalfToEven.ToString());
        lines.Add(Amount.Parse("12a", AmountUnit.Yuan).Error!.ToString());

        // The whole budget: JSON, CSV, descriptions and a read back.
        var budget = Budget.Domain.Tests.Statements.MohrssBudget2024.Build();
        string json = Budget.Domain.Serialization.BudgetJson.Serialize(budget);
        lines.Add(json);
        lines.Add(Budget.Domain.Serialization.BudgetCsv.Export(budget));
        lines.Add(budget.ToString());
        lines.AddRange(budget.Narrative.Select(f => f.ToString()));
        lines.Add((Budget.Domain.Serialization.BudgetJson.Deserialize(json).Value == budget).ToString());
        lines.Add(Budget.Domain.Classification.CatalogueSet.Embedded.Functional(2024).ToString());

        // The published document: read (budget, diagnostics, passages), printed back, read again.
        var read = Budget.Domain.Reading.DisclosureReader.Read(Budget.Domain.Tests.Reading.MohrssDisclosure.Text);
        lines.Add(read.ToString());
        lines.AddRange(read.Diagnostics.Select(d => d.ToString()));
        lines.AddRange(read.Passages.Select(p => p.ToString()));
        lines.Add(Budget.Domain.Serialization.BudgetJson.Serialize(read.Budget));
        string printed = Budget.Domain.Reading.DisclosureWriter.Write(read.Budget);
        lines.Add(printed);
        lines.Add((Budget.Domain.Reading.DisclosureReader.Read(printed).Budget == budget).ToString());
        return string.Join("\n", lines);
    }

    [Theory]
    [MemberData(nameof(Cultures))]
    public void Results_are_identical_under_every_culture(string culture)
    {
        var saved = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        string expected;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.InvariantCulture;
            expected = Transcript();
            // The project sets PredefinedCulturesOnly=false, so that the culture exists under invariant globalization too.
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
            Assert.Equal(expected, Transcript());
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = saved;
        }

        Assert.Contains("479,761.98", expected, StringComparison.Ordinal);
        Assert.Contains("93.59%", expected, StringComparison.Ordinal);
        Assert.EndsWith("True", expected, StringComparison.Ordinal);
    }

    /// <summary>
    /// The transcript's SHA-256, taken with ICU. CI runs the suite a second time with
    /// <c>DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=1</c>, where this test proves the same results without ICU. When a
    /// change alters the transcript on purpose, the failure message gives the new digest and the path of the
    /// transcript written for review.
    /// </summary>
    private const string TranscriptDigest = "04C1639561B3C581CC79810D9C18095300ABB6E44B67B053214117FCB49C6889";

    [Fact]
    public void Results_are_identical_with_and_without_ICU()
    {
        var saved = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        string transcript;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.InvariantCulture;
            transcript = Transcript();
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = saved;
        }

        string digest = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(transcript)));
        string path = Path.Combine(AppContext.BaseDirectory, "culture-transcript.txt");
        if (digest != TranscriptDigest)
        {
            File.WriteAllText(path, transcript);
        }

        Assert.True(digest == TranscriptDigest, $"The transcript's digest is {digest}, not {TranscriptDigest}; it is written to {path}.");
    }
}
