using Budget.Domain.Classification;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Budget.Domain.Tests.Classification;

public class CodeTests
{
    [Theory]
    [InlineData("2080101", "2080101", CodeLevel.Item)]
    [InlineData("208", "208", CodeLevel.Class)]
    [InlineData("20801", "20801", CodeLevel.Section)]
    [InlineData(" 2080101 ", "2080101", CodeLevel.Item)]
    [InlineData("\u30002080101\u3000", "2080101", CodeLevel.Item)]
    [InlineData("２０８０１０１", "2080101", CodeLevel.Item)]
    [InlineData("<b>20805</b>", "20805", CodeLevel.Section)]
    [InlineData("**221**", "221", CodeLevel.Class)]
    public void Reads_functional_codes_as_printed(string text, string digits, CodeLevel level)
    {
        var code = FunctionalCode.Parse(text).GetValueOrThrow();
        Assert.Equal(digits, code.Value);
        Assert.Equal(level, code.Level);
        Assert.Equal(ClassificationKind.Functional, code.Kind);
        Assert.True(FunctionalCode.TryParse(text, out var viaTry));
        Assert.Equal(code, viaTry);
    }

    [Fact]
    public void Clean_input_is_kept_without_copying()
    {
        const string text = "2080101";
        Assert.Same(text, FunctionalCode.Parse(text).Value.Value);
    }

    [Theory]
    [InlineData("", ParseErrorKind.Empty, 0)]
    [InlineData(null, ParseErrorKind.Empty, 0)]
    [InlineData("20", ParseErrorKind.WrongLength, 0)]
    [InlineData("2080", ParseErrorKind.WrongLength, 0)]
    [InlineData("208010", ParseErrorKind.WrongLength, 0)]
    [InlineData("20801011", ParseErrorKind.WrongLength, 0)]
    [InlineData("2080a01", ParseErrorKind.InvalidCharacter, 5)]
    [InlineData("208 01", ParseErrorKind.InvalidCharacter, 4)]
    [InlineData("2080١01", ParseErrorKind.UnsupportedDigit, 5)]
    [InlineData("30101", ParseErrorKind.NotInList, 1)]
    [InlineData("20001", ParseErrorKind.ZeroSegment, 2)]
    [InlineData("20800", ParseErrorKind.ZeroSegment, 4)]
    [InlineData("2080100", ParseErrorKind.ZeroSegment, 6)]
    [InlineData(" 20800", ParseErrorKind.ZeroSegment, 5)]
    [InlineData("行政运行", ParseErrorKind.InvalidCharacter, 1)]
    public void Malformed_functional_codes_get_a_precise_reason(string? text, ParseErrorKind kind, int column)
    {
        var result = FunctionalCode.Parse(text);
        Assert.False(result.Success);
        Assert.Equal(kind, result.Error!.Kind);
        Assert.Equal(column, result.Error.Column);
        Assert.False(FunctionalCode.TryParse(text, out _));
    }

    [Fact]
    public void Messages_say_what_is_wrong()
    {
        Assert.Equal("The 款 00 cannot belong to 类 208.", FunctionalCode.Parse("20800").Error!.Message);
        Assert.Equal("The 项 00 cannot belong to 款 20801.", FunctionalCode.Parse("2080100").Error!.Message);
        Assert.Equal("A 支出功能分类 code has 3 (类), 5 (款) or 7 (项) digits; this one has 8.", FunctionalCode.Parse("20801011").Error!.Message);
        Assert.Equal("A 部门预算支出经济分类 code has 3 (类) or 5 (款) digits; this one has 7.", DepartmentEconomicCode.Parse("3010101").Error!.Message);
        Assert.Equal("The 类 of a 支出功能分类 code is 2xx; 301 is not in this list.", FunctionalCode.Parse("30101").Error!.Message);
        Assert.Equal("The 类 of a 政府预算支出经济分类 code is 5xx; 301 is not in this list.", GovernmentEconomicCode.Parse("30101").Error!.Message);
    }

    [Theory]
    [InlineData("30101", true)]
    [InlineData("301", true)]
    [InlineData("３０２１３", true)]
    [InlineData("3010101", false)]
    [InlineData("50101", false)]
    [InlineData("30100", false)]
    public void Departmental_economic_codes_have_two_levels_under_3xx(string text, bool ok) =>
        Assert.Equal(ok, DepartmentEconomicCode.Parse(text).Success);

    [Theory]
    [InlineData("50101", true)]
    [InlineData("599", true)]
    [InlineData("5010101", false)]
    [InlineData("30101", false)]
    public void Government_economic_codes_have_two_levels_under_5xx(string text, bool ok) =>
        Assert.Equal(ok, GovernmentEconomicCode.Parse(text).Success);

    [Fact]
    public void Knows_its_parent_and_ancestors()
    {
        var item = FunctionalCode.Parse("2080101").Value;
        var section = FunctionalCode.Parse("20801").Value;
        var cls = FunctionalCode.Parse("208").Value;
        Assert.Equal(section, item.Parent);
        Assert.Equal(cls, section.Parent);
        Assert.Null(cls.Parent);
        Assert.Equal([cls, section], item.Ancestors);
        Assert.Empty(cls.Ancestors);
        Assert.True(cls.IsAncestorOf(item));
        Assert.True(section.IsAncestorOf(item));
        Assert.False(item.IsAncestorOf(item));
        Assert.False(item.IsAncestorOf(section));
        Assert.False(FunctionalCode.Parse("20802").Value.IsAncestorOf(item));
        Assert.Equal(DepartmentEconomicCode.Parse("302").Value, DepartmentEconomicCode.Parse("30213").Value.Parent);
    }

    [Fact]
    public void Default_codes_are_harmless()
    {
        FunctionalCode none = default;
        Assert.Equal(string.Empty, none.Value);
        Assert.Equal(CodeLevel.None, none.Level);
        Assert.Null(none.Parent);
        Assert.Empty(none.Ancestors);
        Assert.Equal("(no code)", none.ToString());
        Assert.False(none.IsAncestorOf(FunctionalCode.Parse("208").Value));
    }

    [Property(Arbitrary = [typeof(CodeArbitraries)])]
    public bool Parse_of_format_is_the_identity(FunctionalCode f, DepartmentEconomicCode d, GovernmentEconomicCode g) =>
        FunctionalCode.Parse(f.ToString()).Value == f
        && DepartmentEconomicCode.Parse(d.ToString()).Value == d
        && GovernmentEconomicCode.Parse(g.ToString()).Value == g;

    [Property(Arbitrary = [typeof(CodeArbitraries)])]
    public bool The_parent_is_an_ancestor_one_level_up(FunctionalCode code) =>
        code.Parent is not { } parent
            ? code.Level == CodeLevel.Class
            : parent.IsAncestorOf(code) && (int)parent.Level == (int)code.Level - 1 && code.Ancestors[^1] == parent;

    [Property(Arbitrary = [typeof(CodeArbitraries)])]
    public bool The_level_follows_from_the_length(FunctionalCode f, DepartmentEconomicCode d) =>
        (int)f.Level == (f.Value.Length - 1) / 2 && (int)d.Level == (d.Value.Length - 1) / 2;

    [Property]
    public Property Sorting_codes_sorts_by_hierarchy() =>
        Prop.ForAll(Gen.ListOf(CodeArbitraries.Clustered).ToArbitrary(), codes =>
        {
            var sorted = codes.Distinct().Order().ToList();
            // every code comes after all of its ancestors, and a code's descendants follow it without a gap
            bool parentsFirst = sorted.Select((c, i) => c.Ancestors.All(a => sorted.IndexOf(a) is var j && (j < 0 || j < i))).All(x => x);
            bool contiguous = sorted.Select((c, i) =>
            {
                var below = sorted.Select((d, k) => (d, k)).Where(p => c.IsAncestorOf(p.d)).Select(p => p.k).ToList();
                return below.Count == 0 || (below.Min() == i + 1 && below.Max() == i + below.Count);
            }).All(x => x);
            return parentsFirst && contiguous;
        });

    [Fact]
    public void Comparison_operators_agree_with_CompareTo()
    {
        var a = FunctionalCode.Parse("208").Value;
        var b = FunctionalCode.Parse("2080101").Value;
        var c = FunctionalCode.Parse("20805").Value;
        Assert.True(a < b && b < c && a <= b && c > b && c >= b && a != b && !(b > c));
        Assert.Equal([a, b, c], new[] { c, a, b }.Order());
    }
}
