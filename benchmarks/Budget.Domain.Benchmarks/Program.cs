using BenchmarkDotNet.Running;

// Run with -c Release, for example:
//   dotnet run -c Release --project benchmarks/Budget.Domain.Benchmarks -- --filter '*Money*'
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
