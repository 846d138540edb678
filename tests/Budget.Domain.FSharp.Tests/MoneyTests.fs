module Budget.Domain.FSharp.Tests.MoneyTests

open System
open Xunit
open FsCheck
open FsCheck.FSharp
open FsCheck.Xunit
open Budget.Domain.Money

let wan (text: string) = (Amount.Parse(text, AmountUnit.WanYuan)).GetValueOrThrow()

/// Amounts over the whole range, biased to everyday figures.
let amounts =
    Gen.oneof [
        Gen.choose (-10_000_000, 10_000_000) |> Gen.map (int64 >> Amount.FromFen)
        gen {
            let! hi = Gen.choose (-999_999_999, 999_999_999)
            let! lo = Gen.choose (0, 999_999_999)
            return Amount.FromFen(int64 hi * 1_000_000_000L + (if hi < 0 then -(int64 lo) else int64 lo))
        }
        Gen.elements [ Amount.Zero; Amount.MaxValue; Amount.MinValue ]
    ]

let addable = amounts |> Gen.map (fun a -> Amount.FromFen(a.Fen / 3L))
let units = Gen.elements (AmountUnits.All |> List.ofSeq)

[<Property>]
let ``addition is commutative and associative`` () =
    Prop.forAll (Arb.fromGen (Gen.three addable)) (fun (a, b, c) ->
        a + b = b + a && (a + b) + c = a + (b + c))

[<Property>]
let ``zero is the identity and negation the inverse`` () =
    Prop.forAll (Arb.fromGen amounts) (fun a ->
        a + Amount.Zero = a && a + (-a) = Amount.Zero && a - a = Amount.Zero)

[<Property>]
let ``parse of format is the identity in every unit`` () =
    Prop.forAll (Arb.fromGen (Gen.zip amounts units)) (fun (a, unit) ->
        match Amount.TryParse(a.Format unit, unit) with
        | true, read -> read = a
        | false, _ -> false)

[<Property>]
let ``unit conversion round-trips`` () =
    Prop.forAll (Arb.fromGen (Gen.zip amounts units)) (fun (a, unit) -> Amount.From(a.ToDecimal unit, unit) = a)

[<Property>]
let ``allocation adds up and is fair`` () =
    let cases = Gen.zip amounts (Gen.choose (1, 40))
    Prop.forAll (Arb.fromGen cases) (fun (a, n) ->
        let parts = a.Split(n, AmountUnit.Yuan) |> List.ofSeq
        Amount.Sum parts = a
        && (parts |> List.map (fun p -> p.Fen) |> fun fs -> List.max fs - List.min fs <= 1L))

[<Fact>]
let ``TryParse reads as a tuple and errors say where`` () =
    let ok, amount = Amount.TryParse("479,761.98", AmountUnit.WanYuan)
    Assert.True ok
    Assert.Equal("479,761.98 万元", amount.FormatWithUnit AmountUnit.WanYuan)

    let result = Amount.Parse("1,2,3.4.5", AmountUnit.WanYuan)
    let described =
        result.Match((fun a -> string a), (fun e -> sprintf "%A@%d" e.Kind e.Column))
    Assert.Equal("MisplacedGroupSeparator@2", described)

[<Fact>]
let ``empty cells are not zero`` () =
    let cells =
        [ ""; "-"; "—"; "0.00"; "433,002.21" ]
        |> List.map (fun t -> (AmountCell.Parse(t, AmountUnit.WanYuan)).Value)
    let kinds = cells |> List.map (fun c -> c.Match((fun a -> if a.IsZero then "zero" else "amount"), (fun m -> "empty" + m)))
    Assert.Equal<string list>([ "empty"; "empty-"; "empty—"; "zero"; "amount" ], kinds)
    Assert.Equal(wan "433,002.21", cells |> List.sumBy (fun c -> c.Amount))

[<Fact>]
let ``rates match the seed and a zero base is not applicable`` () =
    let rate = Rate.Change(wan "223,672.44", wan "433,002.21", RoundingPolicy.Default)
    Assert.Equal("93.59%", rate.Format())
    let describe (r: Rate) = r.Match((fun p -> sprintf "%M%%" p), (fun () -> "n/a"))
    Assert.Equal("93.59%", describe rate)
    Assert.Equal("n/a", describe (Rate.Change(Amount.Zero, wan "140.00", RoundingPolicy.Default)))
    Assert.Equal("9.26%", (Rate.Share(wan "44,423.56", wan "479,761.98", RoundingPolicy.Default)).Format())

[<Fact>]
let ``rounding policies are explicit values`` () =
    let half = wan "0.005"
    Assert.Equal(wan "0.01", RoundingPolicy.Default.Round(half, AmountUnit.WanYuan))
    Assert.Equal(wan "0.00", RoundingPolicy.HalfToEven.Round(half, AmountUnit.WanYuan))
    Assert.Equal(wan "-0.01", RoundingPolicy.Default.Round(-half, AmountUnit.WanYuan))

[<Fact>]
let ``totals are checked with rounding in mind`` () =
    let check = TotalCheck.Of(wan "100.02", [ wan "33.33"; wan "33.33"; wan "33.34" ], AmountUnit.WanYuan)
    Assert.Equal(Consistency.WithinRounding, check.Outcome)
    let off = TotalCheck.Of(wan "100.03", [ wan "33.33"; wan "33.33"; wan "33.34" ], AmountUnit.WanYuan)
    Assert.Equal(Consistency.Inconsistent, off.Outcome)
    Assert.Equal(Some (wan "0.03"), Option.ofNullable off.Difference)

[<Fact>]
let ``overflow is an error`` () =
    Assert.Throws<OverflowException>(fun () -> Amount.MaxValue + Amount.FromFen 1L |> ignore) |> ignore
