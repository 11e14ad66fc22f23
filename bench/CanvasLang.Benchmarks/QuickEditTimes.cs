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
/// Re-analysis after typing: one character changes inside one entry's quoted text (line 4, as the
/// LSP benchmark edits it), the whole text is re-parsed untimed, and only <see cref="CanvasAnalyzer.Analyze"/>
/// on the new tree is timed: total, bind-only, and each rule's marginal cost. Also the cold first analysis.
/// </summary>
public static class QuickEditTimes
{
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
        CanvasAnalyzer.Analyze(first, source, all);
        Console.WriteLine($"first analysis (cold, includes JIT): {watch.Elapsed.TotalMilliseconds:F1} ms");

        var editor = new Typist(text);
        var bind = Median(editor, source, Options(_ => true), iterations);
        var total = Median(editor, source, all, iterations);
        Console.WriteLine($"edit → Analyze, median of {iterations}: {total:F1} ms total, {bind:F1} ms bind (no rules)");
        foreach (var rule in RuleCatalog.Rules)
        {
            var options = Options(id => id != rule.Descriptor.Id);
            Console.WriteLine($"{rule.Descriptor.Id}: {Median(editor, source, options, iterations) - bind:F1} ms");
        }
    }

    private static double Median(Typist editor, IDocumentSource source, AnalysisOptions options, int iterations)
    {
        CanvasAnalyzer.Analyze(editor.Next(), source, options);
        var times = new List<double>(iterations);
        for (var i = 0; i < iterations; i++)
        {
            var tree = editor.Next();
            var watch = Stopwatch.StartNew();
            CanvasAnalyzer.Analyze(tree, source, options);
            times.Add(watch.Elapsed.TotalMilliseconds);
        }

        times.Sort();
        return times[times.Count / 2];
    }

    private static AnalysisOptions Options(Func<string, bool> off) => new(
        new CanvasConfiguration
        {
            Rules = RuleCatalog.Rules.Where(r => off(r.Descriptor.Id))
                .ToImmutableDictionary(r => r.Descriptor.Id, _ => new RuleConfiguration(null, true, ImmutableDictionary<string, JToken>.Empty)),
        },
        new DateOnly(2026, 11, 23));

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
