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
}
