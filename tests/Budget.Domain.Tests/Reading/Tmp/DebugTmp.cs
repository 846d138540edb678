using Budget.Domain.Reading;
namespace Budget.Domain.Tests.Reading.Tmp;
public class DebugTmp
{
    [Fact]
    public void Passages()
    {
        var r = DisclosureReader.Read(MohrssDisclosure.Text);
        File.WriteAllText("/tmp/passages.txt", string.Join("\n", r.Passages.Select(p => p.Line + " [" + p.Heading + "] " + p.Text.Replace("\n", " / ")[..Math.Min(80, p.Text.Length)])));
    }
}
