namespace Budget.Domain.Money;

public readonly partial struct Amount
{
    /// <summary>Adds two amounts.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>The sum.</returns>
    /// <exception cref="OverflowException">The sum is out of range.</exception>
    public static Amount operator +(Amount left, Amount right) => new(CheckRange(left.fen + right.fen));

    /// <summary>Subtracts one amount from another.</summary>
    /// <param name="left">The amount to subtract from.</param>
    /// <param name="right">The amount to subtract.</param>
    /// <returns>The difference.</returns>
    /// <exception cref="OverflowException">The difference is out of range.</exception>
    public static Amount operator -(Amount left, Amount right) => new(CheckRange(left.fen - right.fen));

    /// <summary>Negates an amount.</summary>
    /// <param name="amount">The amount.</param>
    /// <returns>The amount with the opposite sign.</returns>
    public static Amount operator -(Amount amount) => new(-amount.fen);

    /// <summary>Multiplies an amount by a whole number.</summary>
    /// <param name="amount">The amount.</param>
    /// <param name="factor">The factor.</param>
    /// <returns>The product.</returns>
    /// <exception cref="OverflowException">The product is out of range.</exception>
    public static Amount operator *(Amount amount, long factor) => amount.Multiply(factor);

    /// <summary>Whether two amounts are equal.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(Amount left, Amount right) => left.Equals(right);

    /// <summary>Whether two amounts differ.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>True when they differ.</returns>
    public static bool operator !=(Amount left, Amount right) => !left.Equals(right);

    /// <summary>Whether the first amount is smaller.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>True when <paramref name="left"/> &lt; <paramref name="right"/>.</returns>
    public static bool operator <(Amount left, Amount right) => left.CompareTo(right) < 0;

    /// <summary>Whether the first amount is smaller or equal.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>True when <paramref name="left"/> ≤ <paramref name="right"/>.</returns>
    public static bool operator <=(Amount left, Amount right) => left.CompareTo(right) <= 0;

    /// <summary>Whether the first amount is larger.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>True when <paramref name="left"/> &gt; <paramref name="right"/>.</returns>
    public static bool operator >(Amount left, Amount right) => left.CompareTo(right) > 0;

    /// <summary>Whether the first amount is larger or equal.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>True when <paramref name="left"/> ≥ <paramref name="right"/>.</returns>
    public static bool operator >=(Amount left, Amount right) => left.CompareTo(right) >= 0;

    /// <summary>Adds an amount (the named twin of <c>+</c>).</summary>
    /// <param name="other">The amount to add.</param>
    /// <returns>The sum.</returns>
    /// <exception cref="OverflowException">The sum is out of range.</exception>
    public Amount Add(Amount other) => this + other;

    /// <summary>Subtracts an amount (the named twin of binary <c>-</c>).</summary>
    /// <param name="other">The amount to subtract.</param>
    /// <returns>The difference.</returns>
    /// <exception cref="OverflowException">The difference is out of range.</exception>
    public Amount Subtract(Amount other) => this - other;

    /// <summary>The amount with the opposite sign (the named twin of unary <c>-</c>).</summary>
    /// <returns>The negated amount.</returns>
    public Amount Negate() => -this;

    /// <summary>Multiplies by a whole number (the named twin of <c>*</c>).</summary>
    /// <param name="factor">The factor.</param>
    /// <returns>The product.</returns>
    /// <exception cref="OverflowException">The product is out of range.</exception>
    public Amount Multiply(long factor)
    {
        long product;
        try
        {
            product = checked(fen * factor);
        }
        catch (OverflowException)
        {
            throw RangeError();
        }

        return new(CheckRange(product));
    }
}
