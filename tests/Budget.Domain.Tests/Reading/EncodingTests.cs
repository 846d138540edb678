using System.Text;
using Budget.Domain.Reading;

namespace Budget.Domain.Tests.Reading;

/// <summary>Text input in the encodings documents come in: each reads to the same budget, and the encoding is named.</summary>
public class EncodingTests
{
    private static readonly string Seed = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Reading", "Data", "mohrss-2024-budget.txt"), Encoding.UTF8);

    private static readonly DisclosureReadResult Utf8 = DisclosureReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(Seed)));

    public static TheoryData<string, string?> Encodings => new()
    {
        { "utf-8-bom", null },
        { "utf-16le", "UTF-16 (little-endian" },
        { "utf-16be", "UTF-16 (big-endian" },
        { "gb18030", "GB18030" },
    };

    [Theory]
    [MemberData(nameof(Encodings))]
    public void The_seed_in_any_encoding_reads_to_the_same_budget_and_says_which(string name, string? named)
    {
        byte[] bytes = name switch
        {
            "utf-8-bom" => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(Seed)],
            "utf-16le" => [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(Seed)],
            "utf-16be" => [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(Seed)],
            _ => CodePagesEncodingProvider.Instance.GetEncoding(54936)!.GetBytes(Seed),
        };
        var result = DisclosureReader.Read(new MemoryStream(bytes));
        Assert.Equal(Utf8.Budget, result.Budget);
        var encoding = result.DiagnosticsOf("RD034");
        if (named is null)
        {
            Assert.Empty(encoding);
        }
        else
        {
            Assert.Contains(named, Assert.Single(encoding).Message, StringComparison.Ordinal);
        }

        Assert.Empty(result.DiagnosticsOf("RD024"));
    }

    [Fact]
    public void A_form_feed_between_pages_is_a_page_break_not_a_warning()
    {
        int at = Seed.IndexOf("\n二、", StringComparison.Ordinal);
        var result = DisclosureReader.Read(Seed.Insert(at + 1, "\f"));
        Assert.Empty(result.DiagnosticsOf("RD024"));
        Assert.Equal(Utf8.Budget, result.Budget);
    }
}
