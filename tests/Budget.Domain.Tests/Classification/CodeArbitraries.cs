using Budget.Domain.Classification;
using FsCheck;
using FsCheck.Fluent;

namespace Budget.Domain.Tests.Classification;

/// <summary>Generators of well-formed codes of every level.</summary>
public static class CodeArbitraries
{
    private static readonly Gen<string> Segment = Gen.Choose(1, 99).Select(n => n.ToString("00", System.Globalization.CultureInfo.InvariantCulture));

    public static Gen<string> Digits(char lead, int maxLevel) =>
        from cls in Segment
        from level in Gen.Choose(1, maxLevel)
        from section in Segment
        from item in Segment
        select level switch
        {
            1 => lead + cls,
            2 => lead + cls + section,
            _ => lead + cls + section + item,
        };

    public static Gen<FunctionalCode> Functional { get; } = Digits('2', 3).Select(d => FunctionalCode.Parse(d).GetValueOrThrow());

    public static Gen<DepartmentEconomicCode> DepartmentEconomic { get; } = Digits('3', 2).Select(d => DepartmentEconomicCode.Parse(d).GetValueOrThrow());

    public static Gen<GovernmentEconomicCode> GovernmentEconomic { get; } = Digits('5', 2).Select(d => GovernmentEconomicCode.Parse(d).GetValueOrThrow());

    /// <summary>Functional codes that share a few 类 and 款, so that hierarchies actually occur.</summary>
    public static Gen<FunctionalCode> Clustered { get; } =
        from cls in Gen.Elements("201", "208", "221")
        from section in Gen.Elements("", "01", "05")
        from item in Gen.Elements("", "01", "02", "99")
        let digits = section.Length == 0 ? cls : cls + section + item
        select FunctionalCode.Parse(digits).GetValueOrThrow();

    public static Arbitrary<FunctionalCode> FunctionalCodes() => Functional.ToArbitrary();

    public static Arbitrary<DepartmentEconomicCode> DepartmentEconomicCodes() => DepartmentEconomic.ToArbitrary();

    public static Arbitrary<GovernmentEconomicCode> GovernmentEconomicCodes() => GovernmentEconomic.ToArbitrary();
}
