module Budget.Domain.FSharp.Tests.RobustnessTests

// The library's never-throwing promises, from F#: hostile text (lone surrogates, control characters, edge numbers,
// markup) through every parser and reader gives a result or an error, never an exception.

open System
open System.IO
open System.Text
open FsCheck
open FsCheck.FSharp
open FsCheck.Xunit
open Budget.Domain.Money
open Budget.Domain.Classification
open Budget.Domain.Performance
open Budget.Domain.Reading
open Budget.Domain.Serialization
open Budget.Domain.FSharp.Tests.StatementTests

let private edgeNumbers =
    [ "9,999,999,999,999,999.99"; "-9,999,999,999,999,999.99"; "99999999999999999999"; "2147483647"; "2147483648"
      "-2147483649"; "4294967296"; "21.47483648%"; "66．59441318"; "678850.6146%"; "999,999,999,999.99" ]

let private nasty =
    [ "\uD800"; "\uDBFF"; "\uDC00"; "\u0000"; "\uFFFD"; "\uFEFF"; "\r"; "\n"; "\t"; "\u2028"; "\u00A0"; "\u3000"
      "\u0301"; "％"; "万元"; "<b>"; "**"; "（"; "—"; "，"; "．"; "Ⅰ"; "㎡"; "①"; "١" ]

let private hostile: Gen<string> =
    Gen.oneof
        [ Gen.elements edgeNumbers
          Gen.elements nasty
          Gen.choose (0, 0xFFFF) |> Gen.map (fun c -> string (char c))
          Gen.elements [ "0"; "1"; "."; ","; "-"; "万"; "元"; "合计"; "一般公共预算"; " " ] ]
    |> Gen.listOf
    |> Gen.map String.Concat

let private texts = Arb.fromGen hostile

[<Property(MaxTest = 2000)>]
let ``parsers give a value or an error for hostile text`` () =
    Prop.forAll texts (fun text ->
        let amount = Amount.Parse(text, AmountUnit.WanYuan)
        let cell = AmountCell.Parse(text, AmountUnit.Yuan)
        let rate = Rate.Parse text
        let code = FunctionalCode.Parse text
        let department = Department.Parse text
        let target = Target.Parse text
        amount.Success = isNull amount.Error
        && cell.Success = isNull cell.Error
        && rate.Success = isNull rate.Error
        && code.Success = isNull code.Error
        && department.Success = isNull department.Error
        && target.Text = text
        && NameKey.Of text = NameKey.Of text)

[<Property(MaxTest = 300)>]
let ``hostile lines in a document cost no reader defect`` () =
    let printed = DisclosureWriter.Write budget
    let lines = printed.Split '\n'
    Prop.forAll (Arb.fromGen (Gen.zip (Gen.choose (0, lines.Length - 1)) hostile)) (fun (at: int, line: string) ->
        let text: string = String.Join("\n", Array.concat [ lines[.. at - 1]; [| line |]; lines[at ..] ])
        let result = DisclosureReader.Read text
        let fromStream = DisclosureReader.Read(new MemoryStream(Encoding.UTF8.GetBytes text))
        result.DiagnosticsOf(ReadRules.InternalError.Id).Count = 0
        && fromStream.DiagnosticsOf(ReadRules.InternalError.Id).Count = 0)

[<Property(MaxTest = 300)>]
let ``hostile json is an error, never an exception`` () =
    let json = BudgetJson.Serialize budget
    Prop.forAll (Arb.fromGen (Gen.zip (Gen.choose (0, json.Length)) hostile)) (fun (at, noise) ->
        let read = BudgetJson.Deserialize(json.Insert(at, noise))
        read.Success = isNull read.Error)

[<Property(MaxTest = 1000)>]
let ``sums of edge amounts depend on the total only`` () =
    let edge = Gen.elements [ Amount.MaxValue; Amount.MinValue; Amount.Zero; Amount.FromFen 1L ]
    Prop.forAll (Arb.fromGen (Gen.listOf edge)) (fun amounts ->
        let exact = amounts |> List.sumBy (fun a -> decimal a.Fen)
        let inRange = exact >= decimal Amount.MinFen && exact <= decimal Amount.MaxFen
        let ok, sum = Amount.TrySum amounts
        let okReversed, sumReversed = Amount.TrySum(List.rev amounts)
        ok = inRange && okReversed = inRange && (not inRange || (decimal sum.Fen = exact && sum = sumReversed)))
