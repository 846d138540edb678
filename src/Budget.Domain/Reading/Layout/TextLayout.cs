using Budget.Domain.Tables;

namespace Budget.Domain.Reading.Layout;

/// <summary>
/// The text source of the pipeline: turns the text layout (PDF-to-text and PDF-to-Markdown output: lines of tab cells,
/// markdown headings, a form feed between pages) into positioned words, so that the stages after it are the ones a
/// PDF goes through. Each line is a band of the page, top to bottom; each tab cell is a word in its column of a grid;
/// a heading is in larger type, by its level; a line of prose is one word that reaches the right margin unless it
/// ends its sentence (so that a paragraph a converter broke over lines runs on). A merged header cell stands in its first
/// column, as the text layout writes it (<see cref="HeaderColumns"/> takes a grid's parents so). Every word keeps the
/// line and column it came from.
/// </summary>
internal static class TextLayout
{
    /// <summary>The width of a grid column.</summary>
    internal const float Column = 100;

    /// <summary>The height of a line of body text (the headings' are larger).</summary>
    internal const float Body = 10;

    private const float Leading = 2.5f * Body;

    /// <summary>The right margin of prose: a line of prose that runs on reaches it.</summary>
    private const float Margin = 40 * Body;

    /// <summary>The document of some lines.</summary>
    public static LayoutDocument Of(List<SourceLine> lines, IEnumerable<ReadDiagnostic>? diagnostics)
    {
        var found = new List<ReadDiagnostic>(diagnostics ?? []);
        lines = [.. lines.Select(l => Text(l, found))];
        var pages = new List<LayoutPage>();
        var page = new Page(lines.Count);
        var rowOfOne = new bool[lines.Count];
        for (int i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            string raw = line.Raw;
            int feed = raw.IndexOf('\f', StringComparison.Ordinal);
            if (feed < 0)
            {
                // A line of one cell among rows of cells (no blank line between) is a row whose empty cells a
                // converter trimmed: right under a row, or short and right above one.
                bool next = i + 1 < lines.Count && lines[i + 1].Raw.Trim().Length > 0;
                bool row = !HasCells(line) && line.Text.Length > 0 && line.HeadingLevel < 0
                    && ((i > 0 && (HasCells(lines[i - 1]) || rowOfOne[i - 1]) && next)
                        || (i + 1 < lines.Count && HasCells(lines[i + 1]) && line.Text.Length <= 40 && line.Text.AsSpan().IndexOfAny("。，；") < 0));
                rowOfOne[i] = row;
                page.Add(line, row ? raw + "\t" : raw);
                continue;
            }

            // What stands before a form feed ends its page; what stands after it begins the next.
            page.Add(line, raw[..feed]);
            foreach (string part in raw[(feed + 1)..].Split('\f'))
            {
                pages.Add(page.Finish(pages.Count + 1));
                page = new Page(lines.Count);
                page.Add(line, part);
            }
        }

        pages.Add(page.Finish(pages.Count + 1));
        return new LayoutDocument(pages, found);
    }

    private static bool HasCells(SourceLine line) => line.Raw.Contains('\t', StringComparison.Ordinal);

    /// <summary>A line without what is not text (control characters, U+FFFD for bytes of no encoding, a lone
    /// surrogate): each is said (RD024) where it stands and left out.</summary>
    private static SourceLine Text(SourceLine line, List<ReadDiagnostic> found)
    {
        string raw = line.Raw;
        int bad = -1;
        for (int i = 0; i < raw.Length; i++)
        {
            if (IsNotText(raw, i))
            {
                bad = i;
                break;
            }
        }

        if (bad < 0)
        {
            return line;
        }

        found.Add(new ReadDiagnostic(ReadRules.NotText, line.Number, bad + 1, string.Create(System.Globalization.CultureInfo.InvariantCulture, $"The line holds a character that is not text (U+{(int)raw[bad]:X4}); it is left out."), raw));
        var kept = new System.Text.StringBuilder(raw.Length);
        for (int i = 0; i < raw.Length; i++)
        {
            if (!IsNotText(raw, i))
            {
                kept.Append(raw[i]);
            }
        }

        return SourceLine.Reparse(line, kept.ToString());
    }

    private static bool IsNotText(string text, int i)
    {
        char c = text[i];
        if (char.IsHighSurrogate(c))
        {
            return i + 1 >= text.Length || !char.IsLowSurrogate(text[i + 1]);
        }

        if (char.IsLowSurrogate(c))
        {
            return i == 0 || !char.IsHighSurrogate(text[i - 1]);
        }

        return (c < ' ' && c is not '\t' and not '\f') || c == '\uFFFD' || c == '\u007F';
    }

    /// <summary>A page being laid out: its words so far and the paragraph of prose still open.</summary>
    private sealed class Page(int lineCount)
    {
        private readonly List<LayoutWord> words = [];
        private readonly float height = (lineCount + 2) * Leading;
        private int row;
        private System.Text.StringBuilder? prose;
        private (int Line, int Column, float Top, int LastLine) proseAt;

        public void Add(SourceLine line, string raw)
        {
            float top = height - (row * Leading);
            row++;
            if (raw.Contains('\t', StringComparison.Ordinal))
            {
                Flush();
                AddCells(words, line.Number, raw, top);
                return;
            }

            string text = raw.Length == line.Raw.Length ? line.Text : ReadText.Clean(raw);
            if (text.Length == 0)
            {
                return;
            }

            int column = Math.Max(1, raw.IndexOf(text[0], StringComparison.Ordinal) + 1);
            if (line.HeadingLevel >= 0 && !IsParagraphHeading(line))
            {
                Flush();
                float size = line.HeadingLevel switch
                {
                    1 => Body * 2,
                    2 => Body * 1.6f,
                    _ => Body * 1.4f,
                };
                words.Add(new LayoutWord(text, 0, top - size, Math.Max(size, Math.Min(Margin - (3 * size), text.Length * size)), top, SourceLocation.AtLine(line.Number, column)));
                return;
            }

            if (prose is not null && (!JoinsWith(prose, line.Number == proseAt.LastLine + 1) || StartsOwnLine(text)))
            {
                Flush();
            }

            if (prose is null)
            {
                prose = new System.Text.StringBuilder();
                proseAt = (line.Number, column, top, line.Number);
            }

            prose.Append(text);
            proseAt.LastLine = line.Number;
        }

        public LayoutPage Finish(int number)
        {
            Flush();
            return new LayoutPage(number, Margin * 2, height, words);
        }

        /// <summary>Whether a line of prose continues the paragraph before it: it follows it directly, or the
        /// paragraph has not ended its sentence (a converter broke it over lines) and is no short heading of its own.</summary>
        private static bool JoinsWith(System.Text.StringBuilder paragraph, bool next)
        {
            char last = paragraph[^1];
            if (last is '。' or '；' or '！' or '？' or '：' or ':' or ';')
            {
                return next;
            }

            // A short line numbered 一、 or （一）, or one that ends in 说明, is a heading of its own.
            string text = paragraph.ToString();
            bool heading = text.Length <= 40 && (text.EndsWith("说明", StringComparison.Ordinal) || (ReadText.StripNumbering(text).Length != text.Length && !IsNumberedParagraph(text)));
            return next || !heading;
        }

        /// <summary>A line that starts with a label no sentence goes on with (单位：, 注：, 编制单位：) stands on its own.</summary>
        private static bool StartsOwnLine(string text) =>
            text.StartsWith("单位", StringComparison.Ordinal) || text.StartsWith("金额单位", StringComparison.Ordinal) || text.StartsWith("注：", StringComparison.Ordinal)
            || text.StartsWith("注:", StringComparison.Ordinal) || text.StartsWith("编制", StringComparison.Ordinal);

        /// <summary>Ends the open paragraph: one word that reaches the right margin, a paragraph of its own.</summary>
        private void Flush()
        {
            if (prose is null)
            {
                return;
            }

            string text = prose.ToString();
            prose = null;
            bool isShort = text.Length * Body < Margin / 2;
            words.Add(new LayoutWord(text, 0, proseAt.Top - Body, isShort ? text.Length * Body : Margin, proseAt.Top, SourceLocation.AtLine(proseAt.Line, proseAt.Column)));
        }
    }

    /// <summary>A heading that is really the start of a numbered paragraph (<c>#### 1. …</c>): converters mark up a
    /// paragraph so when it starts with its number.</summary>
    private static bool IsParagraphHeading(SourceLine line) => line.HeadingLevel >= 4 || IsNumberedParagraph(line.Text);

    private static bool IsNumberedParagraph(string text) =>
        text.Length > 0 && char.IsAsciiDigit(text[0]) && ReadText.StripNumbering(text).Length != text.Length;

    private static void AddCells(List<LayoutWord> words, int lineNumber, string raw, float top)
    {
        var parts = raw.Split('\t');
        var cells = new string[parts.Length];
        for (int i = 0; i < parts.Length; i++)
        {
            // Markup inside a cell (<p>, <br>, list items) separates its paragraphs, numbered as printed.
            cells[i] = parts[i].Contains('<', StringComparison.Ordinal) ? ReadText.Clean(ReadText.GoalText(parts[i])) : ReadText.Clean(parts[i]);
        }

        int column = 1;
        for (int i = 0; i < cells.Length; i++)
        {
            int start = column;
            column += parts[i].Length + 1;
            if (cells[i].Length == 0)
            {
                continue;
            }

            words.Add(new LayoutWord(cells[i], i * Column, top - Body, (i * Column) + (0.7f * Column), top, SourceLocation.AtLine(lineNumber, start)));
        }
    }
}
