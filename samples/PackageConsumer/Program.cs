// Smoke test of the published package: the same calls a user makes after `dotnet add package Budget.Domain`.
using Budget.Domain.Money;

var total = Amount.Parse("<b>479,761.98</b>", AmountUnit.WanYuan).GetValueOrThrow();
var carryOver = Amount.Parse("44,423.56", AmountUnit.WanYuan).GetValueOrThrow();
var share = Rate.Share(carryOver, total, RoundingPolicy.Default);
var growth = Rate.Change(Amount.FromWanYuan(223_672.44m), Amount.FromWanYuan(433_002.21m), RoundingPolicy.Default);

Console.WriteLine($"Budget.Domain {typeof(Amount).Assembly.GetName().Version}: {total.FormatWithUnit(AmountUnit.WanYuan)}; 上年结转 占 {share.Format()}; 增长 {growth.Format()}");
return share.Format() == "9.26%" && growth.Format() == "93.59%" ? 0 : 1;
