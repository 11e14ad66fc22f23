using BenchmarkDotNet.Running;

// `dotnet run -c Release --project bench/CanvasLang.Benchmarks -- --filter '*'` (see docs/benchmarks.md).
BenchmarkSwitcher.FromAssembly(typeof(CanvasLang.Benchmarks.AnalysisBenchmarks).Assembly).Run(args);
