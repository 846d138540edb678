namespace Budget.Domain.Money;

/// <summary>Why a piece of disclosure text could not be read as a number, amount or rate.</summary>
public enum ParseErrorKind
{
    /// <summary>The text is empty or white space only (for amounts, see <see cref="AmountCell"/> for empty cells).</summary>
    Empty = 0,

    /// <summary>A character that cannot appear in a number here.</summary>
    InvalidCharacter = 1,

    /// <summary>A decimal digit of a script other than ASCII or full-width (for example Arabic-Indic ٣).</summary>
    UnsupportedDigit = 2,

    /// <summary>A thousands separator where none can be: not after three digits, in the decimals, or leading.</summary>
    MisplacedGroupSeparator = 3,

    /// <summary>More than one decimal point.</summary>
    MultipleDecimalPoints = 4,

    /// <summary>A sign, separator or markup but no digit.</summary>
    NoDigits = 5,

    /// <summary>More decimals than the unit can hold exactly (an amount is exact to the 分).</summary>
    TooManyDecimals = 6,

    /// <summary>The number is outside the range of the type.</summary>
    Overflow = 7,

    /// <summary>A required suffix (such as <c>%</c> for a rate) is missing, or a suffix is not allowed here.</summary>
    MissingOrWrongSuffix = 8,
}
