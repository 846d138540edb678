using System.Text;
using Budget.Domain.Classification;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Budget.Domain.Tests.Classification;

/// <summary>NameKey's one-pass fast path gives what its definition says: NFKC, white space removed, quotes straight.</summary>
public class NameKeyTests
{
    private const string Alphabet = "社会保障和就业支出维修护费（）()：:，,、。“”‘’—·≥≤×【】《》「」　 \tＡａ１９％＋－．/abcXYZ0123456789ﬁ①²㎡︰﹙";

    private static string ByDefinition(string text)
    {
        var builder = new StringBuilder();
        foreach (char c in text.Normalize(NormalizationForm.FormKC))
        {
            if (!char.IsWhiteSpace(c))
            {
                builder.Append(c switch { '“' or '”' => '"', '‘' or '’' => '\'', _ => c });
            }
        }

        return builder.ToString();
    }

    [Property(MaxTest = 2000)]
    public Property The_key_is_the_normalised_text_without_white_space() =>
        Prop.ForAll(
            Gen.Choose(0, 20).SelectMany(n => Gen.ArrayOf(Gen.Elements(Alphabet.ToCharArray()), n)).Select(c => new string(c)).ToArbitrary(),
            text => NameKey.Of(text) == ByDefinition(text));

    [Theory]
    [InlineData("维修（护）费", "维修(护)费")]
    [InlineData("因公出国（境）费", "因公出国(境)费")]
    [InlineData("“三公”经费", "\"三公\"经费")]
    [InlineData("合　计", "合计")]
    [InlineData("其中：教育收费", "其中:教育收费")]
    public void Keys_of_printed_names(string printed, string key) => Assert.Equal(key, NameKey.Of(printed));
}
