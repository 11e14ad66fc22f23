using CanvasLang.Semantics.Language;
using System.Diagnostics;
using CanvasLang.Semantics.Analysis;
using CanvasLang.Semantics.Binding;
using CanvasLang.Semantics.Configuration;
using CanvasLang.Syntax.Tree;

namespace CanvasLang.Benchmarks;

/// <summary>
/// The first analysis of a file: in a fresh process (JIT included), and with the JIT warm but every
/// text new (each run rewords the file's texts, so nothing read before applies).
/// </summary>
public static class QuickColdTimes
{
    // One store for the whole run, as the editor's host keeps one: warm analyses read only new text.
    private static readonly ReadingStore Readings = new();

    private static readonly (string From, string To)[][] Rewordings =
    [
        [("Waiting", "Queueing"), ("repair shop", "bike garage"), ("Mobile repair van", "Roaming fixing truck"), ("office", "workplace")],
        [("Waiting", "Standing"), ("repair shop", "cycle store"), ("Mobile repair van", "Travelling mechanic car"), ("office", "campus")],
        [("Waiting", "Lingering"), ("repair shop", "service desk"), ("Mobile repair van", "Pop-up repair stand"), ("office", "building")],
        [("Waiting", "Idling"), ("repair shop", "bike workshop"), ("Mobile repair van", "Visiting wheel doctor"), ("office", "site")],
        [("Waiting", "Hanging on"), ("repair shop", "spoke clinic"), ("Mobile repair van", "Rolling service cart"), ("office", "depot")],
    ];

    public static void Run(string file)
    {
        var source = new FileSystemDocumentSource();
        var text = File.ReadAllText(file);
        var path = Path.GetFullPath(file);
        var options = new AnalysisOptions(CanvasConfiguration.Empty, new DateOnly(2026, 11, 23));
        var watch = Stopwatch.StartNew();
        CanvasAnalyzer.Analyze(SyntaxTree.Parse(text, path), source, options, Readings);
        Console.WriteLine($"first analysis in this process (JIT included): {watch.Elapsed.TotalMilliseconds:F1} ms");
        for (var i = 0; i < 10; i++)
        {
            CanvasAnalyzer.Analyze(SyntaxTree.Parse(text, path), source, options, Readings);
        }

        Thread.Sleep(500);
        var times = new List<double>();
        foreach (var rewording in Rewordings)
        {
            var reworded = rewording.Aggregate(text, (t, r) => t.Replace(r.From, r.To, StringComparison.Ordinal));
            var tree = SyntaxTree.Parse(reworded, path);
            GC.Collect();
            GC.WaitForPendingFinalizers();
            var cpu = ThreadCpu.Milliseconds();
            CanvasAnalyzer.Analyze(tree, source, options, Readings);
            times.Add(ThreadCpu.Milliseconds() - cpu);
        }

        times.Sort();
        Console.WriteLine($"first analysis of new texts, JIT warm (thread CPU, median of {times.Count}): {times[times.Count / 2]:F1} ms [{string.Join(", ", times.Select(t => t.ToString("F1", System.Globalization.CultureInfo.InvariantCulture)))}]");
    }
}
