using System.Text.Json;
using Budget.Domain.Money;
using Budget.Domain.Statements;
using Budget.Domain.Tests.Tables;

namespace Budget.Domain.Tests.Reading.Pdf;

/// <summary>The narrative of the corpus PDFs: every figure the transcription lists is read, with its amount and in
/// the sentence it stands in (or, in 其他重要事项, as the amount of its matter).</summary>
public sealed class CorpusPdfNarrativeTests
{
    public static TheoryData<string> Names => [.. CorpusDocuments.Names];

    [Theory]
    [MemberData(nameof(Names))]
    public void Every_narrative_figure_of_the_transcription_is_read_in_its_sentence(string name)
    {
        var read = CorpusPdf.Read(name).Disclosure;
        using var json = JsonDocument.Parse(File.ReadAllText(CorpusDocuments.PathOf(name)));
        var matters = read.OtherMatters;
        var other = new[] { matters.AgencyOperatingCosts, matters.ProcurementTotal, matters.ProcurementGoods, matters.ProcurementWorks, matters.ProcurementServices, matters.PerformanceCoveredAmount }
            .Where(c => c.HasAmount).Select(c => c.Amount).ToList();
        var missing = new List<string>();
        int count = 0;
        foreach (var expected in json.RootElement.GetProperty("narrative_figures").EnumerateArray())
        {
            count++;
            string fragment = expected.GetProperty("fragment").GetString()!;
            string printed = expected.GetProperty("value").GetString()!;
            bool found = expected.GetProperty("unit").GetString() switch
            {
                "%" => read.Narrative.Any(f => f.Rate == Rate.Parse(printed + "%").Value && Squeeze(f.Sentence).Contains(fragment, StringComparison.Ordinal)),
                "个" => matters.StatedPerformanceSheetCount == int.Parse(printed, System.Globalization.CultureInfo.InvariantCulture),
                var unit => Amount.Parse(printed, unit == "元" ? AmountUnit.Yuan : AmountUnit.WanYuan).Value is var value
                    && (read.Narrative.Any(f => f.Amount == value && Squeeze(f.Sentence).Contains(fragment, StringComparison.Ordinal)) || other.Contains(value)),
            };
            if (!found)
            {
                missing.Add($"{fragment} = {printed}");
            }
        }

        Assert.True(count > 10, $"{name}: the transcription lists {count} figures");
        Assert.True(missing.Count == 0, $"{name}: {missing.Count} of {count} not read:\n{string.Join("\n", missing)}\nRead:\n{string.Join("\n", read.Narrative.Select(f => $"{f} | {f.Sentence}"))}");
    }

    private static string Squeeze(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
}
