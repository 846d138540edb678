using Budget.Domain.Classification;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Budget.Domain.Tests.Classification;

public class CatalogueCsvTests
{
    private static CatalogueLoad<FunctionalCode> Read(string csv) =>
        CatalogueCsv.Read<FunctionalCode>(new StringReader(csv), 2024, "test.csv");

    private static string Write<TCode>(ClassificationCatalogue<TCode> catalogue)
        where TCode : struct, IClassificationCode<TCode>
    {
        var writer = new StringWriter();
        CatalogueCsv.Write(catalogue, writer);
        return writer.ToString();
    }

    [Fact]
    public void Loads_code_name_and_optional_level_with_or_without_a_header()
    {
        var load = Read("code,name,level\n208,社会保障和就业支出,1\n20801,人力资源和社会保障管理事务,2\n2080101,行政运行\n");
        Assert.False(load.HasErrors);
        Assert.Equal(3, load.Catalogue.Entries.Count);
        Assert.Equal("test.csv, line 4", load.Catalogue.Find(FunctionalCode.Parse("2080101").Value)!.Source);

        var bare = Read("2080101,行政运行\r\n208,社会保障和就业支出\r\n");
        Assert.False(bare.HasErrors);
        Assert.Equal("test.csv, line 1", bare.Catalogue.Find(FunctionalCode.Parse("2080101").Value)!.Source);
    }

    [Fact]
    public void Each_malformed_row_is_reported_with_its_line_and_the_rest_still_loads()
    {
        string csv = string.Join("\n",
            "code,name,level,source",          // 1
            "208,社会保障和就业支出,1,list",     // 2
            "2080x01,行政运行",                  // 3 bad code
            "20801,,2",                          // 4 blank name
            "20801,人力资源和社会保障管理事务,3", // 5 wrong level
            "20805",                             // 6 one field
            "208,重复,1",                        // 7 duplicate
            "\"2080101\",\"行政运行, 含\"\"引号\"\"\",3,\"多行",  // 8 quoted, with a newline inside
            "来源\"",                            // 9 (same record)
            "2080102,一般行政管理事务,3,a,b",     // 10 five fields
            "2080199,其他人力资源和社会保障管理事务支出",  // 11
            "");
        var load = Read(csv);
        Assert.Equal([3, 4, 5, 6, 7, 10], load.Errors.Select(e => e.Line));
        Assert.Equal(ParseErrorKind.InvalidCharacter, load.Errors[0].Cause!.Kind);
        Assert.Equal(5, load.Errors[0].Cause!.Column);
        Assert.Equal("2080x01,行政运行", load.Errors[0].Text);
        Assert.Contains("blank", load.Errors[1].Message, StringComparison.Ordinal);
        Assert.Contains("level \"3\"", load.Errors[2].Message, StringComparison.Ordinal);
        Assert.Contains("has 1", load.Errors[3].Message, StringComparison.Ordinal);
        Assert.Contains("already read as \"社会保障和就业支出\"", load.Errors[4].Message, StringComparison.Ordinal);
        Assert.StartsWith("line 3: The code is not a 支出功能分类 code", load.Errors[0].ToString(), StringComparison.Ordinal);

        Assert.Equal(["208", "2080101", "2080199"], load.Catalogue.Entries.Select(e => e.Code.Value));
        var quoted = load.Catalogue.Find(FunctionalCode.Parse("2080101").Value)!;
        Assert.Equal("行政运行, 含\"引号\"", quoted.Name);
        Assert.Equal("多行\n来源", quoted.Source);
        Assert.Equal("test.csv, line 11", load.Catalogue.Find(FunctionalCode.Parse("2080199").Value)!.Source);
    }

    [Fact]
    public void A_stray_quote_is_reported_not_swallowed()
    {
        var load = Read("208,社会保障\"和就业支出\n20801,人力资源和社会保障管理事务\n");
        Assert.Single(load.Errors);
        Assert.Equal(1, load.Errors[0].Line);
        Assert.Contains("quote", load.Errors[0].Message, StringComparison.Ordinal);
        Assert.Single(load.Catalogue.Entries);
    }

    [Fact]
    public void The_embedded_catalogues_round_trip_through_csv()
    {
        var set = CatalogueSet.Embedded;
        Assert.Equal(set.Functional(2024), CatalogueCsv.Read<FunctionalCode>(new StringReader(Write(set.Functional(2024))), 2024, "x").Catalogue);
        Assert.Equal(set.DepartmentEconomic(2024), CatalogueCsv.Read<DepartmentEconomicCode>(new StringReader(Write(set.DepartmentEconomic(2024))), 2024, "x").Catalogue);
        Assert.Equal(set.GovernmentEconomic(2024), CatalogueCsv.Read<GovernmentEconomicCode>(new StringReader(Write(set.GovernmentEconomic(2024))), 2024, "x").Catalogue);
    }

    private static readonly Gen<string> Names = Gen.Elements("行政运行", "维修（护）费", "a,b", "say \"hi\"", "two\nlines", " padded", "其他支出");

    [Property]
    public Property Generated_catalogues_round_trip_through_csv() =>
        Prop.ForAll(
            Gen.ListOf(
                from code in CodeArbitraries.Functional
                from name in Names
                from source in Names
                select (code, name, source)).ToArbitrary(),
            rows =>
            {
                var entries = rows.DistinctBy(r => r.code).Select(r => new CatalogueEntry<FunctionalCode>(r.code, r.name, r.source)).ToList();
                var catalogue = ClassificationCatalogue.Create(2024, entries);
                var load = CatalogueCsv.Read<FunctionalCode>(new StringReader(Write(catalogue)), 2024, "x");
                return !load.HasErrors && load.Catalogue.Equals(catalogue);
            });
}
