module Budget.Domain.FSharp.Tests.ClassificationTests

open System.IO
open Xunit
open FsCheck
open FsCheck.FSharp
open FsCheck.Xunit
open Budget.Domain
open Budget.Domain.Classification

let functional = CatalogueSet.Embedded.Functional 2024
let code text = (FunctionalCode.Parse text).GetValueOrThrow()

[<Fact>]
let ``TryParse reads as a tuple`` () =
    match FunctionalCode.TryParse "２０８０１０１" with
    | true, c -> Assert.Equal("2080101", c.Value)
    | false, _ -> failwith "not read"
    let ok, _ = FunctionalCode.TryParse "20800"
    Assert.False ok

[<Fact>]
let ``errors say what and where`` () =
    let describe text =
        (FunctionalCode.Parse text).Match((fun c -> c.Value), (fun e -> sprintf "%A@%d" e.Kind e.Column))
    Assert.Equal<string list>(
        [ "2080101"; "ZeroSegment@4"; "WrongLength@0"; "NotInList@1" ],
        [ "2080101"; "20800"; "2080"; "30101" ] |> List.map describe)

[<Fact>]
let ``children read as a pipeline`` () =
    let names =
        functional.Children(code "20801")
        |> Seq.filter (fun e -> e.Name.Contains "管理")
        |> Seq.map (fun e -> e.Code.Value)
        |> List.ofSeq
    Assert.Equal<string list>([ "2080102"; "2080104"; "2080106"; "2080107"; "2080199" ], names)

[<Fact>]
let ``walking the hierarchy from the classes down`` () =
    let rec walk (entry: CatalogueEntry<FunctionalCode>) =
        seq {
            yield entry
            for child in functional.Children entry.Code do
                yield! walk child
        }
    let all = functional.Classes |> Seq.collect walk |> List.ofSeq
    Assert.Equal(functional.Entries.Count, all.Length)
    Assert.Equal<CatalogueEntry<FunctionalCode> list>(functional.Entries |> List.ofSeq, all)

[<Fact>]
let ``unknown codes are answers`` () =
    match functional.Find(code "2349901") with
    | null -> ()
    | entry -> failwithf "unexpected %O" entry
    Assert.Equal(NameCheck.UnknownCode, functional.CheckName(code "2349901", "x"))

[<Fact>]
let ``a catalogue loads from csv and merges`` () =
    let csv = "code,name\n2349901,某新增项目\n2080x,坏行\n"
    let load = CatalogueCsv.Read<FunctionalCode>(new StringReader(csv), 2024, "mine.csv")
    Assert.Equal<int list>([ 3 ], load.Errors |> Seq.map (fun e -> e.Line) |> List.ofSeq)
    let merged = functional.Merge load.Catalogue
    Assert.Equal(Some "某新增项目", merged.NameOf(code "2349901") |> Option.ofObj)

[<Property>]
let ``the parent of every code is one level up`` () =
    let digits =
        gen {
            let! cls = Gen.choose (1, 99)
            let! sec = Gen.choose (1, 99)
            let! item = Gen.choose (1, 99)
            let! level = Gen.choose (1, 3)
            return [ sprintf "2%02d" cls; sprintf "2%02d%02d" cls sec; sprintf "2%02d%02d%02d" cls sec item ].[level - 1]
        }
    Prop.forAll (Arb.fromGen digits) (fun d ->
        let c = code d
        match c.Parent |> Option.ofNullable with
        | None -> c.Level = CodeLevel.Class
        | Some p -> p.IsAncestorOf c && int p.Level = int c.Level - 1)
