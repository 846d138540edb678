namespace Budget.Domain;

/// <summary>Creates <see cref="ParseResult{T}"/> values, for parsers written on top of the library.</summary>
public static class ParseResult
{
    /// <summary>A successful result.</summary>
    /// <typeparam name="T">The type of the value.</typeparam>
    /// <param name="value">The value read.</param>
    /// <returns>The result.</returns>
    public static ParseResult<T> Ok<T>(T value) => new(value, null, true);

    /// <summary>A failed result.</summary>
    /// <typeparam name="T">The type of the value that could not be read.</typeparam>
    /// <param name="error">What was wrong.</param>
    /// <returns>The result.</returns>
    public static ParseResult<T> Fail<T>(ParseError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return new(default!, error, false);
    }
}

/// <summary>
/// The outcome of a never-throwing parse: either a value, or a <see cref="ParseError"/> that says what was
/// wrong and where.
/// </summary>
/// <typeparam name="T">The type of the value read.</typeparam>
/// <remarks>
/// Immutable and thread-safe. No member throws except <see cref="GetValueOrThrow"/>:
/// <see cref="Value"/> is <c>default(T)</c> and <see cref="Error"/> is null on the side that does not apply.
/// <c>default(ParseResult&lt;T&gt;)</c> is a failure with no error object; the library never returns it.
/// </remarks>
public readonly struct ParseResult<T> : IEquatable<ParseResult<T>>
{
    private readonly T value;

    internal ParseResult(T value, ParseError? error, bool success)
    {
        this.value = value;
        Error = error;
        Success = success;
    }

    /// <summary>Whether the text was read.</summary>
    public bool Success { get; }

    /// <summary>The value read; <c>default(T)</c> when <see cref="Success"/> is false.</summary>
    public T Value => value;

    /// <summary>What was wrong; null when <see cref="Success"/> is true.</summary>
    public ParseError? Error { get; }

    /// <summary>Gets the value when the parse succeeded.</summary>
    /// <param name="result">The value, or <c>default(T)</c>.</param>
    /// <returns><see cref="Success"/>.</returns>
    public bool TryGetValue(out T result)
    {
        result = value;
        return Success;
    }

    /// <summary>The value, or a <see cref="FormatException"/> carrying the error's message.</summary>
    /// <returns>The value read.</returns>
    /// <exception cref="FormatException">The parse failed.</exception>
    public T GetValueOrThrow() =>
        Success ? value : throw new FormatException(Error?.ToString() ?? "The text could not be read.");

    /// <summary>Handles both outcomes exhaustively.</summary>
    /// <typeparam name="TResult">The type of the answer.</typeparam>
    /// <param name="success">Called with the value when the parse succeeded.</param>
    /// <param name="failure">Called with the error when it failed.</param>
    /// <returns>What the chosen function returns.</returns>
    public TResult Match<TResult>(Func<T, TResult> success, Func<ParseError, TResult> failure)
    {
        ArgumentNullException.ThrowIfNull(success);
        ArgumentNullException.ThrowIfNull(failure);
        return Success ? success(value) : failure(Error ?? new ParseError(ParseErrorKind.Empty, string.Empty, 0, "No result."));
    }

    /// <inheritdoc/>
    public bool Equals(ParseResult<T> other) =>
        Success == other.Success && EqualityComparer<T>.Default.Equals(value, other.value) && Equals(Error, other.Error);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is ParseResult<T> other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Success, value, Error);

    /// <summary>The value, or the error.</summary>
    /// <returns>A short description.</returns>
    public override string ToString() => Success ? $"Ok({value})" : $"Error({Error})";

    /// <summary>Whether two results are equal.</summary>
    /// <param name="left">The first result.</param>
    /// <param name="right">The second result.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(ParseResult<T> left, ParseResult<T> right) => left.Equals(right);

    /// <summary>Whether two results differ.</summary>
    /// <param name="left">The first result.</param>
    /// <param name="right">The second result.</param>
    /// <returns>True when they differ.</returns>
    public static bool operator !=(ParseResult<T> left, ParseResult<T> right) => !left.Equals(right);
}
