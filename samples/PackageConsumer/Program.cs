// Smoke test of the published package: the same calls a user makes after `dotnet add package Budget.Domain`.
using Budget.Domain.Money;
using Budget.Domain.Reading;

var total = Amount.Parse("<b>479,761.98</b>", AmountUnit.WanYuan).GetValueOrThrow();
var carryOver = Amount.Parse("44,423.56", AmountUnit.WanYuan).GetValueOrThrow();
var share = Rate.Share(carryOver, total, RoundingPolicy.Default);
var growth = Rate.Change(Amount.FromWanYuan(223_672.44m), Amount.FromWanYuan(433_002.21m), RoundingPolicy.Default);

// A published table, read from text.
var document = DisclosureReader.Read("# [117]人力资源社会保障部 2024 年度预算\n\n## 财政拨款预算“三公”经费支出表\n\n单位：万元\n\n合计\t因公出国（境）费\t公务用车购置及运行费\t公务用车购置费\t公务用车运行费\t公务接待费\n1,914.15\t1,575.65\t294.95\t\t294.95\t43.55\n");
var threePublic = document.Budget.ThreePublicExpenses?.Row.Total.Amount.Format(AmountUnit.WanYuan);

Console.WriteLine($"Budget.Domain {typeof(Amount).Assembly.GetName().Version}: {total.FormatWithUnit(AmountUnit.WanYuan)}; 上年结转 占 {share.Format()}; 增长 {growth.Format()}; 三公 {threePublic} ({document.Diagnostics.Count} diagnostics)");
return share.Format() == "9.26%" && growth.Format() == "93.59%" && threePublic == "1,914.15" && !document.HasErrors ? 0 : 1;
