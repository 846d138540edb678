using System.Globalization;
using System.Text;

namespace Budget.Domain.Fuzz;

/// <summary>Large documents for the memory and time measurements.</summary>
internal static class Documents
{
    /// <summary>Writes a document of one 一般公共预算支出表 with rows until the file has <paramref name="bytes"/> bytes.</summary>
    public static void WriteOneTable(string path, long bytes)
    {
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false));
        writer.Write("# [117]人力资源社会保障部 2024 年度预算\n\n## 一般公共预算支出表\n\n单位：万元\n\n");
        writer.Write("功能分类科目\t\t2023年执行数\t\t2024年预算数\t\t\t2024年预算数比 2023年执行数\t\t2024年预算数比 2023年执行数 (扣除中央基建投资后)\t\n");
        writer.Write("科目编码\t科目名称\t执行数\t扣除中央基建 投资后执行数\t年初预算数\t\t\t扣除中央基建 投资后预算数\t增减额\t增减(%)\t增减额\t增减(%)\n");
        writer.Write("\t\t\t\t小计\t基本支出\t项目支出\t\t\t\t\t\n");
        long written = 0;
        for (int i = 0; written < bytes; i++)
        {
            string code = (2010000 + (i % 990000)).ToString(CultureInfo.InvariantCulture);
            string line = $"{code}\t派驻派出机构\t217.02\t217.02\t410.00\t\t410.00\t410.00\t192.98\t88.92%\t192.98\t88.92%\n";
            writer.Write(line);
            written += Encoding.UTF8.GetByteCount(line);
        }
    }

    /// <summary>A narrative of shares that do not state their base, about <paramref name="bytes"/> bytes long.</summary>
    public static string SharesWithoutBase(long bytes)
    {
        var text = new StringBuilder("# [117]人力资源社会保障部 2024 年度预算\n\n## 第三部分 2024年预算情况说明\n\n### 一、收支预算总体情况\n\n");
        const string Sentence = "收入预算 1.00 万元，占 5.00%。";
        int sentenceBytes = Encoding.UTF8.GetByteCount(Sentence);
        for (long n = 0; n < bytes; n += sentenceBytes)
        {
            text.Append(Sentence);
        }

        return text.Append('\n').ToString();
    }
}
