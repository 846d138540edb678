module Budget.Domain.FSharp.Tests.PdfTests

open System
open System.IO
open Xunit
open Budget.Domain.Money
open Budget.Domain.Tables
open Budget.Domain.Reading
open Budget.Domain.Reading.Layout
open Budget.Domain.Pdf

let private pdf = Path.Combine(AppContext.BaseDirectory, "Data", "putuo-commerce-2025-budget.pdf")

[<Fact>]
let ``a PDF reads to tables whose figures are plain values to query`` () =
    let result = PdfDisclosureReader.Read pdf
    let income = result.Disclosure.Tables |> Seq.find (fun t -> t.Schema.Id = "budget.local.income")
    let total =
        income.Rows
        |> Seq.find (fun r -> r.Key = RowKey.Line "total")
        |> fun r -> r.Cells |> Seq.find (fun c -> c.Column = "total")
    Assert.Equal(Amount.Parse("371514655.00", AmountUnit.Yuan).Value, total.Amount.Amount)
    Assert.Equal(11, total.Location.Page) // the table runs over pages 10 and 11; 合计 is printed last
    Assert.Empty(result.Diagnostics |> Seq.filter (fun d -> d.Severity = Budget.Domain.Validation.Severity.Error))

[<Fact>]
let ``a source of its own builds a layout document and shares the recognition`` () =
    // Words as an OCR engine would give them: a title, a unit, a header and one row.
    let word text left bottom right = LayoutWord(text, left, bottom, right, bottom + 10.0f)
    let page =
        LayoutPage(1, 842.0f, 595.0f,
                   [ word "2025年部门支出预算总表" 300.0f 500.0f 500.0f
                     word "单位：元" 700.0f 480.0f 750.0f
                     word "科目编码" 60.0f 450.0f 110.0f; word "科目名称" 150.0f 450.0f 200.0f
                     word "合计" 400.0f 450.0f 420.0f; word "基本支出" 480.0f 450.0f 520.0f; word "项目支出" 580.0f 450.0f 620.0f
                     word "201" 60.0f 420.0f 78.0f; word "一般公共服务支出" 150.0f 420.0f 240.0f
                     word "30.00" 390.0f 420.0f 425.0f; word "10.00" 480.0f 420.0f 515.0f; word "20.00" 580.0f 420.0f 615.0f ])
    let result = LayoutReader.Read(LayoutDocument([ page ]))
    let table = Assert.Single result.Disclosure.Tables
    let row = Assert.Single table.Rows
    Assert.Equal(RowKey.Code "201", row.Key)
    let figures = row.Cells |> Seq.map (fun c -> c.Column, c.Amount.Amount.Fen) |> List.ofSeq
    Assert.Equal<(string * int64) list>([ "total", 3000L; "basic", 1000L; "project", 2000L ], figures)
