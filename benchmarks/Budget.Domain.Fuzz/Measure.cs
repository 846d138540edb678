using System.Diagnostics;
using Budget.Domain.Reading;

namespace Budget.Domain.Fuzz;

/// <summary>Peak memory and time of one read, in this process.</summary>
internal static class Measure
{
    public static (long PeakWorkingSet, long Before, long Allocated, TimeSpan Elapsed, string Summary) Read(string path)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        long before;
        using (var self = Process.GetCurrentProcess())
        {
            before = self.WorkingSet64;
        }

        long allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var watch = Stopwatch.StartNew();
        DisclosureReadResult result;
        using (var stream = File.OpenRead(path))
        {
            result = DisclosureReader.Read(stream);
        }

        watch.Stop();
        long allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        using var process = Process.GetCurrentProcess();
        long live = GC.GetTotalMemory(forceFullCollection: true);
        string summary = $"the result holds {live / 1048576.0:0} MB live; {result.Budget.Tables.Count} table(s), {result.Budget.Tables.Sum(t => t.AllRows.Count):N0} rows, {result.Diagnostics.Count:N0} diagnostics";
        GC.KeepAlive(result);
        return (process.PeakWorkingSet64, before, allocated, watch.Elapsed, summary);
    }

    /// <summary>One PDF read: its size and pages, the managed heap's peak above the heap before (sampled), the bytes
    /// allocated, and the heap the result keeps after a full collection.</summary>
    public static (long Size, long Peak, long PdfPigPeak, long Allocated, long Kept) ReadPdf(string path)
    {
        byte[] bytes = File.ReadAllBytes(path);
        long pdfPig = PeakOf(() =>
        {
            using var document = UglyToad.PdfPig.PdfDocument.Open(bytes);
            return document.GetPages().Sum(p => p.GetWords().Count());
        });
        var (peak, allocated, kept, _) = Sampled(() => Budget.Domain.Pdf.PdfDisclosureReader.Read(bytes));
        return (bytes.Length, peak, pdfPig, allocated, kept);
    }

    private static long PeakOf<T>(Func<T> read) => Sampled(read).Peak;

    private static (long Peak, long Allocated, long Kept, T Result) Sampled<T>(Func<T> read)
    {
        long before = GC.GetTotalMemory(forceFullCollection: true);
        long peak = before;
        bool done = false;
        var sampler = new Thread(() =>
        {
            while (!Volatile.Read(ref done))
            {
                long now = GC.GetTotalMemory(forceFullCollection: false);
                if (now > peak)
                {
                    peak = now;
                }

                Thread.Sleep(TimeSpan.FromTicks(2000));
            }
        });
        long allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        sampler.Start();
        var result = read();
        Volatile.Write(ref done, true);
        sampler.Join();
        long allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        long kept = GC.GetTotalMemory(forceFullCollection: true) - before;
        GC.KeepAlive(result);
        return (peak - before, allocated, kept, result);
    }
}
