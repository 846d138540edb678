using System.Globalization;

namespace Budget.Domain.Validation;

/// <summary>How serious a finding or a read diagnostic is. One vocabulary for reading and validation.</summary>
public enum Severity
{
    /// <summary>The document contradicts itself, or a figure could not be read.</summary>
    Error = 0,

    /// <summary>Something is missing or doubtful, but not a contradiction.</summary>
    Warning = 1,

    /// <summary>Worth knowing: a difference within rounding, a rule that does not apply and why.</summary>
    Information = 2,
}

/// <summary>The language of a message.</summary>
public enum Language
{
    /// <summary>简体中文 (the default of reports).</summary>
    Chinese = 0,

    /// <summary>English.</summary>
    English = 1,
}

/// <summary>
/// A rule of the catalogue: a stable id, a default severity, a title and a message template in Chinese and English,
/// and what it applies to. Validation findings and read diagnostics both name one.
/// </summary>
/// <remarks>
/// Immutable; ids never change meaning once published. A message template names the evidence it quotes in braces:
/// <c>{subject}</c>, <c>{stated}</c>, <c>{expected}</c>, <c>{difference}</c>, <c>{envelope}</c> and <c>{detail}</c>;
/// a finding fills every one it names.
/// </remarks>
public sealed record Rule
{
    internal Rule(string id, Severity severity, string chineseTitle, string englishTitle, string description)
        : this(id, severity, chineseTitle, englishTitle, description, description, "reading", strict: false)
    {
    }

    /// <summary>Creates a rule, for example one of a user's own.</summary>
    /// <param name="id">The stable id: letters then digits, for example <c>MY001</c>.</param>
    /// <param name="severity">The severity of its failing findings.</param>
    /// <param name="chineseTitle">The title in Chinese.</param>
    /// <param name="englishTitle">The title in English.</param>
    /// <param name="chineseMessage">The message template in Chinese.</param>
    /// <param name="englishMessage">The message template in English.</param>
    /// <param name="appliesTo">What it applies to (table kinds or meanings, document kinds, body types), in a sentence.</param>
    /// <param name="strict">Whether it runs only in the <c>strict</c> rule set.</param>
    /// <exception cref="ArgumentException">The id is not letters followed by digits, or a title is blank.</exception>
    public Rule(string id, Severity severity, string chineseTitle, string englishTitle, string chineseMessage, string englishMessage, string appliesTo, bool strict)
    {
        if (string.IsNullOrEmpty(id) || !char.IsAsciiLetterUpper(id[0]) || id.Any(c => !char.IsAsciiLetterUpper(c) && !char.IsAsciiDigit(c)) || !char.IsAsciiDigit(id[^1]))
        {
            throw new ArgumentException($"A rule id is upper-case letters followed by digits, for example MY001; \"{id}\" is not.", nameof(id));
        }

        ArgumentException.ThrowIfNullOrWhiteSpace(chineseTitle);
        ArgumentException.ThrowIfNullOrWhiteSpace(englishTitle);
        Id = id;
        Severity = severity;
        Title = chineseTitle;
        EnglishTitle = englishTitle;
        ChineseMessage = chineseMessage ?? string.Empty;
        EnglishMessage = englishMessage ?? string.Empty;
        AppliesTo = appliesTo ?? string.Empty;
        IsStrict = strict;
    }

    /// <summary>The stable id, for example <c>TB001</c>.</summary>
    public string Id { get; }

    /// <summary>The group the id names: its letters, for example <c>TB</c>.</summary>
    public string Group => new(Id.TakeWhile(char.IsAsciiLetter).ToArray());

    /// <summary>The default severity of its failing findings.</summary>
    public Severity Severity { get; }

    /// <summary>The title in Chinese.</summary>
    public string Title { get; }

    /// <summary>The title in English.</summary>
    public string EnglishTitle { get; }

    /// <summary>The message template in Chinese.</summary>
    public string ChineseMessage { get; }

    /// <summary>The message template in English.</summary>
    public string EnglishMessage { get; }

    /// <summary>What it checks, in English (the English message template for validation rules).</summary>
    public string Description => EnglishMessage;

    /// <summary>What it applies to.</summary>
    public string AppliesTo { get; }

    /// <summary>Whether it runs only in the <c>strict</c> rule set.</summary>
    public bool IsStrict { get; }

    /// <summary>The title in a language.</summary>
    /// <param name="language">The language.</param>
    /// <returns>The title.</returns>
    public string TitleIn(Language language) => language == Language.English ? EnglishTitle : Title;

    /// <summary>The message template in a language.</summary>
    /// <param name="language">The language.</param>
    /// <returns>The template.</returns>
    public string MessageIn(Language language) => language == Language.English ? EnglishMessage : ChineseMessage;

    /// <summary>Id and title.</summary>
    /// <returns>For example <c>TB001 合计列等于各组成列之和</c>.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Id} {Title}");
}
