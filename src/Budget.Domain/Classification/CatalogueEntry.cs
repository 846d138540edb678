namespace Budget.Domain.Classification;

/// <summary>One code of a catalogue with its name and where it came from.</summary>
/// <typeparam name="TCode">The code type of the list.</typeparam>
/// <remarks>Immutable and thread-safe; equal when code, name and source are equal.</remarks>
public sealed record CatalogueEntry<TCode>
    where TCode : struct, IClassificationCode<TCode>
{
    /// <summary>Creates an entry.</summary>
    /// <param name="code">The code.</param>
    /// <param name="name">Its name, for example <c>行政运行</c>.</param>
    /// <param name="source">Where the entry came from (provenance): a document, a file and line, a person.</param>
    /// <exception cref="ArgumentException">The code is <c>default</c>, or the name or source is blank.</exception>
    public CatalogueEntry(TCode code, string name, string source)
    {
        if (code.Level == CodeLevel.None)
        {
            throw new ArgumentException("The code is empty (default).", nameof(code));
        }

        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(source);
        Code = code;
        Name = name.Trim();
        Source = source.Trim();
    }

    /// <summary>The code.</summary>
    public TCode Code { get; }

    /// <summary>The name.</summary>
    public string Name { get; }

    /// <summary>Where the entry came from.</summary>
    public string Source { get; }

    /// <summary>The level of the code.</summary>
    public CodeLevel Level => Code.Level;

    /// <summary>The parent code; null for a 类.</summary>
    public TCode? Parent => Code.Parent;

    /// <summary>Code and name.</summary>
    /// <returns>For example <c>2080101 行政运行</c>.</returns>
    public override string ToString() => $"{Code.Value} {Name}";
}
