module Budget.Domain.FSharp.Tests.ReadingTests

open System.IO
open Xunit
open Budget.Domain.Money
open Budget.Domain.Statements
open Budget.Domain.Reading
open Budget.Domain.Validation
open Budget.Domain.FSharp.Tests.StatementTests

[<Fact>]
let ``print a budget, read it back, get the same budget`` () =
    let text = DisclosureWriter.Write budget
    let result = DisclosureReader.Read text
    Assert.Equal(budget, result.Budget)
    Assert.False result.HasErrors

[<Fact>]
let ``diagnostics are plain values to filter and group`` () =
    let text =
        (DisclosureWriter.Write budget).Replace("2080101\t行政运行\t100.00", "2080101\t行政运行\t1OO.00")
    let result = DisclosureReader.Read(new StringReader(text))
    let errors =
        result.Diagnostics
        |> Seq.filter (fun d -> d.Severity = Severity.Error)
        |> Seq.map (fun d -> d.Code, d.Raw)
        |> List.ofSeq
    Assert.Equal<(string * string) list>([ "RD001", "1OO.00" ], errors)
    // The bad cell is read as blank; the rest of the row and table is read.
    let row = (get result.Budget.Expenditure).Rows |> Seq.find (fun r -> r.Code.Value = "2080101")
    Assert.True row.Total.IsEmpty
    Assert.Equal("100.00", row.Basic.Amount.Format AmountUnit.WanYuan)

[<Fact>]
let ``the rule catalogue of the reader is a list of records`` () =
    let ids = ReadRules.All |> Seq.map (fun r -> r.Id) |> List.ofSeq
    Assert.Equal("RD001", List.head ids)
    Assert.Equal(ids.Length, ids |> List.distinct |> List.length)
