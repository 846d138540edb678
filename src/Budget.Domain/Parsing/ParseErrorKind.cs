namespace Budget.Domain;

/// <summary>Why a piece of disclosure text could not be read: a number, amount, rate, classification code or department.</summary>
public enum ParseErrorKind
{
    /// <summary>The text is empty or white space only (for amounts, see <see cref="Money.AmountCell"/> for empty cells).</summary>
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

    /// <summary>A classification code of a length its list does not have (支出功能分类: 3, 5 or 7 digits; 经济分类: 3 or 5).</summary>
    WrongLength = 9,

    /// <summary>A code whose 类 cannot belong to its list (支出功能分类 类 are 2xx, 部门预算经济分类 3xx, 政府预算经济分类 5xx).</summary>
    NotInList = 10,

    /// <summary>A 类, 款 or 项 segment that is 00, which no list uses: the 款 cannot belong to its 类, or the 项 to its 款.</summary>
    ZeroSegment = 11,

    /// <summary>The text does not have the expected shape (for example a department printed as <c>[117]人力资源社会保障部</c>).</summary>
    WrongShape = 12,

    /// <summary>A document that is not well-formed (for example broken JSON).</summary>
    Malformed = 13,

    /// <summary>A document of a schema or version the library does not read.</summary>
    UnsupportedVersion = 14,
}
