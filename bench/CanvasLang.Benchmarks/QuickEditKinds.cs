using System.Diagnostics;
using CanvasLang.Semantics.Analysis;
using CanvasLang.Semantics.Binding;
using CanvasLang.Semantics.Configuration;
using CanvasLang.Syntax.Parsing;
using CanvasLang.Syntax.Text;
using CanvasLang.Syntax.Tree;

namespace CanvasLang.Benchmarks;

/// <summary>
/// What the language server does for each kind of keystroke the LSP benchmark makes, in process: the
/// incremental reparse from the previous tree (as a document snapshot does) and the analysis of the new
/// tree, both timed; a full parse of the same text beside it, for comparison. Kinds: typing in an entry,
/// typing a declaration at the end, typing in an entry while a half-typed declaration ends the file,
/// typing an unterminated text in the middle of the second block, deleting and retyping the first
/// block's closing brace. The canvas should come from the LSP benchmark's generator (one profile, one
/// value map).
/// </summary>
public static class QuickEditKinds
{
    private const string End = "\nprofile commuters {\n  pain p1 \"Cold coffee on the train\" severity high\n}\n";
    private const string Unterminated = "\"Waiting for the bus in the rain on a Monday morning";

    public static void Run(string file, int iterations)
    {
        var source = new FileSystemDocumentSource();
        var options = new AnalysisOptions(CanvasConfiguration.Empty, new DateOnly(2026, 11, 23));
        var original = File.ReadAllText(file);
        var lines = original.Split('\n');
        int LineStart(int line) => lines.Take(line).Sum(l => l.Length + 1);
        var entry = LineStart(3) + lines[3].IndexOf('"', StringComparison.Ordinal) + 2;
        var brace = Array.IndexOf(lines, "}");
        var middle = brace + 1 + ((lines.Length - brace) / 2);

        // Each kind: a setup edit (untimed) and the edits to time, as (start, removed, inserted) on the text at that point.
        var kinds = new (string Name, Func<string, (int, int, string)?> Setup, Func<string, int, (int, int, string)> Edit)[]
        {
            ("entry", _ => null, (_, i) => (entry, i > 0 ? 1 : 0, ((char)('a' + i % 26)).ToString())),
            ("end", _ => null, (text, i) => (text.Length, 0, End[i % End.Length].ToString())),
            ("half", text => (text.Length, 0, "profile commu\n"), (_, i) => (entry, i > 0 ? 1 : 0, ((char)('a' + i % 26)).ToString())),
            ("string", _ => (LineStart(middle) + lines[middle].Length, 0, "\n  reliever rx "),
                (_, i) => (LineStart(middle) + lines[middle].Length + "\n  reliever rx ".Length + i, 0, Unterminated[i % Unterminated.Length].ToString())),
            ("brace", _ => null, (_, i) => i % 2 == 0 ? (LineStart(brace), 1, string.Empty) : (LineStart(brace), 0, "}")),
        };

        // Warm up every path (JIT) on the whole set once.
        foreach (var kind in kinds)
        {
            Measure(kind.Setup, kind.Edit, original, source, options, 10);
        }

        Console.WriteLine($"{Path.GetFileName(file)}: medians of {iterations} edits (wall ms); incremental parse + analysis is what a keystroke costs");
        Console.WriteLine("kind    | incremental parse | full parse | analysis | errors after the last edit");
        foreach (var kind in kinds)
        {
            var (incremental, full, analysis, errors) = Measure(kind.Setup, kind.Edit, original, source, options, iterations);
            Console.WriteLine($"{kind.Name,-7} | {incremental,17:F2} | {full,10:F1} | {analysis,8:F1} | {errors}");
        }
    }

    private static (double Incremental, double Full, double Analysis, int Errors) Measure(Func<string, (int, int, string)?> setup,
        Func<string, int, (int, int, string)> edit, string original, IDocumentSource source, AnalysisOptions options, int iterations)
    {
        var tree = SyntaxTree.Parse(original, "edited.canvas");
        if (setup(tree.Text.Text) is { } first)
        {
            tree = Apply(tree, first).Tree;
        }

        CanvasAnalyzer.Analyze(tree, source, options);
        var (incremental, full, analysis) = (new List<double>(), new List<double>(), new List<double>());
        for (var i = 0; i < iterations; i++)
        {
            var (next, parse) = Apply(tree, edit(tree.Text.Text, i));
            incremental.Add(parse);
            var watch = Stopwatch.StartNew();
            SyntaxTree.Parse(next.Text, next.Path);
            full.Add(watch.Elapsed.TotalMilliseconds);
            watch.Restart();
            CanvasAnalyzer.Analyze(next, source, options);
            analysis.Add(watch.Elapsed.TotalMilliseconds);
            tree = next;
        }

        return (Median(incremental), Median(full), Median(analysis), tree.Diagnostics.Length);
    }

    private static (SyntaxTree Tree, double Milliseconds) Apply(SyntaxTree tree, (int Start, int Removed, string Inserted) edit)
    {
        var span = new TextSpan(edit.Start, edit.Removed);
        var text = tree.Text.WithChange(span, edit.Inserted);
        var watch = Stopwatch.StartNew();
        var next = IncrementalParser.TryReparse(tree, span, edit.Inserted, text) ?? throw new InvalidOperationException("the incremental parse declined");
        return (next, watch.Elapsed.TotalMilliseconds);
    }

    private static double Median(List<double> values)
    {
        values.Sort();
        return values[values.Count / 2];
    }
}
