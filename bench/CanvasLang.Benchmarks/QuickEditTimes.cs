using CanvasLang.Semantics.Language;
using System.Diagnostics;
using CanvasLang.Semantics.Analysis;
using CanvasLang.Semantics.Binding;
using CanvasLang.Semantics.Configuration;
using CanvasLang.Semantics.Rules;
using CanvasLang.Syntax.Tree;

namespace CanvasLang.Benchmarks;

/// <summary>
/// Re-analysis after typing: one character changes inside one entry's quoted text (line 4, as the
/// LSP benchmark edits it), the whole text is re-parsed untimed, and only <see cref="CanvasAnalyzer.Analyze"/>
/// on the new tree is timed: total, bind-only, and each rule's marginal cost. Also the cold first analysis.
/// </summary>
public static class QuickEditTimes
{
    // One store for the whole run, as the editor's host keeps one: warm analyses read only new text.
    private static readonly ReadingStore Readings = new();

    private const int EditLine = 3;

    public static void Run(string file, int iterations)
    {
        var source = new FileSystemDocumentSource();
        var text = File.ReadAllText(file);
        var path = Path.GetFullPath(file);
        var all = new AnalysisOptions(CanvasConfiguration.Empty, new DateOnly(2026, 11, 23));

        // The very first analysis in the process: nothing read yet, nothing jitted beyond parsing.
        var first = SyntaxTree.Parse(text, path);
        var watch = Stopwatch.StartNew();
        CanvasAnalyzer.Analyze(first, source, all, Readings);
        Console.WriteLine($"first analysis (cold, includes JIT): {watch.Elapsed.TotalMilliseconds:F1} ms");

        // Wall time suffers when other processes share the cores; the thread's CPU time much less.
        var editor = new Typist(text);

        // Warm up: let tiered compilation reach its optimized code before anything is measured.
        for (var i = 0; i < 15; i++)
        {
            CanvasAnalyzer.Analyze(editor.Next(), source, all, Readings);
        }

        Thread.Sleep(500);
        var bind = Median(editor, source, QuickRuleTimes.Options(_ => true), iterations);
        var (gen0, gen1) = (GC.CollectionCount(0), GC.CollectionCount(1));
        var total = Median(editor, source, all, iterations);

        // Each iteration forces one full collection before its analysis; the rest happened inside analyses.
        (gen0, gen1) = (GC.CollectionCount(0) - gen0 - iterations - 1, GC.CollectionCount(1) - gen1 - iterations - 1);
        Console.WriteLine($"edit → Analyze, median of {iterations} (wall / thread CPU): {total.Wall:F1} / {total.Cpu:F1} ms total, {bind.Wall:F1} / {bind.Cpu:F1} ms bind (no rules)");
        Console.WriteLine($"allocated per analysis (median): {total.MiB:F1} MiB total, {bind.MiB:F1} MiB bind (no rules); {gen0 / (iterations + 1.0):F1} gen0 and {gen1 / (iterations + 1.0):F1} gen1 collections per analysis; {CountReadings()}");
        foreach (var rule in RuleCatalog.Rules)
        {
            var one = Median(editor, source, QuickRuleTimes.Options(id => id != rule.Descriptor.Id), iterations);
            Console.WriteLine($"{rule.Descriptor.Id}: {one.Wall - bind.Wall:F1} / {one.Cpu - bind.Cpu:F1} ms, {one.MiB - bind.MiB:F2} MiB");
        }
    }

    // The process-wide reading store is internal to Semantics; its size shows in the managed heap instead.
    private static string CountReadings() => $"heap after full GC {GC.GetTotalMemory(forceFullCollection: true) / 1024.0 / 1024.0:F1} MiB";

    /// <summary>Edits and analyzes for a while with every rule on: something for a profiler to sample.</summary>
    public static void Loop(string file, int seconds)
    {
        var source = new FileSystemDocumentSource();
        var editor = new Typist(File.ReadAllText(file));
        var all = new AnalysisOptions(CanvasConfiguration.Empty, new DateOnly(2026, 11, 23));
        var watch = Stopwatch.StartNew();
        var count = 0;
        while (watch.Elapsed.TotalSeconds < seconds)
        {
            var tree = editor.Next();
            GC.Collect();
            CanvasAnalyzer.Analyze(tree, source, all, Readings);
            count++;
        }

        Console.WriteLine($"{count} edits analyzed");
    }

    private static (double Wall, double Cpu, double MiB) Median(Typist editor, IDocumentSource source, AnalysisOptions options, int iterations)
    {
        CanvasAnalyzer.Analyze(editor.Next(), source, options, Readings);
        var wall = new List<double>(iterations);
        var cpu = new List<double>(iterations);
        var bytes = new List<double>(iterations);
        for (var i = 0; i < iterations; i++)
        {
            var tree = editor.Next();

            // The parse's garbage is not the analysis's: collect it before the clock starts
            // (QUICK_EDIT_NO_COLLECT=1 leaves the collector alone, as in an editor session).
            if (Environment.GetEnvironmentVariable("QUICK_EDIT_NO_COLLECT") != "1")
            {
                GC.Collect();
                GC.WaitForPendingFinalizers();
            }
            var allocated = GC.GetAllocatedBytesForCurrentThread();
            var cpuStart = ThreadCpu.Milliseconds();
            var watch = Stopwatch.StartNew();
            CanvasAnalyzer.Analyze(tree, source, options, Readings);
            wall.Add(watch.Elapsed.TotalMilliseconds);
            cpu.Add(ThreadCpu.Milliseconds() - cpuStart);
            bytes.Add((GC.GetAllocatedBytesForCurrentThread() - allocated) / 1024.0 / 1024.0);
        }

        wall.Sort();
        cpu.Sort();
        bytes.Sort();
        return (wall[wall.Count / 2], cpu[cpu.Count / 2], bytes[bytes.Count / 2]);
    }

    /// <summary>
    /// Types into the text: the six letters after the first letter of line 4's quoted text spell a
    /// counter in base 26, so each edit changes one character (two on a carry) and no text repeats.
    /// </summary>
    private sealed class Typist(string text)
    {
        private const int Letters = 6;
        private readonly string[] lines = text.Split('\n');
        private readonly string path = Path.Combine(Path.GetTempPath(), "quick-edit.canvas");
        private int typed;

        public SyntaxTree Next()
        {
            var line = lines[EditLine];
            var column = line.IndexOf('"', StringComparison.Ordinal) + 2;
            var letters = line.ToCharArray();
            typed++;
            for (int i = Letters - 1, n = typed; i >= 0; i--, n /= 26)
            {
                letters[column + i] = (char)('a' + n % 26);
            }

            lines[EditLine] = new string(letters);
            return SyntaxTree.Parse(string.Join('\n', lines), path);
        }
    }
}
