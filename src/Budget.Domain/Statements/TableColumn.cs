namespace Budget.Domain.Statements;

/// <summary>A column of a standard table: a stable key (used in JSON and CSV) and its printed Chinese name.</summary>
/// <remarks>Immutable; equal when key and names are equal.</remarks>
public sealed record TableColumn
{
    /// <summary>Creates a column.</summary>
    /// <param name="key">The stable key, for example <c>basic</c>.</param>
    /// <param name="chineseName">The name as standard tables print it, for example <c>基本支出</c>.</param>
    /// <param name="englishName">The English name, for example <c>basic expenditure</c>.</param>
    public TableColumn(string key, string chineseName, string englishName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        Key = key;
        ChineseName = chineseName ?? string.Empty;
        EnglishName = englishName ?? string.Empty;
    }

    /// <summary>The stable key, used in JSON and CSV.</summary>
    public string Key { get; }

    /// <summary>The name as standard tables print it.</summary>
    public string ChineseName { get; }

    /// <summary>The English name.</summary>
    public string EnglishName { get; }

    /// <summary>Key and Chinese name.</summary>
    /// <returns>For example <c>basic (基本支出)</c>.</returns>
    public override string ToString() => $"{Key} ({ChineseName})";
}
