// The fuzz runner. Seeded, reproducible loops over every public parser and reader of Budget.Domain, with hostile
// inputs from HostileText (the same definition the FsCheck properties use). For each entry point it counts inputs,
// exceptions, broken promises (a reader defect RD099, a parse result that is neither a value nor an error) and the
// slowest input; the memory and narrative modes measure peak memory and time on large documents.
//
//   dotnet run -c Release --project benchmarks/Budget.Domain.Fuzz -- fuzz [--inputs N] [--seed S] [--threads T] [--only NAME]
//   dotnet run -c Release --project benchmarks/Budget.Domain.Fuzz -- memory [--mb N]
//   dotnet run -c Release --project benchmarks/Budget.Domain.Fuzz -- narrative [--mb 0.44,0.88,1.75]
//   dotnet run -c Release --project benchmarks/Budget.Domain.Fuzz -- pdf-memory
//
// Exit code 0 when nothing broke, 1 otherwise. docs/reliability.md has the last full run.
using System.Diagnostics;
using System.Globalization;
using System.Text;
using Budget.Domain.Fuzz;

CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
string mode = args.Length > 0 ? args[0] : "fuzz";
string Option(string name, string fallback)
{
    int at = Array.IndexOf(args, "--" + name);
    return at >= 0 && at + 1 < args.Length ? args[at + 1] : fallback;
}

string data = Path.Combine(AppContext.BaseDirectory, "Data");
switch (mode)
{
    case "fuzz":
    {
        var targets = Targets.All(File.ReadAllText(Path.Combine(data, "mohrss-2024-budget.txt")), File.ReadAllText(Path.Combine(data, "mohrss-2024.budget.json")));
        string? only = Option("only", string.Empty) is { Length: > 0 } o ? o : null;
        long inputs = long.Parse(Option("inputs", "10000"), CultureInfo.InvariantCulture);
        int seed = int.Parse(Option("seed", "20261202"), CultureInfo.InvariantCulture);
        int threads = int.Parse(Option("threads", "2"), CultureInfo.InvariantCulture);
        bool broken = false;
        Console.WriteLine($"seed {seed}, {threads} threads, {inputs:N0} inputs per entry point, {(Environment.GetEnvironmentVariable("DOTNET_SYSTEM_GLOBALIZATION_INVARIANT") == "1" ? "invariant globalization" : "ICU")}");
        Console.WriteLine("| entry point | inputs | exceptions | broken promises | slowest input | time | peak working set |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|");
        foreach (var target in targets.Where(t => only is null || t.Name.Contains(only, StringComparison.OrdinalIgnoreCase)))
        {
            var result = Runner.Run(target, inputs, seed, threads);
            broken |= result.Exceptions + result.Broken > 0;
            Console.WriteLine($"| {target.Name} | {result.Inputs:N0} | {result.Exceptions} | {result.Broken} | {result.SlowestMs:0.0} ms (#{result.SlowestIndex}) | {result.Elapsed.TotalSeconds:0.0} s | {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0:0} MB |");
            foreach (string example in result.Examples)
            {
                Console.WriteLine($"    {example}");
            }
        }

        return broken ? 1 : 0;
    }

    case "memory":
    {
        double mb = double.Parse(Option("mb", "47"), CultureInfo.InvariantCulture);
        string path = Path.Combine(Path.GetTempPath(), $"budget-fuzz-one-table-{mb}.txt");
        Documents.WriteOneTable(path, (long)(mb * 1024 * 1024));
        long size = new FileInfo(path).Length;
        var (peak, before, allocated, elapsed, summary) = Measure.Read(path);
        File.Delete(path);
        Console.WriteLine($"one-table text of {size / 1048576.0:0.0} MB: peak working set {peak / 1048576.0:0} MB ({(double)peak / size:0.0}× the input; {(double)(peak - before) / size:0.0}× above the {before / 1048576.0:0} MB the process had before reading), allocated {allocated / 1048576.0:0} MB ({(double)allocated / size:0.0}×), {elapsed.TotalSeconds:0.0} s; {summary}");
        return 0;
    }

    case "pdf-memory":
    {
        // Each corpus PDF read once after a warm-up read: the managed heap's peak during the read above the heap before
        // it (sampled every 0.2 ms, garbage not yet collected included), what the read allocated, and what the result keeps.
        var files = Directory.GetFiles(Path.Combine(data, "pdf"), "*.pdf").Order(StringComparer.Ordinal).ToList();
        Measure.ReadPdf(files[0]);
        Console.WriteLine("| document | input | peak heap above before | × input | PdfPig's words alone: peak | × input | allocated | × input | result keeps | × input |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (string file in files)
        {
            var (size, peak, pdfPig, allocated, kept) = Measure.ReadPdf(file);
            static string Mb(long bytes) => $"{bytes / 1048576.0:0.0} MB";
            Console.WriteLine($"| {Path.GetFileNameWithoutExtension(file)} | {size / 1024.0:0} KB | {Mb(peak)} | {(double)peak / size:0} | {Mb(pdfPig)} | {(double)pdfPig / size:0} | {Mb(allocated)} | {(double)allocated / size:0} | {Mb(kept)} | {(double)kept / size:0.0} |");
        }

        return 0;
    }

    case "narrative":
    {
        Console.WriteLine("| narrative | size | time | per MB |");
        Console.WriteLine("|---|---:|---:|---:|");
        foreach (string part in Option("mb", "0.44,0.88,1.75").Split(','))
        {
            double mb = double.Parse(part, CultureInfo.InvariantCulture);
            string text = Documents.SharesWithoutBase((long)(mb * 1024 * 1024));
            var watch = Stopwatch.StartNew();
            var read = Budget.Domain.Reading.DisclosureReader.Read(text);
            watch.Stop();
            double size = Encoding.UTF8.GetByteCount(text) / 1048576.0;
            Console.WriteLine($"| 收入预算 1.00 万元，占 5.00%。 repeated ({read.Budget.Narrative.Count:N0} figures, {read.Diagnostics.Count:N0} diagnostics) | {size:0.00} MB | {watch.Elapsed.TotalSeconds:0.00} s | {watch.Elapsed.TotalSeconds / size:0.00} s |");
        }

        return 0;
    }

    default:
        Console.Error.WriteLine($"Unknown mode “{mode}”: use fuzz, memory or narrative.");
        return 64;
}
