using System.Text;
using Budget.Domain.Reading.Narrative;

namespace Budget.Domain.Reading;

/// <summary>
/// The narrative of the text layout: the 情况说明 part's sections (关于…的说明, and 其他重要事项's subsections) and their
/// paragraphs, joined across page breaks and handed to the shared <see cref="NarrativeReader"/>.
/// </summary>
internal sealed partial class DocumentReader
{
    private NarrativeReader? narrative;

    /// <summary>Reads a paragraph as one step: a defect in it leaves out that paragraph's figures only (its text is
    /// kept as a passage already).</summary>
    private void ReadParagraphAlone(string section, bool otherMatters, string text, int line)
    {
        var reader = narrative ??= new NarrativeReader([unitName, department?.Name], diagnostics.Add);
        var mark = reader.Mark;
        Step(line, "the paragraph", () =>
        {
            reader.Read(section, otherMatters, text, Tables.SourceLocation.AtLine(line));
            return 0;
        }, () =>
        {
            reader.Undo(mark);
            return 0;
        });
    }

    /// <summary>Joins the lines of a narrative paragraph across page breaks, then reads it.</summary>
    private sealed class ParagraphBuilder(DocumentReader reader)
    {
        private readonly StringBuilder text = new();
        private int first;
        private int last;

        public string Section { get; set; } = string.Empty;

        public bool OtherMatters { get; set; }

        public void Add(SourceLine line)
        {
            if (text.Length > 0 && line.Number > last + 1 && text[^1] is '。' or '；' or '！' or '？')
            {
                Flush();
            }

            if (text.Length == 0)
            {
                first = line.Number;
            }

            text.Append(line.Text);
            last = line.Number;
        }

        public void Flush()
        {
            if (text.Length == 0)
            {
                return;
            }

            string paragraph = text.ToString();
            text.Clear();
            reader.passages.Add(new Passage(Section, first, paragraph));
            reader.ReadParagraphAlone(Section, OtherMatters, paragraph, first);
        }
    }
}
