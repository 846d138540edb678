using Budget.Domain.Reading;

namespace Budget.Domain.Tests.Reading;

/// <summary>
/// The MOHRSS 2024 budget as published, in the text layout of the seed (Data/mohrss-2024-budget.txt): every table,
/// sheet row and figure-bearing sentence kept; duties, scope, glossary definitions and goal texts trimmed to their
/// first sentence; one goal broken over two lines as converters do.
/// </summary>
internal static class MohrssDisclosure
{
    private static readonly Lazy<string> TextOnce = new(() => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Reading", "Data", "mohrss-2024-budget.txt")));

    private static readonly Lazy<DisclosureReadResult> ReadOnce = new(() => DisclosureReader.Read(Text));

    public static string Text => TextOnce.Value;

    public static IReadOnlyList<string> Lines => Text.Split('\n');

    public static DisclosureReadResult Read() => ReadOnce.Value;
}
