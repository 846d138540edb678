namespace Budget.Domain;

/// <summary>
/// Thrown when an operation mixes things that cannot be combined, such as a rate that is not applicable
/// with one that is, or parts and a total measured in different ways.
/// </summary>
/// <remarks>The library's one domain exception; it is sealed, and its message names both operands.</remarks>
public sealed class IncompatibleOperandsException : InvalidOperationException
{
    /// <summary>Creates the exception with a message that names both operands.</summary>
    /// <param name="message">The message.</param>
    public IncompatibleOperandsException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a default message.</summary>
    public IncompatibleOperandsException()
        : base("The operands cannot be combined.")
    {
    }

    /// <summary>Creates the exception with a message and the exception that caused it.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public IncompatibleOperandsException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
