using System.Text;
using Budget.Domain.Money;
using Budget.Domain.Performance;
using Budget.Domain.Reading;
using Budget.Domain.Statements;
using Budget.Domain.Tests.Performance;
using Budget.Domain.Tests.Statements;
using Budget.Domain.Validation;

namespace Budget.Domain.Tests.Reading;

/// <summary>Every test of the seed budget, run again on the budget read from the document.</summary>
public sealed class ReadSeedBudgetTests() : SeedBudgetTests(MohrssDisclosure.Read().Budget);

/// <summary>Every test of the seed's performance sheets, run again on the sheets read from the document.</summary>
public sealed class ReadSheetTests() : PerformanceSheetTests(MohrssDisclosure.Read().Budget.PerformanceSheets);

public class FixtureReadingTests
{
    private static readonly DepartmentBudget Expected = MohrssBudget2024.Build();

    private static DisclosureReadResult Result => MohrssDisclosure.Read();

    [Fact]
    public void Reading_the_document_gives_the_budget_held_in_the_model()
    {
        var read = Result.Budget;
        Assert.Equal(Expected.Department, read.Department);
        Assert.Equal(2024, read.FiscalYear);
        Assert.Equal(DocumentKind.Budget, read.Kind);
        Assert.Equal(9, read.Tables.Count);
        foreach (var (expected, actual) in Expected.Tables.Zip(read.Tables))
        {
            Assert.Equal(expected, actual);
        }

        Assert.Equal(Expected.Narrative.Count, read.Narrative.Count);
        foreach (var (expected, actual) in Expected.Narrative.Zip(read.Narrative))
        {
            Assert.Equal(expected, actual);
        }

        Assert.Equal(Expected.OtherMatters, read.OtherMatters);
        Assert.Equal(20, read.PerformanceSheets.Count);
        foreach (var (expected, actual) in Expected.PerformanceSheets.Zip(read.PerformanceSheets))
        {
            Assert.Equal(expected.ProjectName, actual.ProjectName);
            Assert.Equal(expected.Indicators, actual.Indicators);
            Assert.Equal(expected, actual);
        }

        Assert.Equal(Expected, read);
    }

    [Fact]
    public void Every_narrative_figure_knows_its_line_and_sentence_and_equality_ignores_both()
    {
        var narrative = MohrssDisclosure.Read().Disclosure.Narrative;
        Assert.All(narrative, f => Assert.True(f.Location.Line > 0 && f.Sentence.Length > 0, f.ToString()));

        var share = narrative.Single(f => f.Kind == FigureKind.Share && f.Subject == "一般公共服务支出");
        Assert.Equal(331, share.Location.Line);
        Assert.Equal("一般公共服务支出 410.00 万元，占 0.10%；", share.Sentence);
        Assert.Equal(share, share.WithSentence(null).WithLocation(Budget.Domain.Tables.SourceLocation.None));

        // The sentence states the figure: its rate, or its amount's whole part (thousands separators aside).
        static string Plain(string text) => text.Replace(",", string.Empty, StringComparison.Ordinal);
        Assert.All(narrative, f => Assert.Contains(Plain(f.Rate is { } rate ? rate.Format() : f.Amount is { } a ? a.Format(f.Unit).Split('.')[0] : string.Empty), Plain(f.Sentence), StringComparison.Ordinal));
    }

    [Fact]
    public void Every_diagnostic_of_the_document_is_explained()
    {
        // What the document really does: a 项 named differently in the narrative, two indicators printed without
        // points. Everything else reported is information: the prose sections kept as passages.
        var notInformation = Result.Diagnostics.Where(d => d.Severity != Severity.Information).Select(d => (d.Code, d.Raw.Split('\t').Last(c => c.Length > 0))).ToList();
        Assert.Equal(
            [
                ("RD022", "社会保障和就业支出（类）人力资源和社会保障管理事务（款）劳动关系的维权（项）"),
                ("RD019", "2024年11月底前"),
                ("RD019", "作用显著"),
            ],
            notInformation);
        Assert.All(Result.Diagnostics.Where(d => d.Severity == Severity.Information), d => Assert.Equal("RD016", d.Code));
        Assert.False(Result.HasErrors);
    }

    [Fact]
    public void The_prose_the_model_does_not_hold_is_kept_as_passages()
    {
        var duties = Result.Passages.Single(p => p.Heading.Contains("主要职责", StringComparison.Ordinal));
        Assert.StartsWith("（一）拟订人力资源和社会保障事业发展政策、规划", duties.Text, StringComparison.Ordinal);
        Assert.Contains(Result.Passages, p => p.Text.Contains("一般公共预算拨款收入", StringComparison.Ordinal) && p.Heading.Contains("名词解释", StringComparison.Ordinal));
        Assert.Contains(Result.Passages, p => p.Text.Contains("主要原因是按照党中央", StringComparison.Ordinal));
        Assert.Contains(Result.Passages, p => p.Heading == "（一）一般公共预算当年拨款规模变化情况。");
    }

    [Fact]
    public void String_reader_and_stream_with_or_without_a_byte_order_mark_read_the_same()
    {
        string text = MohrssDisclosure.Text;
        var fromReader = DisclosureReader.Read(new StringReader(text));
        var fromStream = DisclosureReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(text)));
        var withBom = DisclosureReader.Read(new MemoryStream([.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)]));
        var bomInString = DisclosureReader.Read("\uFEFF" + text);
        var crlf = DisclosureReader.Read(text.Replace("\n", "\r\n", StringComparison.Ordinal));
        Assert.Equal(Result, fromReader);
        Assert.Equal(Result, fromStream);
        Assert.Equal(Result, withBom);
        Assert.Equal(Result, bomInString);
        Assert.Equal(Result.Budget, crlf.Budget);
        Assert.Equal(Result.Diagnostics, crlf.Diagnostics);
    }

    [Fact]
    public void Reading_is_deterministic()
    {
        Assert.Equal(Result, DisclosureReader.Read(MohrssDisclosure.Text));
        Assert.Equal(Result.ToString(), DisclosureReader.Read(MohrssDisclosure.Text).ToString());
    }

    [Fact]
    public void The_narrative_says_what_each_figure_refers_to()
    {
        var carryOver = Result.Budget.Narrative.Single(f => f.Section == "收入总表" && f.Subject == "上年结转");
        Assert.Equal(FigureKind.Share, carryOver.Kind);
        Assert.Equal("44,423.56", carryOver.Amount!.Value.Format(AmountUnit.WanYuan));
        Assert.Equal("9.26%", carryOver.Rate!.Value.Format());
        Assert.Equal("收入预算", carryOver.Basis);
        var growth = Result.Budget.Narrative.Single(f => f.Kind == FigureKind.Change && f.Subject == "一般公共预算当年拨款");
        Assert.Equal(ChangeDirection.Increase, growth.Direction);
        Assert.Equal("209,329.77", growth.Amount!.Value.Format(AmountUnit.WanYuan));
        Assert.Equal("93.59%", growth.Rate!.Value.Format());
        Assert.Equal("2023年执行数", growth.Basis);
        Assert.Equal("2080110", Result.Budget.Narrative.First(f => f.Subject.Contains("劳动关系的维权", StringComparison.Ordinal)).Code);
    }

    [Fact]
    public void A_sheet_row_without_points_is_read_with_none_and_reported()
    {
        var sheet = Result.Budget.PerformanceSheets.Single(s => s.ProjectName == "参加世界技能大赛及大会");
        var indicator = sheet.Indicators.Single(i => i.Name == "完成世界技能大赛课题研究");
        Assert.Null(indicator.Points);
        Assert.Equal(("产出指标", "时效指标"), (indicator.Level1, indicator.Level2));
        var diagnostic = Result.DiagnosticsOf("RD019").First();
        Assert.Equal(MohrssDisclosure.Lines.ToList().FindIndex(l => l.Contains("完成世界技能大赛课题研究", StringComparison.Ordinal)) + 1, diagnostic.Line);
    }

    [Fact]
    public void Goals_in_list_markup_and_broken_over_lines_are_read_as_numbered_goals()
    {
        var sheets = Result.Budget.PerformanceSheets;
        Assert.Equal(5, sheets.Single(s => s.ProjectName == "人力资源流动管理").Goals.Count);
        var listed = sheets.Single(s => s.ProjectName == "就业形势监测和就业政策实施");
        Assert.StartsWith("指导和督促各地完成党中央、国务院确定的年度就业工作任务目标。 1. 完善就业优先政策制度体系", listed.OverallGoal, StringComparison.Ordinal);
        Assert.DoesNotContain('<', listed.OverallGoal);
    }
}
