using Budget.Domain.Money;
using Budget.Domain.Statements;
using Budget.Domain.Tables;

namespace Budget.Domain.Validation.Checks;

/// <summary>
/// The state of one validation of one disclosure: its figures, the identities the families instantiate, the findings
/// of checks that are not identities, and how many checks each rule made. Built once per run, read by every family.
/// </summary>
internal sealed class CheckRun
{
    private readonly Func<Rule, bool> enabled;
    private readonly List<FindingLocation> others = [];
    private Dictionary<FactKey, List<int>>? keys;

    public CheckRun(Disclosure disclosure, Func<Rule, bool> enabled, Classification.CatalogueSet? catalogues = null)
    {
        Disclosure = disclosure;
        Catalogues = catalogues ?? Classification.CatalogueSet.Embedded;
        Figures = new FigureSet(disclosure);
        this.enabled = enabled;
    }

    public Disclosure Disclosure { get; }

    /// <summary>The code catalogues the code rules check against.</summary>
    public Classification.CatalogueSet Catalogues { get; }

    /// <summary>The table figures by the fact they state (row, measure, source, nature), built once per run.</summary>
    public Dictionary<FactKey, List<int>> Keys => keys ??= FactIdentities.Keys(this);

    /// <summary>The first table figure of a row, measure and nature, of one source or of any (in the order of <see cref="FundSource"/>), or -1.</summary>
    public int FirstOf(string row, Measure measure, SpendingNature nature, FundSource? source = null)
    {
        foreach (var s in source is { } one ? [one] : Sources)
        {
            if (Keys.TryGetValue(new FactKey(row, measure, s, nature), out var ids))
            {
                return ids[0];
            }
        }

        return -1;
    }

    private static readonly FundSource[] Sources = Enum.GetValues<FundSource>();

    public FigureSet Figures { get; }

    public List<Identity> Identities { get; } = [];

    public List<Finding> Findings { get; } = [];

    public Dictionary<string, int> Checked { get; } = new(StringComparer.Ordinal);

    public bool On(Rule rule) => enabled(rule);

    public void Add(Identity identity)
    {
        if (On(identity.Rule))
        {
            Identities.Add(identity);
        }
    }

    /// <summary>Adds the identity subject = Σ others (or subject ≤ the other); ids below 0 (figures not printed) are left out.</summary>
    public void Add(Rule rule, Relation relation, int subject, int[] others, string detail = "", string detailEnglish = "", string[]? missing = null)
    {
        if (subject >= 0 && On(rule))
        {
            Identities.Add(new Identity(rule, relation, [subject], FigureSet.Printed(others), detail, detailEnglish, missing ?? []));
        }
    }

    public void Report(Finding finding)
    {
        if (On(finding.Rule))
        {
            Findings.Add(finding);
            Count(finding.Rule);
        }
    }

    public void Count(Rule rule) => Checked[rule.Id] = Checked.GetValueOrDefault(rule.Id) + 1;

    /// <summary>Adds a figure of 其他重要事项 or a sheet, with where to point for it.</summary>
    public int AddFigure(Amount amount, AmountUnit unit, FindingLocation location)
    {
        others.Add(location);
        return Figures.Add(amount, unit, -1, others.Count - 1);
    }

    public FindingLocation Other(int index) => others[index];

    public FindingLocation Locate(int figure) => Figures.Locate(figure, Other);

    /// <summary>A finding with no interval arithmetic (a count, a code, a name).</summary>
    public static Finding Simple(Rule rule, Outcome outcome, FindingLocation location, string? stated, string? expected, string detailZh = "", string detailEn = "")
    {
        string where = location.ToString();
        return new Finding(
            rule,
            outcome,
            [location],
            new Evidence(stated, expected, null, null),
            Messages.Fill(rule.ChineseMessage, where, stated, expected, null, null, detailZh),
            Messages.Fill(rule.EnglishMessage, where, stated, expected, null, null, detailEn));
    }

    public static FindingLocation TableLocation(Table table) =>
        new(table.Schema.Id, table.Title, string.Empty, string.Empty, string.Empty, string.Empty, table.Location);

    public static FindingLocation RowLocation(Table table, TableRow row) =>
        new(table.Schema.Id, table.Title, FigureSet.RowText(row.Key), row.Label, string.Empty, string.Empty, FigureSet.Where(table, row));
}
