using Budget.Domain.Reading;
using Budget.Domain.Serialization;
namespace Budget.Domain.Tests.Reading.Tmp;
public class DebugTmp
{
    [Fact]
    public void Diff()
    {
        string seed = MohrssDisclosure.Text;
        string trimmed = string.Join("\n", seed.Split('\n').Select(l => l.Contains('\t', StringComparison.Ordinal) ? l.TrimEnd('\t') : l));
        string heading = seed
            .Replace("## 单位收支总表", "**一、单位收支总表**", StringComparison.Ordinal)
            .Replace("## 单位支出总表", "三、单位支出总表", StringComparison.Ordinal)
            .Replace("### 国有资本经营预算支出表", "表8 国有资本经营预算支出表", StringComparison.Ordinal)
            .Replace("## 一般公共预算基本支出表\n\n单位：万元", "## 一般公共预算基本支出表\n\n单位:万元", StringComparison.Ordinal)
            .Replace("# 就业形势监测和就业政策实施项目绩效目标表", "**就业形势监测和就业政策实施项目绩效目标表**", StringComparison.Ordinal)
            .Replace("<b>", "**", StringComparison.Ordinal).Replace("</b>", "**", StringComparison.Ordinal);
        File.WriteAllText("/tmp/a.json", BudgetJson.Serialize(DisclosureReader.Read(seed).Budget));
        var t = DisclosureReader.Read(trimmed);
        File.WriteAllText("/tmp/b.json", BudgetJson.Serialize(t.Budget));
        var h = DisclosureReader.Read(heading);
        File.WriteAllText("/tmp/c.json", BudgetJson.Serialize(h.Budget));
        File.WriteAllText("/tmp/bd.txt", string.Join("\n", t.Diagnostics) + "\n----\n" + string.Join("\n", h.Diagnostics));
    }
}
