using System.Globalization;

namespace Budget.Domain;

/// <summary>
/// What went wrong reading a piece of text, and where: the kind, the 1-based column in the text, and a
/// message that names the offending character or figure.
/// </summary>
/// <remarks>Immutable and thread-safe. Two errors are equal when kind, text, column and message are equal.</remarks>
public sealed record ParseError
{
    /// <summary>Creates an error.</summary>
    /// <param name="kind">Why the text could not be read.</param>
    /// <param name="text">The whole text that was being read (never null; null input is kept as empty).</param>
    /// <param name="column">The 1-based column of the offending character, or 0 when the error concerns the whole text.</param>
    /// <param name="message">A precise English message.</param>
    public ParseError(ParseErrorKind kind, string? text, int column, string message)
        : this(kind, text, 0, column, message)
    {
    }

    /// <summary>Creates an error in a document of several lines.</summary>
    /// <param name="kind">Why the text could not be read.</param>
    /// <param name="text">The text of the offending line (never null; null input is kept as empty).</param>
    /// <param name="line">The 1-based line in the document, or 0 when unknown.</param>
    /// <param name="column">The 1-based column in that line, or 0 when the error concerns the whole line.</param>
    /// <param name="message">A precise English message.</param>
    public ParseError(ParseErrorKind kind, string? text, int line, int column, string message)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(line);
        ArgumentOutOfRangeException.ThrowIfNegative(column);
        Kind = kind;
        Line = line;
        Text = text ?? string.Empty;
        Column = column;
        Message = message ?? string.Empty;
    }

    /// <summary>Why the text could not be read.</summary>
    public ParseErrorKind Kind { get; }

    /// <summary>The 1-based line in a document of several lines; 0 for a single piece of text.</summary>
    public int Line { get; }

    /// <summary>The whole text that was being read (for a document, the offending line).</summary>
    public string Text { get; }

    /// <summary>The 1-based column of the offending character in <see cref="Text"/>; 0 when the error concerns the whole text.</summary>
    public int Column { get; }

    /// <summary>A precise English message, naming the character or figure at fault.</summary>
    public string Message { get; }

    /// <summary>The message with the kind and the text, for logs and notebooks.</summary>
    /// <returns>For example <c>InvalidCharacter at column 3 in "12a": unexpected character 'a'</c>.</returns>
    public override string ToString() =>
        Line > 0
            ? string.Create(CultureInfo.InvariantCulture, $"{Kind} at line {Line}, column {Column}: {Message}")
            : Column > 0
            ? string.Create(CultureInfo.InvariantCulture, $"{Kind} at column {Column} in \"{Text}\": {Message}")
            : string.Create(CultureInfo.InvariantCulture, $"{Kind} in \"{Text}\": {Message}");
}
