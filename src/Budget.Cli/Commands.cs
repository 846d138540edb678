using System.Text;
using Budget.Domain.Pdf;
using Budget.Domain.Reading;
using Budget.Domain.Serialization;
using Budget.Domain.Statements;

namespace Budget.Cli;

/// <summary>
/// The commands of <c>budget</c>. <c>budget export FILE [--format json|csv]</c> reads a PDF, a text or a JSON
/// disclosure and writes it to standard output as the library's JSON (version 2) or as CSV facts; diagnostics go to
/// standard error. Exit codes: 0 read, 1 usage, 2 unreadable.
/// </summary>
internal static class Commands
{
    public const int Read = 0;
    public const int Usage = 1;
    public const int Unreadable = 2;

    private const string Help = """
        usage: budget export FILE [--format json|csv]

          Reads FILE (a PDF, the text layout of a published budget, or the library's JSON) and writes it to
          standard output as JSON (the default) or as CSV, one line per figure. Diagnostics go to standard error.
          Exit codes: 0 read, 1 usage, 2 unreadable (not a PDF, encrypted, damaged, no text layer, no table).
        """;

    public static int Run(string[] args, Stream output, TextWriter errors)
    {
        if (args.Length < 2 || args[0] != "export")
        {
            errors.WriteLine(Help);
            return Usage;
        }

        string format = "json";
        for (int i = 2; i < args.Length; i++)
        {
            if (args[i] == "--format" && i + 1 < args.Length && args[i + 1] is "json" or "csv")
            {
                format = args[++i];
            }
            else
            {
                errors.WriteLine($"budget: unknown option \"{args[i]}\"");
                errors.WriteLine(Help);
                return Usage;
            }
        }

        if (!File.Exists(args[1]))
        {
            errors.WriteLine($"budget: no such file: {args[1]}");
            return Unreadable;
        }

        var (disclosure, readable) = Load(File.ReadAllBytes(args[1]), errors);
        if (disclosure is null)
        {
            return Unreadable;
        }

        if (format == "csv")
        {
            byte[] csv = new UTF8Encoding(false).GetBytes(BudgetCsv.ExportFacts(disclosure));
            output.Write(csv);
        }
        else
        {
            BudgetJson.Serialize(disclosure, output);
            output.Write("\n"u8);
        }

        output.Flush();
        return readable ? Read : Unreadable;
    }

    /// <summary>Reads a file by what it holds: %PDF, a JSON object, or text.</summary>
    private static (Disclosure? Disclosure, bool Readable) Load(byte[] bytes, TextWriter errors)
    {
        var start = bytes.AsSpan();
        if (start.StartsWith("\uFEFF"u8))
        {
            start = start[3..];
        }

        int first = start.IndexOfAnyExcept(" \t\r\n"u8);
        if (first >= 0 && start[first] == (byte)'{')
        {
            var parsed = BudgetJson.DeserializeDisclosure(Encoding.UTF8.GetString(start));
            if (!parsed.TryGetValue(out var disclosure))
            {
                errors.WriteLine($"budget: not a disclosure in JSON: {parsed.Error}");
                return (null, false);
            }

            return (disclosure, true);
        }

        var result = PdfLayout.IsPdf(bytes) ? PdfDisclosureReader.Read(bytes) : DisclosureReader.Read(new MemoryStream(bytes));
        foreach (var diagnostic in result.Diagnostics)
        {
            errors.WriteLine(diagnostic);
        }

        bool readable = result.Disclosure.Tables.Count > 0 || result.Disclosure.PerformanceSheets.Count > 0;
        return (readable ? result.Disclosure : null, readable);
    }
}
