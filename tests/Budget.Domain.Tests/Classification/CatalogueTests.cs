using Budget.Domain.Classification;

namespace Budget.Domain.Tests.Classification;

public class CatalogueTests
{
    private static readonly ClassificationCatalogue<FunctionalCode> Functional = CatalogueSet.Embedded.Functional(2024);

    private static FunctionalCode F(string digits) => FunctionalCode.Parse(digits).GetValueOrThrow();

    [Fact]
    public void The_embedded_catalogues_hold_the_complete_lists_of_classes()
    {
        Assert.Equal(29, Functional.Classes.Count);
        Assert.Equal(
            ["301", "302", "303", "307", "309", "310", "311", "312", "313", "399"],
            CatalogueSet.Embedded.DepartmentEconomic(2024).Classes.Select(e => e.Code.Value));
        Assert.Equal(15, CatalogueSet.Embedded.GovernmentEconomic(2024).Classes.Count);
        Assert.Equal("卫生健康支出", Functional.NameOf(F("210")));
        Assert.Equal("资本性支出（基本建设）", CatalogueSet.Embedded.DepartmentEconomic(2024).NameOf(DepartmentEconomicCode.Parse("309").Value));
        Assert.Equal("机关资本性支出（一）", CatalogueSet.Embedded.GovernmentEconomic(2024).NameOf(GovernmentEconomicCode.Parse("503").Value));
    }

    [Fact]
    public void Every_entry_carries_its_provenance() =>
        Assert.All(
            Functional.Entries.Cast<object>()
                .Concat(CatalogueSet.Embedded.DepartmentEconomic(2024).Entries)
                .Concat(CatalogueSet.Embedded.GovernmentEconomic(2024).Entries),
            e => Assert.False(string.IsNullOrWhiteSpace(((dynamic)e).Source)));

    [Fact]
    public void Looks_up_names_parents_and_children()
    {
        var entry = Functional.Find(F("2080101"))!;
        Assert.Equal("行政运行", entry.Name);
        Assert.Equal(CodeLevel.Item, entry.Level);
        Assert.Equal(F("20801"), entry.Parent);
        Assert.Equal("2080101 行政运行", entry.ToString());
        Assert.True(Functional.TryFind(F("2080101"), out var found) && found == entry);
        Assert.Equal(
            ["2080101", "2080102", "2080104", "2080105", "2080106", "2080107", "2080108", "2080110", "2080112", "2080199"],
            Functional.Children(F("20801")).Select(e => e.Code.Value));
        Assert.Contains(Functional.Children(F("208")), e => e.Code == F("20805"));
        Assert.Empty(Functional.Children(F("2080101")));
    }

    [Fact]
    public void A_code_the_catalogue_does_not_know_is_an_answer_not_an_exception()
    {
        var unknown = F("2349901");
        Assert.Null(Functional.Find(unknown));
        Assert.False(Functional.TryFind(unknown, out _));
        Assert.False(Functional.Contains(unknown));
        Assert.Null(Functional.NameOf(unknown));
        Assert.Empty(Functional.Children(unknown));
        Assert.Equal(NameCheck.UnknownCode, Functional.CheckName(unknown, "whatever"));
        Assert.Null(Functional.Find(default));
        Assert.Empty(Functional.Children(default));
    }

    [Fact]
    public void Names_repeat_across_branches_so_lookup_by_name_returns_every_match()
    {
        var matches = Functional.FindByName("行政运行");
        Assert.True(matches.Count >= 3);
        Assert.All(matches, e => Assert.Equal("行政运行", e.Name));
        Assert.Contains(matches, e => e.Code == F("2080101"));
        Assert.Equal(matches.OrderBy(e => e.Code).ToList(), matches);
        Assert.Empty(Functional.FindByName("不存在的科目"));
    }

    [Theory]
    [InlineData("维修(护)费", "维修（护）费")]
    [InlineData("维修（护）费", "维修(护)费")]
    [InlineData("对个人和 家庭的补助", "对个人和家庭的补助")]
    [InlineData("“三公”经费", "\"三公\"经费")]
    public void Names_compare_tolerantly(string printed, string other) => Assert.True(NameKey.Same(printed, other));

    [Fact]
    public void Different_names_stay_different()
    {
        Assert.False(NameKey.Same("劳动关系和维权", "劳动关系的维权"));
        var economic = CatalogueSet.Embedded.DepartmentEconomic(2024);
        var repairs = DepartmentEconomicCode.Parse("30213").Value;
        Assert.Equal(NameCheck.Matches, economic.CheckName(repairs, "维修(护)费"));
        Assert.Single(economic.FindByName("维修(护)费"));
        Assert.Equal(NameCheck.Differs, Functional.CheckName(F("2080110"), "劳动关系的维权"));
    }

    [Fact]
    public void Users_build_and_merge_their_own_catalogues()
    {
        var mine = ClassificationCatalogue.Create(2024, [
            new CatalogueEntry<FunctionalCode>(F("2349901"), "某新增项目", "my office, 2024-05"),
            new CatalogueEntry<FunctionalCode>(F("2080101"), "行政运行（本单位）", "my office, 2024-05"),
        ]);
        var merged = Functional.Merge(mine);
        Assert.Equal(Functional.Entries.Count + 1, merged.Entries.Count);
        Assert.Equal("某新增项目", merged.NameOf(F("2349901")));
        Assert.Equal("行政运行（本单位）", merged.NameOf(F("2080101")));
        Assert.Equal("行政运行", Functional.NameOf(F("2080101")));
        Assert.Equal(merged.Entries.OrderBy(e => e.Code).ToList(), merged.Entries);

        var error = Assert.Throws<IncompatibleOperandsException>(() => Functional.Merge(ClassificationCatalogue.Empty<FunctionalCode>(2025)));
        Assert.Contains("2025", error.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => ClassificationCatalogue.Create(2024, [
            new CatalogueEntry<FunctionalCode>(F("208"), "a", "s"),
            new CatalogueEntry<FunctionalCode>(F("208"), "b", "s"),
        ]));
    }

    [Fact]
    public void The_set_answers_for_any_year_and_takes_new_catalogues()
    {
        var set = CatalogueSet.Embedded;
        Assert.Equal([2023, 2024, 2025], set.FiscalYears);
        var none = set.Functional(2022);
        Assert.Equal(2022, none.FiscalYear);
        Assert.Empty(none.Entries);
        Assert.Null(none.Find(F("208")));

        var extended = set.With(ClassificationCatalogue.Create(2026, [new CatalogueEntry<FunctionalCode>(F("208"), "社会保障和就业支出", "2026 list")]))
            .With(ClassificationCatalogue.Create(2024, [new CatalogueEntry<FunctionalCode>(F("2349901"), "某新增项目", "mine")]));
        Assert.Equal([2023, 2024, 2025, 2026], extended.FiscalYears);
        Assert.Single(extended.Functional(2026).Entries);
        Assert.Equal("某新增项目", extended.Functional(2024).NameOf(F("2349901")));
        Assert.Equal("社会保障和就业支出", extended.Functional(2024).NameOf(F("208")));
        Assert.Null(set.Functional(2024).NameOf(F("2349901")));
        Assert.Equal(set.DepartmentEconomic(2024), extended.Get<DepartmentEconomicCode>(2024));
    }

    [Fact]
    public void Catalogues_are_values_with_a_readable_description()
    {
        Assert.Equal(Functional, CatalogueSet.Embedded.Functional(2024));
        Assert.Equal(ClassificationCatalogue.Create(2024, Functional.Entries), Functional);
        Assert.NotEqual(ClassificationCatalogue.Create(2024, Functional.Entries.Skip(1)), Functional);
        Assert.Equal("支出功能分类 2024: 108 codes (29 类)", Functional.ToString());
        Assert.Equal(ClassificationKind.Functional, Functional.Kind);
    }

    [Fact]
    public void Eight_threads_doing_lookups_get_identical_results()
    {
        var set = CatalogueSet.Embedded;
        var codes = set.Functional(2024).Entries.Select(e => e.Code.Value)
            .Concat(set.DepartmentEconomic(2024).Entries.Select(e => e.Code.Value))
            .Concat(["2349901", "39999", "208", "行政运行"])
            .ToList();

        string Lookups()
        {
            var lines = new List<string>();
            for (int round = 0; round < 20; round++)
            {
                foreach (string text in codes)
                {
                    var f = FunctionalCode.Parse(text);
                    var d = DepartmentEconomicCode.Parse(text);
                    var functional = set.Functional(2024);
                    lines.Add($"{text}|{(f.Success ? functional.NameOf(f.Value) : f.Error!.Kind.ToString())}|{(d.Success ? set.DepartmentEconomic(2024).NameOf(d.Value) : d.Error!.Kind.ToString())}|{(f.Success ? functional.Children(f.Value).Count : -1)}|{functional.FindByName(text).Count}");
                }
            }

            return string.Join("\n", lines);
        }

        var results = new string[8];
        var threads = Enumerable.Range(0, 8).Select(i => new Thread(() => results[i] = Lookups())).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());
        Assert.All(results, r => Assert.Equal(results[0], r));
        Assert.Contains("2080101|行政运行|", results[0], StringComparison.Ordinal);
    }
}
