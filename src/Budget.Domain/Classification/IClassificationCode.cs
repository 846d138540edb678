namespace Budget.Domain.Classification;

/// <summary>
/// What the code types of the three lists share, so that catalogues and hierarchies work for each of them:
/// <see cref="FunctionalCode"/>, <see cref="DepartmentEconomicCode"/> and <see cref="GovernmentEconomicCode"/>.
/// </summary>
/// <typeparam name="TSelf">The code type itself.</typeparam>
public interface IClassificationCode<TSelf> : IEquatable<TSelf>, IComparable<TSelf>
    where TSelf : struct, IClassificationCode<TSelf>
{
    /// <summary>The digits of the code, for example <c>2080101</c>.</summary>
    string Value { get; }

    /// <summary>The level, which follows from the number of digits.</summary>
    CodeLevel Level { get; }

    /// <summary>The list the code belongs to.</summary>
    ClassificationKind Kind { get; }

    /// <summary>The parent (the 类 of a 款, the 款 of a 项); null for a 类.</summary>
    TSelf? Parent { get; }

    /// <summary>Reads a code without throwing.</summary>
    /// <param name="text">The text of the code.</param>
    /// <returns>The code, or what was wrong and where.</returns>
    static abstract ParseResult<TSelf> Parse(string? text);
}
