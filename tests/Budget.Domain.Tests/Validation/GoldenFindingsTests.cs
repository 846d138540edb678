using Budget.Domain.Tests.Reading;
using Budget.Domain.Tests.Tables;
using Budget.Domain.Validation;

namespace Budget.Domain.Tests.Validation;

/// <summary>
/// Every finding of the seed and of each corpus document, pinned in Validation/Golden/{document}.txt: the English text
/// report, with lines starting <c>#</c> that say, beside each failing or warning finding, why the document really is
/// inconsistent there. A new error or warning needs its comment before the test passes again: a finding nobody can
/// explain from the document is a bug. Regenerate with <c>BUDGET_UPDATE_GOLDEN=1</c> (comments on unchanged
/// findings are kept).
/// </summary>
public class GoldenFindingsTests
{
    public static TheoryData<string> Documents()
    {
        var data = new TheoryData<string> { "mohrss-2024-budget" };
        foreach (var name in CorpusDocuments.Names)
        {
            data.Add(name);
        }

        return data;
    }

    private static ValidationReport ReportOf(string document) =>
        DisclosureValidator.Check(document == "mohrss-2024-budget" ? MohrssDisclosure.Read().Disclosure : CorpusDocuments.Build(document).Disclosure);

    [Theory]
    [MemberData(nameof(Documents))]
    public void Every_finding_is_pinned_and_every_error_or_warning_explained(string document)
    {
        string path = Path.Combine(RuleDocsTests.RepositoryRoot(), "tests", "Budget.Domain.Tests", "Validation", "Golden", document + ".txt");
        var report = Blocks(ReportOf(document).ToText(Language.English).Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd('\n').Split('\n'));
        var golden = File.Exists(path) ? Blocks(File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd('\n').Split('\n')) : [];
        if (Environment.GetEnvironmentVariable("BUDGET_UPDATE_GOLDEN") == "1")
        {
            var comments = golden.GroupBy(b => b.Text).ToDictionary(g => g.Key, g => g.First().Comments);
            var lines = report.SelectMany(b => comments.GetValueOrDefault(b.Text, []).Concat(b.Lines));
            File.WriteAllText(path, string.Join("\n", lines) + "\n");
            golden = report.Select(b => b with { Comments = comments.GetValueOrDefault(b.Text, []) }).ToList();
        }

        Assert.Equal(report.Select(b => b.Text), golden.Select(b => b.Text));
        var unexplained = golden.Where(b => b.NeedsComment && b.Comments.Count == 0).Select(b => b.Lines[0] + " / " + b.Lines.ElementAtOrDefault(1)?.Trim()).ToList();
        Assert.True(unexplained.Count == 0, $"Findings without a comment saying why they are real:\n{string.Join("\n", unexplained)}");
    }

    [Fact]
    public void Golden_files_end_with_a_finding()
    {
        // A comment explains a failing or warning finding; notes may carry one too. What is checked: no comment stands
        // on its own at the end of a file, where no finding follows it.
        foreach (var file in Directory.GetFiles(Path.Combine(RuleDocsTests.RepositoryRoot(), "tests", "Budget.Domain.Tests", "Validation", "Golden"), "*.txt"))
        {
            var lines = File.ReadAllText(file).TrimEnd('\n').Split('\n');
            Assert.False(lines[^1].StartsWith('#'), $"{Path.GetFileName(file)} ends with a comment that explains nothing.");
        }
    }

    /// <summary>A finding's lines (its heading and the indented lines below it) and the comments above it.</summary>
    private sealed record Block(IReadOnlyList<string> Comments, IReadOnlyList<string> Lines)
    {
        public string Text => string.Join("\n", Lines);

        public bool NeedsComment => Lines[0].Split(' ') is [_, "Error" or "Warning", ..];
    }

    private static List<Block> Blocks(string[] lines)
    {
        var blocks = new List<Block>();
        var comments = new List<string>();
        List<string>? current = null;
        foreach (var line in lines)
        {
            if (line.StartsWith('#'))
            {
                comments.Add(line);
            }
            else if (line.StartsWith(' ') && current is not null)
            {
                current.Add(line);
            }
            else
            {
                current = [line];
                blocks.Add(new Block(comments, current));
                comments = [];
            }
        }

        return blocks;
    }
}
