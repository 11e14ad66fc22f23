using CanvasLang.Semantics.Language;
using System.Collections.Immutable;
using System.Diagnostics;
using CanvasLang.Semantics.Analysis;
using CanvasLang.Semantics.Binding;
using CanvasLang.Semantics.Configuration;
using CanvasLang.Semantics.Rules;
using CanvasLang.Syntax.Tree;
using Newtonsoft.Json.Linq;

namespace CanvasLang.Benchmarks;

/// <summary>
/// Parse, bind-only and each rule alone on one file, with a stopwatch and the bytes allocated: a quick
/// ranking, not a benchmark. On a busy machine the times are noisy; the allocations are not.
/// </summary>
public static class QuickRuleTimes
{
    // One store for the whole run, as the editor's host keeps one: warm analyses read only new text.
    private static readonly ReadingStore Readings = new();

    public static void Run(string file)
    {
        var source = new FileSystemDocumentSource();
        var text = File.ReadAllText(file);
        var path = Path.GetFullPath(file);
        var tree = SyntaxTree.Parse(text, path);
        Console.WriteLine($"parse: {Median(() => SyntaxTree.Parse(text, path)):F1} ms");
        var none = Options(_ => true);
        var bind = Median(() => CanvasAnalyzer.Analyze(tree, source, none, Readings));
        var bindBytes = Allocated(() => CanvasAnalyzer.Analyze(tree, source, none, Readings));
        Console.WriteLine($"bind (no rules): {bind:F1} ms, {bindBytes / 1048576.0:F2} MiB");
        var all = Median(() => CanvasAnalyzer.Analyze(tree, source, AnalysisOptions.Default, Readings)) - bind;
        var allBytes = Allocated(() => CanvasAnalyzer.Analyze(tree, source, AnalysisOptions.Default, Readings)) - bindBytes;
        Console.WriteLine($"all rules: {all:F1} ms, {allBytes / 1048576.0:F2} MiB beyond binding");
        foreach (var rule in RuleCatalog.Rules)
        {
            var options = Options(id => id != rule.Descriptor.Id);
            var bytes = Allocated(() => CanvasAnalyzer.Analyze(tree, source, options, Readings)) - bindBytes;
            Console.WriteLine($"{rule.Descriptor.Id}: {Median(() => CanvasAnalyzer.Analyze(tree, source, options, Readings)) - bind:F1} ms, {bytes / 1048576.0:F2} MiB");
        }
    }

    /// <summary>Options with the rules <paramref name="off"/> selects turned off, and a fixed date.</summary>
    internal static AnalysisOptions Options(Func<string, bool> off) => new(
        new CanvasConfiguration
        {
            Rules = RuleCatalog.Rules.Where(r => off(r.Descriptor.Id))
                .ToImmutableDictionary(r => r.Descriptor.Id, _ => new RuleConfiguration(null, true, ImmutableDictionary<string, JToken>.Empty)),
        },
        new DateOnly(2026, 11, 23));

    // Bytes allocated by one warm run, on every thread.
    private static long Allocated(Action action)
    {
        action();
        var before = GC.GetTotalAllocatedBytes(precise: true);
        action();
        return GC.GetTotalAllocatedBytes(precise: true) - before;
    }

    private static double Median(Action action)
    {
        action();
        var times = new List<double>();
        for (var i = 0; i < 5; i++)
        {
            var watch = Stopwatch.StartNew();
            action();
            times.Add(watch.Elapsed.TotalMilliseconds);
        }

        times.Sort();
        return times[2];
    }
}
