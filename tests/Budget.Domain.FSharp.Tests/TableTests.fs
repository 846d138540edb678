module Budget.Domain.FSharp.Tests.TableTests

open Xunit
open Budget.Domain
open Budget.Domain.Money
open Budget.Domain.Statements
open Budget.Domain.Tables
open Budget.Domain.Serialization

let wan (text: string) = (Amount.Parse(text, AmountUnit.WanYuan)).GetValueOrThrow()
let schema = TableSchemaCatalogue.Default.Get "final.expenditure"

/// 中共上海市普陀区委社会工作部 2024 支出决算表 (a few rows as printed, 万元).
let table =
    let row code name (cells: (string * string) list) =
        TableRow(RowKey.Code code, name, cells |> List.map (fun (column, value) -> TableCell.Of(column, wan value)))
    Table(
        schema,
        AmountUnit.WanYuan,
        [ TableRow(RowKey.Line "total", "合计", [ TableCell.Of("total", wan "307.82"); TableCell.Of("basic", wan "105.58"); TableCell.Of("project", wan "202.24") ])
          row "201" "一般公共服务支出" [ "total", "264.87"; "basic", "62.63"; "project", "202.24" ]
          row "208" "社会保障和就业支出" [ "total", "10.82"; "basic", "10.82" ]
          row "210" "卫生健康支出" [ "total", "2.71"; "basic", "2.71" ]
          row "221" "住房保障支出" [ "total", "29.42"; "basic", "29.42" ] ])

let disclosure =
    Disclosure(DisclosingBody("中共上海市普陀区委社会工作部", null, DisclosureScope.Department, GovernmentLevel.County), 2024, DocumentKind.FinalAccounts)
        .WithTable(table)

[<Fact>]
let ``A final-accounts table is built from its schema and queried with pipelines`` () =
    Assert.Equal("final.expenditure", table.Schema.Id)
    Assert.Equal(Some "支出决算表", TableSchemaCatalogue.Default.FindByTitle "2024年度部门支出决算表" |> Option.ofObj |> Option.map (fun s -> s.Title))
    let classes =
        table.Rows
        |> Seq.filter (fun r -> r.Key.Kind = RowKind.Code && r.Key.Value.Length = 3)
        |> Seq.map (fun r -> r.["total"].Amount.Amount)
        |> Seq.fold (+) Amount.Zero
    match Option.ofObj table.Total, Option.ofObj (table.RowOfCode "208") with
    | Some total, Some social ->
        Assert.Equal(total.["total"].Amount.Amount, classes)
        // A blank cell is not 0.00: 208 has no project cell.
        Assert.True(social.["project"].IsBlank)
    | _ -> Assert.Fail "the total row and 208 are in the table"

[<Fact>]
let ``Facts are enumerated and grouped with pipelines`` () =
    let facts = disclosure.Facts |> List.ofSeq
    Assert.Equal(12, facts.Length)
    let basic =
        facts
        |> List.filter (fun f -> f.Nature = SpendingNature.Basic && f.Row.Kind = RowKind.Code)
        |> List.sumBy (fun f -> f.Amount.WanYuan)
    Assert.Equal(105.58m, basic)
    let byMeasure = facts |> List.countBy (fun f -> f.Measure, f.Year)
    Assert.Equal<(Measure * int) * int>([ (Measure.Final, 2024), 12 ], byMeasure)

[<Fact>]
let ``The disclosure round-trips through JSON version 2 and a bad document is a result, not an exception`` () =
    let back = BudgetJson.DeserializeDisclosure(BudgetJson.Serialize disclosure)
    Assert.True(back.Success)
    Assert.Equal(disclosure, back.GetValueOrThrow())
    let failed = BudgetJson.DeserializeDisclosure "{\"schema\":\"budget-domain/disclosure\",\"schemaVersion\":9}"
    let message = failed.Match((fun _ -> ""), (fun e -> e.Message))
    Assert.StartsWith("$.schemaVersion", message)
