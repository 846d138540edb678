using Budget.Domain.Reading;
namespace Budget.Domain.Tests.Reading.Tmp;
public class DebugTmp
{
    [Fact]
    public void Fiscal()
    {
        var text = MohrssDisclosure.Text.Replace("（三）国有资本经营预算拨款\t\t（三）科学技术支出", "（四）专项转移拨款\t\t（三）科学技术支出", StringComparison.Ordinal);
        var r = DisclosureReader.Read(text);
        var t = r.Disclosure.Tables.First(t => t.Schema.Id.EndsWith("fiscalSummary"));
        File.WriteAllText("/tmp/fiscal.txt", string.Join("\n", t.Rows.Select(x => x.Key + " | " + x.Label + " | " + x.Location)));
    }
}
