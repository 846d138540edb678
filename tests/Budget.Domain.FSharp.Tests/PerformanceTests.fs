module Budget.Domain.FSharp.Tests.PerformanceTests

open Xunit
open FsCheck
open FsCheck.FSharp
open FsCheck.Xunit
open Budget.Domain.Money
open Budget.Domain.Classification
open Budget.Domain.Performance
open Budget.Domain.Validation

/// The kind of a target, by exhaustive match.
let kind (t: Target) =
    t.Match(
        (fun q -> sprintf "quantity %M%s" q.Value q.Unit),
        (fun m -> sprintf "money %s" (m.Amount.FormatWithUnit AmountUnit.WanYuan)),
        (fun p -> sprintf "percentage %M" p.Percent),
        (fun d -> sprintf "deadline %s" d.Meaning),
        (fun _ -> "qualitative"),
        (fun u -> "unparsed"))

[<Fact>]
let ``targets match on their kinds`` () =
    let kinds = [ "≥2.45亿人"; "≤115万元"; "≥90百分比"; "每年11月30日前"; "作用显著"; "≥两会之后公布%" ] |> List.map (Target.Parse >> kind)
    Assert.Equal<string list>(
        [ "quantity 245000000.00人"; "money 115.00 万元"; "percentage 90"; "deadline every year by 11-30"; "qualitative"; "unparsed" ],
        kinds)

[<Fact>]
let ``pattern matching on the concrete types works too`` () =
    match Target.Parse "2024年12月底前" with
    | :? DeadlineTarget as d -> Assert.Equal(Some(System.DateOnly(2024, 12, 31)), d.Date |> Option.ofNullable)
    | other -> failwithf "unexpected %O" other

[<Property>]
let ``arbitrary text never throws and is never lost`` (text: string) =
    let t = Target.Parse text
    t.Text = (if isNull text then "" else text)

[<Fact>]
let ``sheets are checked with rules that have stable ids`` () =
    let wan (v: decimal) = AmountCell.Of(Amount.FromWanYuan v)
    let sheet =
        PerformanceSheet(
            "示例", Department("117", "人力资源社会保障部"), "本级", wan 100m, wan 80m, wan 10m, AmountCell.Empty "-", 10, "1. 目标。",
            [ Indicator("产出指标", "数量指标", "培训", Target.Parse "≥1期", 90) ])
    let findings = PerformanceSheetChecks.Check sheet |> Seq.map (fun f -> f.RuleId, f.Difference) |> List.ofSeq
    Assert.Equal<(string * string) list>([ "PS001", "10.00 万元" ], findings)
