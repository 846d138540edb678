using Budget.Domain.Tables;

namespace Budget.Domain.Reading.Layout;

/// <summary>
/// One line of a page: the words whose vertical centres fall in one band, left to right. The first stage of the
/// pipeline (<see cref="TextLine.Of"/>) makes them, and drops the page's furniture (a page number alone on its line).
/// </summary>
internal sealed class TextLine
{
    private TextLine(int page, List<LayoutWord> words)
    {
        words.Sort((a, b) => a.Left.CompareTo(b.Left));
        Page = page;
        Words = words;
        Top = words.Max(w => w.Top);
        Bottom = words.Min(w => w.Bottom);
        Left = words[0].Left;
        Right = words.Max(w => w.Right);
        Height = words.Select(w => w.Height).Order().ElementAt(words.Count / 2);
        Text = string.Concat(words.Select(w => w.Text));
    }

    public int Page { get; }

    public IReadOnlyList<LayoutWord> Words { get; }

    public float Top { get; }

    public float Bottom { get; }

    public float Left { get; }

    public float Right { get; }

    public float CenterY => (Top + Bottom) / 2;

    /// <summary>The median height of its words: the line's font size, near enough.</summary>
    public float Height { get; }

    /// <summary>The words' texts joined without spaces (Chinese text has none; numbers are separate words).</summary>
    public string Text { get; }

    /// <summary>Whether a text source laid the line out (its words know their line and column).</summary>
    public bool FromText => Words[0].Origin.IsKnown;

    /// <summary>Whether the line is a text's heading: a text source sets headings in larger type than its rows.</summary>
    public bool IsTextHeading => FromText && Height > TextLayout.Body;

    public SourceLocation Location => FromText ? Words[0].Origin : SourceLocation.OnPage(Page, Left, Bottom, Right - Left, Top - Bottom);

    public override string ToString() => $"p{Page} {CenterY:0}: {string.Join(" ", Words.Select(w => w.Text))}";

    /// <summary>The lines of a page, top to bottom, without blank words and without a page number alone on its line
    /// in the top or bottom margin.</summary>
    public static List<TextLine> Of(LayoutPage page)
    {
        var words = page.Words.Where(w => !string.IsNullOrWhiteSpace(w.Text) && w.Height > 0).ToList();
        words.Sort((a, b) => b.CenterY.CompareTo(a.CenterY));
        var lines = new List<TextLine>();
        var current = new List<LayoutWord>();
        float center = 0, height = 0;
        foreach (var word in words)
        {
            if (current.Count > 0 && Math.Abs(word.CenterY - center) > 0.45f * Math.Min(word.Height, height))
            {
                lines.Add(new TextLine(page.Number, current));
                current = [];
            }

            if (current.Count == 0)
            {
                center = word.CenterY;
                height = word.Height;
            }

            current.Add(word);
        }

        if (current.Count > 0)
        {
            lines.Add(new TextLine(page.Number, current));
        }

        return lines.Where(l => !IsPageNumber(l, page)).ToList();
    }

    /// <summary>A page number alone on a line near the top or bottom edge: <c>12</c>, <c>- 12 -</c>, <c>—12—</c>, <c>第12页</c>, <c>12/30</c>.</summary>
    private static bool IsPageNumber(TextLine line, LayoutPage page)
    {
        if (page.Height <= 0 || (line.Bottom > page.Height * 0.12f && line.Top < page.Height * 0.92f))
        {
            return false;
        }

        string text = line.Text.Trim('-', '—', '–', ' ', '第', '页');
        int slash = text.IndexOf('/', StringComparison.Ordinal);
        return text.Length is > 0 and <= 7 && text.Remove(slash < 0 ? text.Length : slash, slash < 0 ? 0 : 1).All(char.IsAsciiDigit);
    }
}
