module Budget.Domain.FSharp.Tests.StatementTests

open Xunit
open Budget.Domain
open Budget.Domain.Money
open Budget.Domain.Classification
open Budget.Domain.Statements
open Budget.Domain.Serialization

/// The value of a nullable result; F# sees the library's nullable annotations, so absence is explicit.
let get x = x |> Option.ofObj |> Option.get

let wan (text: string) = (AmountCell.Parse(text, AmountUnit.WanYuan)).GetValueOrThrow()
let code text = (FunctionalCode.Parse text).GetValueOrThrow()
let row c name basic project =
    let b, p = wan basic, wan project
    ExpenditureRow(code c, name, AmountCell.Of(b.Amount + p.Amount), b, p, AmountCell.Blank, AmountCell.Blank, AmountCell.Blank)

/// A small budget: one 类 with one 款 and two 项.
let budget =
    let rows =
        [ row "208" "社会保障和就业支出" "100.00" "50.50"
          row "20801" "人力资源和社会保障管理事务" "100.00" "50.50"
          row "2080101" "行政运行" "100.00" ""
          row "2080102" "一般行政管理事务" "" "50.50" ]
    let total = ExpenditureRow.TotalRow [ wan "150.50"; wan "100.00"; wan "50.50"; AmountCell.Blank; AmountCell.Blank; AmountCell.Blank ]
    DepartmentBudget(Department("117", "人力资源社会保障部"), 2024, DocumentKind.Budget)
        .WithExpenditure(ExpenditureTable(AmountUnit.WanYuan, rows, total, null))

[<Fact>]
let ``query the items of a budget with pipelines`` () =
    let t3 = get budget.Expenditure
    let projectItems =
        t3.AtLevel CodeLevel.Item
        |> Seq.filter (fun r -> r.Project.HasAmount)
        |> Seq.map (fun r -> r.Code.Value, r.Project.Amount.Format AmountUnit.WanYuan)
        |> List.ofSeq
    Assert.Equal<(string * string) list>([ "2080102", "50.50" ], projectItems)
    let sumOfItems = t3.AtLevel CodeLevel.Item |> Seq.sumBy (fun r -> r.Total.Amount)
    Assert.Equal((get t3.Total).Total.Amount, sumOfItems)

[<Fact>]
let ``walk the functional tree`` () =
    let rec depth (node: RowNode<ExpenditureRow>) = 1 + (node.Children |> Seq.map depth |> Seq.fold max 0)
    let tree = (get budget.Expenditure).Tree()
    Assert.Equal(1, tree.Count)
    Assert.Equal(3, depth tree.[0])

[<Fact>]
let ``blank is not zero and cells match exhaustively`` () =
    let admin = (get budget.Expenditure).Find(code "2080101") |> get
    let describe (cell: AmountCell) = cell.Match((fun a -> a.Format AmountUnit.WanYuan), (fun marker -> "blank" + marker))
    Assert.Equal("blank", describe admin.Project)
    Assert.Equal("100.00", describe admin.Basic)
    Assert.NotEqual(admin, admin.WithCell(ExpenditureRow.ColumnList.[2], wan "0.00"))

[<Fact>]
let ``copy and update with WithX and compare by value`` () =
    let t3 = get budget.Expenditure
    let changed = budget.WithExpenditure(t3.WithNote "注：示例")
    Assert.NotEqual(budget, changed)
    Assert.Equal(budget, changed.WithExpenditure t3)
    Assert.Equal(Some "注：示例", (get changed.Expenditure).Note |> Option.ofObj)
    Assert.Equal(None, budget.Income |> Option.ofObj)

[<Fact>]
let ``json round-trips and errors are values`` () =
    let json = BudgetJson.Serialize budget
    match (BudgetJson.Deserialize json).TryGetValue() with
    | true, back -> Assert.Equal(budget, back)
    | false, _ -> failwith "did not read back"
    let broken = BudgetJson.Deserialize "{ \"schema\": 1"
    Assert.Equal(ParseErrorKind.Malformed, (get broken.Error).Kind)

[<Fact>]
let ``csv exports one record per figure`` () =
    let records = BudgetCsv.Export(budget, new System.IO.StringWriter())
    Assert.Equal(4 + 4 + 2 + 3, records)
