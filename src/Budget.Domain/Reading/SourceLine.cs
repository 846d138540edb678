using System.Text;

namespace Budget.Domain.Reading;

/// <summary>One line of a text: its number, raw text and, when it is one, its heading (what the text source of the
/// pipeline, <see cref="Layout.TextLayout"/>, lays out as words).</summary>
internal sealed class SourceLine
{
    private SourceLine(int number, string raw, int headingLevel, string text)
    {
        Number = number;
        Raw = raw;
        HeadingLevel = headingLevel;
        Text = text;
    }

    /// <summary>The 1-based line number.</summary>
    public int Number { get; }

    /// <summary>The line as it stands.</summary>
    public string Raw { get; }

    /// <summary>The heading level (number of #, 0 for a bold line), or -1 when the line is not a heading.</summary>
    public int HeadingLevel { get; }

    /// <summary>The text without markup: the heading's text, or the whole line cleaned.</summary>
    public string Text { get; }

    /// <summary>Splits a text into lines (any new-line convention), merging a bold heading broken over two lines.</summary>
    public static List<SourceLine> Split(string text)
    {
        var raw = new List<string>();
        int start = 0;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (IsLineBreak(c))
            {
                raw.Add(text[start..i]);
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                start = i + 1;
            }
        }

        raw.Add(text[start..]);
        return FromRaw(raw);
    }

    /// <summary>Reads the lines of a text reader to its end, as <see cref="Split(string)"/> splits a text, without
    /// holding the whole text at once.</summary>
    public static List<SourceLine> Split(TextReader reader)
    {
        var raw = new List<string>();
        var line = new StringBuilder();
        var buffer = new char[16 * 1024];
        bool afterCarriageReturn = false;
        int read;
        while ((read = reader.Read(buffer, 0, buffer.Length)) > 0)
        {
            int start = 0;
            for (int i = 0; i < read; i++)
            {
                char c = buffer[i];
                if (afterCarriageReturn && c == '\n')
                {
                    afterCarriageReturn = false;
                    start = i + 1;
                    continue;
                }

                afterCarriageReturn = false;
                if (IsLineBreak(c))
                {
                    line.Append(buffer, start, i - start);
                    raw.Add(line.ToString());
                    line.Clear();
                    afterCarriageReturn = c == '\r';
                    start = i + 1;
                }
            }

            line.Append(buffer, start, read - start);
        }

        raw.Add(line.ToString());
        return FromRaw(raw);
    }

    private static bool IsLineBreak(char c) => c is '\n' or '\r' or '\u2028' or '\u2029' or '\u0085';

    private static List<SourceLine> FromRaw(List<string> raw)
    {
        if (raw[0].StartsWith('\uFEFF'))
        {
            raw[0] = raw[0][1..];
        }

        var lines = new List<SourceLine>(raw.Count);
        for (int i = 0; i < raw.Count; i++)
        {
            string line = raw[i];
            string trimmed = line.Trim();

            // A bold heading a converter broke over two lines: "**第二部分 …  " and "2024 年预算表**".
            if (!line.Contains('\t', StringComparison.Ordinal) && trimmed.StartsWith("**", StringComparison.Ordinal) && !trimmed[2..].Contains("**", StringComparison.Ordinal)
                && i + 1 < raw.Count && !raw[i + 1].Contains('\t', StringComparison.Ordinal) && raw[i + 1].Trim().EndsWith("**", StringComparison.Ordinal)
                && !raw[i + 1].Trim().StartsWith("**", StringComparison.Ordinal))
            {
                lines.Add(Of(i + 1, line, trimmed + " " + raw[i + 1].Trim()));
                lines.Add(Of(i + 2, raw[i + 1], string.Empty));
                i++;
                continue;
            }

            lines.Add(Of(i + 1, line, trimmed));
        }

        return lines;
    }

    private static SourceLine Of(int number, string raw, string trimmed)
    {
        if (trimmed.Length == 0 || raw.Contains('\t', StringComparison.Ordinal))
        {
            return new SourceLine(number, raw, -1, string.Empty);
        }

        if (trimmed[0] == '#')
        {
            int level = 0;
            while (level < trimmed.Length && trimmed[level] == '#')
            {
                level++;
            }

            if (level <= 6 && (level == trimmed.Length || trimmed[level] == ' '))
            {
                return new SourceLine(number, raw, level, ReadText.Clean(trimmed[level..]));
            }
        }

        if (trimmed.Length > 4 && trimmed.StartsWith("**", StringComparison.Ordinal) && trimmed.EndsWith("**", StringComparison.Ordinal)
            && trimmed.IndexOf("**", 2, StringComparison.Ordinal) == trimmed.Length - 2)
        {
            return new SourceLine(number, raw, 0, ReadText.Clean(trimmed));
        }

        return new SourceLine(number, raw, -1, ReadText.Clean(trimmed));
    }

    /// <summary>The same line with another raw text (what is not text left out), its heading read again.</summary>
    public static SourceLine Reparse(SourceLine line, string raw) => Of(line.Number, raw, raw.Trim());

    public override string ToString() => new StringBuilder().Append(Number).Append(": ").Append(Raw).ToString();
}
