using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Budget.Domain.Classification;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Budget.Domain.Tests.Classification;

/// <summary>
/// NameKey is NFKC (over the blocks of its fold table), white space removed, quotes straight — with and without ICU.
/// Under ICU each test compares with the platform's NFKC; under <c>DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=1</c>
/// (where the platform's normalisation does nothing) it compares with a digest of NFKC taken under ICU, and with
/// the fold of each character, so both modes assert the same ground truth.
/// </summary>
public class NameKeyTests
{
    /// <summary>SHA-256 of NFKC of every code point of the fold table's blocks (UTF-8, one per line), taken under ICU.
    /// The ICU branch of <see cref="Every_code_point_of_the_table_s_blocks_folds_as_NFKC"/> recomputes it.</summary>
    private const string NfkcDigest = "7A243F3D449141ACF89C1ABF1CDDA654DA7A2FDFC8031AA845331397650C3E9D";

    private static readonly bool HasIcu = IcuNormalises();

    private static readonly int[] CodePoints =
        [.. NameKey.Blocks.SelectMany(b => Enumerable.Range(b.First, b.Last - b.First + 1)).Where(cp => cp is < 0xD800 or > 0xDFFF)];

    private static bool IcuNormalises()
    {
        try
        {
            return "\uFF21".Normalize(NormalizationForm.FormKC) == "A";
        }
        catch (PlatformNotSupportedException)
        {
            return false;
        }
    }

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

    private static string Digest(Func<int, string> fold)
    {
        var text = new StringBuilder();
        foreach (int cp in CodePoints)
        {
            text.Append(fold(cp)).Append('\n');
        }

        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    private static string Self(int cp) => char.ConvertFromUtf32(cp);

    [Fact]
    public void The_table_covers_the_blocks_disclosures_use()
    {
        Assert.True(NameKey.Blocks.Count >= 19, string.Join(", ", NameKey.Blocks));
        Assert.Contains(NameKey.Blocks, b => b.First <= 0xFF01 && b.Last >= 0xFF5E);
        Assert.Contains(NameKey.Blocks, b => b.First <= 0x2160 && b.Last >= 0x217F);
        Assert.Contains(NameKey.Blocks, b => b.First <= 0x2F00 && b.Last >= 0x2FD5);
        Assert.True(CodePoints.Length > 2500, CodePoints.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Every_code_point_of_the_table_s_blocks_folds_as_NFKC()
    {
        if (HasIcu)
        {
            foreach (int cp in CodePoints)
            {
                string nfkc = Self(cp).Normalize(NormalizationForm.FormKC);
                Assert.True((NameKey.FoldOf(cp) ?? Self(cp)) == nfkc, $"U+{cp:X4} folds to “{NameKey.FoldOf(cp)}”, NFKC gives “{nfkc}”");
            }

            Assert.Equal(NfkcDigest, Digest(cp => Self(cp).Normalize(NormalizationForm.FormKC)));
        }

        Assert.Equal(NfkcDigest, Digest(cp => NameKey.FoldOf(cp) ?? Self(cp)));
    }

    private static Arbitrary<string> Names() =>
        Gen.OneOf(
                Gen.Elements(CodePoints),
                Gen.Choose(0x20, 0x7E),
                Gen.Choose(0x4E00, 0x9FFF),
                Gen.Elements(0x09, 0x20, 0x3000, 0x201C, 0x201D, 0x2018, 0x2019))
            .Select(Self)
            .ArrayOf()
            .Select(parts => string.Concat(parts))
            .ToArbitrary();

    [Property(MaxTest = 3000)]
    public Property The_key_is_the_normalised_text_without_white_space() =>
        Prop.ForAll(Names(), text =>
            HasIcu
                ? NameKey.Of(text) == ByDefinition(text)
                : KeyOfWholeIsKeyOfParts(text));

    /// <summary>Without ICU: the key of a text is the keys of its characters, in order, except that a fold can bring in
    /// a combining mark that canonical ordering then moves before a following mark of lower class (﹉〫 gives 〫 then
    /// the overline U+0305): where the parts' keys hold marks, the whole's key has the same characters.</summary>
    private static bool KeyOfWholeIsKeyOfParts(string text)
    {
        string whole = NameKey.Of(text);
        string parts = string.Concat(text.EnumerateRunes().Select(r => NameKey.Of(r.ToString())));
        return parts.Any(c => CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            ? whole.Order().SequenceEqual(parts.Order())
            : whole == parts;
    }

    [Fact]
    public void A_mark_a_fold_brings_in_is_reordered_before_a_following_mark_of_lower_class()
    {
        // Found by the property in the run without ICU: ﹉ folds to a space and U+0305 (class 230), 〫 is class 228.
        Assert.Equal("\u302B\u0305", NameKey.Of("\uFE49\u302B"));
        Assert.Equal("\u0305\u302B", NameKey.Of("\uFE49") + NameKey.Of("\u302B"));
        if (HasIcu)
        {
            Assert.Equal(ByDefinition("\uFE49\u302B"), NameKey.Of("\uFE49\u302B"));
        }
    }

    [Theory]
    [InlineData("\u00A8\u302A", "\u302A\u0308")] // ¨ folds to U+0308, which NFKC orders after 〪 (class 218 < 230)
    [InlineData("\u2017\u302A", "\u302A\u0333")]
    [InlineData("\u302C\u203E", "\u302C\u0305")] // a removed space stands between: no reordering across it
    public void Marks_a_fold_brings_in_are_in_canonical_order(string text, string key)
    {
        Assert.Equal(key, NameKey.Of(text));
        if (HasIcu)
        {
            Assert.Equal(ByDefinition(text), key);
        }
    }

    [Fact]
    public void Folds_do_not_depend_on_the_globalization_mode()
    {
        // Under invariant globalization the platform's NFKC does nothing; these keys are the same in both modes.
        Assert.Equal("ABCI", NameKey.Of("ＡＢＣ Ⅰ"));
        Assert.Equal("增减(%)", NameKey.Of("增减\u00A0（％）"));
        Assert.Equal("m2", NameKey.Of("㎡"));
        Assert.Equal("一般", NameKey.Of("⼀般"));
        Assert.Equal("(1)", NameKey.Of("⑴"));
        Assert.Equal("XII", NameKey.Of("Ⅻ"));
    }

    [Fact]
    public void A_lone_surrogate_is_kept_and_never_throws()
    {
        Assert.Equal("表\uDBFF", NameKey.Of("表\uDBFF"));
        Assert.Equal("\uD800", NameKey.Of("\uD800"));
        Assert.Equal("\uDC00a\uD800", NameKey.Of("\uDC00 a\uD800"));
        Assert.False(NameKey.Same("表\uD800", "表\uD801"));
    }

    [Property(MaxTest = 2000)]
    public Property Any_UTF16_text_has_a_key_that_keeps_its_lone_surrogates() =>
        Prop.ForAll(
            Gen.OneOf(Gen.Choose(0, 0xFFFF), Gen.Choose(0xD800, 0xDFFF)).Select(i => (char)i).ArrayOf().Select(c => new string(c)).ToArbitrary(),
            text =>
            {
                string key = NameKey.Of(text);
                var lone = text.Where((c, i) => char.IsSurrogate(c) && !(char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) && !(char.IsLowSurrogate(c) && i > 0 && char.IsHighSurrogate(text[i - 1])));
                var kept = key.Where(char.IsSurrogate).ToList();
                return key == NameKey.Of(text) && lone.All(kept.Remove);
            });

    [Theory]
    [InlineData("维修（护）费", "维修(护)费")]
    [InlineData("因公出国（境）费", "因公出国(境)费")]
    [InlineData("“三公”经费", "\"三公\"经费")]
    [InlineData("合　计", "合计")]
    [InlineData("其中：教育收费", "其中:教育收费")]
    public void Keys_of_printed_names(string printed, string key) => Assert.Equal(key, NameKey.Of(printed));
}
