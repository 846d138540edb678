using System.Diagnostics;

namespace Budget.Domain.Fuzz;

/// <summary>What one entry point did under fuzzing.</summary>
internal sealed record RunResult(long Inputs, long Exceptions, long Broken, double SlowestMs, long SlowestIndex, TimeSpan Elapsed, IReadOnlyList<string> Examples);

/// <summary>Runs a target over seeded inputs on several threads. Input <c>i</c> comes from <c>new Random(seed ⊕ i)</c>,
/// so a reported index reproduces its input.</summary>
internal static class Runner
{
    public static RunResult Run(FuzzTarget target, long inputs, int seed, int threads)
    {
        long exceptions = 0, broken = 0, slowestIndex = -1, slowestTicks = 0;
        var examples = new List<string>();
        var gate = new object();
        var watch = Stopwatch.StartNew();
        Parallel.For(0, threads, new ParallelOptions { MaxDegreeOfParallelism = threads }, thread =>
        {
            for (long i = thread; i < inputs; i += threads)
            {
                var random = new Random(unchecked(seed ^ (int)(i * 2654435761L)));
                long start = Stopwatch.GetTimestamp();
                string? problem;
                string input;
                try
                {
                    (problem, input) = target.Run(random);
                }
#pragma warning disable CA1031 // Counting every exception is the point.
                catch (Exception e)
#pragma warning restore CA1031
                {
                    Interlocked.Increment(ref exceptions);
                    Note($"#{i} {e.GetType().Name}: {e.Message} at {e.StackTrace?.Split('\n').FirstOrDefault()?.Trim()}");
                    continue;
                }

                long ticks = Stopwatch.GetTimestamp() - start;
                lock (gate)
                {
                    if (ticks > slowestTicks)
                    {
                        (slowestTicks, slowestIndex) = (ticks, i);
                    }
                }

                if (problem is not null)
                {
                    Interlocked.Increment(ref broken);
                    Note($"#{i} {problem}: {Shorten(input)}");
                }
            }
        });

        return new RunResult(inputs, exceptions, broken, slowestTicks * 1000.0 / Stopwatch.Frequency, slowestIndex, watch.Elapsed, examples);

        void Note(string example)
        {
            lock (gate)
            {
                if (examples.Count < 5)
                {
                    examples.Add(example);
                }
            }
        }
    }

    private static string Shorten(string text)
    {
        string escaped = string.Concat(text.Take(160).Select(c => c < ' ' || char.IsSurrogate(c) ? $"\\u{(int)c:X4}" : c.ToString()));
        return text.Length > 160 ? escaped + $"… ({text.Length} chars)" : escaped;
    }
}
