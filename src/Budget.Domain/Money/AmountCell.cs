namespace Budget.Domain.Money;

/// <summary>
/// One amount cell of a table as printed: either an amount, or empty (blank, a dash such as <c>-</c>,
/// <c>—</c>, <c>--</c>, or the word <c>无</c>). Empty is kept distinct from <c>0.00</c>: both are zero arithmetically, but a document
/// may use them differently.
/// </summary>
/// <remarks>
/// Immutable and thread-safe. <c>default(AmountCell)</c> is a blank cell. Two cells are equal when both hold
/// equal amounts, or both are empty with the same marker.
/// </remarks>
public readonly struct AmountCell : IEquatable<AmountCell>
{
    /// <summary>The dashes an empty cell may show (<see cref="NumberText.IsEmptyMarker"/>), in the order of their codes.</summary>
    private const string Dashes = "-−－–—―‐";

    /// <summary>The word an empty cell may show instead of a dash (无, none).</summary>
    private const string NoneWord = "无";

    /// <summary>Every marker by its code: 0 is blank, then every dash of one, two and three characters, then 无.</summary>
    private static readonly string[] Markers = MakeMarkers();

    // One word per cell, so that a table of many rows stays small: an amount is (fen << 1) | 1 (|fen| < 2^60); an
    // empty cell is its marker's code << 1, so that default (0) is blank.
    private readonly long bits;

    private AmountCell(long bits) => this.bits = bits;

    /// <summary>A blank cell (nothing printed).</summary>
    public static AmountCell Blank => default;

    /// <summary>Whether the cell holds an amount (possibly 0.00).</summary>
    public bool HasAmount => (bits & 1) != 0;

    /// <summary>Whether the cell is empty (blank, a dash or 无).</summary>
    public bool IsEmpty => !HasAmount;

    /// <summary>The amount; zero when the cell is empty (arithmetic treats empty as zero).</summary>
    public Amount Amount => HasAmount ? Amount.FromFen(bits >> 1) : Amount.Zero;

    /// <summary>What an empty cell showed: <c>""</c> for blank, the dash, or <c>无</c>; <c>""</c> when the cell holds an amount.</summary>
    public string EmptyMarker => HasAmount ? string.Empty : Markers[bits >> 1];

    /// <summary>A cell holding an amount.</summary>
    /// <param name="amount">The amount.</param>
    /// <returns>The cell.</returns>
    public static AmountCell Of(Amount amount) => new((amount.Fen << 1) | 1);

    /// <summary>An empty cell that showed a dash or 无 (or blank for <c>""</c>).</summary>
    /// <param name="marker">The marker as printed: <c>-</c>, <c>--</c>, <c>—</c>, <c>——</c>, <c>－</c>, <c>–</c>, <c>−</c>, <c>无</c>, or <c>""</c>.</param>
    /// <returns>The cell.</returns>
    /// <exception cref="ArgumentException">The marker is not blank, a dash or 无.</exception>
    public static AmountCell Empty(string marker)
    {
        ArgumentNullException.ThrowIfNull(marker);
        if (marker.Length != 0 && !NumberText.IsEmptyMarker(marker))
        {
            throw new ArgumentException($"\"{marker}\" is not a blank, dash or 无 marker.", nameof(marker));
        }

        return new((long)MarkerCode(marker) << 1);
    }

    /// <summary>
    /// Reads a cell without throwing: blank, dashes and 无 give an empty cell; anything else is read as
    /// <see cref="Amount.Parse"/> reads it.
    /// </summary>
    /// <param name="text">The cell's text.</param>
    /// <param name="unit">The table's unit.</param>
    /// <returns>The cell, or what was wrong and where.</returns>
    public static ParseResult<AmountCell> Parse(string? text, AmountUnit unit)
    {
        if (!NumberText.TryScan(text, NumberSyntax.Amount, out var n, out var error))
        {
            return error!.Kind == ParseErrorKind.Empty ? ParseResult.Ok(Blank) : ParseResult.Fail<AmountCell>(error);
        }

        if (n.IsEmptyMarker)
        {
            return ParseResult.Ok(new AmountCell((long)MarkerCode(text!.AsSpan(n.MarkerStart, n.MarkerLength)) << 1));
        }

        return Amount.TryFromScanned(text, n, n.Unit ?? unit, out var amount, out error)
            ? ParseResult.Ok(Of(amount))
            : ParseResult.Fail<AmountCell>(error!);
    }

    /// <summary>Reads a cell as <see cref="Parse"/> does, returning whether it succeeded.</summary>
    /// <param name="text">The cell's text.</param>
    /// <param name="unit">The table's unit.</param>
    /// <param name="cell">The cell read; blank on failure.</param>
    /// <returns>Whether the text is a cell.</returns>
    public static bool TryParse(string? text, AmountUnit unit, out AmountCell cell) => Parse(text, unit).TryGetValue(out cell);

    /// <summary>Handles both cases exhaustively.</summary>
    /// <typeparam name="TResult">The type of the answer.</typeparam>
    /// <param name="amount">Called with the amount when the cell holds one.</param>
    /// <param name="empty">Called with the marker when the cell is empty.</param>
    /// <returns>What the chosen function returns.</returns>
    public TResult Match<TResult>(Func<Amount, TResult> amount, Func<string, TResult> empty)
    {
        ArgumentNullException.ThrowIfNull(amount);
        ArgumentNullException.ThrowIfNull(empty);
        return HasAmount ? amount(Amount) : empty(EmptyMarker);
    }

    /// <summary>Prints the cell as a disclosure would: the amount (see <see cref="Amount.Format"/>), or the marker.</summary>
    /// <param name="unit">The table's unit.</param>
    /// <returns>The text; <see cref="Parse"/> reads it back to an equal cell.</returns>
    public string Format(AmountUnit unit) => HasAmount ? Amount.Format(unit) : EmptyMarker;

    /// <inheritdoc/>
    public bool Equals(AmountCell other) => bits == other.bits;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is AmountCell other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => bits.GetHashCode();

    /// <summary>The amount, or a description of the empty cell.</summary>
    /// <returns>The amount in 元 (a cell does not know its table's unit), <c>(blank)</c> or <c>(empty "-")</c>.</returns>
    public override string ToString() =>
        HasAmount ? Amount.ToString() : EmptyMarker.Length == 0 ? "(blank)" : $"(empty \"{EmptyMarker}\")";

    /// <summary>Whether two cells are equal.</summary>
    /// <param name="left">The first cell.</param>
    /// <param name="right">The second cell.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(AmountCell left, AmountCell right) => left.Equals(right);

    /// <summary>Whether two cells differ.</summary>
    /// <param name="left">The first cell.</param>
    /// <param name="right">The second cell.</param>
    /// <returns>True when they differ.</returns>
    public static bool operator !=(AmountCell left, AmountCell right) => !left.Equals(right);

    /// <summary>The code of a marker: 0 for blank; 1–7 one dash, 8–56 two, 57–399 three (base 7 over <see cref="Dashes"/>).</summary>
    private static int MarkerCode(ReadOnlySpan<char> marker)
    {
        if (marker.SequenceEqual(NoneWord))
        {
            return 400;
        }

        int code = 0;
        foreach (char c in marker)
        {
            code = (code * 7) + Dashes.IndexOf(c, StringComparison.Ordinal);
        }

        return marker.Length switch
        {
            0 => 0,
            1 => 1 + code,
            2 => 8 + code,
            _ => 57 + code,
        };
    }

    private static string[] MakeMarkers()
    {
        var markers = new string[401];
        markers[0] = string.Empty;
        markers[400] = NoneWord;
        foreach (char a in Dashes)
        {
            markers[MarkerCode([a])] = a.ToString();
            foreach (char b in Dashes)
            {
                markers[MarkerCode([a, b])] = string.Concat(a, b);
                foreach (char c in Dashes)
                {
                    markers[MarkerCode([a, b, c])] = string.Concat(a, b, c);
                }
            }
        }

        return markers;
    }
}
