module Budget.Domain.FSharp.Tests.ValidationTests

open Xunit
open Budget.Domain.Money
open Budget.Domain.Tables
open Budget.Domain.Validation
open Budget.Domain.FSharp.Tests.TableTests

[<Fact>]
let ``A consistent table validates with no failing finding and a changed figure is found with its evidence`` () =
    let report = DisclosureValidator.Check disclosure
    Assert.Empty(report.Failures)
    // 201 合计 printed 265.87 where 62.63 + 202.24 = 264.87: TB001 (the row) and HI002 (the total row) find it.
    let changed =
        table.WithRow(
            table.Rows
            |> Seq.find (fun r -> r.Key.Value = "201")
            |> fun r -> r.WithCell(TableCell.Of("total", wan "265.87")))
    let failures = (DisclosureValidator.Check(disclosure.WithTables [ changed ])).Failures |> List.ofSeq
    let ids = failures |> List.map (fun f -> f.RuleId) |> List.distinct |> List.sort
    Assert.Contains("TB001", ids)
    let sum = failures |> List.find (fun f -> f.RuleId = "TB001")
    Assert.Equal(Severity.Error, sum.Severity)
    Assert.Equal(Some "265.87 万元", Option.ofObj sum.Evidence.Stated)
    Assert.Equal(Some "1.00 万元", Option.ofObj sum.Evidence.Difference)
    Assert.Equal("201", sum.Locations.[0].Row)
    Assert.Equal("total", sum.Locations.[0].Column)

[<Fact>]
let ``Validators compose: a rule set, an id filter and a user's own rule`` () =
    let mine = Rule("MY001", Severity.Warning, "示例", "An example rule", "{subject}：示例。", "{subject}: an example.", "Every disclosure.", false)
    let validator =
        DisclosureValidator(ValidationOptions.Default.WithRuleIds [ "TB001"; "MY001" ])
            .AddRule(mine, fun d -> [ Finding(mine, Outcome.Fail, [ FindingLocation.Document ], Evidence.None, "示例。", d.Body.Name + ": an example.") ])
    let report = validator.Run disclosure
    Assert.Equal<string list>([ "MY001" ], report.Findings |> Seq.map (fun f -> f.RuleId) |> List.ofSeq)
    Assert.True(report.Tallies |> Seq.exists (fun t -> t.Rule.Id = "TB001" && t.Checks > 0))
    Assert.Contains("MY001", report.ToText Language.English)
