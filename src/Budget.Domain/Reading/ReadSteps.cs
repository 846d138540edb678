namespace Budget.Domain.Reading;

/// <summary>
/// The reading steps that are guarded on their own (a table, a performance sheet, a paragraph): a defect in one loses
/// that part only, reported as RD099 where it stands. For tests, <see cref="Failing"/> makes this thread's reads fail in
/// a chosen step as a defect would.
/// </summary>
internal static class ReadSteps
{
    /// <summary>For tests only: the steps (what, line) that fail on this thread.</summary>
    [ThreadStatic]
    internal static Func<string, int, bool>? Failing;

    /// <summary>Fails the step when a test asks it to.</summary>
    /// <param name="what">The step: a table's title, <c>the performance sheet</c>, <c>the paragraph</c>.</param>
    /// <param name="at">Where it starts.</param>
    public static void Probe(string what, Tables.SourceLocation at)
    {
        if (Failing is { } fails && fails(what, at.Line))
        {
            throw new InvalidOperationException($"A test made {what} at line {at.Line} fail.");
        }
    }
}
