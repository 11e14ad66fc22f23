using BenchmarkDotNet.Running;

// `dotnet run -c Release --project bench/CanvasLang.Benchmarks -- --filter '*'` (see docs/benchmarks.md).
// `… -- --quick <file.canvas>`: a stopwatch per rule on one file (median of 5, beyond binding), in seconds rather than minutes.
if (args is ["--quick", var file])
{
    CanvasLang.Benchmarks.QuickRuleTimes.Run(file);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(CanvasLang.Benchmarks.AnalysisBenchmarks).Assembly).Run(args);
